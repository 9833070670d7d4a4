// CREON routes of Api for the CLB's local administrators: the last batches, what waits and what failed
// (for this CLB only), "send now", and putting a dead record back in the queue. Pupils appear by number and
// school, not by name: the administrator is not necessarily in the pupil's team.
#include "server/Api.h"
#include "server/creon/CreonSchedule.h"

#include <QJsonArray>

namespace lars::server {

namespace {
QJsonValue orNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonArray records(Database &db, qint64 clbId, const QString &states, int limit)
{
    QSqlQuery q = db.run(
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
                               {QStringLiteral("reason"), orNull(q.value(8))},
                               {QStringLiteral("createdAt"), q.value(9).toString()},
                               {QStringLiteral("sentAt"), orNull(q.value(10))},
                               {QStringLiteral("answeredAt"), orNull(q.value(11))},
                               {QStringLiteral("attempts"), q.value(12).toInt()},
                               {QStringLiteral("withdrawal"), !q.value(13).isNull()}});
    return out;
}
} // namespace

std::optional<Response> Api::requireLocalAdmin(Request &r)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT local_admin FROM staff_clbs WHERE staff_id = ? AND clb_id = ?"),
                 {r.staffId, r.clbId});
    if (q.next() && q.value(0).toInt() != 0)
        return std::nullopt;
    r.pendingAudit.append({0, QStringLiteral("denied.not-local-admin"), r.path});
    return Response::problem(403, problems::uri("not-local-admin"),
                             QStringLiteral("Only the CLB's local LARS administrators see this"),
                             QStringLiteral("Ask your CLB's local LARS administrator."));
}

Response Api::creonOverview(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    if (auto denied = requireLocalAdmin(r))
        return *denied;
    QJsonObject counts;
    for (const char *state : {"pending", "held", "sending", "accepted", "refused", "dead"})
        counts.insert(QLatin1String(state), 0);
    QSqlQuery c =
        m_db.run(QStringLiteral("SELECT o.state, COUNT(*) FROM creon_outbox o JOIN creon_registrations r ON "
                                "r.id = o.registration_id WHERE r.clb_id = ? AND o.state <> 'superseded' "
                                "GROUP BY o.state"),
                 {r.clbId});
    while (c.next())
        counts.insert(c.value(0).toString(), c.value(1).toLongLong());

    QJsonArray batches;
    QSqlQuery b = m_db.run(
        QStringLiteral(
            "SELECT b.id, b.period, b.sequence, b.trigger_kind, b.created_at, b.state, b.attempts, "
            "b.last_attempt_at, b.next_attempt_at, b.last_error, b.finished_at, b.records, b.accepted, "
            "b.refused, b.failed, (SELECT COUNT(*) FROM creon_outbox o JOIN creon_registrations r ON r.id = "
            "o.registration_id WHERE o.batch_id = b.id AND r.clb_id = ?), (SELECT COUNT(*) FROM creon_outbox "
            "o JOIN "
            "creon_registrations r ON r.id = o.registration_id WHERE o.batch_id = b.id AND r.clb_id = ? AND "
            "o.state = 'accepted'), (SELECT COUNT(*) FROM creon_outbox o JOIN creon_registrations r ON r.id "
            "= "
            "o.registration_id WHERE o.batch_id = b.id AND r.clb_id = ? AND o.state = 'refused') FROM "
            "creon_batches b WHERE EXISTS "
            "(SELECT 1 FROM creon_outbox o JOIN creon_registrations r ON r.id = o.registration_id WHERE "
            "o.batch_id = b.id AND r.clb_id = ?) ORDER BY b.created_at DESC LIMIT 20"),
        {r.clbId, r.clbId, r.clbId, r.clbId});
    while (b.next())
        batches.append(QJsonObject{{QStringLiteral("id"), b.value(0).toString()},
                                   {QStringLiteral("period"), b.value(1).toString()},
                                   {QStringLiteral("sequence"), b.value(2).toInt()},
                                   {QStringLiteral("trigger"), b.value(3).toString()},
                                   {QStringLiteral("createdAt"), b.value(4).toString()},
                                   {QStringLiteral("state"), b.value(5).toString()},
                                   {QStringLiteral("attempts"), b.value(6).toInt()},
                                   {QStringLiteral("lastAttemptAt"), orNull(b.value(7))},
                                   {QStringLiteral("nextAttemptAt"), orNull(b.value(8))},
                                   {QStringLiteral("lastError"), orNull(b.value(9))},
                                   {QStringLiteral("finishedAt"), orNull(b.value(10))},
                                   {QStringLiteral("records"), b.value(11).toInt()},
                                   {QStringLiteral("accepted"), b.value(12).toInt()},
                                   {QStringLiteral("refused"), b.value(13).toInt()},
                                   {QStringLiteral("failed"), b.value(14).toInt()},
                                   {QStringLiteral("recordsOfThisClb"), b.value(15).toInt()},
                                   {QStringLiteral("acceptedOfThisClb"), b.value(16).toInt()},
                                   {QStringLiteral("refusedOfThisClb"), b.value(17).toInt()}});

    const auto &config = m_server.config().creon;
    QSqlQuery s = m_db.run(QStringLiteral("SELECT lease_until, last_period, send_now_at, send_now_done FROM "
                                          "creon_sender WHERE name = 'sender'"));
    s.next();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime leaseUntil = QDateTime::fromString(s.value(0).toString(), Qt::ISODateWithMs);
    const creon::CreonSchedule schedule(config.intervalSeconds, config.dailyTimes);
    const QJsonObject sender{{QStringLiteral("configured"), config.enabled()},
                             {QStringLiteral("active"), leaseUntil.isValid() && leaseUntil > now},
                             {QStringLiteral("lastPeriod"), orNull(s.value(1))},
                             {QStringLiteral("nextPeriod"),
                              config.enabled()
                                  ? QJsonValue(schedule.nextPeriodStart(now).toString(Qt::ISODateWithMs))
                                  : QJsonValue()},
                             {QStringLiteral("sendNowPending"),
                              !s.value(2).isNull() && s.value(2).toString() != s.value(3).toString()}};

    m_server.audit(r, 0, QStringLiteral("creon.overview.read"), QStringLiteral("clb %1").arg(r.clbId));
    return Response::json(
        200, QJsonObject{{QStringLiteral("sender"), sender},
                         {QStringLiteral("counts"), counts},
                         {QStringLiteral("batches"), batches},
                         {QStringLiteral("pending"),
                          records(m_db, r.clbId, QStringLiteral("'pending', 'held', 'sending'"), 100)},
                         {QStringLiteral("failed"),
                          records(m_db, r.clbId, QStringLiteral("'refused', 'dead'"), 100)}});
}

