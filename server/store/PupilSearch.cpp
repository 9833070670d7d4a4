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
    // The keys are one ordered range scan of a covering index (the schools a filter on it), and only the
    // page's pupils are joined: one statement, one round trip, its text the same for every caller.
    QString keys = QStringLiteral("SELECT ps.search_key, ps.pupil_id FROM pupil_search ps "
                                  "WHERE ps.clb_id = ? AND ps.search_key >= ? AND ps.search_key < ?");
    QVariantList values{clbId, normalisedQuery, models::SearchKey::upperBound(normalisedQuery)};
    if (birthDate) {
        keys += QStringLiteral(" AND ps.birth_date = ?");
        values << birthDate->toString(Qt::ISODate);
    }
    if (after) {
        keys += QStringLiteral(" AND (ps.search_key > ? OR (ps.search_key = ? AND ps.pupil_id > ?))");
        values << after->key << after->key << after->pupilId;
    }
    keys += QStringLiteral(" AND ") + db.inIds(QStringLiteral("ps.school_id")) +
            QStringLiteral(" ORDER BY ps.search_key, ps.pupil_id LIMIT ?");
    values << db.ids(schools) << limit + 1;
    // The key first: the pupil's columns follow it, whatever their number.
    const QString sql = QStringLiteral("SELECT k.search_key, ") + PupilStore::columns() +
                        QStringLiteral(" FROM (") + keys +
                        QStringLiteral(") k JOIN pupils p ON p.id = k.pupil_id ") + PupilStore::joins() +
                        QStringLiteral("ORDER BY k.search_key, k.pupil_id");

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
