#include "server/auth/LoginRateLimiter.h"

namespace lars::server::auth {

namespace {
const QString sourceFailures = QStringLiteral("login-failure");
const QString certificateFailures = QStringLiteral("login-failure-card");
const QString challenges = QStringLiteral("login-challenge");
} // namespace

qint64 LoginRateLimiter::retryAfterForSource(const QString &source, qint64 nowMs)
{
    return m_store.retryAfter(sourceFailures, source, limit(m_limits.failuresPerSource), nowMs);
}

qint64 LoginRateLimiter::retryAfterForCertificate(const QString &fingerprint, qint64 nowMs)
{
    return m_store.retryAfter(certificateFailures, fingerprint, limit(m_limits.failuresPerCertificate),
                              nowMs);
}

qint64 LoginRateLimiter::takeChallenge(const QString &source, qint64 nowMs)
{
    const auto l = limit(m_limits.challengesPerSource);
    if (const qint64 wait = m_store.retryAfter(challenges, source, l, nowMs))
        return wait;
    m_store.hit(challenges, source, l, nowMs);
    pruneNowAndThen(nowMs);
    return 0;
}

void LoginRateLimiter::recordSourceFailure(const QString &source, qint64 nowMs)
{
    m_store.hit(sourceFailures, source, limit(m_limits.failuresPerSource), nowMs);
}

void LoginRateLimiter::recordCertificateFailure(const QString &fingerprint, qint64 nowMs)
{
    m_store.hit(certificateFailures, fingerprint, limit(m_limits.failuresPerCertificate), nowMs);
}

void LoginRateLimiter::recordSuccess(const QString &fingerprint)
{
    m_store.clear(certificateFailures, fingerprint);
}

void LoginRateLimiter::pruneNowAndThen(qint64 nowMs)
{
    // Each process prunes at most once a minute; expired windows never count, so pruning only bounds size.
    if (nowMs - m_lastPruneMs < 60 * 1000)
        return;
    m_lastPruneMs = nowMs;
    m_store.prune(nowMs);
}

} // namespace lars::server::auth
