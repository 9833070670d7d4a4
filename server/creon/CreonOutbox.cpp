#include "server/creon/CreonOutbox.h"

#include "server/Logging.h"
#include "server/creon/CreonSchedule.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

static void initCreonResources()
{
    Q_INIT_RESOURCE(creon);
}

namespace lars::server::creon {

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime parseTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
qint64 backoff(int attempts, const RetryPolicy &p)
{
    return CreonSchedule::backoffMs(attempts, p.firstSeconds, p.maxSeconds, p.random01 ? p.random01() : 0.5);
}
QString digits(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (c.isDigit())
            out += c;
    return out;
}
// Builds one record holding only what the item needs: no name, birth date, address or school.
QJsonObject record(const QSqlQuery &q, bool withdraw, bool sentBefore)
{
    QJsonObject r{{QStringLiteral("registrationId"), q.value(2).toString()},
                  {QStringLiteral("version"), q.value(1).toLongLong()},
                  {QStringLiteral("action"), withdraw     ? QStringLiteral("withdraw")
                                             : sentBefore ? QStringLiteral("correct")
                                                          : QStringLiteral("register")},
                  {QStringLiteral("item"), q.value(3).toString()},
                  {QStringLiteral("recipient"), q.value(4).toString()},
                  {QStringLiteral("clb"), q.value(5).toString()}};
    if (withdraw)
        return r;
    const QString national = digits(q.value(6).toString());
    r.insert(
        QStringLiteral("pupil"),
        QJsonObject{{QStringLiteral("insz"), national.isEmpty() ? digits(q.value(7).toString()) : national},
                    {QStringLiteral("kind"), national.isEmpty() ? QStringLiteral("bisnummer")
                                                                : QStringLiteral("rijksregisternummer")}});
    r.insert(QStringLiteral("date"), q.value(8).toString());
    if (!q.value(9).toString().isEmpty())
        r.insert(QStringLiteral("contact"), q.value(9).toString());
    r.insert(QStringLiteral("value"),
             QJsonDocument::fromJson("[" + q.value(10).toString().toUtf8() + "]").array().at(0));
    return r;
}
} // namespace

CreonOutbox::CreonOutbox(store::Database &db, QString holder)
    : m_db(db)
    , m_holder(std::move(holder))
{
    initCreonResources();
    m_schema = models::JsonSchema::fromFile(QStringLiteral(":/creon/batch.schema.json"));
}

bool CreonOutbox::holdLease(const QDateTime &now, int leaseSeconds)
{
    m_leaseSeconds = leaseSeconds;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT holder, lease_until FROM creon_sender WHERE name = 'sender'"));
    if (!q.next())
        throw store::DbError(QStringLiteral("the creon_sender row is missing"));
    const QString holder = q.value(0).toString();
    const QDateTime until = parseTime(q.value(1));
    // Reading is enough while our lease has more than half of its time left: no write every tick.
    if (holder == m_holder && until.isValid() && now.secsTo(until) > leaseSeconds / 2)
        return true;
    if (holder != m_holder && !holder.isEmpty() && until.isValid() && until > now)
        return false;
    m_db.begin();
    QSqlQuery u =
        m_db.run(QStringLiteral("UPDATE creon_sender SET holder = ?, lease_until = ? WHERE name = 'sender' "
                                "AND (holder IS NULL OR holder = ? OR lease_until < ?)"),
                 {m_holder, iso(now.addSecs(leaseSeconds)), m_holder, iso(now)});
    const bool ours = u.numRowsAffected() == 1;
    if (!m_db.commit())
        return false;
    if (ours && holder != m_holder)
        qCInfo(lcServer) << "CREON sender: this process" << m_holder << "now sends (lease taken from"
                         << (holder.isEmpty() ? QStringLiteral("nobody") : holder) << ")";
    return ours;
}

void CreonOutbox::releaseLease()
{
    m_db.run(
        QStringLiteral("UPDATE creon_sender SET holder = NULL, lease_until = NULL WHERE name = 'sender' AND "
                       "holder = ?"),
        {m_holder});
}

bool CreonOutbox::fence(const QDateTime &now)
{
    QSqlQuery u =
        m_db.run(QStringLiteral("UPDATE creon_sender SET lease_until = ? WHERE name = 'sender' AND holder = "
                                "? AND lease_until >= ?"),
                 {iso(now.addSecs(m_leaseSeconds)), m_holder, iso(now)});
    return u.numRowsAffected() == 1;
}

CreonOutbox::Position CreonOutbox::position()
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT last_period, last_sequence, backlog, send_now_at, send_now_done "
                                "FROM creon_sender WHERE name = 'sender'"));
    Position p;
    if (q.next())
        p = {parseTime(q.value(0)), q.value(1).toInt(), q.value(2).toInt() != 0, q.value(3).toString(),
             q.value(4).toString()};
    return p;
}

