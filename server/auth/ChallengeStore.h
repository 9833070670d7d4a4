#pragma once
// Login nonces in the database (auth_nonces), so any server process can check a nonce another one handed
// out. A nonce is random, lives for a short time and can be consumed once.
#include <QString>

namespace lars::server::store {
class Database;
}

namespace lars::server::auth {

class ChallengeStore final
{
public:
    enum class Consume
    {
        Ok,
        Replayed,
        UnknownOrExpired
    };

    ChallengeStore(store::Database &db, int ttlSeconds)
        : m_db(db)
        , m_ttlSeconds(ttlSeconds)
    {}

    int ttlSeconds() const { return m_ttlSeconds; }
    // A fresh nonce (256 random bits, base64url) stored with its expiry.
    QString create(QString *expiresAt);
    // Marks the nonce used in one statement, so two processes racing on it cannot both win.
    Consume consume(const QString &nonce);

    // One-time codes of the web-administration link share the table under their own prefix; the key
    // holds the SHA-256 of the code and the (staff, CLB) it opens, never the code itself.
    QString createOneTimeCode(qint64 staffId, qint64 clbId, int ttlSeconds);
    bool consumeOneTimeCode(const QString &code, qint64 *staffId, qint64 *clbId);

private:
    void purgeExpired();

    store::Database &m_db;
    int m_ttlSeconds;
};

} // namespace lars::server::auth
