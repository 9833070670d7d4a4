#include "server/auth/OidcConfig.h"

#include "server/ConfigValue.h"

#include <QFile>

namespace lars::server::auth {

namespace {

// https, or http on loopback (tests, the demo's stand-in provider).
bool acceptableUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && url.fragment().isEmpty() &&
           (url.scheme() == QLatin1String("https") ||
            (url.scheme() == QLatin1String("http") && ConfigValue::isLoopbackHost(url.host())));
}

} // namespace

QStringList OidcConfig::flagKeys()
{
    return {QStringLiteral("oidc-issuer"),
            QStringLiteral("oidc-client-id"),
            QStringLiteral("oidc-client-secret-file"),
            QStringLiteral("oidc-scopes"),
            QStringLiteral("oidc-redirect-uri"),
            QStringLiteral("oidc-code-ttl-seconds"),
            QStringLiteral("oidc-login-ttl-seconds"),
            QStringLiteral("oidc-clock-skew-seconds"),
            QStringLiteral("oidc-timeout-seconds"),
            QStringLiteral("oidc-ca")};
}

QString OidcConfig::usage()
{
    return QStringLiteral(
        "  --oidc-issuer URL         the government login (OpenID Connect issuer; https, http only on "
        "loopback)\n"
        "  --oidc-client-id ID       this server's client id there\n"
        "  --oidc-client-secret-file FILE  its client secret (or config key oidc-client-secret, or the\n"
        "                            environment variable LARS_OIDC_CLIENT_SECRET)\n"
        "  --oidc-scopes LIST        default \"openid profile rrn\"\n"
        "  --oidc-redirect-uri URL   the callback registered at the provider (default: "
        "https://LISTEN/api/v1/auth/oidc/callback)\n"
        "  --oidc-code-ttl-seconds N the one-time code the desktop exchanges (default 60)\n"
        "  --oidc-login-ttl-seconds N  time for the login in the browser (default 600)\n"
        "  --oidc-clock-skew-seconds N  tolerated clock difference with the provider (default 60)\n"
        "  --oidc-timeout-seconds N  one request to the provider (default 15)\n"
        "  --oidc-ca FILE            extra CA certificates (PEM) trusted for the provider\n");
}

bool OidcConfig::set(const QString &key, const QString &value, bool *known, QString *error)
{
    *known = true;
    const auto number = [&](int *out, int min, int max) {
        return ConfigValue::wholeNumber(key, value, min, max, out, error);
    };
    const auto url = [&](QUrl *out) {
        *out = QUrl(value, QUrl::StrictMode);
        if (!acceptableUrl(*out)) {
            *error =
                QStringLiteral("%1 needs an https URL (http only on loopback), got '%2'").arg(key, value);
            return false;
        }
        return true;
    };
    if (key == QLatin1String("oidc-issuer"))
        return url(&issuer);
    if (key == QLatin1String("oidc-redirect-uri"))
        return url(&redirectUri);
    if (key == QLatin1String("oidc-client-id")) {
        clientId = value;
        return true;
    }
    if (key == QLatin1String("oidc-client-secret")) {
        clientSecret = value;
        return true;
    }
    if (key == QLatin1String("oidc-client-secret-file")) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(value, file.errorString());
            return false;
        }
        clientSecret = QString::fromUtf8(file.readAll()).trimmed();
        return true;
    }
    if (key == QLatin1String("oidc-scopes")) {
        scopes = value.simplified();
        return true;
    }
    if (key == QLatin1String("oidc-ca")) {
        caFile = value;
        return true;
    }
    if (key == QLatin1String("oidc-code-ttl-seconds"))
        return number(&codeTtlSeconds, 5, 600);
    if (key == QLatin1String("oidc-login-ttl-seconds"))
        return number(&loginTtlSeconds, 30, 3600);
    if (key == QLatin1String("oidc-clock-skew-seconds"))
        return number(&clockSkewSeconds, 0, 300);
    if (key == QLatin1String("oidc-timeout-seconds"))
        return number(&timeoutSeconds, 1, 120);
    *known = false;
    return false;
}

bool OidcConfig::validate(const QUrl &defaultRedirect, QString *error)
{
    if (!enabled())
        return true;
    if (clientSecret.isEmpty())
        clientSecret = qEnvironmentVariable("LARS_OIDC_CLIENT_SECRET");
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        *error =
            QStringLiteral("oidc-issuer needs oidc-client-id and a client secret (oidc-client-secret in the "
                           "config file, oidc-client-secret-file or LARS_OIDC_CLIENT_SECRET)");
        return false;
    }
    if (!scopes.split(u' ').contains(QLatin1String("openid"))) {
        *error = QStringLiteral("oidc-scopes must include openid");
        return false;
    }
    if (redirectUri.isEmpty())
        redirectUri = defaultRedirect;
    if (!acceptableUrl(redirectUri)) {
        *error = QStringLiteral("oidc-redirect-uri is needed (the public https URL of "
                                "/api/v1/auth/oidc/callback)");
        return false;
    }
    return true;
}

} // namespace lars::server::auth
