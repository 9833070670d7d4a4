#pragma once
// Limits eID login attempts per client address and per card certificate (sliding window of failures),
// and challenge requests per address. Kept in this process's memory: with several server processes the
// effective limit is per process, which still stops a loop hammering the login.
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace lars::server::auth {

class LoginRateLimiter final
{
public:
    struct Limits
    {
        int failuresPerAddress = 20;
        int failuresPerCertificate = 5;
        int challengesPerAddress = 60;
        qint64 windowSeconds = 300;
    };

    LoginRateLimiter() = default;
    explicit LoginRateLimiter(Limits limits)
        : m_limits(limits)
    {}

    // Seconds to wait before the next attempt is accepted; 0 = go ahead.
    qint64 retryAfterForAddress(const QString &address,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
    qint64 retryAfterForCertificate(const QString &fingerprint,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Counts a challenge request; returns the wait when over the limit (the request is then not counted).
    qint64 takeChallenge(const QString &address, const QDateTime &now = QDateTime::currentDateTimeUtc());

    void recordFailure(const QString &address, const QString &fingerprint,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A successful login forgets the card's failures (not the address's: one address may be an office).
    void recordSuccess(const QString &fingerprint);

private:
    qint64 retryAfter(QHash<QString, QList<qint64>> &events, const QString &key, int limit, qint64 nowMs);
    void prune(QList<qint64> &events, qint64 nowMs) const;

    Limits m_limits;
    QHash<QString, QList<qint64>> m_addressFailures;
    QHash<QString, QList<qint64>> m_certificateFailures;
    QHash<QString, QList<qint64>> m_challenges;
};

} // namespace lars::server::auth
