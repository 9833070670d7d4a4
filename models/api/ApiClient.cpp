#include "models/api/ApiClient.h"

#include "models/Logging.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace lars::models {

namespace {
constexpr auto kJson = "application/json";

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ApiClient::ApiClient(QObject *parent)
    : ApiClient(new QNetworkAccessManager, parent)
{
    m_manager->setParent(this);
}

ApiClient::ApiClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    // A dossier request must never hang forever on bad Wi-Fi; the caller offers retry.
    m_manager->setTransferTimeout(30000);
}

bool ApiClient::isAllowedServerUrl(const QUrl &url, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("The server address is not a valid URL."));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    return fail(
        tr("The server address must start with https:// (plain http is only allowed on this computer)."));
}

bool ApiClient::setBaseUrl(const QUrl &url, QString *error)
{
    if (!isAllowedServerUrl(url, error))
        return false;
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    // API paths start with '/': a bare host must not leave a root slash behind ("//api/v1").
    if (m_baseUrl.path() == QLatin1String("/"))
        m_baseUrl.setPath(QString());
    qCInfo(lcApi) << "server" << m_baseUrl.toDisplayString();
    return true;
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCa = certificates;
}

bool ApiClient::loadExtraCaCertificates(const QString &pemPath, QString *error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the server certificate %1: %2").arg(pemPath, file.errorString());
        return false;
    }
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("%1 holds no PEM certificate.").arg(pemPath);
        return false;
    }
    setExtraCaCertificates(certificates);
    return true;
}

void ApiClient::setTransferTimeout(int ms)
{
    m_manager->setTransferTimeout(ms);
}

void ApiClient::setBearerToken(const QByteArray &token)
{
    m_token = token;
}

void ApiClient::clearBearerToken()
{
    m_token.fill('\0');
    m_token.clear();
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(kJson));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        request.setSslConfiguration(tls);
    }
    return request;
}

QNetworkReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return m_manager->get(request(path, query));
}

QNetworkReply *ApiClient::get(const QNetworkRequest &request)
{
    return m_manager->get(request);
}

QNetworkReply *ApiClient::post(const QString &path, const QByteArray &json, const QByteArray &idempotencyKey)
{
    QNetworkRequest r = request(path);
    if (!idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", idempotencyKey);
    return m_manager->post(r, json);
}

QNetworkReply *ApiClient::post(const QNetworkRequest &request, const QByteArray &json)
{
    return m_manager->post(request, json);
}

QNetworkReply *ApiClient::put(const QString &path, const QByteArray &json, const QByteArray &ifMatch,
                              const QByteArray &idempotencyKey)
{
    QNetworkRequest r = request(path);
    if (!ifMatch.isEmpty())
        r.setRawHeader("If-Match", ifMatch);
    if (!idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", idempotencyKey);
    return m_manager->put(r, json);
}

QNetworkReply *ApiClient::patch(const QString &path, const QByteArray &json, const QByteArray &ifMatch)
{
    QNetworkRequest r = request(path);
    if (!ifMatch.isEmpty())
        r.setRawHeader("If-Match", ifMatch);
    return m_manager->sendCustomRequest(r, "PATCH", json);
}

QNetworkReply *ApiClient::deleteResource(const QString &path)
{
    return m_manager->deleteResource(request(path));
}

} // namespace lars::models
