#include "models/api/DossierModel.h"

#include "models/DossierParts.h"
#include "models/api/Outbox.h"

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
{
    if (Outbox *outbox = m_api->outbox()) {
        connect(outbox, &Outbox::accepted, this, &DossierModel::onAccepted);
        connect(outbox, &Outbox::needsUser, this, &DossierModel::onNeedsUser);
        connect(outbox, &Outbox::delayed, this, &DossierModel::onDelayed);
    }
}

bool DossierModel::submit(PendingChange change, const QString &summary)
{
    Outbox *outbox = m_api->outbox();
    if (!outbox)
        return false;
    change.pupilId = m_pupilId;
    change.summary = summary + QStringLiteral(" — ") + m_pupil.firstName + u' ' + m_pupil.lastName;
    outbox->submit(change);
    return true;
}

void DossierModel::onAccepted(const PendingChange &change, const DossierReply &reply)
{
    if (change.pupilId != m_pupilId)
        return;
    if (change.kind == QLatin1String("activity")) {
        emit activityCreated(Activity::fromJson(reply.body));
        reloadJournal();
        reloadCreon(); // an activity with a CREON subject yields its item
    } else if (change.kind == QLatin1String("referral") || change.kind == QLatin1String("attest")) {
        created(change.kind, change.id, reply);
    } else if (change.kind == QLatin1String("parent-heights")) {
        takeParentHeights(reply);
    } else if (change.kind == QLatin1String("bridging-help")) {
        takeBridgingHelp(reply, change.body.value(QLatin1String("bridgingHelp")).toBool());
    } else if (change.kind == QLatin1String("advice")) {
        takeAdvice(change.path.section(u'/', -2, -2).toLongLong(), reply);
    } else if (change.kind == QLatin1String("activity-correction")) {
        reloadJournal();
        reloadCreon(); // its CREON items follow the corrected activity
    } else if (change.kind == QLatin1String("consult-correction")) {
        load(); // the medical tab and the CREON tab both change
        emit creonChanged();
    } else if (change.kind == QLatin1String("creon-correction")) {
        creonWriteDone(reply);
    }
}

void DossierModel::onNeedsUser(const PendingChange &change)
{
    if (change.pupilId != m_pupilId)
        return;
    DossierReply r;
    r.httpStatus = change.status;
    r.problemTitle = change.lastError;
    r.body = change.theirs;
    r.etag = change.theirsTag;
    const bool conflict = change.state == PendingChange::State::Conflict;
    if (change.kind == QLatin1String("activity")) {
        emit activityCreateFailed(r);
    } else if (change.kind == QLatin1String("referral")) {
        emit referralCreateFailed(change.id, r);
    } else if (change.kind == QLatin1String("attest")) {
        emit attestCreateFailed(change.id, r);
    } else if (change.kind == QLatin1String("parent-heights")) {
        if (!conflict)
            return emit parentHeightsSaveFailed(r);
        m_heightsConflict = change.id;
        m_parentHeightsEtag = change.theirsTag;
        emit parentHeightsConflict(ParentHeights::fromJson(change.theirs));
    } else if (change.kind == QLatin1String("advice")) {
        adviceNeedsUser(change);
    } else if (change.kind == QLatin1String("bridging-help")) {
        if (conflict) {
            m_pupil = Pupil::fromJson(change.theirs);
            m_pupilEtag = change.theirsTag;
            emit pupilLoaded();
        }
        emit bridgingHelpSaveFailed(r, change.body.value(QLatin1String("bridgingHelp")).toBool());
    }
}

void DossierModel::onDelayed(const QByteArray &id)
{
    const PendingChange *change = m_api->outbox()->find(id);
    if (!change || change->pupilId != m_pupilId)
        return;
    if (change->kind == QLatin1String("activity"))
        emit activityWaiting();
    else if (change->kind == QLatin1String("parent-heights"))
        emit parentHeightsWaiting();
    else if (change->kind == QLatin1String("bridging-help"))
        emit bridgingHelpWaiting(change->body.value(QLatin1String("bridgingHelp")).toBool());
    else if (change->kind == QLatin1String("advice"))
        emit adviceWaiting(change->path.section(u'/', -2, -2).toLongLong());
}

