#include "server/store/StaffStore.h"

namespace lars::server::store {

namespace {
const char *const personColumns = "SELECT id, national_number, first_name, last_name, profession FROM staff ";

std::optional<StaffStore::Person> person(QSqlQuery q)
{
    if (!q.next())
        return std::nullopt;
    return StaffStore::Person{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()};
}
} // namespace

std::optional<StaffStore::Person> StaffStore::find(qint64 staffId)
{
    return person(m_db.run(QLatin1String(personColumns) + QStringLiteral("WHERE id = ?"), {staffId}));
}

std::optional<StaffStore::Person> StaffStore::findByNationalNumber(const QString &nationalNumber)
{
    return person(m_db.run(QLatin1String(personColumns) + QStringLiteral("WHERE national_number = ?"),
                           {nationalNumber}));
}

QList<StaffStore::Clb> StaffStore::clbs(qint64 staffId)
{
    QSqlQuery c = m_db.run(QStringLiteral("SELECT c.id, c.name, sc.gsm, sc.phone, sc.email, sc.version, "
                                          "sc.local_admin FROM staff_clbs sc JOIN clbs c ON c.id = sc.clb_id "
                                          "WHERE sc.staff_id = ? ORDER BY c.name, c.id"),
                           {staffId});
    QList<Clb> list;
    while (c.next())
        list.append({c.value(0).toLongLong(), c.value(1).toString(),
                     models::ContactData{c.value(2).toString(), c.value(3).toString(), c.value(4).toString(),
                                         c.value(5).toLongLong()},
                     c.value(6).toInt() != 0});
    return list;
}

bool StaffStore::worksFor(qint64 staffId, qint64 clbId)
{
    return m_db
        .run(QStringLiteral("SELECT 1 FROM staff_clbs WHERE staff_id = ? AND clb_id = ?"), {staffId, clbId})
        .next();
}

bool StaffStore::isLocalAdmin(qint64 staffId, qint64 clbId)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT local_admin FROM staff_clbs WHERE staff_id = ? AND clb_id = ?"),
                 {staffId, clbId});
    return q.next() && q.value(0).toInt() != 0;
}

QList<StaffStore::Team> StaffStore::teams(qint64 staffId, qint64 clbId)
{
    QSqlQuery t =
        m_db.run(QStringLiteral("SELECT t.id, t.name FROM teams t JOIN team_members tm ON tm.team_id = "
                                "t.id WHERE tm.staff_id = ? AND t.clb_id = ? ORDER BY t.name"),
                 {staffId, clbId});
    QList<Team> list;
    while (t.next())
        list.append({t.value(0).toLongLong(), t.value(1).toString()});
    return list;
}

std::optional<StaffStore::Administrator> StaffStore::localAdministrator(qint64 clbId)
{
    QSqlQuery a = m_db.run(
        QStringLiteral("SELECT s.first_name, s.last_name, sc.email, sc.phone FROM staff_clbs sc JOIN staff s "
                       "ON s.id = sc.staff_id WHERE sc.clb_id = ? AND sc.local_admin = 1 "
                       "ORDER BY s.last_name, s.first_name LIMIT 1"),
        {clbId});
    if (!a.next())
        return std::nullopt;
    return Administrator{a.value(0).toString() + u' ' + a.value(1).toString(), a.value(2).toString(),
                         a.value(3).toString()};
}

std::optional<models::ContactData> StaffStore::contact(qint64 staffId, qint64 clbId)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT gsm, phone, email, version FROM staff_clbs WHERE staff_id = ? AND clb_id = ?"),
        {staffId, clbId});
    if (!q.next())
        return std::nullopt;
    return models::ContactData{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toLongLong()};
}

bool StaffStore::updateContact(qint64 staffId, qint64 clbId, const models::ContactData &c, qint64 version)
{
    QSqlQuery u =
        m_db.run(QStringLiteral("UPDATE staff_clbs SET gsm = ?, phone = ?, email = ?, version = version + 1 "
                                "WHERE staff_id = ? AND clb_id = ? AND version = ?"),
                 {c.gsm, c.phone, c.email, staffId, clbId, version});
    return u.numRowsAffected() == 1;
}

} // namespace lars::server::store
