// CREON routes of Api: a pupil's registrations with their source and delivery state, manual registration,
// correction and withdrawal, resubmission after a refusal; the item list. (Administrator routes:
// ApiCreonAdmin.cpp.) Derived registrations change only through their source (docs/creon.md).
#include "models/JsonReader.h"
#include "server/Api.h"
#include "server/creon/CreonRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lars::server {

using models::JsonReader;

namespace {

QJsonValue parseValue(const QString &text)
{
    return QJsonDocument::fromJson("[" + text.toUtf8() + "]").array().at(0);
}
QJsonValue orNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

// Columns of one registration with its newest delivery row that still counts and its source.
const char *const registrationColumns =
    "SELECT r.id, r.uid, r.item_code, r.value, r.registered_on, r.contact, r.source, r.source_id, r.version, "
    "r.withdrawn_at, r.created_at, r.updated_at, o.state, o.version, o.sent_at, o.answered_at, o.reason, "
    "i.manual, i.value_kind, m.contact, m.measured_on, a.activity_date, a.subject, a.subject_code, "
    "m.withdrawn_at, r.pupil_id, (SELECT MIN(cr.measurement_field) FROM creon_rules cr WHERE cr.item_code = "
    "r.item_code AND cr.source = 'measurement') FROM creon_registrations r JOIN creon_items i ON i.code = "
    "r.item_code LEFT JOIN "
    "creon_outbox o ON o.id = (SELECT MAX(x.id) FROM creon_outbox x WHERE x.registration_id = r.id AND "
    "x.state "
    "<> 'superseded') LEFT JOIN measurements m ON r.source = 'measurement' AND m.id = r.source_id LEFT JOIN "
    "activities a ON r.source = 'activity' AND a.id = r.source_id ";

QJsonObject registrationJson(const QSqlQuery &q)
{
    QJsonObject source{{QStringLiteral("kind"), q.value(6).toString()}};
    if (q.value(6).toString() == QLatin1String("measurement"))
        source = {{QStringLiteral("kind"), QStringLiteral("measurement")},
                  {QStringLiteral("id"), q.value(7).toLongLong()},
                  {QStringLiteral("contact"), q.value(19).toString()},
                  {QStringLiteral("date"), q.value(20).toString()},
                  {QStringLiteral("field"), q.value(26).toString()}, // the consult result it comes from
                  {QStringLiteral("withdrawn"), !q.value(24).isNull()}};
    else if (q.value(6).toString() == QLatin1String("activity"))
        source = {{QStringLiteral("kind"), QStringLiteral("activity")},
                  {QStringLiteral("id"), q.value(7).toLongLong()},
                  {QStringLiteral("date"), orNull(q.value(21))},
                  {QStringLiteral("subject"), orNull(q.value(22))},
                  {QStringLiteral("subjectCode"), orNull(q.value(23))},
                  {QStringLiteral("withdrawn"), q.value(21).isNull()}};
    // No delivery row that counts: withdrawn before it ever left, so there was nothing to tell.
    const QString state = q.value(12).isNull() ? QStringLiteral("not-sent") : q.value(12).toString();
    return {{QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("registrationId"), q.value(1).toString()},
            {QStringLiteral("itemCode"), q.value(2).toString()},
            {QStringLiteral("value"), parseValue(q.value(3).toString())},
            {QStringLiteral("date"), q.value(4).toString()},
            {QStringLiteral("contact"), orNull(q.value(5))},
            {QStringLiteral("source"), source},
            {QStringLiteral("version"), q.value(8).toLongLong()},
            {QStringLiteral("withdrawn"), !q.value(9).isNull()},
            {QStringLiteral("createdAt"), q.value(10).toString()},
            {QStringLiteral("updatedAt"), q.value(11).toString()},
            {QStringLiteral("delivery"),
             QJsonObject{{QStringLiteral("state"), state},
                         {QStringLiteral("version"),
                          q.value(13).isNull() ? QJsonValue() : QJsonValue(q.value(13).toLongLong())},
                         {QStringLiteral("sentAt"), orNull(q.value(14))},
                         {QStringLiteral("answeredAt"), orNull(q.value(15))},
                         {QStringLiteral("reason"), orNull(q.value(16))}}},
            {QStringLiteral("manual"), q.value(6).toString() == QLatin1String("manual")},
            {QStringLiteral("valueKind"), q.value(18).toString()}};
}

Response noSuchRegistration()
{
    return Response::problem(404, problems::uri("not-found"), QStringLiteral("No such CREON registration"));
}

} // namespace

