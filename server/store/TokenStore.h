#pragma once
// Bearer tokens in the database, stored as SHA-256 hashes and scoped to (staff, CLB). Every login
// method (test route now, eID challenge next) mints tokens here, so any server process can verify them.
#include "server/store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <optional>

namespace lars::server::store {

// Who a token speaks for and what their teams cover, read in the one statement that verifies it. A process
// keeps the scopes it verified and uses one again only while the database's authorisation epoch is the
// same (see TokenStore), so a token revoked or a team left takes effect on the next request.
struct TokenScope
{
    qint64 staffId = 0;
    qint64 clbId = 0;
    QString staffName;
    bool inTeam = false;       // a member of at least one team of this CLB
    QList<qint64> teamSchools; // the schools those teams cover, ascending, without repeats
};

class TokenStore final
{
public:
    explicit TokenStore(Database &db)
        : m_db(db)
    {}

    // Returns the token to hand to the client once; only its hash is kept.
    QString mint(qint64 staffId, qint64 clbId, const QString &origin, int ttlMinutes);
    std::optional<TokenScope> verify(const QByteArray &authorizationHeader);
    void revoke(const QByteArray &authorizationHeader);
    // How the token was minted ("eid", "test", ...); empty for an unknown token.
    QString origin(const QByteArray &authorizationHeader);
    static QString hash(const QByteArray &token);

    // Schema migration 13: the table auth_epoch, one number raised by triggers on every change to what a
    // scope is made of (tokens revoked or deleted, staff, CLB memberships, teams, members, schools).
    static QStringList migration(bool postgres);

private:
    struct Cached
    {
        TokenScope scope;
        QString expiresAt;
        qint64 epoch = 0;
        QElapsedTimer age;
    };
    static QByteArray bearer(const QByteArray &authorizationHeader);
    qint64 epoch();
    Database &m_db;
    // By token hash. A scope is read again once the epoch moved, the token expired, or after a minute.
    QHash<QString, Cached> m_cache;
};

} // namespace lars::server::store
