#include "server/store/CreonStore.h"

#include "server/store/RowValue.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lars::server::store {

namespace {

// One registration with its newest delivery row that still counts, its item and its source.
const char *const registrationColumns =
    "SELECT r.id, r.uid, r.item_code, r.value, r.registered_on, r.contact, r.source, r.source_id, r.version, "
    "r.withdrawn_at, r.created_at, r.updated_at, o.state, o.version, o.sent_at, o.answered_at, o.reason, "
    "i.value_kind, m.contact, m.measured_on, m.withdrawn_at, a.activity_date, a.subject, a.subject_code, "
    "(SELECT MIN(cr.measurement_field) FROM creon_rules cr WHERE cr.item_code = r.item_code AND cr.source = "
    "'measurement') FROM creon_registrations r JOIN creon_items i ON i.code = r.item_code "
    "LEFT JOIN creon_outbox o ON o.id = (SELECT MAX(x.id) FROM creon_outbox x WHERE x.registration_id = r.id "
    "AND x.state <> 'superseded') "
    "LEFT JOIN measurements m ON r.source = 'measurement' AND m.id = r.source_id "
    "LEFT JOIN activities a ON r.source = 'activity' AND a.id = r.source_id ";

CreonStore::Registration registrationFromRow(const QSqlQuery &q)
{
    CreonStore::Registration r;
    r.id = q.value(0).toLongLong();
    r.registrationId = q.value(1).toString();
    r.itemCode = q.value(2).toString();
    r.value = QJsonDocument::fromJson("[" + q.value(3).toString().toUtf8() + "]").array().at(0);
    r.date = q.value(4).toString();
    r.contact = q.value(5).toString();
    r.sourceKind = q.value(6).toString();
    r.source = {{QStringLiteral("kind"), r.sourceKind}};
    if (r.sourceKind == QLatin1String("measurement"))
        r.source = {{QStringLiteral("kind"), r.sourceKind},
                    {QStringLiteral("id"), q.value(7).toLongLong()},
                    {QStringLiteral("contact"), q.value(18).toString()},
                    {QStringLiteral("date"), q.value(19).toString()},
                    {QStringLiteral("field"), q.value(24).toString()}, // the consult result it comes from
                    {QStringLiteral("withdrawn"), !q.value(20).isNull()}};
    else if (r.sourceKind == QLatin1String("activity"))
        // An activity that no longer exists (removed by a journal correction) is a withdrawn source.
        r.source = {{QStringLiteral("kind"), r.sourceKind},
                    {QStringLiteral("id"), q.value(7).toLongLong()},
                    {QStringLiteral("date"), RowValue::textOrNull(q.value(21))},
                    {QStringLiteral("subject"), RowValue::textOrNull(q.value(22))},
                    {QStringLiteral("subjectCode"), RowValue::textOrNull(q.value(23))},
                    {QStringLiteral("withdrawn"), q.value(21).isNull()}};
    r.version = q.value(8).toLongLong();
    r.withdrawn = !q.value(9).isNull();
    r.createdAt = q.value(10).toString();
    r.updatedAt = q.value(11).toString();
    // No delivery row that counts: withdrawn before it ever left, so there was nothing to tell.
    r.delivery = {
        {QStringLiteral("state"), q.value(12).isNull() ? QStringLiteral("not-sent") : q.value(12).toString()},
        {QStringLiteral("version"), RowValue::integerOrNull(q.value(13))},
        {QStringLiteral("sentAt"), RowValue::textOrNull(q.value(14))},
        {QStringLiteral("answeredAt"), RowValue::textOrNull(q.value(15))},
        {QStringLiteral("reason"), RowValue::textOrNull(q.value(16))}};
    r.valueKind = q.value(17).toString();
    return r;
}

} // namespace

QJsonObject CreonStore::Registration::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("registrationId"), registrationId},
            {QStringLiteral("itemCode"), itemCode},
            {QStringLiteral("value"), value},
            {QStringLiteral("date"), date},
            {QStringLiteral("contact"), contact.isEmpty() ? QJsonValue() : QJsonValue(contact)},
            {QStringLiteral("source"), source},
            {QStringLiteral("version"), version},
            {QStringLiteral("withdrawn"), withdrawn},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("updatedAt"), updatedAt},
            {QStringLiteral("delivery"), delivery},
            {QStringLiteral("manual"), isManual()},
            {QStringLiteral("valueKind"), valueKind}};
}

QList<CreonStore::Registration> CreonStore::list(qint64 pupilId)
{
    QSqlQuery q =
        m_db.run(QLatin1String(registrationColumns) +
                     QStringLiteral("WHERE r.pupil_id = ? ORDER BY r.registered_on DESC, r.id DESC"),
                 {pupilId});
    QList<Registration> items;
    while (q.next())
        items.append(registrationFromRow(q));
    return items;
}

std::optional<CreonStore::Registration> CreonStore::find(qint64 id, qint64 pupilId)
{
    QSqlQuery q =
        m_db.run(QLatin1String(registrationColumns) + QStringLiteral("WHERE r.id = ? AND r.pupil_id = ?"),
                 {id, pupilId});
    if (!q.next())
        return std::nullopt;
    return registrationFromRow(q);
}

} // namespace lars::server::store
