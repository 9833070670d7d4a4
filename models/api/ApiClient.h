#pragma once
// The client's one door to lars-server: base URL, TLS trust, bearer token and request building.
// Every call is asynchronous (returns the QNetworkReply); callers connect to finished().
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace lars::models {

class ApiClient final : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    // For unit tests that serve canned replies through their own access manager.
    ApiClient(QNetworkAccessManager *manager, QObject *parent);

    QUrl baseUrl() const { return m_baseUrl; }
    // Returns false (and keeps the old URL) for anything but https, or http on a loopback host.
    bool setBaseUrl(const QUrl &url, QString *error = nullptr);

    // Extra certificates trusted for the server (the development certificate of a local server).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    bool loadExtraCaCertificates(const QString &pemPath, QString *error = nullptr);

    // How long a request may go without any data before it fails (default 30 s).
    void setTransferTimeout(int ms);

    void setBearerToken(const QByteArray &token);
    void clearBearerToken();
    bool hasBearerToken() const { return !m_token.isEmpty(); }

    QNetworkReply *get(const QString &path, const QUrlQuery &query = {});
    QNetworkReply *get(const QNetworkRequest &request);
    QNetworkReply *post(const QString &path, const QByteArray &json, const QByteArray &idempotencyKey = {});
    // POST with a request built (and perhaps changed) by the caller, e.g. revoking another token.
    QNetworkReply *post(const QNetworkRequest &request, const QByteArray &json);
    // A key lets the server answer a repeat as it answered the first (routes that take one, see server).
    QNetworkReply *put(const QString &path, const QByteArray &json, const QByteArray &ifMatch = {},
                       const QByteArray &idempotencyKey = {});
    QNetworkReply *patch(const QString &path, const QByteArray &json, const QByteArray &ifMatch = {});
    QNetworkReply *deleteResource(const QString &path);

    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;

    static bool isAllowedServerUrl(const QUrl &url, QString *error = nullptr);

private:
    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_extraCa;
    QByteArray m_token;
};

} // namespace lars::models
