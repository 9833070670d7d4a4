#pragma once
// lars-server settings from the command line and an optional INI config file (flags win over the file).
#include "server/auth/OidcConfig.h"
#include "server/creon/CreonConfig.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace lars::server {

struct ServerConfig
{
    QString db = QStringLiteral("sqlite:lars.sqlite"); // sqlite:PATH or postgresql://user:pw@host:port/db
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8443;
    QString certFile;
    QString keyFile;
    QString certOut;           // where to write the ephemeral development certificate (PEM)
    bool insecureHttp = false; // plain HTTP, loopback only
    // Behind a load balancer that terminates TLS: plain HTTP on this loopback address instead of --listen.
    bool listenPlain = false;
    QHostAddress plainAddress;
    quint16 plainPort = 0;
    QStringList trustedProxies; // addresses/subnets whose PROXY v2 header or X-Forwarded-For is believed
    QString instance;           // names this process in the X-Lars-Instance header and its log
    bool enableTestTokens = false;
    int demoPupils = -1;      // --demo N: fill an empty database
    QStringList trustAnchors; // --trust-anchor PEM (repeatable): eID roots; non-self-signed = intermediates
    int tokenTtlMinutes = 8 * 60;
    qint64 maxBodyBytes = 256 * 1024;
    int maxPageSize = 100;
    int handshakeTimeoutMs = 5000;  // TLS handshake deadline per connection
    int maxHandshakes = 256;        // TLS handshakes in progress at once (the oldest gives way)
    int idleTimeoutSeconds = 120;   // a connection without traffic for this long is closed
    int requestTimeoutSeconds = 30; // from a request's first byte to the end of its body (else 408)
    creon::CreonConfig creon;       // --creon-* flags and keys
    // eID certificate revocation (OCSP): the responder for certificates that name none (or for all with
    // ocspResponderOnly), and what to do when no answer comes.
    QString ocspResponder;
    bool ocspResponderOnly = false;
    bool ocspAllowUnreachable = false;
    int ocspTimeoutMs = 3000;
    int ocspCacheSeconds = 300;
    auth::OidcConfig oidc; // --oidc-* flags and keys: the government login

    bool isLoopback() const { return (listenPlain ? plainAddress : listenAddress).isLoopback(); }

    // Parses arguments (without argv[0]); on failure returns false with a message for the user.
    bool parse(const QStringList &arguments, QString *error);
    static QString usage();

private:
    // One setting that a flag (--KEY VALUE) and the config file (KEY=VALUE) share; *known is false for
    // any other key.
    bool set(const QString &key, const QString &value, bool *known, QString *error);
    bool applyConfigFile(const QString &path, QString *error);
    bool setListen(const QString &value, QString *error);
    bool setListenPlain(const QString &value, QString *error);
    bool setInstance(const QString &value, QString *error);
};

} // namespace lars::server
