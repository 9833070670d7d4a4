#include "models/api/DossierModel.h"

#include <QJsonArray>
#include <algorithm>

namespace lars::models {

namespace {
constexpr int kJournalPage = 100; // the server's default maximum page size

QJsonValue optionalNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

DossierModel::DossierModel(DossierApi *api, qint64 pupilId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_pupilId(pupilId)
{}

void DossierModel::load()
{
    m_clock.start();
    m_loadMs = -1;
    m_failed = false;
    m_pending = 6;
    const auto failed = [this](const DossierReply &r) {
        if (!m_failed) {
            m_failed = true;
            emit loadFailed(r);
        }
    };
    m_api->get(DossierApi::pupilPath(m_pupilId), {}, this, [=, this](const DossierReply &r) {
        if (!r.ok())
            return failed(r);
        m_pupil = Pupil::fromJson(r.body);
        m_pupilEtag = r.etag;
        m_pupilLoaded = true;
        emit pupilLoaded();
        partDone();
    });
    m_api->get(DossierApi::pupilPath(m_pupilId, QStringLiteral("medical")), {}, this,
               [=, this](const DossierReply &r) {
                   if (!r.ok())
                       return failed(r);
                   m_measurements.clear();
                   for (const QJsonValue &v : r.body.value(QLatin1String("measurements")).toArray())
                       m_measurements.append(Measurement::fromJson(v.toObject()));
                   std::sort(m_measurements.begin(), m_measurements.end(),
                             [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
                   emit measurementsLoaded();
                   partDone();
               });
    m_api->get(DossierApi::pupilPath(m_pupilId, QStringLiteral("parent-heights")), {}, this,
               [=, this](const DossierReply &r) {
                   if (!r.ok())
                       return failed(r);
                   m_parentHeights = ParentHeights::fromJson(r.body);
                   m_parentHeightsEtag = r.etag;
                   emit parentHeightsLoaded();
                   partDone();
               });
    loadJournalPage({}, {}, true);
    m_api->get(DossierApi::pupilPath(m_pupilId, QStringLiteral("attests")), {}, this,
               [=, this](const DossierReply &r) {
                   if (!r.ok())
                       return failed(r);
                   m_attests.clear();
                   for (const QJsonValue &v : r.body.value(QLatin1String("items")).toArray())
                       m_attests.append(Attest::fromJson(v.toObject()));
                   emit attestsLoaded();
                   partDone();
               });
    m_api->get(DossierApi::pupilPath(m_pupilId, QStringLiteral("creon-registrations")), {}, this,
               [=, this](const DossierReply &r) {
                   if (!r.ok())
                       return failed(r);
                   takeCreon(r);
                   partDone();
               });
}

void DossierModel::takeCreon(const DossierReply &r)
{
    m_creon.clear();
    for (const QJsonValue &v : r.body.value(QLatin1String("items")).toArray())
        m_creon.append(v.toObject());
    emit creonLoaded();
}

void DossierModel::reloadCreon()
{
    m_api->get(DossierApi::pupilPath(m_pupilId, QStringLiteral("creon-registrations")), {}, this,
               [this](const DossierReply &r) {
                   if (r.ok())
                       takeCreon(r);
               });
}

void DossierModel::creonWriteDone(const DossierReply &r)
{
    if (!r.ok())
        return emit creonChangeFailed(r);
    reloadCreon();
    emit creonChanged();
}

void DossierModel::correctCreonRegistration(qint64 id, qint64 version, const QDate &date,
                                            const QJsonValue &value)
{
    m_api->put(
        DossierApi::pupilPath(m_pupilId, QStringLiteral("creon-registrations/%1").arg(id)),
        QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("value"), value}},
        '"' + QByteArray::number(version) + '"', this, [this](const DossierReply &r) { creonWriteDone(r); });
}

void DossierModel::resubmitCreonRegistration(qint64 id, const QByteArray &idempotencyKey)
{
    m_api->post(DossierApi::pupilPath(m_pupilId, QStringLiteral("creon-registrations/%1/resubmit").arg(id)),
                {}, idempotencyKey, this, [this](const DossierReply &r) { creonWriteDone(r); });
}

void DossierModel::correctMeasurement(const Measurement &corrected)
{
    QJsonObject body = corrected.toJson();
    for (const char *derived : {"id", "bmi", "staff", "createdAt", "version"})
        body.remove(QLatin1String(derived));
    m_api->put(DossierApi::pupilPath(m_pupilId, QStringLiteral("measurements/%1").arg(corrected.id)), body,
               '"' + QByteArray::number(corrected.version) + '"', this, [this](const DossierReply &r) {
                   if (r.ok())
                       load(); // the medical tab and the CREON tab both change
                   creonWriteDone(r);
               });
}

void DossierModel::partDone()
{
    if (--m_pending == 0 && !m_failed) {
        m_loadMs = m_clock.elapsed();
        emit fullyLoaded();
    }
}

void DossierModel::reloadJournal()
{
    loadJournalPage({}, {}, false);
}

void DossierModel::loadJournalPage(const QString &cursor, QList<Activity> collected, bool partOfLoad)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kJournalPage));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    m_api->get(DossierApi::pupilPath(m_pupilId, QStringLiteral("journal")), query, this,
               [this, collected, partOfLoad](const DossierReply &r) mutable {
                   if (!r.ok()) {
                       if (!m_failed) {
                           m_failed = true;
                           emit loadFailed(r);
                       }
                       return;
                   }
                   for (const QJsonValue &v : r.body.value(QLatin1String("items")).toArray())
                       collected.append(Activity::fromJson(v.toObject()));
                   const QString next = r.body.value(QLatin1String("nextCursor")).toString();
                   if (!next.isEmpty())
                       return loadJournalPage(next, std::move(collected), partOfLoad);
                   std::stable_sort(collected.begin(), collected.end(),
                                    [](const Activity &a, const Activity &b) {
                                        return a.date != b.date ? a.date > b.date : a.createdAt > b.createdAt;
                                    });
                   m_journal = std::move(collected);
                   emit journalLoaded();
                   if (partOfLoad)
                       partDone();
               });
}

