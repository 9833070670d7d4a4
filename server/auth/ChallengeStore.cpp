#include "server/auth/ChallengeStore.h"

#include "server/store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace lars::server::auth {

namespace {

QString randomToken()
{
    quint32 raw[8];
    QRandomGenerator::system()->fillRange(raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString iso(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

const QString kCodePrefix = QStringLiteral("admin-link:");

QString codeKeyPrefix(const QString &code)
{
    return kCodePrefix +
           QString::fromLatin1(QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex()) +
           u':';
}

} // namespace

void ChallengeStore::purgeExpired()
{
    // Expired rows can no longer be replayed (they are rejected as expired), so they are dead weight.
    m_db.run(QStringLiteral("DELETE FROM auth_nonces WHERE expires_at < ?"),
             {iso(QDateTime::currentDateTimeUtc().addSecs(-3600))});
}

QString ChallengeStore::create(QString *expiresAt)
{
    if (QRandomGenerator::global()->bounded(64) == 0)
        purgeExpired();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nonce = randomToken();
    *expiresAt = iso(now.addSecs(m_ttlSeconds));
    m_db.run(QStringLiteral("INSERT INTO auth_nonces (nonce, created_at, expires_at) VALUES (?, ?, ?)"),
             {nonce, iso(now), *expiresAt});
    return nonce;
}

ChallengeStore::Consume ChallengeStore::consume(const QString &nonce)
{
    if (nonce.isEmpty() || nonce.size() > 100 || nonce.startsWith(kCodePrefix))
        return Consume::UnknownOrExpired;
    const QString now = store::Database::now();
    QSqlQuery update =
        m_db.run(QStringLiteral("UPDATE auth_nonces SET used_at = ? WHERE nonce = ? AND used_at IS NULL "
                                "AND expires_at > ?"),
                 {now, nonce, now});
    if (update.numRowsAffected() == 1)
        return Consume::Ok;
    QSqlQuery seen = m_db.run(QStringLiteral("SELECT used_at FROM auth_nonces WHERE nonce = ?"), {nonce});
    if (seen.next() && !seen.value(0).isNull())
        return Consume::Replayed;
    return Consume::UnknownOrExpired;
}

QString ChallengeStore::createOneTimeCode(qint64 staffId, qint64 clbId, int ttlSeconds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString code = randomToken();
    m_db.run(QStringLiteral("INSERT INTO auth_nonces (nonce, created_at, expires_at) VALUES (?, ?, ?)"),
             {codeKeyPrefix(code) + QStringLiteral("%1:%2").arg(staffId).arg(clbId), iso(now),
              iso(now.addSecs(ttlSeconds))});
    return code;
}

bool ChallengeStore::consumeOneTimeCode(const QString &code, qint64 *staffId, qint64 *clbId)
{
    if (code.isEmpty() || code.size() > 100)
        return false;
    const QString prefix = codeKeyPrefix(code);
    QSqlQuery find = m_db.run(QStringLiteral("SELECT nonce FROM auth_nonces WHERE nonce >= ? AND nonce < ? "
                                             "AND used_at IS NULL AND expires_at > ?"),
                              {prefix, prefix + u'~', store::Database::now()});
    if (!find.next())
        return false;
    const QString key = find.value(0).toString();
    QSqlQuery update =
        m_db.run(QStringLiteral("UPDATE auth_nonces SET used_at = ? WHERE nonce = ? AND used_at IS NULL"),
                 {store::Database::now(), key});
    if (update.numRowsAffected() != 1)
        return false;
    const QStringList ids = key.mid(prefix.size()).split(u':');
    if (ids.size() != 2)
        return false;
    *staffId = ids[0].toLongLong();
    *clbId = ids[1].toLongLong();
    return *staffId > 0 && *clbId > 0;
}

} // namespace lars::server::auth
