#pragma once
// Limits the eID login, in the database so that every server process shares one budget:
// - per source (the client address): challenges, and failed attempts of any kind;
// - per card certificate: failed attempts counted only once the certificate chain verified (a garbage or
//   untrusted certificate names no real card), answered 429 once over the limit.
// A correctly signed login is never refused for its card's failures: it proves possession of the card and
// its PIN, and refusing it would let a stranger holding the public certificate lock its owner out. A login
// signature cannot be guessed, so the card bucket throttles and reveals an attack rather than stopping one.
#include "server/store/RateLimitStore.h"

#include <QDateTime>

namespace lars::server::auth {

class LoginRateLimiter final
{
public:
    struct Limits
    {
        int failuresPerSource = 20;
        int failuresPerCertificate = 5;
        int challengesPerSource = 60;
        qint64 windowSeconds = 300;
    };

    LoginRateLimiter(store::Database &db, Limits limits)
        : m_store(db)
        , m_limits(limits)
    {}

    // Seconds to wait before the next attempt is accepted; 0 = go ahead.
    qint64 retryAfterForSource(const QString &source, qint64 nowMs = nowMsecs());
    qint64 retryAfterForCertificate(const QString &fingerprint, qint64 nowMs = nowMsecs());
    // Counts a challenge request; returns the wait when over the limit (the request is then not counted).
    qint64 takeChallenge(const QString &source, qint64 nowMs = nowMsecs());

    void recordSourceFailure(const QString &source, qint64 nowMs = nowMsecs());
    void recordCertificateFailure(const QString &fingerprint, qint64 nowMs = nowMsecs());
    // The card's owner logged in: its failures are forgotten (not the source's: one address may be an
    // office).
    void recordSuccess(const QString &fingerprint);

    static qint64 nowMsecs() { return QDateTime::currentMSecsSinceEpoch(); }

private:
    store::RateLimitStore::Limit limit(int hits) const { return {hits, m_limits.windowSeconds}; }
    void pruneNowAndThen(qint64 nowMs);

    store::RateLimitStore m_store;
    Limits m_limits;
    qint64 m_lastPruneMs = 0;
};

} // namespace lars::server::auth
