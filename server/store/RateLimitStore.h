#pragma once
// Rate limits shared by every lars-server process on one database: hits counted per bucket ("what": login
// failures, challenges …) and subject ("who": a client address, a card certificate) in fixed windows, read
// as a sliding window (the previous window weighted by how much of it still overlaps).
#include "server/store/Database.h"

namespace lars::server::store {

class RateLimitStore final
{
public:
    struct Limit
    {
        int hits = 0;
        qint64 windowSeconds = 0;
    };

    explicit RateLimitStore(Database &db)
        : m_db(db)
    {}

    // Seconds until the subject is under the limit again (at least 1); 0 = go ahead.
    qint64 retryAfter(const QString &bucket, const QString &subject, const Limit &limit, qint64 nowMs);
    // Counts one hit; outside a transaction it is committed at once (refusals are rolled back, their hits
    // must not be).
    void hit(const QString &bucket, const QString &subject, const Limit &limit, qint64 nowMs);
    // Forgets a subject's hits in a bucket (a card whose owner logged in).
    void clear(const QString &bucket, const QString &subject);
    // Deletes windows that no longer count.
    void prune(qint64 nowMs);

private:
    Database &m_db;
};

} // namespace lars::server::store