std::optional<CreonBatch> CreonOutbox::openBatch()
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT id, period, sequence, trigger_kind, body, records, attempts, "
                                "next_attempt_at FROM creon_batches WHERE state = 'open' ORDER BY "
                                "created_at LIMIT 1"));
    if (!q.next())
        return std::nullopt;
    return CreonBatch{q.value(0).toString(), parseTime(q.value(1)),          q.value(2).toInt(),
                      q.value(3).toString(), q.value(4).toString().toUtf8(), q.value(5).toInt(),
                      q.value(6).toInt(),    parseTime(q.value(7))};
}

void CreonOutbox::holdUnsendable()
{
    m_db.run(
        QStringLiteral("UPDATE creon_outbox SET state = 'held', reason = ? WHERE state = 'pending' AND "
                       "registration_id IN (SELECT r.id FROM creon_registrations r JOIN pupils p ON p.id = "
                       "r.pupil_id WHERE p.national_number IS NULL AND p.bis_number IS NULL)"),
        {QStringLiteral("De leerling heeft geen rijksregister- of BIS-nummer.")});
    m_db.run(
        QStringLiteral("UPDATE creon_outbox SET state = 'held', reason = ? WHERE state = 'pending' AND "
                       "registration_id IN (SELECT r.id FROM creon_registrations r JOIN clbs c ON c.id = "
                       "r.clb_id WHERE c.institution_number IS NULL)"),
        {QStringLiteral("Het CLB heeft geen instellingsnummer.")});
}

std::optional<CreonBatch> CreonOutbox::formBatch(const QDateTime &period, int sequence,
                                                 const QString &trigger, int maxRecords, const QDateTime &now,
                                                 const QString &sendNowHandled)
{
    m_db.begin();
    if (!fence(now)) {
        m_db.rollback();
        return std::nullopt;
    }
    holdUnsendable();
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT o.id, o.version, r.uid, r.item_code, i.recipient, c.institution_number, "
                       "p.national_number, "
                       "p.bis_number, r.registered_on, r.contact, r.value, r.withdrawn_at, EXISTS (SELECT 1 "
                       "FROM creon_outbox "
                       "e WHERE e.registration_id = r.id AND e.version < o.version AND e.state IN "
                       "('sending', 'accepted', "
                       "'dead')) FROM creon_outbox o JOIN creon_registrations r ON r.id = o.registration_id "
                       "JOIN creon_items "
                       "i ON i.code = r.item_code JOIN pupils p ON p.id = r.pupil_id JOIN clbs c ON c.id = "
                       "r.clb_id WHERE "
                       "o.state IN ('pending', 'held') AND (o.not_before IS NULL OR o.not_before <= ?) AND "
                       "(p.national_number IS NOT NULL OR p.bis_number IS NOT NULL) AND c.institution_number "
                       "IS NOT NULL "
                       "ORDER BY o.id LIMIT ?"),
        {iso(now), maxRecords + 1});
    QJsonArray records;
    QList<qint64> included, nothingToTell;
    QList<std::pair<qint64, QString>> invalid;
    bool more = false;
    while (q.next()) {
        if (records.size() == maxRecords) {
            more = true;
            break;
        }
        const bool withdraw = !q.value(11).isNull();
        const bool sentBefore = q.value(12).toBool();
        if (withdraw && !sentBefore) {
            nothingToTell.append(q.value(0).toLongLong()); // the ministry never heard of it
            continue;
        }
        const QJsonObject r = record(q, withdraw, sentBefore);
        // Our own data must fit the published format; what does not is held with the reason, not sent.
        const auto errors = m_schema.validateDefinition(QStringLiteral("record"), r);
        if (!errors.isEmpty()) {
            invalid.append({q.value(0).toLongLong(), QStringLiteral("Past niet in het CREON-formaat: %1 %2")
                                                         .arg(errors.first().path, errors.first().message)});
            continue;
        }
        records.append(r);
        included.append(q.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(nothingToTell))
        m_db.run(QStringLiteral("UPDATE creon_outbox SET state = 'superseded' WHERE id = ?"), {id});
    for (const auto &[id, reason] : std::as_const(invalid))
        m_db.run(
            QStringLiteral("UPDATE creon_outbox SET state = 'held', reason = ?, not_before = ? WHERE id = ?"),
            {reason, iso(now.addDays(1)), id});
    m_db.run(
        QStringLiteral(
            "UPDATE creon_sender SET last_period = ?, last_sequence = ?, backlog = ?, send_now_done "
            "= COALESCE(?, send_now_done) WHERE name = 'sender'"),
        {iso(period), sequence, more ? 1 : 0,
         sendNowHandled.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sendNowHandled)});
    if (records.isEmpty()) {
        m_db.commit();
        return std::nullopt;
    }
    CreonBatch b;
    b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    b.period = period;
    b.sequence = sequence;
    b.trigger = trigger;
    b.records = int(records.size());
    b.body = QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("lars-creon-batch/1")},
                                       {QStringLiteral("batchId"), b.id},
                                       {QStringLiteral("createdAt"), iso(now)},
                                       {QStringLiteral("period"), iso(period)},
                                       {QStringLiteral("sequence"), sequence},
                                       {QStringLiteral("trigger"), trigger},
                                       {QStringLiteral("records"), records}})
                 .toJson(QJsonDocument::Compact);
    m_db.run(
        QStringLiteral(
            "INSERT INTO creon_batches (id, period, sequence, trigger_kind, created_at, body, records, "
            "state, sender) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)"),
        {b.id, iso(period), sequence, trigger, iso(now), QString::fromUtf8(b.body), b.records, m_holder});
    for (const qint64 id : std::as_const(included))
        m_db.run(QStringLiteral("UPDATE creon_outbox SET state = 'sending', batch_id = ? WHERE id = ?"),
                 {b.id, id});
    if (!m_db.commit())
        return std::nullopt;
    qCInfo(lcServer) << "CREON batch" << b.id << "formed:" << b.records << "records, period" << iso(period)
                     << "sequence" << sequence << trigger;
    return b;
}