Response Api::creonSendNow(Request &r)
{
    if (auto denied = requireLocalAdmin(r))
        return *denied;
    if (!r.json.isEmpty())
        return Response::validation({{r.json.keys().constFirst().left(64), QStringLiteral("unknown-field"),
                                      QStringLiteral("is not a known field")}});
    if (!m_server.config().creon.enabled())
        return Response::problem(409, problems::uri("creon-not-configured"),
                                 QStringLiteral("This server has no CREON endpoint configured"));
    // Any process may take the request; the one holding the sender's lease acts on it at its next tick.
    const QString now = Database::now();
    m_db.run(QStringLiteral("UPDATE creon_sender SET send_now_at = ? WHERE name = 'sender'"), {now});
    m_server.audit(r, 0, QStringLiteral("creon.send-now"), QStringLiteral("clb %1").arg(r.clbId));
    return Response::json(202, QJsonObject{{QStringLiteral("requestedAt"), now}});
}

Response Api::creonRequeue(Request &r)
{
    if (auto denied = requireLocalAdmin(r))
        return *denied;
    if (!r.json.isEmpty())
        return Response::validation({{r.json.keys().constFirst().left(64), QStringLiteral("unknown-field"),
                                      QStringLiteral("is not a known field")}});
    // Only the newest version of a registration goes back in the queue: an older one is history.
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT o.registration_id, r.pupil_id FROM creon_outbox o JOIN creon_registrations r ON r.id = "
            "o.registration_id WHERE o.id = ? AND r.clb_id = ? AND o.state = 'dead' AND o.version = "
            "r.version"),
        {r.params.value(0), r.clbId});
    if (!q.next())
        return Response::problem(
            404, problems::uri("not-found"), QStringLiteral("No failed record with this number for your CLB"),
            QStringLiteral("Only the newest version of a failed record can be retried."));
    m_db.run(QStringLiteral(
                 "UPDATE creon_outbox SET state = 'pending', attempts = 0, not_before = NULL, batch_id = "
                 "NULL, reason = NULL WHERE id = ?"),
             {r.params.value(0)});
    m_server.audit(r, q.value(1).toLongLong(), QStringLiteral("creon.requeue"),
                   QStringLiteral("outbox %1").arg(r.params.value(0)));
    return Response::json(200, QJsonObject{{QStringLiteral("outboxId"), r.params.value(0)},
                                           {QStringLiteral("state"), QStringLiteral("pending")}});
}

} // namespace lars::server
