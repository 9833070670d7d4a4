#include "server/store/PupilSearch.h"

#include "models/SearchKey.h"
#include "server/store/PupilSearchIndex.h"
#include "server/store/PupilStore.h"

#include <QSet>

namespace lars::server::store {

namespace {
const char *const teamSchools =
    "SELECT ts.school_id FROM team_schools ts JOIN team_members tm ON tm.team_id = ts.team_id "
    "JOIN teams t ON t.id = ts.team_id WHERE tm.staff_id = ? AND t.clb_id = ?";
}

QList<qint64> PupilSearch::schoolsOf(Database &db, qint64 staffId, qint64 clbId)
{
    QList<qint64> schools;
    db.each(QString::fromLatin1(teamSchools), {staffId, clbId},
            [&](const QSqlQuery &q) { schools.append(q.value(0).toLongLong()); });
    return schools;
}

PupilSearch::Page PupilSearch::run(Database &db, qint64 clbId, const QList<qint64> &schools,
                                   const QString &normalisedQuery, const std::optional<QDate> &birthDate,
                                   const std::optional<Position> &after, int limit)
{
    Page page;
    if (schools.isEmpty())
        return page;
    // One ordered range scan of the index, which carries everything a result shows (PupilSearchIndex):
    // no join, one statement, one round trip, its text the same for every caller.
    QString sql =
        QStringLiteral("SELECT search_key, ") + PupilSearchIndex::listColumns() +
        QStringLiteral(" FROM pupil_search WHERE clb_id = ? AND search_key >= ? AND search_key < ?");
    QVariantList values{clbId, normalisedQuery, models::SearchKey::upperBound(normalisedQuery)};
    if (birthDate) {
        sql += QStringLiteral(" AND birth_date = ?");
        values << birthDate->toString(Qt::ISODate);
    }
    if (after) {
        sql += QStringLiteral(" AND (search_key > ? OR (search_key = ? AND pupil_id > ?))");
        values << after->key << after->key << after->pupilId;
    }
    sql += QStringLiteral(" AND ") + db.inIds(QStringLiteral("school_id")) +
           QStringLiteral(" ORDER BY search_key, pupil_id LIMIT ?");
    values << db.ids(schools) << limit + 1;

    QSet<qint64> seen;
    int rows = 0;
    Position last;
    db.each(sql, values, [&](const QSqlQuery &q) {
        if (++rows > limit) {
            page.next = last;
            return;
        }
        last = {q.value(0).toString(), q.value(1).toLongLong()};
        // A pupil can match on both of its keys ("jan jansen" and "jansen jan"): show it once a page.
        if (!seen.contains(last.pupilId))
            page.items.append(PupilStore::fromRow(q, 1));
        seen.insert(last.pupilId);
    });
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
