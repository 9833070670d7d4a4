#include "server/PupilSearch.h"

#include "models/SearchKey.h"

namespace lars::server {

namespace {
const char *const teamSchools =
    "SELECT ts.school_id FROM team_schools ts JOIN team_members tm ON tm.team_id = ts.team_id "
    "JOIN teams t ON t.id = ts.team_id WHERE tm.staff_id = ? AND t.clb_id = ?";
}

PupilSearch::Page PupilSearch::run(Database &db, qint64 staffId, qint64 clbId, const QString &normalisedQuery,
                                   const std::optional<QDate> &birthDate,
                                   const std::optional<Position> &after, int limit)
{
    QString sql = QStringLiteral(
        "SELECT p.id, p.national_number, p.bis_number, p.first_name, p.last_name, p.birth_date, p.sex, "
        "p.school_id, "
        "sc.name, p.class_id, c.name, p.bridging_help, p.version, ps.search_key, sc.clb_id "
        "FROM pupil_search ps JOIN pupils p ON p.id = ps.pupil_id JOIN schools sc ON sc.id = p.school_id "
        "LEFT JOIN classes c ON c.id = p.class_id "
        "WHERE ps.clb_id = ? AND ps.search_key >= ? AND ps.search_key < ?");
    QVariantList values{clbId, normalisedQuery, models::SearchKey::upperBound(normalisedQuery)};
    if (birthDate) {
        sql += QStringLiteral(" AND ps.birth_date = ?");
        values << birthDate->toString(Qt::ISODate);
    }
    if (after) {
        sql += QStringLiteral(" AND (ps.search_key > ? OR (ps.search_key = ? AND ps.pupil_id > ?))");
        values << after->key << after->key << after->pupilId;
    }
    sql += QStringLiteral(" AND ps.school_id IN (%1) ORDER BY ps.search_key, ps.pupil_id LIMIT ?")
               .arg(QLatin1String(teamSchools));
    values << staffId << clbId << limit + 1;

    QSqlQuery q = db.run(sql, values);
    Page page;
    QSet<qint64> seen;
    int rows = 0;
    Position last;
    while (q.next()) {
        if (++rows > limit) {
            page.next = last;
            break;
        }
        last = {q.value(13).toString(), q.value(0).toLongLong()};
        // A pupil can match on both of its keys ("jan jansen" and "jansen jan"): show it once a page.
        if (seen.contains(last.pupilId))
            continue;
        seen.insert(last.pupilId);
        models::Pupil p;
        p.id = last.pupilId;
        p.nationalNumber = q.value(1).toString();
        p.bisNumber = q.value(2).toString();
        p.firstName = q.value(3).toString();
        p.lastName = q.value(4).toString();
        p.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        p.sex = q.value(6).toString();
        p.schoolId = q.value(7).toLongLong();
        p.schoolName = q.value(8).toString();
        p.classId = q.value(9).toLongLong();
        p.className = q.value(10).toString();
        p.bridgingHelp = q.value(11).toInt() != 0;
        p.version = q.value(12).toLongLong();
        p.clbId = q.value(14).toLongLong();
        page.items.append(p);
    }
    return page;
}

int PupilSearch::runNaive(Database &db, qint64 staffId, qint64 clbId, const QString &query,
                          const std::optional<QDate> &birthDate, int limit)
{
    QString sql =
        QStringLiteral("SELECT p.id FROM pupils p JOIN schools sc ON sc.id = p.school_id WHERE sc.clb_id = ? "
                       "AND (lower(p.last_name) LIKE ? OR lower(p.first_name) LIKE ?)");
    const QString pattern = u'%' + query.toLower() + u'%';
    QVariantList values{clbId, pattern, pattern};
    if (birthDate) {
        sql += QStringLiteral(" AND p.birth_date = ?");
        values << birthDate->toString(Qt::ISODate);
    }
    sql += QStringLiteral(" AND p.school_id IN (%1) ORDER BY p.last_name, p.first_name, p.id LIMIT ?")
               .arg(QLatin1String(teamSchools));
    values << staffId << clbId << limit;
    QSqlQuery q = db.run(sql, values);
    int n = 0;
    while (q.next())
        ++n;
    return n;
}

} // namespace lars::server
