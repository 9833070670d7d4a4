#pragma once
// Referrals of pupils in the database (to a doctor after a consult or to a draaischijf partner), and the
// migration that adds them together with the attest types (server data).
#include "models/Referral.h"
#include "server/store/Database.h"

#include <optional>

namespace lars::server::store {

class ReferralStore final
{
public:
    explicit ReferralStore(Database &db)
        : m_db(db)
    {}

    // Migration 8: the referrals table, the attest types table and its seed.
    static QStringList migration(bool postgres);

    QList<models::Referral> list(qint64 pupilId); // newest first
    std::optional<models::Referral> find(qint64 id, qint64 pupilId);
    qint64 insert(const models::Referral &r, qint64 pupilId, qint64 staffId, qint64 clbId,
                  const QString &createdAt);
    // The labels of a draaischijf category and detail (the partner's name), nullopt when unknown.
    std::optional<std::pair<QString, QString>> partnerLabels(const QString &category, const QString &detail);

private:
    Database &m_db;
};

} // namespace lars::server::store