void DossierModel::load()
{
    m_clock.start();
    m_loadMs = -1;
    m_failed = false;
    m_readAt = {};
    m_pending = 2; // the dossier, then the journal's further pages
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("journalLimit"), QString::number(kJournalPage));
    // One round trip for every part (GET /pupils/{id}/dossier); each part is what its own GET answers.
    m_api->get(DossierApi::pupilPath(m_pupilId, QStringLiteral("dossier")), query, this,
               [this](const DossierReply &r) {
                   if (!r.ok())
                       return loadFailedOnce(r);
                   const auto part = [&r](const DossierPart &which) {
                       const QJsonObject p = r.body.value(QLatin1String(which.name)).toObject();
                       DossierReply reply = r;
                       reply.body = p.value(QLatin1String("body")).toObject();
                       reply.etag = p.value(QLatin1String("etag")).toString().toLatin1();
                       return reply;
                   };
                   const auto items = [&part](const DossierPart &which) {
                       return part(which).body.value(QLatin1String("items")).toArray();
                   };
                   const DossierReply pupil = part(dossierParts::pupil);
                   m_pupil = Pupil::fromJson(pupil.body);
                   m_pupilEtag = pupil.etag;
                   m_pupilLoaded = true;
                   emit pupilLoaded();
                   m_measurements.clear();
                   for (const QJsonValue &v :
                        part(dossierParts::medical).body.value(QLatin1String("measurements")).toArray())
                       m_measurements.append(Measurement::fromJson(v.toObject()));
                   std::sort(m_measurements.begin(), m_measurements.end(),
                             [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
                   emit measurementsLoaded();
                   const DossierReply heights = part(dossierParts::parentHeights);
                   m_parentHeights = ParentHeights::fromJson(heights.body);
                   m_parentHeightsEtag = heights.etag;
                   emit parentHeightsLoaded();
                   m_attests.clear();
                   for (const QJsonValue &v : items(dossierParts::attests))
                       m_attests.append(Attest::fromJson(v.toObject()));
                   emit attestsLoaded();
                   m_referrals.clear();
                   for (const QJsonValue &v : items(dossierParts::referrals))
                       m_referrals.append(Referral::fromJson(v.toObject()));
                   emit referralsLoaded();
                   takeCreon(part(dossierParts::creonRegistrations));
                   takeJournalPage(part(dossierParts::journal), {}, true);
                   partDone(r);
               });
}

void DossierModel::loadFailedOnce(const DossierReply &r)
{
    if (!m_failed) {
        m_failed = true;
        emit loadFailed(r);
    }
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

void DossierModel::correctCreonRegistration(const QJsonObject &registration, const QDate &date,
                                            const QJsonValue &value, const QByteArray &changeId,
                                            const QString &itemName)
{
    const qint64 id = registration.value(QLatin1String("id")).toInteger();
    PendingChange change = PendingChange::make(
        QStringLiteral("creon-correction"), "PUT",
        DossierApi::pupilPath(m_pupilId, QStringLiteral("creon-registrations/%1").arg(id)),
        {{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("value"), value}});
    change.id = changeId;
    change.ifMatch = '"' + QByteArray::number(registration.value(QLatin1String("version")).toInteger()) + '"';
    change.base = {{QStringLiteral("date"), registration.value(QLatin1String("date"))},
                   {QStringLiteral("value"), registration.value(QLatin1String("value"))}};
    if (!submit(change, tr("CREON correction “%1”").arg(itemName)))
        m_api->put(change.path, change.body, change.ifMatch, this,
                   [this](const DossierReply &r) { creonWriteDone(r); });
}

void DossierModel::resubmitCreonRegistration(qint64 id, const QByteArray &idempotencyKey)
{
    m_api->post(DossierApi::pupilPath(m_pupilId, QStringLiteral("creon-registrations/%1/resubmit").arg(id)),
                {}, idempotencyKey, this, [this](const DossierReply &r) { creonWriteDone(r); });
}

void DossierModel::correctMeasurement(const Measurement &current, const Measurement &corrected,
                                      const QByteArray &changeId, const QString &itemName)
{
    PendingChange change = PendingChange::make(
        QStringLiteral("consult-correction"), "PUT",
        DossierApi::pupilPath(m_pupilId, QStringLiteral("measurements/%1").arg(current.id)),
        corrected.requestBody());
    change.id = changeId;
    change.ifMatch = '"' + QByteArray::number(current.version) + '"';
    change.base = current.requestBody();
    if (submit(change, tr("CREON correction “%1”").arg(itemName)))
        return;
    m_api->put(change.path, change.body, change.ifMatch, this, [this](const DossierReply &r) {
        if (r.ok())
            load(); // the medical tab and the CREON tab both change
        creonWriteDone(r);
    });
}

void DossierModel::partDone(const DossierReply &r)
{
    noteCopy(r);
    if (--m_pending == 0 && !m_failed) {
        m_loadMs = m_clock.elapsed();
        emit fullyLoaded();
    }
}

void DossierModel::noteCopy(const DossierReply &r)
{
    // The dossier is as old as its oldest part.
    if (r.isOfflineCopy() && (!m_readAt.isValid() || r.readAt < m_readAt))
        m_readAt = r.readAt;
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
               [this, collected, partOfLoad](const DossierReply &r) {
                   if (!r.ok())
                       return loadFailedOnce(r);
                   takeJournalPage(r, collected, partOfLoad);
               });
}

void DossierModel::takeJournalPage(const DossierReply &r, QList<Activity> collected, bool partOfLoad)
{
    for (const QJsonValue &v : r.body.value(QLatin1String("items")).toArray())
        collected.append(Activity::fromJson(v.toObject()));
    const QString next = r.body.value(QLatin1String("nextCursor")).toString();
    if (!next.isEmpty())
        return loadJournalPage(next, std::move(collected), partOfLoad);
    std::stable_sort(collected.begin(), collected.end(), [](const Activity &a, const Activity &b) {
        return a.date != b.date ? a.date > b.date : a.createdAt > b.createdAt;
    });
    m_journal = std::move(collected);
    noteCopy(r);
    emit journalLoaded();
    if (partOfLoad)
        partDone(r);
}

void DossierModel::saveParentHeights(std::optional<double> fatherCm, std::optional<double> motherCm)
{
    const QJsonObject body{{QStringLiteral("fatherCm"), optionalNumber(fatherCm)},
                           {QStringLiteral("motherCm"), optionalNumber(motherCm)}};
    const QString path = DossierApi::pupilPath(m_pupilId, QStringLiteral("parent-heights"));
    if (Outbox *outbox = m_api->outbox()) {
        const PendingChange *conflict = outbox->find(std::exchange(m_heightsConflict, {}));
        if (conflict && conflict->state == PendingChange::State::Conflict) {
            // The user saw the server's value and keeps their own: the same change, now based on that value.
            outbox->keepMine(conflict->id, body);
            return;
        }
        PendingChange change = PendingChange::make(QStringLiteral("parent-heights"), "PUT", path, body);
        change.ifMatch = m_parentHeightsEtag;
        change.base = m_parentHeights.toJson();
        submit(change, tr("Parent heights"));
        return;
    }
    m_api->put(path, body, m_parentHeightsEtag, this, [this](const DossierReply &r) {
        if (r.ok())
            return takeParentHeights(r);
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

void DossierModel::takeParentHeights(const DossierReply &r)
{
    m_parentHeights = ParentHeights::fromJson(r.body);
    m_parentHeightsEtag = r.etag;
    emit parentHeightsSaved();
    emit parentHeightsLoaded();
}

void DossierModel::takeBridgingHelp(const DossierReply &r, bool on)
{
    if (r.body.contains(QLatin1String("id")))
        m_pupil = Pupil::fromJson(r.body);
    else
        m_pupil.bridgingHelp = r.body.value(QLatin1String("bridgingHelp")).toBool(on);
    m_pupilEtag = r.etag;
    emit bridgingHelpSaved(m_pupil.bridgingHelp);
    reloadJournal(); // the server notes the change in the journal
}

void DossierModel::acceptServerParentHeights(const ParentHeights &theirs)
{
    if (Outbox *outbox = m_api->outbox(); outbox && !m_heightsConflict.isEmpty())
        outbox->discard(std::exchange(m_heightsConflict, {}));
    m_parentHeights = theirs;
    emit parentHeightsLoaded();
}

bool DossierModel::cancelChange(const QByteArray &changeId)
{
    Outbox *outbox = m_api->outbox();
    return outbox && outbox->cancel(changeId);
}

QByteArray DossierModel::saveBridgingHelp(bool on, int holdMs)
{
    const QJsonObject body{{QStringLiteral("bridgingHelp"), on}};
    if (m_api->outbox()) {
        PendingChange change =
            PendingChange::make(QStringLiteral("bridging-help"), "PUT",
                                DossierApi::pupilPath(m_pupilId, QStringLiteral("attributes")), body);
        change.ifMatch = m_pupilEtag;
        change.readPath = DossierApi::pupilPath(m_pupilId);
        change.readField = QStringLiteral("attributes");
        change.base = PupilAttributes{m_pupil.bridgingHelp}.toJson();
        if (holdMs > 0)
            change.notBefore = change.createdAt.addMSecs(holdMs);
        submit(change, on ? tr("Bridging help on") : tr("Bridging help off"));
        return change.id;
    }
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
                   takeBridgingHelp(r, on);
               });
    return {};
}

QString DossierModel::advicePath(qint64 measurementId) const
{
    return DossierApi::pupilPath(m_pupilId, QStringLiteral("measurements/%1/advice").arg(measurementId));
}

const Measurement *DossierModel::measurement(qint64 measurementId) const
{
    for (const Measurement &m : m_measurements)
        if (m.id == measurementId)
            return &m;
    return nullptr;
}

void DossierModel::saveAdvice(qint64 measurementId, const QString &text, qint64 baseVersion)
{
    const Measurement *consult = measurement(measurementId);
    if (!consult)
        return;
    const QJsonObject body{{QStringLiteral("text"), text}};
    const QByteArray etag = m_adviceEtags.value(measurementId, '"' + QByteArray::number(baseVersion) + '"');
    if (Outbox *outbox = m_api->outbox()) {
        const PendingChange *conflict = outbox->find(m_adviceConflicts.take(measurementId));
        if (conflict && conflict->state == PendingChange::State::Conflict) {
            // The user saw the server's advice and keeps their own: the same change, based on that one.
            outbox->keepMine(conflict->id, body);
            return;
        }
        PendingChange change =
            PendingChange::make(QStringLiteral("advice"), "PUT", advicePath(measurementId), body);
        change.ifMatch = etag;
        change.base = consult->advice.toJson();
        submit(change, tr("Advice %1 %2").arg(consult->contact, consult->date.toString(Qt::ISODate)));
        return;
    }
    m_api->put(advicePath(measurementId), body, etag, this, [this, measurementId](const DossierReply &r) {
        if (r.ok())
            return takeAdvice(measurementId, r);
        if (!r.isConflict())
            return emit adviceSaveFailed(measurementId, r);
        m_api->get(advicePath(measurementId), {}, this, [this, measurementId](const DossierReply &current) {
            if (!current.ok())
                return emit adviceSaveFailed(measurementId, current);
            m_adviceEtags.insert(measurementId, current.etag);
            emit adviceConflict(measurementId, ConsultAdvice::fromJson(current.body));
        });
    });
}

std::optional<QString> DossierModel::waitingAdvice(qint64 measurementId) const
{
    const Outbox *outbox = m_api->outbox();
    if (!outbox)
        return std::nullopt;
    const QString path = advicePath(measurementId);
    std::optional<QString> text;
    for (const PendingChange &c : outbox->changes())
        if (c.kind == QLatin1String("advice") && c.path == path && c.state == PendingChange::State::Waiting)
            text = c.body.value(QLatin1String("text")).toString();
    return text;
}

void DossierModel::adviceNeedsUser(const PendingChange &change)
{
    const qint64 measurementId = change.path.section(u'/', -2, -2).toLongLong();
    if (change.state != PendingChange::State::Conflict) {
        DossierReply r;
        r.httpStatus = change.status;
        r.problemTitle = change.lastError;
        return emit adviceSaveFailed(measurementId, r);
    }
    m_adviceConflicts.insert(measurementId, change.id);
    m_adviceEtags.insert(measurementId, change.theirsTag);
    emit adviceConflict(measurementId, ConsultAdvice::fromJson(change.theirs));
}

void DossierModel::takeAdvice(qint64 measurementId, const DossierReply &r)
{
    m_adviceEtags.remove(measurementId);
    for (Measurement &m : m_measurements)
        if (m.id == measurementId)
            m.advice = ConsultAdvice::fromJson(r.body);
    emit adviceSaved(measurementId);
}

void DossierModel::acceptServerAdvice(qint64 measurementId, const ConsultAdvice &theirs)
{
    if (Outbox *outbox = m_api->outbox(); outbox && m_adviceConflicts.contains(measurementId))
        outbox->discard(m_adviceConflicts.take(measurementId));
    m_adviceEtags.remove(measurementId);
    for (Measurement &m : m_measurements)
        if (m.id == measurementId)
            m.advice = theirs;
    emit adviceSaved(measurementId);
}

void DossierModel::createActivity(const Activity &activity, const QByteArray &idempotencyKey)
{
    QJsonObject body = activity.toJson();
    // What the server decides (who, when, which version) is not part of the request.
    for (const char *derived : {"id", "staff", "createdAt", "version", "withdrawn", "changedAt", "reason"})
        body.remove(QLatin1String(derived));
    PendingChange change =
        PendingChange::make(QStringLiteral("activity"), "POST",
                            DossierApi::pupilPath(m_pupilId, QStringLiteral("activities")), body);
    change.id = idempotencyKey;
    if (submit(change, tr("Activity “%1”").arg(activity.subject)))
        return;
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

void DossierModel::correctActivity(const Activity &current, const ActivityCorrection &wanted,
                                   const QByteArray &changeId)
{
    const QString path = DossierApi::pupilPath(m_pupilId, QStringLiteral("activities/%1").arg(current.id));
    PendingChange change =
        PendingChange::make(QStringLiteral("activity-correction"), "PUT", path, wanted.toJson());
    change.id = changeId;
    change.ifMatch = '"' + QByteArray::number(current.version) + '"';
    change.base = ActivityCorrection{current, current.withdrawn, current.changeReason}.toJson();
    if (submit(change, wanted.withdrawn ? tr("Withdrawal of activity “%1”").arg(current.subject)
                                        : tr("Correction of activity “%1”").arg(current.subject)))
        return;
    m_api->put(path, change.body, change.ifMatch, this, [this](const DossierReply &r) {
        if (!r.ok())
            return emit activityCorrectFailed(r);
        emit activityCorrected(Activity::fromJson(r.body));
        reloadJournal();
        reloadCreon();
    });
}

void DossierModel::createReferral(const Referral &referral, const QByteArray &idempotencyKey)
{
    create(QStringLiteral("referral"), QStringLiteral("referrals"), referral.createBody(), idempotencyKey,
           tr("Referral to %1").arg(referral.recipient.name));
}

void DossierModel::createAttest(const Attest &attest, const QByteArray &idempotencyKey)
{
    create(QStringLiteral("attest"), QStringLiteral("attests"), attest.createBody(), idempotencyKey,
           tr("Attest"));
}

void DossierModel::create(const QString &kind, const QString &collection, const QJsonObject &body,
                          const QByteArray &idempotencyKey, const QString &summary)
{
    const QString path = DossierApi::pupilPath(m_pupilId, collection);
    PendingChange change = PendingChange::make(kind, "POST", path, body);
    change.id = idempotencyKey;
    if (submit(change, summary))
        return;
    m_api->post(path, body, idempotencyKey, this, [this, kind, idempotencyKey](const DossierReply &r) {
        if (r.ok())
            return created(kind, idempotencyKey, r);
        if (kind == QLatin1String("referral"))
            emit referralCreateFailed(idempotencyKey, r);
        else
            emit attestCreateFailed(idempotencyKey, r);
    });
}

void DossierModel::created(const QString &kind, const QByteArray &idempotencyKey, const DossierReply &reply)
{
    if (kind == QLatin1String("referral")) {
        const Referral referral = Referral::fromJson(reply.body);
        m_referrals.prepend(referral);
        emit referralsLoaded();
        return emit referralCreated(idempotencyKey, referral);
    }
    const Attest attest = Attest::fromJson(reply.body);
    m_attests.prepend(attest);
    emit attestsLoaded();
    emit attestCreated(idempotencyKey, attest);
}

} // namespace lars::models
