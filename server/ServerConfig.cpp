#include "server/ServerConfig.h"

#include "server/ConfigValue.h"
#include "server/http/TrustedProxies.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace lars::server {

QString ServerConfig::usage()
{
    const QString general = QStringLiteral(
        "Usage: lars-server [options]\n"
        "  --db sqlite:PATH | postgresql://USER[:PW]@HOST[:PORT]/DB   database (default sqlite:lars.sqlite)\n"
        "  --listen HOST:PORT        address to listen on (default 127.0.0.1:8443; port 0 picks a free one)\n"
        "  --cert FILE --key FILE    TLS certificate chain and private key (PEM)\n"
        "  --cert-out FILE           on loopback without --cert: write the ephemeral development certificate "
        "here\n"
        "  --insecure-http           plain HTTP (loopback only)\n"
        "  --listen-plain HOST:PORT  behind a load balancer that terminates TLS: plain HTTP on this "
        "loopback\n"
        "                            address instead of TLS on --listen (reads a PROXY v2 header if sent)\n"
        "  --trusted-proxy ADDR[/N]  the load balancer's address: only its PROXY v2 header and\n"
        "                            X-Forwarded-For name the client; repeatable (config: comma-separated)\n"
        "  --instance NAME           this process's name (X-Lars-Instance header, logs), e.g. its port\n"
        "  --config FILE             INI file: every flag below that takes a value is a key there too\n"
        "                            (db=..., trusted-proxy=A,B, ...), except --config, --cert-out, --demo\n"
        "                            and --trust-anchor; oidc-client-secret only there; flags win\n"
        "  --token-ttl-minutes N     lifetime of a login token (default 480)\n"
        "  --max-body-bytes N        largest request body (default 262144)\n"
        "  --max-page-size N         largest page of a list (default 100)\n"
        "  --handshake-timeout-ms N  TLS handshake deadline per connection (default 5000)\n"
        "  --max-handshakes N        TLS handshakes in progress at once; the oldest gives way (default 256)\n"
        "  --idle-timeout-seconds N  close connections without traffic for this long (default 120)\n"
        "  --request-timeout-seconds N  a request must be complete (headers and body) this long after its\n"
        "                            first byte, else 408 (default 30)\n"
        "  --trust-anchor FILE       PEM of eID trust anchors (roots) and citizen CAs; repeatable\n"
        "  --ocsp-responder URL      OCSP responder for eID certificates that name none (config: ocsp-*)\n"
        "  --ocsp-responder-only yes ask that responder even when a certificate names another\n"
        "  --ocsp-unreachable refuse|allow  when the responder gives no valid answer (default refuse)\n"
        "  --ocsp-timeout-ms N       wait this long for the responder (default 3000)\n"
        "  --ocsp-cache-seconds N    keep a good answer this long at most (default 300)\n"
        "  --demo N                  fill an empty database with deterministic demo data for N pupils\n"
        "  --enable-test-tokens      allow POST /api/v1/test/tokens (tests and demo; loopback, command line "
        "only)\n");
    return general + creon::CreonConfig::usage() + auth::OidcConfig::usage();
}

