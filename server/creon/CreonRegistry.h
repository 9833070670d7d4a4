#pragma once
// CREON registrations and their outbox, in the caller's transaction: derived ones follow their source (a
// consult's results, an activity) through create, correct and withdraw; manual ones are made, corrected and
// withdrawn by staff. Every change is a new version of the registration with one outbox row to deliver.
#include "server/creon/CreonDerivation.h"
#include "server/store/Database.h"

#include <QJsonValue>

namespace lars::server::creon {

class CreonRegistry final
{
public:
    explicit CreonRegistry(store::Database &db);

    QList<CreonRule> rules();

    // The registrations of this source are brought in line with it as it is now (gone or withdrawn: all
    // withdrawn). Call after every write of a measurement or an activity, inside its transaction: a new
    // item is registered, a changed value, date or classification is sent as a correction, an item the
    // source no longer yields as a withdrawal.
    void measurementChanged(qint64 measurementId, qint64 staffId);
    void activityChanged(qint64 activityId, qint64 staffId);
    // An activity taken out of the journal while its row stays (a journal correction that withdraws it):
    // every registration it yielded is withdrawn, whatever the row still says.
    void activityWithdrawn(qint64 activityId, qint64 staffId);
    // Derives for every consult and activity dated on or after since that has no registrations yet (the
    // demo database; a first start on existing data). Returns the number of registrations made.
    int deriveExisting(const QDate &since);

    // Checks value against the item's kind ("none", "result", "quantity-cm", "quantity-kg", "acuity");
    // a plain string is taken as {"result": string}. Empty *error when it fits.
    static QJsonValue normaliseValue(const QString &kind, const QJsonValue &value, QString *error);

    qint64 registerManual(qint64 pupilId, const QString &itemCode, const QDate &date, const QJsonValue &value,
                          qint64 activityId, qint64 staffId);
    void correctManual(qint64 registrationId, const QDate &date, const QJsonValue &value, qint64 staffId);
    void withdraw(qint64 registrationId, qint64 staffId);
    // The same content once more as a new version (after a refusal whose cause was fixed elsewhere).
    void resubmit(qint64 registrationId, qint64 staffId);

private:
    void sync(const QString &source, qint64 sourceId, qint64 pupilId, const QList<DerivedItem> &desired,
              qint64 staffId);
    qint64 insert(qint64 pupilId, const QString &source, qint64 sourceId, const DerivedItem &item,
                  qint64 staffId);
    void update(qint64 registrationId, const DerivedItem *item, qint64 staffId); // null item: withdraw
    void queue(qint64 registrationId);

    store::Database &m_db;
    QList<CreonRule> m_rules;
    bool m_rulesLoaded = false;
};

} // namespace lars::server::creon
