#include "server/store/TokenStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <algorithm>

namespace lars::server::store {

QString TokenStore::hash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QString TokenStore::mint(qint64 staffId, qint64 clbId, const QString &origin, int ttlMinutes)
{
    quint32 raw[8];
    QRandomGenerator::system()->fillRange(raw);
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_db.run(QStringLiteral(
                 "INSERT INTO auth_tokens (token_hash, staff_id, clb_id, origin, created_at, expires_at) "
                 "VALUES (?, ?, ?, ?, ?, ?)"),
             {hash(token), staffId, clbId, origin, now.toString(Qt::ISODateWithMs),
              now.addSecs(qint64(ttlMinutes) * 60).toString(Qt::ISODateWithMs)});
    return QString::fromLatin1(token);
}

QByteArray TokenStore::bearer(const QByteArray &authorizationHeader)
{
    const QByteArray h = authorizationHeader.trimmed();
    if (h.size() < 8 || h.size() > 200 || h.left(7).toLower() != "bearer ")
        return {};
    return h.mid(7).trimmed();
}

qint64 TokenStore::epoch()
{
    qint64 value = -1;
    m_db.each(QStringLiteral("SELECT value FROM auth_epoch"), {},
              [&](const QSqlQuery &q) { value = q.value(0).toLongLong(); });
    return value;
}

std::optional<TokenScope> TokenStore::verify(const QByteArray &authorizationHeader)
{
    const QByteArray token = bearer(authorizationHeader);
    if (token.isEmpty())
        return std::nullopt;
    const QString tokenHash = hash(token);
    const QString now = Database::now();
    // A scope verified lately stands while nothing it is made of changed: one one-row read instead of
    // the joins below and the list of schools (most of a search's work on PostgreSQL's side).
    if (const auto it = m_cache.constFind(tokenHash); it != m_cache.cend()) {
        if (it->expiresAt > now && !it->age.hasExpired(60'000) && epoch() == it->epoch)
            return it->scope;
        m_cache.erase(it);
    }
    // The member and school lists come as text aggregates: one row, one round trip for the whole scope,
    // read with the epoch it belongs to.
    const QString schools = m_db.isPostgres() ? QStringLiteral("string_agg(CAST(ts.school_id AS TEXT), ',')")
                                              : QStringLiteral("group_concat(ts.school_id)");
    static const QString sql = QStringLiteral(
        "SELECT t.staff_id, t.clb_id, s.first_name, s.last_name, "
        "EXISTS (SELECT 1 FROM team_members tm JOIN teams tt ON tt.id = tm.team_id "
        "WHERE tm.staff_id = t.staff_id AND tt.clb_id = t.clb_id), "
        "(SELECT %1 FROM team_schools ts JOIN team_members tm ON tm.team_id = ts.team_id "
        "JOIN teams tt ON tt.id = ts.team_id WHERE tm.staff_id = t.staff_id AND tt.clb_id = t.clb_id), "
        "t.expires_at, (SELECT value FROM auth_epoch) "
        "FROM auth_tokens t JOIN staff s ON s.id = t.staff_id "
        "JOIN staff_clbs sc ON sc.staff_id = t.staff_id AND sc.clb_id = t.clb_id "
        "WHERE t.token_hash = ? AND t.expires_at > ? AND t.revoked_at IS NULL");
    std::optional<TokenScope> scope;
    Cached cached;
    m_db.each(sql.arg(schools), {tokenHash, now}, [&](const QSqlQuery &q) {
        scope = TokenScope{q.value(0).toLongLong(),
                           q.value(1).toLongLong(),
                           q.value(2).toString() + u' ' + q.value(3).toString(),
                           q.value(4).toBool(),
                           {}};
        const QStringList ids = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &id : ids)
            scope->teamSchools.append(id.toLongLong());
        std::sort(scope->teamSchools.begin(), scope->teamSchools.end());
        scope->teamSchools.erase(std::unique(scope->teamSchools.begin(), scope->teamSchools.end()),
                                 scope->teamSchools.end());
        cached.expiresAt = q.value(6).toString();
        cached.epoch = q.value(7).toLongLong();
    });
    if (scope) {
        if (m_cache.size() >= 10'000) // the tokens of one process's callers of the last minute: a bound
            m_cache.clear();
        cached.scope = *scope;
        cached.age.start();
        m_cache.insert(tokenHash, cached);
    }
    return scope;
}

void TokenStore::revoke(const QByteArray &authorizationHeader)
{
    m_db.run(QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE token_hash = ?"),
             {Database::now(), hash(bearer(authorizationHeader))});
}

QString TokenStore::origin(const QByteArray &authorizationHeader)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT origin FROM auth_tokens WHERE token_hash = ?"),
                           {hash(bearer(authorizationHeader))});
    return q.next() ? q.value(0).toString() : QString();
}

QStringList TokenStore::migration(bool postgres)
{
    QStringList out{
        QStringLiteral(
            "CREATE TABLE auth_epoch (id INTEGER PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO auth_epoch (id, value) VALUES (1, 1)")};
    // A new token changes no scope that a process holds: inserts into auth_tokens do not count.
    const QList<std::pair<const char *, QStringList>> tables{
        {"auth_tokens", {QStringLiteral("UPDATE"), QStringLiteral("DELETE")}},
        {"staff", {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}},
        {"staff_clbs", {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}},
        {"teams", {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}},
        {"team_members", {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}},
        {"team_schools", {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}},
    };
    if (postgres)
        out << QStringLiteral("CREATE FUNCTION auth_epoch_raise() RETURNS trigger LANGUAGE plpgsql AS $$ "
                              "BEGIN UPDATE auth_epoch SET value = value + 1; RETURN NULL; END $$");
    for (const auto &[table, events] : tables) {
        const QString name = QLatin1String(table);
        if (postgres) {
            out << QStringLiteral(
                       "CREATE TRIGGER %1_auth_epoch AFTER %2 OR TRUNCATE ON %1 FOR EACH STATEMENT "
                       "EXECUTE FUNCTION auth_epoch_raise()")
                       .arg(name, events.join(QStringLiteral(" OR ")));
            continue;
        }
        for (const QString &event : events)
            out << QStringLiteral(
                       "CREATE TRIGGER %1_auth_epoch_%2 AFTER %3 ON %1 BEGIN UPDATE auth_epoch SET "
                       "value = value + 1; END")
                       .arg(name, event.toLower(), event);
    }
    return out;
}

} // namespace lars::server::store
