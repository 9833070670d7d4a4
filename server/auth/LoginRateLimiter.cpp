#include "server/auth/LoginRateLimiter.h"

namespace lars::server::auth {

void LoginRateLimiter::prune(QList<qint64> &events, qint64 nowMs) const
{
    const qint64 oldest = nowMs - m_limits.windowSeconds * 1000;
    while (!events.isEmpty() && events.first() <= oldest)
        events.removeFirst();
}

qint64 LoginRateLimiter::retryAfter(QHash<QString, QList<qint64>> &events, const QString &key, int limit,
                                    qint64 nowMs)
{
    auto it = events.find(key);
    if (it == events.end())
        return 0;
    prune(*it, nowMs);
    if (it->isEmpty()) {
        events.erase(it);
        return 0;
    }
    if (it->size() < limit)
        return 0;
    // The window frees a slot when the oldest event in it ages out.
    return qMax<qint64>(1, (it->first() + m_limits.windowSeconds * 1000 - nowMs + 999) / 1000);
}

qint64 LoginRateLimiter::retryAfterForAddress(const QString &address, const QDateTime &now)
{
    return retryAfter(m_addressFailures, address, m_limits.failuresPerAddress, now.toMSecsSinceEpoch());
}

qint64 LoginRateLimiter::retryAfterForCertificate(const QString &fingerprint, const QDateTime &now)
{
    return retryAfter(m_certificateFailures, fingerprint, m_limits.failuresPerCertificate,
                      now.toMSecsSinceEpoch());
}

qint64 LoginRateLimiter::takeChallenge(const QString &address, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 wait = retryAfter(m_challenges, address, m_limits.challengesPerAddress, nowMs);
    if (wait == 0)
        m_challenges[address].append(nowMs);
    return wait;
}

void LoginRateLimiter::recordFailure(const QString &address, const QString &fingerprint, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    m_addressFailures[address].append(nowMs);
    if (!fingerprint.isEmpty())
        m_certificateFailures[fingerprint].append(nowMs);
    // Keep memory bounded when many addresses come and go.
    if (m_challenges.size() > 10000 || m_addressFailures.size() > 10000) {
        for (auto *map : {&m_challenges, &m_addressFailures, &m_certificateFailures}) {
            for (auto it = map->begin(); it != map->end();) {
                prune(*it, nowMs);
                it = it->isEmpty() ? map->erase(it) : std::next(it);
            }
        }
    }
}

void LoginRateLimiter::recordSuccess(const QString &fingerprint)
{
    m_certificateFailures.remove(fingerprint);
}

} // namespace lars::server::auth
