#pragma once
// The audit log in the database: who did what to which pupil's dossier, when, in which request.
#include "server/store/Database.h"

#include <QJsonArray>
#include <functional>

namespace lars::server::http {
struct Request;
}

namespace lars::server::store {

class AuditStore final
{
public:
    explicit AuditStore(Database &db)
        : m_db(db)
    {}

    // One entry for the request's caller (staff and CLB may be 0: before login); pupilId 0 = none.
    void record(const http::Request &request, qint64 pupilId, const QString &action, const QString &detail);
    // A listing (the pupils a search showed): one entry for the request, and each pupil listed under that
    // entry's id, so that each pupil's trail says who saw them listed ("pupil.listed"), in the same
    // transaction. Not a row per pupil in a per-pupil B-tree: ~50 pupils in name order would each dirty
    // another page per search. SQLite: the pupils appended together (audit_listed, keyed by entry then
    // pupil) and indexed per pupil by FTS5, which appends a small segment per transaction and merges
    // segments as it goes. PostgreSQL: one row per search with the ids as an array (audit_listings), whose
    // GIN index appends to its pending list (merged by mergePendingListings).
    struct Listing
    {
        QString action;
        QString detail;
        QList<qint64> pupilIds;
    };
    void recordListing(const http::Request &request, const Listing &listing);
    // Called after each listing recordListing wrote on PostgreSQL (AuditIndexer::listingRecorded).
    void onListingRecorded(std::function<void()> recorded) { m_listingRecorded = std::move(recorded); }
    // PostgreSQL: moves the GIN index's pending list into the index proper (store::AuditIndexer does, on
    // its own thread, so that no search's insert has to when the list outgrew gin_pending_list_limit);
    // whether there was anything to move. The trails read the pending list too: never needed for them.
    bool mergePendingListings();

    // A pupil's entries, newest first, with ids below `before`; at most `limit` (JSON items with id).
    QJsonArray ofPupil(qint64 pupilId, qint64 before, int limit);
    // The entries about pupils of a team's schools (only `pupilId`'s when not 0), newest first, before
    // the position (entry id, pupil id): a search's entry names many pupils; at most `limit`.
    struct TeamPosition
    {
        qint64 id = 0;
        qint64 pupilId = 0;
    };
    QJsonArray ofTeam(qint64 teamId, qint64 pupilId, const TeamPosition &before, int limit);

    static TeamPosition positionOf(const QJsonObject &teamItem);

    // The tables of the listings: queued and copied per pupil (schema migration 12), then indexed per
    // pupil in the search's own transaction (migration 15, built from the listings of migration 12).
    static QStringList migration(bool postgres);
    static QStringList listingIndexMigration(bool postgres);

private:
    Database &m_db;
    std::function<void()> m_listingRecorded;
};

} // namespace lars::server::store
