#include "server/store/CreonOutboxStore.h"

#include "server/store/RowValue.h"

namespace lars::server::store {

namespace {

// This CLB's records of batch b with the given condition on the outbox row.
QString clbShare(const char *condition)
{
    return QStringLiteral("(SELECT COUNT(*) FROM creon_outbox o JOIN creon_registrations r ON r.id = "
                          "o.registration_id WHERE o.batch_id = b.id AND r.clb_id = ?%1)")
        .arg(QLatin1String(condition));
}

} // namespace

QJsonObject CreonOutboxStore::counts(qint64 clbId)
{
    QJsonObject counts;
    for (const char *state : {"pending", "held", "sending", "accepted", "refused", "dead"})
        counts.insert(QLatin1String(state), 0);
    QSqlQuery c =
        m_db.run(QStringLiteral("SELECT o.state, COUNT(*) FROM creon_outbox o JOIN creon_registrations r ON "
                                "r.id = o.registration_id WHERE r.clb_id = ? AND o.state <> 'superseded' "
                                "GROUP BY o.state"),
                 {clbId});
    while (c.next())
        counts.insert(c.value(0).toString(), c.value(1).toLongLong());
    return counts;
}

QJsonArray CreonOutboxStore::batches(qint64 clbId, int limit)
{
    QSqlQuery b = m_db.run(
        QStringLiteral(
            "SELECT b.id, b.period, b.sequence, b.trigger_kind, b.created_at, b.state, b.attempts, "
            "b.last_attempt_at, b.next_attempt_at, b.last_error, b.finished_at, b.records, "
            "b.accepted, b.refused, b.failed, %1, %2, %3 FROM creon_batches b WHERE EXISTS "
            "(SELECT 1 FROM creon_outbox o JOIN creon_registrations r ON r.id = o.registration_id "
            "WHERE o.batch_id = b.id AND r.clb_id = ?) ORDER BY b.created_at DESC LIMIT ?")
            .arg(clbShare(""), clbShare(" AND o.state = 'accepted'"), clbShare(" AND o.state = 'refused'")),
        {clbId, clbId, clbId, clbId, limit});
    QJsonArray batches;
    while (b.next())
        batches.append(QJsonObject{{QStringLiteral("id"), b.value(0).toString()},
                                   {QStringLiteral("period"), b.value(1).toString()},
                                   {QStringLiteral("sequence"), b.value(2).toInt()},
                                   {QStringLiteral("trigger"), b.value(3).toString()},
                                   {QStringLiteral("createdAt"), b.value(4).toString()},
                                   {QStringLiteral("state"), b.value(5).toString()},
                                   {QStringLiteral("attempts"), b.value(6).toInt()},
                                   {QStringLiteral("lastAttemptAt"), RowValue::textOrNull(b.value(7))},
                                   {QStringLiteral("nextAttemptAt"), RowValue::textOrNull(b.value(8))},
                                   {QStringLiteral("lastError"), RowValue::textOrNull(b.value(9))},
                                   {QStringLiteral("finishedAt"), RowValue::textOrNull(b.value(10))},
                                   {QStringLiteral("records"), b.value(11).toInt()},
                                   {QStringLiteral("accepted"), b.value(12).toInt()},
                                   {QStringLiteral("refused"), b.value(13).toInt()},
                                   {QStringLiteral("failed"), b.value(14).toInt()},
                                   {QStringLiteral("recordsOfThisClb"), b.value(15).toInt()},
                                   {QStringLiteral("acceptedOfThisClb"), b.value(16).toInt()},
                                   {QStringLiteral("refusedOfThisClb"), b.value(17).toInt()}});
    return batches;
}

QJsonArray CreonOutboxStore::waiting(qint64 clbId, int limit)
{
    return records(clbId, QStringLiteral("'pending', 'held', 'sending'"), limit);
}

QJsonArray CreonOutboxStore::failed(qint64 clbId, int limit)
{
    return records(clbId, QStringLiteral("'refused', 'dead'"), limit);
}

QJsonArray CreonOutboxStore::records(qint64 clbId, const QString &states, int limit)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT o.id, r.uid, r.pupil_id, sc.name, r.item_code, r.registered_on, o.version, o.state, "
            "o.reason, o.created_at, o.sent_at, o.answered_at, o.attempts, r.withdrawn_at FROM creon_outbox "
            "o JOIN creon_registrations r ON r.id = o.registration_id JOIN pupils p ON p.id = r.pupil_id "
            "JOIN schools sc ON sc.id = p.school_id WHERE r.clb_id = ? AND o.state IN (%1) ORDER BY o.id "
            "DESC LIMIT ?")
            .arg(states),
        {clbId, limit});
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("outboxId"), q.value(0).toLongLong()},
                               {QStringLiteral("registrationId"), q.value(1).toString()},
                               {QStringLiteral("pupilId"), q.value(2).toLongLong()},
                               {QStringLiteral("school"), q.value(3).toString()},
                               {QStringLiteral("itemCode"), q.value(4).toString()},
                               {QStringLiteral("date"), q.value(5).toString()},
                               {QStringLiteral("version"), q.value(6).toLongLong()},
                               {QStringLiteral("state"), q.value(7).toString()},
                               {QStringLiteral("reason"), RowValue::textOrNull(q.value(8))},
                               {QStringLiteral("createdAt"), q.value(9).toString()},
                               {QStringLiteral("sentAt"), RowValue::textOrNull(q.value(10))},
                               {QStringLiteral("answeredAt"), RowValue::textOrNull(q.value(11))},
                               {QStringLiteral("attempts"), q.value(12).toInt()},
                               {QStringLiteral("withdrawal"), !q.value(13).isNull()}});
    return out;
}

CreonOutboxStore::SenderState CreonOutboxStore::senderState()
{
    QSqlQuery s = m_db.run(QStringLiteral("SELECT lease_until, last_period, send_now_at, send_now_done FROM "
                                          "creon_sender WHERE name = 'sender'"));
    SenderState state;
    if (!s.next())
        return state;
    state.leaseUntil = QDateTime::fromString(s.value(0).toString(), Qt::ISODateWithMs);
    state.lastPeriod = s.value(1).toString();
    state.sendNowPending = !s.value(2).isNull() && s.value(2).toString() != s.value(3).toString();
    return state;
}

void CreonOutboxStore::requestSendNow(const QString &now)
{
    m_db.run(QStringLiteral("UPDATE creon_sender SET send_now_at = ? WHERE name = 'sender'"), {now});
}

std::optional<qint64> CreonOutboxStore::requeueDead(qint64 outboxId, qint64 clbId)
{
    // Only the newest version of a registration goes back in the queue: an older one is history.
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT r.pupil_id FROM creon_outbox o JOIN creon_registrations r ON r.id = o.registration_id "
            "WHERE o.id = ? AND r.clb_id = ? AND o.state = 'dead' AND o.version = r.version"),
        {outboxId, clbId});
    if (!q.next())
        return std::nullopt;
    m_db.run(QStringLiteral("UPDATE creon_outbox SET state = 'pending', attempts = 0, not_before = NULL, "
                            "batch_id = NULL, reason = NULL WHERE id = ? AND state = 'dead'"),
             {outboxId});
    return q.value(0).toLongLong();
}

} // namespace lars::server::store