void DossierModel::saveParentHeights(std::optional<double> fatherCm, std::optional<double> motherCm)
{
    const QJsonObject body{{QStringLiteral("fatherCm"), optionalNumber(fatherCm)},
                           {QStringLiteral("motherCm"), optionalNumber(motherCm)}};
    m_api->put(DossierApi::pupilPath(m_pupilId, QStringLiteral("parent-heights")), body, m_parentHeightsEtag,
               this, [this](const DossierReply &r) {
                   if (r.ok()) {
                       m_parentHeights = ParentHeights::fromJson(r.body);
                       m_parentHeightsEtag = r.etag;
                       emit parentHeightsSaved();
                       emit parentHeightsLoaded();
                       return;
                   }
                   if (!r.isConflict())
                       return emit parentHeightsSaveFailed(r);
                   // Someone else saved first: fetch their value so the user can compare and choose.
                   m_api->get(DossierApi::pupilPath(m_pupilId, QStringLiteral("parent-heights")), {}, this,
                              [this](const DossierReply &current) {
                                  if (!current.ok())
                                      return emit parentHeightsSaveFailed(current);
                                  m_parentHeightsEtag = current.etag;
                                  emit parentHeightsConflict(ParentHeights::fromJson(current.body));
                              });
               });
}

void DossierModel::acceptServerParentHeights(const ParentHeights &theirs)
{
    m_parentHeights = theirs;
    emit parentHeightsLoaded();
}

void DossierModel::saveBridgingHelp(bool on)
{
    const QJsonObject body{{QStringLiteral("bridgingHelp"), on}};
    m_api->put(DossierApi::pupilPath(m_pupilId, QStringLiteral("attributes")), body, m_pupilEtag, this,
               [this, on](const DossierReply &r) {
                   if (!r.ok()) {
                       if (r.isConflict()) {
                           // Re-read so the box shows what the server holds now.
                           m_api->get(DossierApi::pupilPath(m_pupilId), {}, this,
                                      [this](const DossierReply &p) {
                                          if (p.ok()) {
                                              m_pupil = Pupil::fromJson(p.body);
                                              m_pupilEtag = p.etag;
                                              emit pupilLoaded();
                                          }
                                      });
                       }
                       return emit bridgingHelpSaveFailed(r, on);
                   }
                   if (r.body.contains(QLatin1String("id")))
                       m_pupil = Pupil::fromJson(r.body);
                   else
                       m_pupil.bridgingHelp = r.body.value(QLatin1String("bridgingHelp")).toBool(on);
                   m_pupilEtag = r.etag;
                   emit bridgingHelpSaved(m_pupil.bridgingHelp);
                   reloadJournal(); // the server notes the change in the journal
               });
}

void DossierModel::createActivity(const Activity &activity, const QByteArray &idempotencyKey)
{
    QJsonObject body = activity.toJson();
    body.remove(QStringLiteral("id"));
    body.remove(QStringLiteral("staff"));
    body.remove(QStringLiteral("createdAt"));
    m_api->post(DossierApi::pupilPath(m_pupilId, QStringLiteral("activities")), body, idempotencyKey, this,
                [this](const DossierReply &r) {
                    if (!r.ok())
                        return emit activityCreateFailed(r);
                    const Activity created = Activity::fromJson(r.body);
                    emit activityCreated(created);
                    reloadJournal();
                    reloadCreon(); // an activity with a CREON subject yields its item
                });
}

} // namespace lars::models
