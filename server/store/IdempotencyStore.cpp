#include "server/store/IdempotencyStore.h"

namespace lars::server::store {

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
        {staffId, QString::fromLatin1(key), stored.requestHash, stored.status, QString::fromUtf8(stored.body),
         QString::fromUtf8(stored.location), Database::now()});
}

} // namespace lars::server::store
