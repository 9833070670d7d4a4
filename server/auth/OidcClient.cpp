#include "server/auth/OidcClient.h"

#include "server/Logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace lars::server::auth {

namespace {

QUrl urlOf(const QJsonObject &doc, const char *key)
{
    return QUrl(doc.value(QLatin1String(key)).toString(), QUrl::StrictMode);
}

// The provider's endpoints must be as safe as its issuer: https (http only for a loopback issuer).
bool sameSafety(const QUrl &endpoint, const QUrl &issuer)
{
    return endpoint.isValid() && !endpoint.host().isEmpty() &&
           (endpoint.scheme() == QLatin1String("https") || endpoint.scheme() == issuer.scheme());
}

} // namespace

OidcClient::OidcClient(const OidcConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam.setTransferTimeout(config.timeoutSeconds * 1000);
}

OidcClient::~OidcClient()
{
    // Replies still under way at shutdown must not call back into routes and a transport that are gone.
    for (QNetworkReply *reply : m_nam.findChildren<QNetworkReply *>())
        reply->disconnect(this);
}

bool OidcClient::loadCa(QString *error)
{
    if (m_config.caFile.isEmpty())
        return true;
    QFile file(m_config.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read oidc-ca %1: %2").arg(m_config.caFile, file.errorString());
        return false;
    }
    const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (extra.isEmpty()) {
        *error = QStringLiteral("oidc-ca %1 holds no PEM certificate").arg(m_config.caFile);
        return false;
    }
    m_ssl.addCaCertificates(extra);
    return true;
}

QNetworkReply *OidcClient::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setRawHeader("Accept", "application/json");
    return m_nam.get(request);
}

void OidcClient::withMetadata(std::function<void(const QString &)> done)
{
    if (m_haveMetadata) {
        done({});
        return;
    }
    m_metadataWaiters.append(std::move(done));
    if (m_metadataWaiters.size() > 1)
        return; // a fetch is under way
    QString base = m_config.issuer.toString(QUrl::StripTrailingSlash);
    QNetworkReply *reply = get(QUrl(base + QStringLiteral("/.well-known/openid-configuration")));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        QString error;
        const QJsonObject doc = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            error = QStringLiteral("discovery: %1").arg(reply->errorString());
        } else {
            Metadata m{doc.value(QLatin1String("issuer")).toString(), urlOf(doc, "authorization_endpoint"),
                       urlOf(doc, "token_endpoint"), urlOf(doc, "jwks_uri")};
            // The document must be the configured issuer's own (OpenID Connect Discovery 1.0, 4.3).
            if (m.issuer != m_config.issuer.toString(QUrl::StripTrailingSlash) &&
                m.issuer != m_config.issuer.toString())
                error = QStringLiteral("discovery names issuer '%1', configured '%2'")
                            .arg(m.issuer.left(200), m_config.issuer.toString());
            else if (!sameSafety(m.authorizationEndpoint, m_config.issuer) ||
                     !sameSafety(m.tokenEndpoint, m_config.issuer) || !sameSafety(m.jwksUri, m_config.issuer))
                error = QStringLiteral("discovery lacks an https authorization, token or jwks endpoint");
            else {
                m_metadata = m;
                m_haveMetadata = true;
            }
        }
        if (!error.isEmpty())
            qCWarning(lcServer).noquote() << "government login:" << error;
        const auto waiters = std::exchange(m_metadataWaiters, {});
        for (const auto &waiter : waiters)
            waiter(error);
    });
}

void OidcClient::fetchJwks(std::function<void(const QString &)> done)
{
    QNetworkReply *reply = get(m_metadata.jwksUri);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(QStringLiteral("jwks: %1").arg(reply->errorString()));
            return;
        }
        QString error;
        JsonWebKeySet keys = JsonWebKeySet::fromJson(reply->readAll(), &error);
        if (keys.size() > 0)
            m_keys = std::move(keys);
        done(error);
    });
}

void OidcClient::exchangeCode(const QString &code, const QString &verifier,
                              std::function<void(const Exchange &)> done)
{
    QNetworkRequest request(m_metadata.tokenEndpoint);
    request.setSslConfiguration(m_ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // client_secret_basic: id and secret form-urlencoded, then Basic (RFC 6749, 2.3.1).
    const QByteArray user = QUrl::toPercentEncoding(m_config.clientId);
    const QByteArray password = QUrl::toPercentEncoding(m_config.clientSecret);
    request.setRawHeader("Authorization", "Basic " + (user + ':' + password).toBase64());
    QByteArray form;
    for (const auto &[key, value] :
         {std::pair{"grant_type", QStringLiteral("authorization_code")}, std::pair{"code", code},
          std::pair{"redirect_uri", m_config.redirectUri.toString()}, std::pair{"code_verifier", verifier}})
        form += (form.isEmpty() ? "" : "&") + QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
    QNetworkReply *reply = m_nam.post(request, form);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Exchange out;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            out.unreachable = true;
            out.error = reply->errorString();
        } else if (status != 200) {
            out.error = QStringLiteral("token endpoint %1: %2")
                            .arg(status)
                            .arg(body.value(QLatin1String("error")).toString().left(100));
        } else {
            out.idToken = body.value(QLatin1String("id_token")).toString().toLatin1();
            if (out.idToken.isEmpty())
                out.error = QStringLiteral("token endpoint answered without id_token");
        }
        done(out);
    });
}

void OidcClient::verifyIdToken(const QByteArray &jwt, const IdTokenExpectations &expected,
                               std::function<void(const Verification &)> done)
{
    using O = IdTokenVerifier::Outcome;
    const IdTokenVerifier::Result first = IdTokenVerifier::verify(jwt, m_keys, expected);
    if (first.outcome != O::UnknownKey) {
        done({first, {}});
        return;
    }
    // A key this process has not seen (first login, or the provider rotated its keys): fetch the set once.
    fetchJwks([this, jwt, expected, done = std::move(done)](const QString &error) {
        done({IdTokenVerifier::verify(jwt, m_keys, expected), error});
    });
}

} // namespace lars::server::auth