Response Api::creonRegistrationOf(Request &r, const models::Pupil &p, QSqlQuery *row)
{
    *row = m_db.run(QString::fromLatin1(registrationColumns) +
                        QStringLiteral("WHERE r.id = ? AND r.pupil_id = ?"),
                    {r.params.value(1), p.id});
    if (!row->next())
        return noSuchRegistration();
    return Response();
}

Response Api::getCreonRegistrations(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    QSqlQuery q =
        m_db.run(QString::fromLatin1(registrationColumns) +
                     QStringLiteral("WHERE r.pupil_id = ? ORDER BY r.registered_on DESC, r.id DESC"),
                 {p.id});
    QJsonArray items;
    while (q.next())
        items.append(registrationJson(q));
    m_server.audit(r, p.id, QStringLiteral("creon.read"), QString());
    return Response::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Response Api::postCreonRegistration(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    JsonReader reader(r.json);
    const auto item = reader.string(QStringLiteral("itemCode"), JsonReader::Required, 64);
    const auto date = reader.date(QStringLiteral("date"), JsonReader::Required);
    const QJsonValue rawValue = r.json.value(QLatin1String("value"));
    reader.value(QStringLiteral("value"), JsonReader::Nullable);
    const auto activityId =
        reader.integer(QStringLiteral("activityId"), JsonReader::Nullable, 1, qint64(1) << 53);
    models::FieldErrors errors = reader.finish();
    QSqlQuery kind =
        m_db.run(QStringLiteral("SELECT value_kind, manual FROM creon_items WHERE code = ? AND active = 1"),
                 {item.value_or(QString())});
    QJsonValue value;
    if (item && !kind.next()) {
        errors.append(
            {QStringLiteral("itemCode"), QStringLiteral("enum"), QStringLiteral("is not a CREON item")});
    } else if (item && kind.value(1).toInt() == 0) {
        errors.append(
            {QStringLiteral("itemCode"), QStringLiteral("derived-only"),
             QStringLiteral("comes from the medical consult; register the consult's results instead")});
    } else if (item) {
        QString error;
        value = creon::CreonRegistry::normaliseValue(kind.value(0).toString(), rawValue, &error);
        if (!error.isEmpty())
            errors.append({QStringLiteral("value"), QStringLiteral("format"), error});
    }
    if (date && (*date > QDate::currentDate() || *date < QDate::currentDate().addYears(-20)))
        errors.append({QStringLiteral("date"), QStringLiteral("range"),
                       QStringLiteral("must be within the last 20 years and not in the future")});
    if (activityId && !m_db.run(QStringLiteral("SELECT 1 FROM activities WHERE id = ? AND pupil_id = ?"),
                                {*activityId, p.id})
                           .next())
        errors.append({QStringLiteral("activityId"), QStringLiteral("not-found"),
                       QStringLiteral("is not an activity of this pupil")});
    if (!errors.isEmpty())
        return Response::validation(errors);
    const qint64 id = creon::CreonRegistry(m_db).registerManual(p.id, *item, *date, value,
                                                                activityId.value_or(0), r.staffId);
    m_server.audit(r, p.id, QStringLiteral("creon.create"),
                   QStringLiteral("registration %1 (%2)").arg(id).arg(*item));
    QSqlQuery row =
        m_db.run(QString::fromLatin1(registrationColumns) + QStringLiteral("WHERE r.id = ?"), {id});
    row.next();
    const QJsonObject body = registrationJson(row);
    return Response::json(201, body)
        .withETag(body.value(QLatin1String("version")).toInteger())
        .withHeader("Location", "/api/v1/pupils/" + QByteArray::number(p.id) + "/creon-registrations/" +
                                    QByteArray::number(id));
}

// A correction or withdrawal of a manual registration; derived ones follow their source.
Response Api::changeCreonRegistration(Request &r, bool withdraw)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    QSqlQuery row;
    if (Response missing = creonRegistrationOf(r, p, &row); missing.status == 404)
        return missing;
    const qint64 version = row.value(8).toLongLong();
    if (auto precondition = checkIfMatch(r, version))
        return *precondition;
    if (row.value(6).toString() != QLatin1String("manual"))
        return Response::problem(
            409, problems::uri("derived-registration"),
            QStringLiteral("This registration comes from a consult or an activity"),
            QStringLiteral("Correct or withdraw its source; the registration follows it."));
    if (!row.value(9).isNull())
        return Response::problem(409, problems::uri("withdrawn"),
                                 QStringLiteral("This registration is withdrawn"));
    creon::CreonRegistry registry(m_db);
    const qint64 id = row.value(0).toLongLong();
    if (withdraw) {
        registry.withdraw(id, r.staffId);
        m_server.audit(r, p.id, QStringLiteral("creon.withdraw"), QStringLiteral("registration %1").arg(id));
    } else {
        JsonReader reader(r.json);
        const auto date = reader.date(QStringLiteral("date"), JsonReader::Required);
        const QJsonValue rawValue = r.json.value(QLatin1String("value"));
        reader.value(QStringLiteral("value"), JsonReader::Nullable);
        models::FieldErrors errors = reader.finish();
        QString error;
        const QJsonValue value =
            creon::CreonRegistry::normaliseValue(row.value(18).toString(), rawValue, &error);
        if (!error.isEmpty())
            errors.append({QStringLiteral("value"), QStringLiteral("format"), error});
        if (date && *date > QDate::currentDate())
            errors.append({QStringLiteral("date"), QStringLiteral("range"),
                           QStringLiteral("must not be in the future")});
        if (!errors.isEmpty())
            return Response::validation(errors);
        registry.correctManual(id, *date, value, r.staffId);
        m_server.audit(r, p.id, QStringLiteral("creon.correct"), QStringLiteral("registration %1").arg(id));
    }
    creonRegistrationOf(r, p, &row);
    return Response::json(200, registrationJson(row)).withETag(row.value(8).toLongLong());
}

