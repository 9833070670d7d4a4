#pragma once
// Test helper: runs the real OpenID Connect provider of tools/oidc-provider (npm oidc-provider, installed by
// scripts/setup) on a loopback port with a confidential test client, the demo people and the fault switch
// (--test-faults), and gives lars-server the flags that make it that provider's client.
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace lars::test {

class OidcProviderProcess final
{
public:
    OidcProviderProcess();
    ~OidcProviderProcess();
    OidcProviderProcess(const OidcProviderProcess &) = delete;
    OidcProviderProcess &operator=(const OidcProviderProcess &) = delete;

    // A loopback port nobody listens on right now (for a server whose callback must be known in advance,
    // or an issuer that is down).
    static quint16 freePort();

    // Starts the provider for lars-servers that will listen on serverPorts (their callbacks are
    // registered); port 0: the provider picks one (kept across stop()/start(), so the issuer stays).
    bool start(const QList<quint16> &serverPorts, quint16 port = 0);
    bool stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl issuer() const { return m_issuer; }
    QString clientId() const { return QStringLiteral("lars-test"); }
    // lars-server's flags: listen on serverPort, be this provider's client (secret in a file).
    QStringList serverArguments(quint16 serverPort) const;
    // What the token endpoint does to the next ID tokens: "none", "nonce", "expired", "not-yet-valid",
    // "aud", "iss", "signature", "alg-none", "unknown-kid", "rotated".
    bool setFault(const QString &fault);
    QString errorString() const { return m_error; }
    QByteArray log();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    QString m_secret;
    quint16 m_port = 0;
    QUrl m_issuer;
    QString m_error;
    QNetworkAccessManager m_nam;
};

} // namespace lars::test
