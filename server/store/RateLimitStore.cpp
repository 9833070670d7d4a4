#include "server/store/RateLimitStore.h"

#include <cmath>

namespace lars::server::store {

qint64 RateLimitStore::retryAfter(const QString &bucket, const QString &subject, const Limit &limit,
                                  qint64 nowMs)
{
    const qint64 windowMs = limit.windowSeconds * 1000;
    const qint64 start = nowMs - nowMs % windowMs;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT window_start, hits FROM rate_limits WHERE bucket = ? AND "
                                          "subject = ? AND window_start >= ? AND window_start <= ?"),
                           {bucket, subject, start - windowMs, start});
    double current = 0;
    double previous = 0;
    while (q.next())
        (q.value(0).toLongLong() == start ? current : previous) = q.value(1).toDouble();
    const double elapsed = double(nowMs - start);
    const double w = double(windowMs);
    if (previous * (w - elapsed) / w + current < limit.hits)
        return 0;
    // Without further hits: when does the weighted count drop below the limit?
    double waitMs = 0;
    if (current < limit.hits)
        waitMs = w * (1.0 - (limit.hits - current) / previous) - elapsed;
    else
        waitMs = (w - elapsed) + w * (1.0 - limit.hits / current);
    return qMax<qint64>(1, qint64(std::ceil((waitMs + 1) / 1000.0)));
}

void RateLimitStore::hit(const QString &bucket, const QString &subject, const Limit &limit, qint64 nowMs)
{
    const qint64 windowMs = limit.windowSeconds * 1000;
    const qint64 start = nowMs - nowMs % windowMs;
    // One statement, atomic on both databases, so that processes counting at once lose no hit.
    m_db.run(QStringLiteral("INSERT INTO rate_limits (bucket, subject, window_start, hits, expires_at) "
                            "VALUES (?, ?, ?, 1, ?) ON CONFLICT (bucket, subject, window_start) "
                            "DO UPDATE SET hits = rate_limits.hits + 1"),
             {bucket, subject, start, start + 2 * windowMs});
}

void RateLimitStore::clear(const QString &bucket, const QString &subject)
{
    m_db.run(QStringLiteral("DELETE FROM rate_limits WHERE bucket = ? AND subject = ?"), {bucket, subject});
}

void RateLimitStore::prune(qint64 nowMs)
{
    m_db.run(QStringLiteral("DELETE FROM rate_limits WHERE expires_at < ?"), {nowMs});
}

} // namespace lars::server::store
