#include "server/store/AttestStore.h"

#include <QJsonObject>

namespace lars::server::store {

namespace {

const char *const attestColumns = "SELECT a.id, a.type, a.activity_id, a.activity_date, a.body, a.staff_id, "
                                  "s.first_name || ' ' || s.last_name, a.created_at FROM attests a "
                                  "JOIN staff s ON s.id = a.staff_id ";

models::Attest attestFromRow(const QSqlQuery &q)
{
    models::Attest a;
    a.id = q.value(0).toLongLong();
    a.type = q.value(1).toString();
    a.activityId = q.value(2).toLongLong();
    a.activityDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    a.text = q.value(4).toString();
    a.staff = {q.value(5).toLongLong(), q.value(6).toString()};
    a.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace

QList<models::Attest> AttestStore::list(qint64 pupilId)
{
    QSqlQuery q = m_db.run(
        QLatin1String(attestColumns) + QStringLiteral("WHERE a.pupil_id = ? ORDER BY a.id DESC"), {pupilId});
    QList<models::Attest> items;
    while (q.next())
        items.append(attestFromRow(q));
    return items;
}

std::optional<models::Attest> AttestStore::find(qint64 id, qint64 pupilId)
{
    QSqlQuery q = m_db.run(QLatin1String(attestColumns) + QStringLiteral("WHERE a.id = ? AND a.pupil_id = ?"),
                           {id, pupilId});
    if (!q.next())
        return std::nullopt;
    return attestFromRow(q);
}

qint64 AttestStore::insert(const models::Attest &a, qint64 pupilId, qint64 staffId, qint64 clbId,
                           const QString &createdAt)
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "INSERT INTO attests (pupil_id, activity_id, type, activity_date, body, staff_id, clb_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {pupilId, a.activityId, a.type, a.activityDate.toString(Qt::ISODate), a.text, staffId, clbId,
         createdAt});
    if (!q.next())
        throw DbError(QStringLiteral("INSERT returned no id"));
    return q.value(0).toLongLong();
}

QJsonArray AttestStore::types()
{
    QJsonArray items;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT code, label FROM attest_types WHERE active = 1 ORDER BY sort, code"));
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                 {QStringLiteral("label"), q.value(1).toString()}});
    return items;
}

bool AttestStore::isType(const QString &code)
{
    return m_db.run(QStringLiteral("SELECT 1 FROM attest_types WHERE code = ? AND active = 1"), {code})
        .next();
}

} // namespace lars::server::store
