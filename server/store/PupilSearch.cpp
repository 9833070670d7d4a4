#include "server/store/PupilSearch.h"

#include "models/SearchKey.h"
#include "server/store/PupilStore.h"

#include <QSet>

namespace lars::server::store {

namespace {
const char *const teamSchools =
    "SELECT ts.school_id FROM team_schools ts JOIN team_members tm ON tm.team_id = ts.team_id "
    "JOIN teams t ON t.id = ts.team_id WHERE tm.staff_id = ? AND t.clb_id = ?";
}

PupilSearch::Page PupilSearch::run(Database &db, qint64 staffId, qint64 clbId, const QString &normalisedQuery,
                                   const std::optional<QDate> &birthDate,
                                   const std::optional<Position> &after, int limit)
{
    // The caller's schools first (a few hundred at most), as literal integers from the database: a
    // constant list keeps the key scan a single-table scan that the planners of both databases run
    // as an ordered, covering index range scan, however many rows they estimate for the prefix.
    QStringList schools;
    QSqlQuery s = db.run(QString::fromLatin1(teamSchools), {staffId, clbId});
    while (s.next())
        schools << QString::number(s.value(0).toLongLong());
    Page page;
    if (schools.isEmpty())
        return page;

    QString sql = QStringLiteral("SELECT ps.search_key, ps.pupil_id FROM pupil_search ps "
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
               .arg(schools.join(u','));
    values << limit + 1;

    QSqlQuery keys = db.run(sql, values);
    QList<qint64> order;
    QSet<qint64> seen;
    int rows = 0;
    Position last;
    while (keys.next()) {
        if (++rows > limit) {
            page.next = last;
            break;
        }
        last = {keys.value(0).toString(), keys.value(1).toLongLong()};
        // A pupil can match on both of its keys ("jan jansen" and "jansen jan"): show it once a page.
        if (!seen.contains(last.pupilId))
            order.append(last.pupilId);
        seen.insert(last.pupilId);
    }
    if (order.isEmpty())
        return page;

    page.items = PupilStore(db).findMany(order);
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

} // namespace lars::server::store
