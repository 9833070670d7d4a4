#pragma once
// The state of government logins in the database, so that any server process can continue a login
// another one started: the attempt between the browser's start and the provider's callback (this
// server's state, nonce and PKCE verifier, and the desktop's loopback redirect, state and PKCE challenge)
// and the one-time code the desktop exchanges afterwards. States and codes are kept only as SHA-256
// hashes; each is consumed once, in one statement, so two processes racing on it cannot both win.
#include <QString>
#include <QStringList>
#include <optional>

namespace lars::server::store {
class Database;
}

namespace lars::server::auth {

struct OidcAttempt
{
    QString nonce;
    QString codeVerifier; // this server's PKCE verifier towards the provider
    QString clientRedirect;
    QString clientState;
    QString clientChallenge; // the desktop's PKCE challenge (S256) for the one-time code
};

class OidcLoginStore final
{
public:
    enum class Consume
    {
        Ok,
        Replayed,
        UnknownOrExpired
    };

    explicit OidcLoginStore(store::Database &db)
        : m_db(db)
    {}

    // Migration 9: the two tables.
    static QStringList migration();
    static QString randomToken();                 // 256 random bits, base64url
    static QString s256(const QString &verifier); // base64url(SHA-256(verifier)), RFC 7636

    // Stores an attempt under a fresh state (returned) that lives ttlSeconds.
    QString createAttempt(const OidcAttempt &attempt, int ttlSeconds);
    std::optional<OidcAttempt> consumeAttempt(const QString &state);

    QString createCode(qint64 staffId, const QString &clientChallenge, const QString &method, int ttlSeconds);
    struct Code
    {
        qint64 staffId = 0;
        QString clientChallenge;
        QString method; // the key used at the provider (amr), for the audit
    };
    Consume consumeCode(const QString &code, Code *out);

private:
    void purgeExpired();
    store::Database &m_db;
};

} // namespace lars::server::auth
