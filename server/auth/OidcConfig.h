#pragma once
// The government login (OpenID Connect) settings of lars-server, which is the confidential client there:
// the issuer (discovered through /.well-known/openid-configuration), the client id and secret (config
// file, a secret file or LARS_OIDC_CLIENT_SECRET; never on the command line, never in the desktop), the
// scopes, the callback URL the provider sends browsers back to, and the lifetimes. No issuer: the
// desktop's "other digital keys" are told this server does not offer them.
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lars::server::auth {

struct OidcConfig
{
    QUrl issuer;
    QString clientId;
    QString clientSecret;
    QString scopes = QStringLiteral("openid profile rrn");
    QUrl redirectUri;          // https://lars.example/api/v1/auth/oidc/callback; default from --listen
    int codeTtlSeconds = 60;   // the one-time code the desktop exchanges
    int loginTtlSeconds = 600; // from the start in the browser to the callback
    int clockSkewSeconds = 60; // tolerated difference with the provider's clock (exp, iat)
    int timeoutSeconds = 15;   // one request to the provider
    QString caFile;            // extra CA certificates (PEM) trusted for the provider

    bool enabled() const { return issuer.isValid() && !issuer.isEmpty(); }
    // Applies one key ("oidc-issuer", …); *known is false for keys that are not OIDC keys.
    bool set(const QString &key, const QString &value, bool *known, QString *error);
    // Checks the combination and reads LARS_OIDC_CLIENT_SECRET when no secret was set; defaultRedirect is
    // the callback on the server's own listening address.
    bool validate(const QUrl &defaultRedirect, QString *error);
    // The keys that may be given as flags (the secret itself only in a file or the environment).
    static QStringList flagKeys();
    static QString usage();
};

} // namespace lars::server::auth