void CreonOutbox::markSendNowHandled(const QString &sendNowAt, const QString &openBatchId,
                                     const QDateTime &now)
{
    m_db.begin();
    if (!fence(now)) {
        m_db.rollback();
        return;
    }
    m_db.run(QStringLiteral("UPDATE creon_sender SET send_now_done = ? WHERE name = 'sender'"), {sendNowAt});
    m_db.run(QStringLiteral("UPDATE creon_batches SET next_attempt_at = NULL WHERE id = ?"), {openBatchId});
    m_db.commit();
}

bool CreonOutbox::attemptStarted(const QString &batchId, const QDateTime &now)
{
    m_db.begin();
    if (!fence(now)) {
        m_db.rollback();
        return false;
    }
    // Until this attempt ends, the batch counts as due: a process that takes over after a crash resends it.
    m_db.run(QStringLiteral(
                 "UPDATE creon_batches SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = "
                 "NULL WHERE id = ? AND state = 'open'"),
             {iso(now), batchId});
    m_db.run(QStringLiteral(
                 "UPDATE creon_outbox SET sent_at = COALESCE(sent_at, ?) WHERE batch_id = ? AND state = "
                 "'sending'"),
             {iso(now), batchId});
    m_db.run(
        QStringLiteral("UPDATE creon_registrations SET sent_at = ? WHERE id IN (SELECT registration_id FROM "
                       "creon_outbox WHERE batch_id = ? AND state = 'sending')"),
        {iso(now), batchId});
    return m_db.commit();
}

void CreonOutbox::audit(const QString &batchId, const QString &action, const QString &where,
                        const QVariantList &values)
{
    // One line per pupil in the pupil's own audit trail: what left for the ministry, and when.
    QVariantList all{store::Database::now(), action, batchId};
    all << values;
    m_db.run(QStringLiteral(
                 "INSERT INTO audit_log (at, staff_id, clb_id, pupil_id, action, detail, request_id) "
                 "SELECT ?, NULL, r.clb_id, r.pupil_id, ?, 'CREON-zending ' || ? || ': ' || COUNT(*) || "
                 "' registratie(s)', o.batch_id FROM creon_outbox o JOIN creon_registrations r ON r.id = "
                 "o.registration_id WHERE ") +
                 where + QStringLiteral(" GROUP BY r.clb_id, r.pupil_id, o.batch_id"),
             all);
}

