#pragma once
// Pupil search by name prefix: one range scan on pupil_search's primary key (clb, key, pupil), whose
// order is the result order and which carries the listed fields (PupilSearchIndex), limited to the
// schools of the caller's teams; keyset paging. Shared by the
// API and the benchmark so that the benchmark measures the query the server runs.
#include "models/Pupil.h"
#include "server/store/Database.h"

#include <QDate>
#include <optional>

namespace lars::server::store {

class PupilSearch final
{
public:
    struct Position
    {
        QString key;
        qint64 pupilId = 0;
    };
    struct Page
    {
        QList<models::Pupil> items;
        std::optional<Position> next; // set when there may be more
    };

    // normalisedQuery: SearchKey::normalise() of what the user typed (at least 2 characters); schools:
    // those the caller's teams cover (the server has them with the verified token). One statement.
    static Page run(Database &db, qint64 clbId, const QList<qint64> &schools, const QString &normalisedQuery,
                    const std::optional<QDate> &birthDate, const std::optional<Position> &after, int limit);
    // The schools the person's teams in this CLB cover (for callers without a token scope).
    static QList<qint64> schoolsOf(Database &db, qint64 staffId, qint64 clbId);

    // The naive baseline the benchmark compares against: LIKE '%q%' on the names, same scope.
    static int runNaive(Database &db, qint64 staffId, qint64 clbId, const QString &query,
                        const std::optional<QDate> &birthDate, int limit);
};

} // namespace lars::server::store
