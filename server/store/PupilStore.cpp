#include "server/store/PupilStore.h"

#include <QHash>

namespace lars::server::store {

QString PupilStore::select()
{
    return QStringLiteral(
        "SELECT p.id, p.national_number, p.bis_number, p.first_name, p.last_name, p.birth_date, p.sex, "
        "p.school_id, sc.name, p.class_id, c.name, p.bridging_help, p.version, sc.clb_id, p.contact_language "
        "FROM pupils p JOIN schools sc ON sc.id = p.school_id LEFT JOIN classes c ON c.id = p.class_id ");
}

models::Pupil PupilStore::fromRow(const QSqlQuery &q, int first)
{
    models::Pupil p;
    p.id = q.value(first).toLongLong();
    p.nationalNumber = q.value(first + 1).toString();
    p.bisNumber = q.value(first + 2).toString();
    p.firstName = q.value(first + 3).toString();
    p.lastName = q.value(first + 4).toString();
    p.birthDate = QDate::fromString(q.value(first + 5).toString(), Qt::ISODate);
    p.sex = q.value(first + 6).toString();
    p.schoolId = q.value(first + 7).toLongLong();
    p.schoolName = q.value(first + 8).toString();
    p.classId = q.value(first + 9).toLongLong();
    p.className = q.value(first + 10).toString();
    p.bridgingHelp = q.value(first + 11).toInt() != 0;
    p.version = q.value(first + 12).toLongLong();
    p.clbId = q.value(first + 13).toLongLong();
    p.contactLanguage = q.value(first + 14).toString();
    return p;
}

std::optional<models::Pupil> PupilStore::find(qint64 id)
{
    QSqlQuery q = m_db.run(select() + QStringLiteral("WHERE p.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<PupilStore::SchoolClass> PupilStore::findClass(qint64 classId)
{
    QSqlQuery c = m_db.run(QStringLiteral("SELECT c.name, c.grade, sc.id, sc.name FROM classes c "
                                          "JOIN schools sc ON sc.id = c.school_id WHERE c.id = ?"),
                           {classId});
    if (!c.next())
        return std::nullopt;
    return SchoolClass{classId, c.value(0).toString(), c.value(1).toString(), c.value(2).toLongLong(),
                       c.value(3).toString()};
}

QList<models::Pupil> PupilStore::findMany(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList list;
    for (const qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q = m_db.run(select() + QStringLiteral("WHERE p.id IN (%1)").arg(list.join(u',')));
    QHash<qint64, models::Pupil> byId;
    while (q.next()) {
        models::Pupil p = fromRow(q);
        byId.insert(p.id, p);
    }
    QList<models::Pupil> out;
    for (const qint64 id : ids)
        if (byId.contains(id))
            out.append(byId.value(id));
    return out;
}

QList<models::Pupil> PupilStore::inClass(qint64 classId)
{
    QSqlQuery q =
        m_db.run(select() + QStringLiteral("WHERE p.class_id = ? ORDER BY p.last_name, p.first_name, p.id"),
                 {classId});
    QList<models::Pupil> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

bool PupilStore::setBridgingHelp(qint64 id, bool on, qint64 version)
{
    QSqlQuery u = m_db.run(
        QStringLiteral(
            "UPDATE pupils SET bridging_help = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {on ? 1 : 0, id, version});
    return u.numRowsAffected() == 1;
}

} // namespace lars::server::store
