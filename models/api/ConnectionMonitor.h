#pragma once
// Watches whether lars-server is reachable (GET /api/v1/health) so the status bar can say
// "online" / "offline" in words, and so editors know when a retry can succeed.
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace lars::models {

class ApiClient;

class ConnectionMonitor final : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        NotConfigured,
        Checking,
        Online,
        Offline,
        TlsError,
        ServerError
    };
    Q_ENUM(Status)

    explicit ConnectionMonitor(ApiClient *api, QObject *parent = nullptr);

    Status status() const { return m_status; }
    QString detail() const { return m_detail; }
    QString serverVersion() const { return m_serverVersion; }

    void start();
    void checkNow();
    void setOnlineInterval(int ms) { m_onlineIntervalMs = ms; }

signals:
    void statusChanged(lars::models::ConnectionMonitor::Status status, const QString &detail);

private:
    void onReplyFinished(QNetworkReply *reply);
    void setStatus(Status status, const QString &detail);
    void scheduleNext();

    ApiClient *m_api;
    QTimer m_timer;
    QPointer<QNetworkReply> m_pending;
    Status m_status = Status::NotConfigured;
    QString m_detail;
    QString m_serverVersion;
    int m_onlineIntervalMs = 15000;
    int m_failures = 0;
};

} // namespace lars::models