Response Api::putCreonRegistration(Request &r)
{
    return changeCreonRegistration(r, false);
}

Response Api::deleteCreonRegistration(Request &r)
{
    return changeCreonRegistration(r, true);
}

Response Api::resubmitCreonRegistration(Request &r)
{
    models::Pupil p;
    if (auto denied = checkPupil(r, &p))
        return *denied;
    QSqlQuery row;
    if (Response missing = creonRegistrationOf(r, p, &row); missing.status == 404)
        return missing;
    // No If-Match needed: once resubmitted the registration waits again, so a second resubmit is a 409.
    const QString state = row.value(12).toString();
    if (state != QLatin1String("refused") && state != QLatin1String("dead"))
        return Response::problem(409, problems::uri("not-refused"),
                                 QStringLiteral("Only a refused or failed registration can be sent again"));
    const qint64 id = row.value(0).toLongLong();
    creon::CreonRegistry(m_db).resubmit(id, r.staffId);
    m_server.audit(r, p.id, QStringLiteral("creon.resubmit"), QStringLiteral("registration %1").arg(id));
    creonRegistrationOf(r, p, &row);
    return Response::json(200, registrationJson(row)).withETag(row.value(8).toLongLong());
}

Response Api::creonItems(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    QJsonArray items;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT code, label, recipient, value_kind, manual FROM "
                                          "creon_items WHERE active = 1 ORDER BY sort, code"));
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                 {QStringLiteral("label"), q.value(1).toString()},
                                 {QStringLiteral("recipient"), q.value(2).toString()},
                                 {QStringLiteral("valueKind"), q.value(3).toString()},
                                 {QStringLiteral("manual"), q.value(4).toInt() != 0}});
    return Response::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Response Api::activitySubjects(Request &r)
{
    if (auto bad = checkQuery(r, {}))
        return *bad;
    QJsonArray items;
    // Which subjects feed CREON, so the journal can say so when one is chosen.
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT s.code, s.label, (SELECT MIN(i.label) FROM creon_rules cr JOIN creon_items i ON i.code = "
        "cr.item_code WHERE cr.subject_code = s.code AND cr.function_code IS NULL AND cr.active = 1 AND "
        "i.active = "
        "1) FROM activity_subjects s WHERE s.active = 1 ORDER BY s.sort, s.code"));
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                 {QStringLiteral("label"), q.value(1).toString()},
                                 {QStringLiteral("creonItem"), orNull(q.value(2))}});
    return Response::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace lars::server
