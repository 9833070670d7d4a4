#include "models/api/ConnectionMonitor.h"

#include "models/Logging.h"
#include "models/api/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace lars::models {

ConnectionMonitor::ConnectionMonitor(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
}

void ConnectionMonitor::start()
{
    checkNow();
}

void ConnectionMonitor::checkNow()
{
    if (m_pending)
        return;
    if (!m_api->baseUrl().isValid() || m_api->baseUrl().isEmpty()) {
        setStatus(Status::NotConfigured, tr("No server configured"));
        return;
    }
    if (m_status == Status::NotConfigured)
        setStatus(Status::Checking, tr("Connecting to %1…").arg(m_api->baseUrl().host()));
    QNetworkReply *reply = m_api->get(QStringLiteral("/api/v1/health"));
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void ConnectionMonitor::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    if (error == QNetworkReply::SslHandshakeFailedError) {
        ++m_failures;
        setStatus(Status::TlsError, tr("The server's certificate is not trusted"));
    } else if (httpStatus == 200) {
        m_failures = 0;
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        m_serverVersion = body.value(QLatin1String("version")).toString();
        setStatus(Status::Online, tr("Connected to %1").arg(m_api->baseUrl().host()));
    } else if (httpStatus >= 500 || (httpStatus > 0 && error != QNetworkReply::NoError)) {
        ++m_failures;
        setStatus(Status::ServerError, tr("The server answers with an error (%1)").arg(httpStatus));
    } else {
        ++m_failures;
        setStatus(Status::Offline, tr("No connection to the server"));
        qCDebug(lcApi) << "health check failed:" << reply->errorString();
    }
    scheduleNext();
}

void ConnectionMonitor::scheduleNext()
{
    // Back off while offline (5 s, 10 s, … up to a minute) so a laptop on bad Wi-Fi is not hammered.
    const int interval =
        m_failures == 0 ? m_onlineIntervalMs : qMin(60000, 5000 * (1 << qMin(m_failures - 1, 4)));
    m_timer.start(interval);
}

void ConnectionMonitor::setStatus(Status status, const QString &detail)
{
    if (status == m_status && detail == m_detail)
        return;
    m_status = status;
    m_detail = detail;
    emit statusChanged(status, detail);
}

} // namespace lars::models
