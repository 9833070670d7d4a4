#pragma once
// The CREON outbox as a CLB's local administrator sees it: counts per state, the last batches with this
// CLB's share of them, records that wait or failed (pupils by number and school, never by name), the
// sender's state, an administrator's "send now", and a dead record put back in the queue. Only this CLB's
// records: the administrator is not necessarily in the pupils' teams.
#include "server/store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace lars::server::store {

class CreonOutboxStore final
{
public:
    struct SenderState
    {
        QDateTime leaseUntil; // invalid: no process holds the lease
        QString lastPeriod;
        bool sendNowPending = false;
    };

    explicit CreonOutboxStore(Database &db)
        : m_db(db)
    {}

    QJsonObject counts(qint64 clbId); // {pending, held, sending, accepted, refused, dead}
    QJsonArray batches(qint64 clbId, int limit);
    QJsonArray waiting(qint64 clbId, int limit); // pending, held, sending
    QJsonArray failed(qint64 clbId, int limit);  // refused, dead
    SenderState senderState();
    // Notes the request; whichever process holds the lease acts on it.
    void requestSendNow(const QString &now);
    // Puts the newest version of a dead record of this CLB back to pending; its pupil id, or nullopt when
    // there is no such record.
    std::optional<qint64> requeueDead(qint64 outboxId, qint64 clbId);

private:
    QJsonArray records(qint64 clbId, const QString &states, int limit);

    Database &m_db;
};

} // namespace lars::server::store
