#pragma once
// Typed asynchronous calls of the dossier workspace on top of ApiClient. Every call answers exactly once
// with a DossierReply (HTTP status, ETag, JSON body or problem+json); idempotent GETs are retried on
// network failures and 503, writes never are (the editor keeps the typed value and offers retry).
// What was read since login is kept in memory: when the server cannot be reached, a GET of the same thing
// answers with that copy, marked with the time it was read (offline reading; gone with the DossierApi,
// i.e. at logout, and cleared when the session changes CLB).
#include "models/FieldError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>

class QNetworkReply;

namespace lars::models {

class ApiClient;
class Drafts;
class Outbox;

struct DossierReply
{
    int httpStatus = 0; // 0: no HTTP answer (offline, timeout, TLS)
    QString networkErrorText;
    QByteArray etag;
    QJsonObject body;
    QString problemType; // problem+json "type"; its last path segment is the stable code
    QString problemTitle;
    QString problemDetail;
    FieldErrors fieldErrors;
    QDateTime readAt; // set when the server could not be reached: this is the copy read at that time

    bool isOfflineCopy() const { return readAt.isValid(); }

    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    bool isNetworkFailure() const { return httpStatus == 0; }
    bool isConflict() const { return httpStatus == 412; }
    bool isForbidden() const { return httpStatus == 403; }
    // "not-in-team" for "https://lars.example/problems/not-in-team".
    QString problemCode() const;
    QString fieldMessage(const QString &field) const;

    static DossierReply fromNetworkReply(QNetworkReply *reply);
};

class DossierApi final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const DossierReply &)>;

    explicit DossierApi(ApiClient *api, QObject *parent = nullptr);

    ApiClient *client() const { return m_api; }
    // The staff member logged in (0: unknown): the UI offers to correct only her own journal entries.
    void setStaffId(qint64 staffId) { m_staffId = staffId; }
    qint64 staffId() const { return m_staffId; }
    // Where changes go (kept, then sent in order) and typed text is kept; null: written directly.
    void setOutbox(Outbox *outbox);
    Outbox *outbox() const;
    void setDrafts(Drafts *drafts);
    Drafts *drafts() const;
    // GETs that fail without an HTTP answer (or with 503) are retried maxRetries times, waiting firstDelayMs,
    // then double.
    void setRetryPolicy(int maxRetries, int firstDelayMs);
    // Forgets every copy kept for offline reading.
    void clearReadCopies();

    // The callback runs on the GUI thread, and only while context lives.
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    void put(const QString &path, const QJsonObject &body, const QByteArray &ifMatch, QObject *context,
             Callback done);
    // A retried create must reuse its key so the server never stores it twice.
    void post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey,
              QObject *context, Callback done);

    static QByteArray newIdempotencyKey();
    static QString pupilPath(qint64 pupilId, const QString &sub = {});

signals:
    // A GET is being retried after a network failure (for a discreet "retrying…" hint).
    void retrying(const QString &path, int attempt);

private:
    void getAttempt(const QString &path, const QUrlQuery &query, QPointer<QObject> context, Callback done,
                    int attempt);
    void finish(QNetworkReply *reply, QPointer<QObject> context, const Callback &done);

    ApiClient *m_api;
    QPointer<Outbox> m_outbox;
    QPointer<Drafts> m_drafts;
    qint64 m_staffId = 0;
    struct ReadCopy
    {
        DossierReply reply;
        QDateTime at;
    };
    QHash<QString, ReadCopy> m_readCopies; // by path and query
    int m_maxRetries = 2;
    int m_firstDelayMs = 500;
};

} // namespace lars::models
