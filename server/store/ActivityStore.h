#pragma once
// The journal (journaalblad) of pupils in the database: activities with their row mapper, newest first in
// keyset pages, new entries, and their author's corrections (each a new version; the replaced version is
// kept in activity_versions).
#include "models/Activity.h"
#include "server/store/Database.h"

#include <optional>

namespace lars::server::store {

class ActivityStore final
{
public:
    struct Position
    {
        QDate date;
        qint64 id = 0;
    };
    struct Page
    {
        QList<models::Activity> items;
        std::optional<Position> next; // set when there are more
    };

    explicit ActivityStore(Database &db)
        : m_db(db)
    {}

    // Newest first (activity date, then id), after the position of the previous page.
    Page page(qint64 pupilId, const std::optional<Position> &after, int limit);
    std::optional<models::Activity> find(qint64 id, qint64 pupilId);
    bool exists(qint64 id, qint64 pupilId);
    qint64 insert(const models::Activity &a, qint64 pupilId, qint64 clbId, qint64 staffId,
                  const QString &createdAt);
    // The CLB the activity was registered for (nullopt: no such activity).
    std::optional<qint64> clbOf(qint64 id);
    // Writes a (with its id) as the version after version; false when version is no longer the current one.
    bool correct(const models::Activity &a, bool withdrawn, const QString &reason, qint64 version,
                 const QString &now);
    // Every version of the activity, oldest first, the current one last (empty: not this pupil's).
    QList<models::Activity> history(qint64 id, qint64 pupilId);

private:
    Database &m_db;
};

} // namespace lars::server::store
