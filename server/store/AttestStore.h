#pragma once
// Attests of pupils in the database (each made from one activity and carrying its date).
#include "models/Attest.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <optional>

namespace lars::server::store {

class AttestStore final
{
public:
    explicit AttestStore(Database &db)
        : m_db(db)
    {}

    QList<models::Attest> list(qint64 pupilId); // newest first
    std::optional<models::Attest> find(qint64 id, qint64 pupilId);
    qint64 insert(const models::Attest &a, qint64 pupilId, qint64 staffId, qint64 clbId,
                  const QString &createdAt);

    // The attest types (server data, migration 8): [{code, label}] of the active ones, in their order.
    QJsonArray types();
    bool isType(const QString &code); // an active one

private:
    Database &m_db;
};

} // namespace lars::server::store
