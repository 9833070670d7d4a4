#pragma once
// Bearer tokens in the database, stored as SHA-256 hashes and scoped to (staff, CLB). Every login
// method (test route now, eID challenge next) mints tokens here, so any server process can verify them.
#include "server/store/Database.h"

#include <optional>

namespace lars::server::store {

// Who a token speaks for and what their teams cover, read in the one statement that verifies it: it is
// read again on every request, so a token revoked or a team left takes effect on the next request.
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

private:
    static QByteArray bearer(const QByteArray &authorizationHeader);
    Database &m_db;
};

} // namespace lars::server::store
