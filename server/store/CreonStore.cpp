#include "server/store/CreonStore.h"

namespace lars::server::store {

QJsonObject CreonStore::Registration::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("itemCode"), itemCode},
            {QStringLiteral("value"), value},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("activityId"), activityId ? QJsonValue(*activityId) : QJsonValue()},
            {QStringLiteral("staffId"), staffId},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("sentAt"), sentAt.isEmpty() ? QJsonValue() : QJsonValue(sentAt)}};
}

namespace {

const char *const registrationColumns = "SELECT id, item_code, value, registered_on, activity_id, staff_id, "
                                        "created_at, sent_at FROM creon_registrations ";

CreonStore::Registration registrationFromRow(const QSqlQuery &q)
{
    CreonStore::Registration r;
    r.id = q.value(0).toLongLong();
    r.itemCode = q.value(1).toString();
    r.value = q.value(2).toString();
    r.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (!q.value(4).isNull())
        r.activityId = q.value(4).toLongLong();
    r.staffId = q.value(5).toLongLong();
    r.createdAt = q.value(6).toString();
    r.sentAt = q.value(7).toString();
    return r;
}

} // namespace

QList<CreonStore::Registration> CreonStore::list(qint64 pupilId)
{
    QSqlQuery q =
        m_db.run(QLatin1String(registrationColumns) + QStringLiteral("WHERE pupil_id = ? ORDER BY id DESC"),
                 {pupilId});
    QList<Registration> items;
    while (q.next())
        items.append(registrationFromRow(q));
    return items;
}

std::optional<CreonStore::Registration> CreonStore::find(qint64 id, qint64 pupilId)
{
    QSqlQuery q = m_db.run(
        QLatin1String(registrationColumns) + QStringLiteral("WHERE id = ? AND pupil_id = ?"), {id, pupilId});
    if (!q.next())
        return std::nullopt;
    return registrationFromRow(q);
}

void CreonStore::insert(Registration &r, qint64 pupilId, qint64 clbId)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "INSERT INTO creon_registrations (pupil_id, item_code, value, registered_on, activity_id, "
            "staff_id, clb_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {pupilId, r.itemCode, r.value, r.date.toString(Qt::ISODate),
         r.activityId ? QVariant(*r.activityId) : QVariant(QMetaType::fromType<qint64>()), r.staffId, clbId,
         r.createdAt});
    if (!q.next())
        throw DbError(QStringLiteral("INSERT returned no id"));
    r.id = q.value(0).toLongLong();
}

} // namespace lars::server::store
