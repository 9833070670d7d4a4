#pragma once
// Idempotency keys in the database: the response of the first request with a key, so that a retried POST
// (same staff member, same key) gets the same answer instead of a second change.
#include "server/store/Database.h"

#include <optional>

namespace lars::server::store {

class IdempotencyStore final
{
public:
    struct Stored
    {
        QString requestHash;
        int status = 0;
        QByteArray body;
        QByteArray location;
    };

    explicit IdempotencyStore(Database &db)
        : m_db(db)
    {}

    std::optional<Stored> find(qint64 staffId, const QByteArray &key);
    // False when the key is already taken (another process committed it first).
    bool tryInsert(qint64 staffId, const QByteArray &key, const Stored &stored);

private:
    Database &m_db;
};

} // namespace lars::server::store
