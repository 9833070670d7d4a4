#pragma once
// CREON registrations of pupils as staff see them: each with its source (consult result, activity or
// manual), its version, and the delivery state of the newest outbox row that still counts. Changes go through
// creon::CreonRegistry (versions and outbox rows in the caller's transaction); this store only reads.
#include "server/store/Database.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace lars::server::store {

class CreonStore final
{
public:
    struct Registration
    {
        qint64 id = 0;
        QString registrationId; // the UUID the ministry sees
        QString itemCode;
        QJsonValue value; // typed: null, {"quantity","unit"}, {"left","right"}, {"result"}
        QString date;
        QString contact;    // systematic contact of a consult result; empty otherwise
        QString sourceKind; // "measurement", "activity" or "manual"
        QJsonObject source; // kind, id and what the tab shows of it (contact, date, subject, withdrawn)
        qint64 version = 0;
        bool withdrawn = false;
        QString createdAt;
        QString updatedAt;
        QJsonObject delivery; // state ("not-sent" when nothing was ever to tell), version, sentAt, …
        QString valueKind;    // of the item: none, result, quantity-cm, quantity-kg, acuity

        bool isManual() const { return sourceKind == QLatin1String("manual"); }
        QString deliveryState() const { return delivery.value(QLatin1String("state")).toString(); }
        QJsonObject toJson() const;
    };

    explicit CreonStore(Database &db)
        : m_db(db)
    {}

    QList<Registration> list(qint64 pupilId); // newest date first
    std::optional<Registration> find(qint64 id, qint64 pupilId);

private:
    Database &m_db;
};

} // namespace lars::server::store