bool ServerConfig::set(const QString &key, const QString &value, bool *known, QString *error)
{
    *known = true;
    struct Number
    {
        QLatin1String key;
        int *out;
        int min;
        int max;
    };
    const Number numbers[] = {
        {QLatin1String("token-ttl-minutes"), &tokenTtlMinutes, 1, 7 * 24 * 60},
        {QLatin1String("max-page-size"), &maxPageSize, 1, 10000},
        {QLatin1String("handshake-timeout-ms"), &handshakeTimeoutMs, 100, 600000},
        {QLatin1String("max-handshakes"), &maxHandshakes, 1, 100000},
        {QLatin1String("idle-timeout-seconds"), &idleTimeoutSeconds, 1, 24 * 3600},
        {QLatin1String("request-timeout-seconds"), &requestTimeoutSeconds, 1, 3600},
        {QLatin1String("ocsp-timeout-ms"), &ocspTimeoutMs, 100, 60000},
        {QLatin1String("ocsp-cache-seconds"), &ocspCacheSeconds, 0, 24 * 3600},
    };
    for (const Number &number : numbers)
        if (key == number.key)
            return ConfigValue::wholeNumber(key, value, number.min, number.max, number.out, error);
    if (key == QLatin1String("max-body-bytes")) {
        int bytes = 0;
        if (!ConfigValue::wholeNumber(key, value, 1024, 1 << 30, &bytes, error))
            return false;
        maxBodyBytes = bytes;
        return true;
    }
    QString *const text = key == QLatin1String("db")     ? &db
                          : key == QLatin1String("cert") ? &certFile
                          : key == QLatin1String("key")  ? &keyFile
                                                         : nullptr;
    if (text) {
        *text = value;
        return true;
    }
    if (key == QLatin1String("listen"))
        return setListen(value, error);
    if (key == QLatin1String("listen-plain"))
        return setListenPlain(value, error);
    if (key == QLatin1String("instance"))
        return setInstance(value, error);
    if (key == QLatin1String("ocsp-responder")) {
        const QUrl url(value, QUrl::StrictMode);
        ocspResponder = value;
        if (url.isValid() &&
            (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            return true;
        *error = QStringLiteral("ocsp-responder needs an http(s) URL, got '%1'").arg(value);
        return false;
    }
    if (key == QLatin1String("ocsp-responder-only"))
        return ConfigValue::yesNo(key, value, &ocspResponderOnly, error);
    if (key == QLatin1String("ocsp-unreachable")) {
        ocspAllowUnreachable = value == QLatin1String("allow");
        if (value == QLatin1String("allow") || value == QLatin1String("refuse"))
            return true;
        *error = QStringLiteral("ocsp-unreachable needs refuse or allow, got '%1'").arg(value);
        return false;
    }
    if (key.startsWith(QLatin1String("oidc-")))
        return oidc.set(key, value, known, error);
    return creon.set(key, value, known, error);
}

bool ServerConfig::setListen(const QString &value, QString *error)
{
    const int colon = value.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? value.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (!ok || port > 65535 || address.isNull()) {
        *error = QStringLiteral("--listen needs HOST:PORT with a numeric address, got '%1'").arg(value);
        return false;
    }
    listenAddress = address;
    listenPort = quint16(port);
    return true;
}

bool ServerConfig::setListenPlain(const QString &value, QString *error)
{
    const QHostAddress tlsAddress = listenAddress;
    const quint16 tlsPort = listenPort;
    const bool ok = setListen(value, error);
    plainAddress = listenAddress;
    plainPort = listenPort;
    listenAddress = tlsAddress;
    listenPort = tlsPort;
    if (!ok) {
        error->replace(QStringLiteral("--listen "), QStringLiteral("--listen-plain "));
        return false;
    }
    // Dossier data never crosses a network unencrypted: the proxy that terminates TLS is on this host.
    if (!plainAddress.isLoopback()) {
        *error =
            QStringLiteral("--listen-plain must be a loopback address (the TLS proxy runs on this host)");
        return false;
    }
    listenPlain = true;
    return true;
}

bool ServerConfig::setInstance(const QString &value, QString *error)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{1,40}$"));
    if (!name.match(value).hasMatch()) {
        *error = QStringLiteral("--instance needs 1-40 letters, digits, '.', '_' or '-'");
        return false;
    }
    instance = value;
    return true;
}

bool ServerConfig::applyConfigFile(const QString &path, QString *error)
{
    if (!QFileInfo(path).isReadable()) {
        *error = QStringLiteral("config file '%1' is not readable").arg(path);
        return false;
    }
    QSettings ini(path, QSettings::IniFormat);
    for (const QString &key : ini.allKeys()) {
        if (key == QLatin1String("enable-test-tokens") || key == QLatin1String("insecure-http")) {
            // Test tokens and plain HTTP must never be switched on by a deployed configuration file.
            *error =
                QStringLiteral("'%1' is not allowed in a config file; it is a command-line flag for tests")
                    .arg(key);
            return false;
        }
        if (key == QLatin1String("trusted-proxy")) {
            trustedProxies = ini.value(key).toStringList(); // QSettings splits "a, b" into a list
            continue;
        }
        // INI reads "02:00,14:00" as a list: take it back as written.
        const QVariant raw = ini.value(key);
        const QString value =
            raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(u',') : raw.toString();
        if (bool known = false; !set(key, value, &known, error)) {
            *error = known ? QStringLiteral("%1 (config file '%2')").arg(*error, path)
                           : QStringLiteral("unknown key '%1' in config file '%2'").arg(key, path);
            return false;
        }
    }
    return true;
}

bool ServerConfig::parse(const QStringList &arguments, QString *error)
{
    // First the config file, so that flags given on the command line override it.
    for (int i = 0; i + 1 < arguments.size(); ++i)
        if (arguments.at(i) == QLatin1String("--config") && !applyConfigFile(arguments.at(i + 1), error))
            return false;

    bool proxiesFromFlags = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const auto next = [&](QString *out) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(arg);
                return false;
            }
            *out = arguments.at(++i);
            return true;
        };
        QString value;
        if (arg == QLatin1String("--trusted-proxy")) {
            if (!next(&value))
                return false;
            if (!proxiesFromFlags) // flags win over the config file's list
                trustedProxies.clear();
            proxiesFromFlags = true;
            trustedProxies.append(value);
        } else if (arg == QLatin1String("--cert-out")) {
            if (!next(&certOut))
                return false;
        } else if (arg == QLatin1String("--config")) {
            if (!next(&value))
                return false;
        } else if (arg == QLatin1String("--demo")) {
            bool ok = false;
            if (!next(&value))
                return false;
            demoPupils = value.toInt(&ok);
            if (!ok || demoPupils < 0 || demoPupils > 5000000) {
                *error = QStringLiteral("--demo needs a number of pupils between 0 and 5000000");
                return false;
            }
        } else if (arg == QLatin1String("--trust-anchor")) {
            if (!next(&value))
                return false;
            trustAnchors.append(value);
        } else if (arg == QLatin1String("--insecure-http")) {
            insecureHttp = true;
        } else if (arg == QLatin1String("--enable-test-tokens")) {
            enableTestTokens = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            // Every other flag is a key of the config file, except the OIDC client secret, which must
            // not show up in the process list.
            const QString key = arg.mid(2);
            const bool hasValue = i + 1 < arguments.size();
            bool known = false;
            const bool ok = key != QLatin1String("oidc-client-secret") &&
                            set(key, hasValue ? arguments.at(i + 1) : QString(), &known, error);
            if (!known) {
                *error = QStringLiteral("unknown argument '%1'").arg(arg);
                return false;
            }
            if (!hasValue)
                *error = QStringLiteral("%1 needs a value").arg(arg);
            if (!ok || !hasValue)
                return false;
            ++i;
        } else {
            *error = QStringLiteral("unknown argument '%1'").arg(arg);
            return false;
        }
    }

    if (http::TrustedProxies proxies; !proxies.set(trustedProxies, error))
        return false;
    if (listenPlain && insecureHttp) {
        *error = QStringLiteral("--listen-plain and --insecure-http exclude each other");
        return false;
    }
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        *error = QStringLiteral("--cert and --key go together");
        return false;
    }
    if (!isLoopback()) {
        if (insecureHttp) {
            *error = QStringLiteral("--insecure-http is only allowed on a loopback address");
            return false;
        }
        if (enableTestTokens) {
            *error = QStringLiteral("--enable-test-tokens is only allowed on a loopback address");
            return false;
        }
        if (certFile.isEmpty() && !listenPlain) {
            *error = QStringLiteral("listening on %1 needs --cert and --key").arg(listenAddress.toString());
            return false;
        }
    }
    if (!creon.validate(error))
        return false;
    const QHostAddress callbackHost = listenPlain ? plainAddress : listenAddress;
    const QUrl callback(QStringLiteral("https://%1:%2/api/v1/auth/oidc/callback")
                            .arg(callbackHost.protocol() == QAbstractSocket::IPv6Protocol
                                     ? u'[' + callbackHost.toString() + u']'
                                     : callbackHost.toString())
                            .arg(listenPort));
    if (!oidc.validate(listenPlain ? QUrl() : callback, error))
        return false;
    return true;
}

} // namespace lars::server
