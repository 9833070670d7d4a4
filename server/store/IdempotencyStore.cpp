#include "server/store/IdempotencyStore.h"

namespace lars::server::store {

namespace {
// Not every answer has a body or a Location (an action's 202, a 204): '' binds as text, a null QString as
// NULL, which the NOT NULL columns refuse, turning every such request into a 409.
QString notNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromUtf8(bytes);
}
} // namespace

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(qint64 staffId, const QByteArray &key)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT request_hash, status, response, location FROM idempotency_keys "
                                "WHERE staff_id = ? AND idem_key = ?"),
                 {staffId, QString::fromLatin1(key)});
    if (!q.next())
        return std::nullopt;
    return Stored{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString().toUtf8(),
                  q.value(3).toString().toUtf8()};
}

bool IdempotencyStore::tryInsert(qint64 staffId, const QByteArray &key, const Stored &stored)
{
    QSqlQuery insert(m_db.db());
    return m_db.tryRun(
        insert,
        QStringLiteral("INSERT INTO idempotency_keys (staff_id, idem_key, request_hash, status, "
                       "response, location, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {staffId, QString::fromLatin1(key), stored.requestHash, stored.status, notNull(stored.body),
         notNull(stored.location), Database::now()});
}

} // namespace lars::server::store