bool CreonOutbox::complete(const QString &batchId, const QJsonArray &results, const QDateTime &now,
                           const RetryPolicy &policy)
{
    m_db.begin();
    QSqlQuery open =
        m_db.run(QStringLiteral("SELECT 1 FROM creon_batches WHERE id = ? AND state = 'open'"), {batchId});
    if (!fence(now) || !open.next()) {
        m_db.rollback();
        return false;
    }
    QHash<QString, QJsonObject> byRecord;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        byRecord.insert(o.value(QLatin1String("registrationId")).toString() + u'#' +
                            QString::number(o.value(QLatin1String("version")).toInteger()),
                        o);
    }
    QSqlQuery rows =
        m_db.run(QStringLiteral("SELECT o.id, r.uid, o.version, o.attempts FROM creon_outbox o JOIN "
                                "creon_registrations r ON r.id = o.registration_id WHERE o.batch_id = ? "
                                "AND o.state = 'sending'"),
                 {batchId});
    struct Row
    {
        qint64 id;
        QString key;
        int attempts;
    };
    QList<Row> list;
    while (rows.next())
        list.append({rows.value(0).toLongLong(), rows.value(1).toString() + u'#' + rows.value(2).toString(),
                     rows.value(3).toInt()});
    int accepted = 0, refused = 0, failed = 0;
    for (const Row &row : std::as_const(list)) {
        const QJsonObject result = byRecord.value(row.key);
        const QString status = result.value(QLatin1String("status")).toString();
        if (status == QLatin1String("accepted") || status == QLatin1String("duplicate")) {
            m_db.run(QStringLiteral(
                         "UPDATE creon_outbox SET state = 'accepted', answered_at = ?, reason = NULL WHERE "
                         "id = ?"),
                     {iso(now), row.id});
            ++accepted;
        } else if (status == QLatin1String("refused")) {
            m_db.run(
                QStringLiteral(
                    "UPDATE creon_outbox SET state = 'refused', answered_at = ?, reason = ? WHERE id = ?"),
                {iso(now), result.value(QLatin1String("reason")).toString(), row.id});
            ++refused;
        } else {
            // "retry", or no result for this record at all: send it again in a later batch.
            const int attempts = row.attempts + 1;
            const bool dead = attempts >= policy.maxAttempts;
            const QString reason = status.isEmpty()
                                       ? QStringLiteral("Geen antwoord voor dit record.")
                                       : QStringLiteral("Later opnieuw te proberen volgens de ontvanger.");
            m_db.run(QStringLiteral(
                         "UPDATE creon_outbox SET state = ?, attempts = ?, not_before = ?, batch_id = NULL, "
                         "reason = ? WHERE id = ?"),
                     {dead ? QStringLiteral("dead") : QStringLiteral("pending"), attempts,
                      iso(now.addMSecs(backoff(attempts, policy))), reason, row.id});
            ++failed;
        }
    }
    m_db.run(
        QStringLiteral("UPDATE creon_batches SET state = 'done', finished_at = ?, accepted = ?, refused = ?, "
                       "failed = ?, last_error = NULL WHERE id = ?"),
        {iso(now), accepted, refused, failed, batchId});
    audit(batchId, QStringLiteral("creon.delivered"),
          QStringLiteral("o.batch_id = ? AND o.state = 'accepted'"), {batchId});
    audit(batchId, QStringLiteral("creon.refused"), QStringLiteral("o.batch_id = ? AND o.state = 'refused'"),
          {batchId});
    if (!m_db.commit())
        return false;
    qCInfo(lcServer) << "CREON batch" << batchId << "answered:" << accepted << "accepted," << refused
                     << "refused," << failed << "to retry";
    return true;
}

bool CreonOutbox::fail(const QString &batchId, const QString &error, const QDateTime &now,
                       const RetryPolicy &policy)
{
    m_db.begin();
    QSqlQuery b = m_db.run(
        QStringLiteral("SELECT attempts FROM creon_batches WHERE id = ? AND state = 'open'"), {batchId});
    if (!fence(now) || !b.next()) {
        m_db.rollback();
        return false;
    }
    const int attempts = b.value(0).toInt();
    if (attempts >= policy.maxAttempts) {
        const QString reason =
            QStringLiteral("Verzending mislukt na %1 pogingen: %2").arg(attempts).arg(error);
        m_db.run(
            QStringLiteral(
                "UPDATE creon_outbox SET state = 'dead', reason = ?, attempts = ? WHERE batch_id = ? AND "
                "state = 'sending'"),
            {reason, attempts, batchId});
        m_db.run(QStringLiteral(
                     "UPDATE creon_batches SET state = 'dead', finished_at = ?, last_error = ?, failed = "
                     "records WHERE id = ?"),
                 {iso(now), error, batchId});
        audit(batchId, QStringLiteral("creon.dead"), QStringLiteral("o.batch_id = ? AND o.state = 'dead'"),
              {batchId});
        qCWarning(lcServer) << "CREON batch" << batchId << "gave up after" << attempts
                            << "attempts:" << error;
    } else {
        const QDateTime next = now.addMSecs(backoff(attempts, policy));
        m_db.run(QStringLiteral("UPDATE creon_batches SET next_attempt_at = ?, last_error = ? WHERE id = ?"),
                 {iso(next), error, batchId});
        qCInfo(lcServer) << "CREON batch" << batchId << "attempt" << attempts << "failed:" << error
                         << "- next at" << iso(next);
    }
    return m_db.commit();
}

} // namespace lars::server::creon
