#pragma once
// The database side of the CREON sender's state machine, on the sender's own connection: the lease that
// makes one server process the sender, forming a batch from the outbox (data minimisation: only what each
// item needs), recording attempts, and applying the receiver's per-record results or a failed attempt.
// Every write checks, in its own transaction, that this process still holds the lease.
#include "models/JsonSchema.h"
#include "server/store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <functional>
#include <optional>

namespace lars::server::creon {

struct CreonBatch
{
    QString id;
    QDateTime period;
    int sequence = 1;
    QString trigger; // "schedule" or "administrator"
    QByteArray body; // exactly what every attempt sends
    int records = 0;
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid: due now
};

struct RetryPolicy
{
    int maxAttempts = 10;
    int firstSeconds = 60;
    int maxSeconds = 6 * 3600;
    std::function<double()> random01; // jitter source
};

class CreonOutbox final
{
public:
    CreonOutbox(store::Database &db, QString holder);

    QString holder() const { return m_holder; }
    // Takes the lease when it is free or expired, renews it when it is ours; false: another process sends.
    bool holdLease(const QDateTime &now, int leaseSeconds);
    void releaseLease();

    struct Position
    {
        QDateTime lastPeriod; // of the last batch formed (invalid: none yet)
        int lastSequence = 0;
        bool backlog = false; // the last batch was full: more records of that period wait
        QString sendNowAt;    // an administrator asked to send now …
        QString sendNowDone;  // … and this is the request already handled
    };
    Position position();
    std::optional<CreonBatch> openBatch();

    // Forms the next batch; nullopt when nothing can be sent (the period counts as done all the same).
    std::optional<CreonBatch> formBatch(const QDateTime &period, int sequence, const QString &trigger,
                                        int maxRecords, const QDateTime &now, const QString &sendNowHandled);
    void markSendNowHandled(const QString &sendNowAt, const QString &openBatchId, const QDateTime &now);
    // Before each attempt: counts it and stamps the records as sent. False: the lease is lost, do not send.
    bool attemptStarted(const QString &batchId, const QDateTime &now);
    // A 200 answer with per-record results (already checked against the results schema).
    bool complete(const QString &batchId, const QJsonArray &results, const QDateTime &now,
                  const RetryPolicy &policy);
    // No usable answer: retry the same batch later, or give up on it after policy.maxAttempts.
    bool fail(const QString &batchId, const QString &error, const QDateTime &now, const RetryPolicy &policy);

private:
    bool fence(const QDateTime &now);
    void holdUnsendable();
    void audit(const QString &batchId, const QString &action, const QString &where,
               const QVariantList &values);

    store::Database &m_db;
    QString m_holder;
    int m_leaseSeconds = 60;
    models::JsonSchema m_schema;
};

} // namespace lars::server::creon
