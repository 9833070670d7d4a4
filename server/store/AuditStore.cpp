#include "server/store/AuditStore.h"

#include "models/StaffRef.h"
#include "server/http/Request.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lars::server::store {

namespace {
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

void AuditStore::record(const http::Request &request, qint64 pupilId, const QString &action,
                        const QString &detail)
{
    m_db.exec(
        QStringLiteral("INSERT INTO audit_log (at, staff_id, clb_id, pupil_id, action, detail, request_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {Database::now(), idOrNull(request.staffId), idOrNull(request.clbId), idOrNull(pupilId), action,
         detail.isNull() ? QStringLiteral("") : detail, request.requestId});
}

void AuditStore::recordListing(const http::Request &request, const Listing &listing)
{
    // Typed placeholders: PostgreSQL cannot infer the type of a parameter in a SELECT list.
    const QString ids = m_db.isPostgres()
                            ? QStringLiteral("SELECT unnest(CAST(? AS BIGINT[])) AS id")
                            : QStringLiteral("SELECT CAST(value AS INTEGER) AS id FROM json_each(?)");
    const QString row = QStringLiteral("CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT), ");
    const QString sql =
        QStringLiteral("INSERT INTO audit_log (at, staff_id, clb_id, pupil_id, action, detail, request_id) "
                       "SELECT ") +
        row + QStringLiteral("NULL, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT) UNION ALL SELECT ") +
        row + QStringLiteral("ids.id, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT) FROM (") + ids +
        QStringLiteral(") AS ids");
    const QString at = Database::now();
    const QVariant staff = idOrNull(request.staffId), clb = idOrNull(request.clbId);
    const auto text = [](const QString &t) { return t.isNull() ? QStringLiteral("") : t; };
    m_db.exec(sql,
              {at, staff, clb, listing.action, text(listing.detail), request.requestId, at, staff, clb,
               listing.eachAction, text(listing.eachDetail), request.requestId, m_db.ids(listing.pupilIds)});
}

QJsonArray AuditStore::ofPupil(qint64 pupilId, qint64 before, int limit)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT a.id, a.at, a.staff_id, s.first_name || ' ' || s.last_name, "
                                "a.clb_id, a.action, a.detail FROM audit_log a LEFT JOIN staff s ON "
                                "s.id = a.staff_id WHERE a.pupil_id = ? AND a.id < ? "
                                "ORDER BY a.id DESC LIMIT ?"),
                 {pupilId, before, limit});
    QJsonArray items;
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                 {QStringLiteral("at"), q.value(1).toString()},
                                 {QStringLiteral("staff"),
                                  models::StaffRef{q.value(2).toLongLong(), q.value(3).toString()}.toJson()},
                                 {QStringLiteral("clbId"), q.value(4).toLongLong()},
                                 {QStringLiteral("action"), q.value(5).toString()},
                                 {QStringLiteral("detail"), q.value(6).toString()}});
    return items;
}

} // namespace lars::server::store
