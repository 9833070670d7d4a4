#include "server/store/ActivityStore.h"

namespace lars::server::store {

namespace {

const char *const activityColumns = "SELECT a.id, a.activity_date, a.staff_id, s.first_name || ' ' || "
                                    "s.last_name, a.function_code, a.subject, "
                                    "a.duration_minutes, a.body, a.hub_direction, a.hub_category, "
                                    "a.hub_detail, a.created_at, a.subject_code, a.version, "
                                    "a.withdrawn_at IS NOT NULL, a.changed_at, a.change_reason "
                                    "FROM activities a JOIN staff s ON s.id = a.staff_id ";

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
    a.version = q.value(13).toLongLong();
    a.withdrawn = q.value(14).toBool();
    a.changedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    a.changeReason = q.value(16).toString();
    return a;
}

QVariant textOrNull(bool present, const QString &text)
{
    return present ? QVariant(text) : QVariant(QMetaType::fromType<QString>());
}

QVariantList hubValues(const models::Activity &a)
{
    return {textOrNull(a.hub.has_value(), a.hub ? a.hub->direction : QString()),
            textOrNull(a.hub.has_value(), a.hub ? a.hub->category : QString()),
            textOrNull(a.hub.has_value(), a.hub ? a.hub->detail : QString())};
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
        QVariantList{pupilId, clbId, staffId, a.date.toString(Qt::ISODate), a.function, a.subject,
                     a.durationMinutes, a.text} +
            hubValues(a) + QVariantList{createdAt, textOrNull(!a.subjectCode.isEmpty(), a.subjectCode)});
    if (!q.next())
        throw DbError(QStringLiteral("INSERT returned no id"));
    return q.value(0).toLongLong();
}

std::optional<qint64> ActivityStore::clbOf(qint64 id)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT clb_id FROM activities WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool ActivityStore::correct(const models::Activity &a, bool withdrawn, const QString &reason, qint64 version,
                            const QString &now)
{
    // The version being replaced is kept as it was, with when and why it had been written.
    m_db.run(QStringLiteral(
                 "INSERT INTO activity_versions (activity_id, version, activity_date, function_code, "
                 "subject, subject_code, duration_minutes, body, hub_direction, hub_category, hub_detail, "
                 "withdrawn, written_at, reason, staff_id) SELECT id, version, activity_date, "
                 "function_code, subject, subject_code, duration_minutes, body, hub_direction, "
                 "hub_category, hub_detail, CASE WHEN withdrawn_at IS NULL THEN 0 ELSE 1 END, "
                 "COALESCE(changed_at, created_at), change_reason, staff_id FROM activities "
                 "WHERE id = ? AND version = ?"),
             {a.id, version});
    QSqlQuery u = m_db.run(
        QStringLiteral("UPDATE activities SET activity_date = ?, function_code = ?, subject = ?, "
                       "duration_minutes = ?, body = ?, hub_direction = ?, hub_category = ?, hub_detail = ?, "
                       "subject_code = ?, withdrawn_at = ?, changed_at = ?, change_reason = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        QVariantList{a.date.toString(Qt::ISODate), a.function, a.subject, a.durationMinutes, a.text} +
            hubValues(a) +
            QVariantList{textOrNull(!a.subjectCode.isEmpty(), a.subjectCode), textOrNull(withdrawn, now), now,
                         reason, a.id, version});
    return u.numRowsAffected() == 1;
}

QList<models::Activity> ActivityStore::history(qint64 id, qint64 pupilId)
{
    const auto current = find(id, pupilId);
    if (!current)
        return {};
    QList<models::Activity> versions;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT v.version, v.activity_date, v.function_code, v.subject, v.subject_code, "
                       "v.duration_minutes, v.body, v.hub_direction, v.hub_category, v.hub_detail, "
                       "v.withdrawn, v.written_at, v.reason FROM activity_versions v "
                       "WHERE v.activity_id = ? ORDER BY v.version"),
        {id});
    while (q.next()) {
        models::Activity v = *current;
        v.version = q.value(0).toLongLong();
        v.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        v.function = q.value(2).toString();
        v.subject = q.value(3).toString();
        v.subjectCode = q.value(4).toString();
        v.durationMinutes = q.value(5).toInt();
        v.text = q.value(6).toString();
        v.hub.reset();
        if (!q.value(7).isNull())
            v.hub = models::HubReferral{q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
        v.withdrawn = q.value(10).toInt() != 0;
        // Version 1 was written when the activity was created: it has no change time or reason.
        v.changedAt =
            v.version == 1 ? QDateTime() : QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        v.changeReason = q.value(12).toString();
        versions.append(v);
    }
    versions.append(*current);
    return versions;
}

} // namespace lars::server::store
