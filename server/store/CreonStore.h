#pragma once
// CREON registrations of pupils in the database (the items the ministry receives), as their JSON form.
#include "server/store/Database.h"

#include <QDate>
#include <QJsonObject>
#include <optional>

namespace lars::server::store {

class CreonStore final
{
public:
    struct Registration
    {
        qint64 id = 0;
        QString itemCode;
        QString value;
        QDate date;
        std::optional<qint64> activityId;
        qint64 staffId = 0;
        QString createdAt;
        QString sentAt; // empty until sent

        QJsonObject toJson() const;
    };

    explicit CreonStore(Database &db)
        : m_db(db)
    {}

    QList<Registration> list(qint64 pupilId); // newest first
    std::optional<Registration> find(qint64 id, qint64 pupilId);
    // Fills in r.id.
    void insert(Registration &r, qint64 pupilId, qint64 clbId);

private:
    Database &m_db;
};

} // namespace lars::server::store
