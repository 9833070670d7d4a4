#pragma once
// The audit log in the database: who did what to which pupil's dossier, when, in which request.
#include "server/store/Database.h"

#include <QJsonArray>

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
    // A listing: one entry for the request (no pupil) and one per pupil listed (eachAction, eachDetail),
    // in one statement whatever the number of pupils: the pupils a search showed, so that each pupil's
    // trail says who saw them listed.
    struct Listing
    {
        QString action;
        QString detail;
        QList<qint64> pupilIds;
        QString eachAction;
        QString eachDetail;
    };
    void recordListing(const http::Request &request, const Listing &listing);
    // A pupil's entries, newest first, with ids below `before`; at most `limit` (JSON items with id).
    QJsonArray ofPupil(qint64 pupilId, qint64 before, int limit);

private:
    Database &m_db;
};

} // namespace lars::server::store
