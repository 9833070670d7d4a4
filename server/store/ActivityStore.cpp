#include "server/store/ActivityStore.h"

namespace lars::server::store {

namespace {

const char *const activityColumns = "SELECT a.id, a.activity_date, a.staff_id, s.first_name || ' ' || "
                                    "s.last_name, a.function_code, a.subject, "
                                    "a.duration_minutes, a.body, a.hub_direction, a.hub_category, "
                                    "a.hub_detail, a.created_at, a.subject_code FROM activities a "
                                    "JOIN staff s ON s.id = a.staff_id ";

models::Activity activityFromRow(const QSqlQuery &q)
{
    models::Activity a;
    a.id = q.value(0).toLongLong();
    a.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    a.staff = {q.value(2).toLongLong(), q.value(3).toString()};
    a.function = q.value(4).toString();
    a.subject = q.value(5).toString();
    a.durationMinutes = q.value(6).toInt();
    a.text = q.value(7).toString();
    if (!q.value(8).isNull())
        a.hub = models::HubReferral{q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
    a.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    a.subjectCode = q.value(12).toString();
    return a;
}

QVariant textOrNull(bool present, const QString &text)
{
    return present ? QVariant(text) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

ActivityStore::Page ActivityStore::page(qint64 pupilId, const std::optional<Position> &after, int limit)
{
    QString sql = QLatin1String(activityColumns) + QStringLiteral("WHERE a.pupil_id = ?");
    QVariantList values{pupilId};
    if (after) {
        const QString date = after->date.toString(Qt::ISODate);
        sql += QStringLiteral(" AND (a.activity_date < ? OR (a.activity_date = ? AND a.id < ?))");
        values << date << date << after->id;
    }
    sql += QStringLiteral(" ORDER BY a.activity_date DESC, a.id DESC LIMIT ?");
    values << limit + 1;
    QSqlQuery q = m_db.run(sql, values);
    Page page;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.next = Position{page.items.last().date, page.items.last().id};
            break;
        }
        page.items.append(activityFromRow(q));
    }
    return page;
}

std::optional<models::Activity> ActivityStore::find(qint64 id, qint64 pupilId)
{
    QSqlQuery q = m_db.run(
        QLatin1String(activityColumns) + QStringLiteral("WHERE a.id = ? AND a.pupil_id = ?"), {id, pupilId});
    if (!q.next())
        return std::nullopt;
    return activityFromRow(q);
}

bool ActivityStore::exists(qint64 id, qint64 pupilId)
{
    return m_db.run(QStringLiteral("SELECT 1 FROM activities WHERE id = ? AND pupil_id = ?"), {id, pupilId})
        .next();
}

qint64 ActivityStore::insert(const models::Activity &a, qint64 pupilId, qint64 clbId, qint64 staffId,
                             const QString &createdAt)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "INSERT INTO activities (pupil_id, clb_id, staff_id, activity_date, function_code, subject, "
            "duration_minutes, body, hub_direction, hub_category, hub_detail, created_at, subject_code) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {pupilId, clbId, staffId, a.date.toString(Qt::ISODate), a.function, a.subject, a.durationMinutes,
         a.text, textOrNull(a.hub.has_value(), a.hub ? a.hub->direction : QString()),
         textOrNull(a.hub.has_value(), a.hub ? a.hub->category : QString()),
         textOrNull(a.hub.has_value(), a.hub ? a.hub->detail : QString()), createdAt,
         textOrNull(!a.subjectCode.isEmpty(), a.subjectCode)});
    if (!q.next())
        throw DbError(QStringLiteral("INSERT returned no id"));
    return q.value(0).toLongLong();
}

} // namespace lars::server::store
