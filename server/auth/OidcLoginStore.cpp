#include "server/auth/OidcLoginStore.h"

#include "server/store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace lars::server::auth {

namespace {

QString iso(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

QString hashOf(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QStringList OidcLoginStore::migration()
{
    return {
        QStringLiteral(
            "CREATE TABLE oidc_logins (state_hash TEXT PRIMARY KEY, nonce TEXT NOT NULL, "
            "code_verifier TEXT NOT NULL, client_redirect TEXT NOT NULL, client_state TEXT NOT NULL, "
            "client_challenge TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, "
            "used_at TEXT)"),
        QStringLiteral("CREATE INDEX oidc_logins_expiry ON oidc_logins (expires_at)"),
        QStringLiteral("CREATE TABLE oidc_codes (code_hash TEXT PRIMARY KEY, staff_id BIGINT NOT NULL "
                       "REFERENCES staff(id), client_challenge TEXT NOT NULL, method TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT)"),
        QStringLiteral("CREATE INDEX oidc_codes_expiry ON oidc_codes (expires_at)"),
    };
}

QString OidcLoginStore::randomToken()
{
    quint32 raw[8];
    QRandomGenerator::system()->fillRange(raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OidcLoginStore::s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void OidcLoginStore::purgeExpired()
{
    const QString hourAgo = iso(QDateTime::currentDateTimeUtc().addSecs(-3600));
    m_db.run(QStringLiteral("DELETE FROM oidc_logins WHERE expires_at < ?"), {hourAgo});
    m_db.run(QStringLiteral("DELETE FROM oidc_codes WHERE expires_at < ?"), {hourAgo});
}

QString OidcLoginStore::createAttempt(const OidcAttempt &attempt, int ttlSeconds)
{
    if (QRandomGenerator::global()->bounded(64) == 0)
        purgeExpired();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString state = randomToken();
    m_db.run(
        QStringLiteral("INSERT INTO oidc_logins (state_hash, nonce, code_verifier, client_redirect, "
                       "client_state, client_challenge, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {hashOf(state), attempt.nonce, attempt.codeVerifier, attempt.clientRedirect, attempt.clientState,
         attempt.clientChallenge, iso(now), iso(now.addSecs(ttlSeconds))});
    return state;
}

std::optional<OidcAttempt> OidcLoginStore::consumeAttempt(const QString &state)
{
    if (state.isEmpty() || state.size() > 200)
        return std::nullopt;
    const QString key = hashOf(state);
    const QString now = store::Database::now();
    QSqlQuery update = m_db.run(QStringLiteral("UPDATE oidc_logins SET used_at = ? WHERE state_hash = ? AND "
                                               "used_at IS NULL AND expires_at > ?"),
                                {now, key, now});
    if (update.numRowsAffected() != 1)
        return std::nullopt;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT nonce, code_verifier, client_redirect, client_state, "
                                          "client_challenge FROM oidc_logins WHERE state_hash = ?"),
                           {key});
    if (!q.next())
        return std::nullopt;
    return OidcAttempt{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString()};
}

QString OidcLoginStore::createCode(qint64 staffId, const QString &clientChallenge, const QString &method,
                                   int ttlSeconds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString code = randomToken();
    m_db.run(
        QStringLiteral("INSERT INTO oidc_codes (code_hash, staff_id, client_challenge, method, created_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {hashOf(code), staffId, clientChallenge, method, iso(now), iso(now.addSecs(ttlSeconds))});
    return code;
}

OidcLoginStore::Consume OidcLoginStore::consumeCode(const QString &code, Code *out)
{
    if (code.isEmpty() || code.size() > 200)
        return Consume::UnknownOrExpired;
    const QString key = hashOf(code);
    const QString now = store::Database::now();
    QSqlQuery update = m_db.run(QStringLiteral("UPDATE oidc_codes SET used_at = ? WHERE code_hash = ? AND "
                                               "used_at IS NULL AND expires_at > ?"),
                                {now, key, now});
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT staff_id, client_challenge, method, used_at FROM oidc_codes WHERE code_hash = ?"),
        {key});
    if (!q.next())
        return Consume::UnknownOrExpired;
    if (update.numRowsAffected() != 1)
        return q.value(3).isNull() ? Consume::UnknownOrExpired : Consume::Replayed;
    *out = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return Consume::Ok;
}

} // namespace lars::server::auth
