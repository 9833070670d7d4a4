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
    // entry's id, so that each pupil's trail says who saw them listed ("pupil.listed"). The pupils are
    // appended together (audit_listed, keyed by entry then pupil) and reach the per-pupil table in sorted
    // batches (indexListings): ~50 rows of a search in the pupils' order would each dirty another page.
    struct Listing
    {
        QString action;
        QString detail;
        QList<qint64> pupilIds;
    };
    void recordListing(const http::Request &request, const Listing &listing);
    // Called after each listing that recordListing queued (AuditIndexer::listingQueued).
    void onListingQueued(std::function<void()> queued) { m_listingQueued = std::move(queued); }
    // Copies the oldest `maxSearches` listings queued (by any process) into the per-pupil table, in pupil
    // order, in one transaction; returns how many it copied (store::AuditIndexer does, on its own thread).
    // The trails read the listings still queued as well, so they never wait for a copy.
    int indexListings(int maxSearches);

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

    // The tables of the listings (schema migration 12).
    static QStringList migration(bool postgres);

private:
    Database &m_db;
    std::function<void()> m_listingQueued;
};

} // namespace lars::server::store
