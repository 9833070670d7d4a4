#pragma once
// One open pupil dossier on the client: loads its parts in parallel (identity, measurements, parent
// heights, journal, attests, CREON registrations) and saves changes with If-Match (a 412 is reported as a
// conflict with the server's current value, never overwritten) and idempotency keys on creates. With an
// outbox (DossierApi::outbox()) activities, parent heights, the advice per consult, bridging help and CREON
// corrections go through it: kept on this computer first, sent when the server can be reached; "…Waiting"
// says a change waits for the server.
#include "models/Activity.h"
#include "models/ActivityCorrection.h"
#include "models/Attest.h"
#include "models/Measurement.h"
#include "models/ParentHeights.h"
#include "models/Pupil.h"
#include "models/Referral.h"
#include "models/api/DossierApi.h"
#include "models/api/PendingChange.h"

#include <QElapsedTimer>
#include <QObject>

namespace lars::models {

class DossierModel final : public QObject
{
    Q_OBJECT
public:
    DossierModel(DossierApi *api, qint64 pupilId, QObject *parent = nullptr);

    void load();
    void reloadJournal();

    DossierApi *api() const { return m_api; }
    qint64 pupilId() const { return m_pupilId; }
    bool isPupilLoaded() const { return m_pupilLoaded; }
    const Pupil &pupil() const { return m_pupil; }
    const QList<Measurement> &measurements() const { return m_measurements; }
    const ParentHeights &parentHeights() const { return m_parentHeights; }
    const QList<Activity> &journal() const { return m_journal; } // newest first
    const QList<Attest> &attests() const { return m_attests; }
    const QList<Referral> &referrals() const { return m_referrals; } // newest first
    const QList<QJsonObject> &creonRegistrations() const { return m_creon; }
    // Milliseconds from load() until every part had answered.
    qint64 loadMs() const { return m_loadMs; }
    // Valid while what is shown is (partly) the copy read earlier in this session because the server could
    // not be reached: the time of the data, for "offline — data of 10:42". The next load() clears it.
    QDateTime offlineDataTime() const { return m_readAt; }
    bool isOffline() const { return m_readAt.isValid(); }

    // Saves with the ETag of the value last read; after a conflict, with the ETag of the server's value
    // (the user has seen it and chose to keep their own).
    void saveParentHeights(std::optional<double> fatherCm, std::optional<double> motherCm);
    // The user chose the server's value after a conflict.
    void acceptServerParentHeights(const ParentHeights &theirs);
    // holdMs: the change waits that long in the outbox, so that cancelChange() can still take it back
    // before the server (and its journal) ever sees it. The id of the change (empty without an outbox).
    QByteArray saveBridgingHelp(bool on, int holdMs = 0);
    // Takes back a change that has not been sent yet; false when it has (or there is no outbox).
    bool cancelChange(const QByteArray &changeId);
    // The advice for the parents of one consult, exactly as typed, over the version baseVersion the text
    // started from (after a conflict: over the version the user has seen); through the outbox like the
    // parent heights.
    void saveAdvice(qint64 measurementId, const QString &text, qint64 baseVersion);
    void acceptServerAdvice(qint64 measurementId, const ConsultAdvice &theirs);
    // The text of the newest change to this consult's advice still waiting in the outbox, if any.
    std::optional<QString> waitingAdvice(qint64 measurementId) const;
    // The consult with this id, null when the dossier has none (any more).
    const Measurement *measurement(qint64 measurementId) const;
    // Use the same key when retrying the same activity.
    void createActivity(const Activity &activity, const QByteArray &idempotencyKey);
    // The author corrects or withdraws current (a journal entry): a new version based on current.version.
    // changeId names the change in the outbox (the dialog follows it there).
    void correctActivity(const Activity &current, const ActivityCorrection &wanted,
                         const QByteArray &changeId);
    // A referral or an attest, through the outbox like the other changes (same key when retrying); the
    // letter is made from what the server stored (referralCreated, attestCreated).
    void createReferral(const Referral &referral, const QByteArray &idempotencyKey);
    void createAttest(const Attest &attest, const QByteArray &idempotencyKey);

    // CREON (docs/creon.md): registrations follow their source, so a correction goes to the source where
    // there is one; every change reloads the registrations and says creonChanged or creonChangeFailed.
    void reloadCreon();
    // A correction goes through the outbox as a PUT over the version it started from (changeId names the
    // change; the dialog follows it there; itemName for the list of changes).
    void correctCreonRegistration(const QJsonObject &registration, const QDate &date, const QJsonValue &value,
                                  const QByteArray &changeId, const QString &itemName);
    void resubmitCreonRegistration(qint64 id, const QByteArray &idempotencyKey);
    void correctMeasurement(const Measurement &current, const Measurement &corrected,
                            const QByteArray &changeId, const QString &itemName);

signals:
    void pupilLoaded();
    void measurementsLoaded();
    void parentHeightsLoaded();
    void journalLoaded();
    void attestsLoaded();
    void referralsLoaded();
    void creonLoaded();
    void fullyLoaded();
    // The dossier (or one part of it) could not be read; 403 problem types say why.
    void loadFailed(const lars::models::DossierReply &reply);

    void parentHeightsSaved();
    void parentHeightsConflict(const lars::models::ParentHeights &theirs);
    void parentHeightsSaveFailed(const lars::models::DossierReply &reply);
    void parentHeightsWaiting();

    void adviceSaved(qint64 measurementId);
    void adviceConflict(qint64 measurementId, const lars::models::ConsultAdvice &theirs);
    void adviceSaveFailed(qint64 measurementId, const lars::models::DossierReply &reply);
    void adviceWaiting(qint64 measurementId);

    void bridgingHelpSaved(bool on);
    void bridgingHelpSaveFailed(const lars::models::DossierReply &reply, bool wanted);
    void bridgingHelpWaiting(bool wanted);

    void activityCreated(const lars::models::Activity &activity);
    void activityCreateFailed(const lars::models::DossierReply &reply);
    void activityWaiting();
    // Without an outbox only (with one, the outbox's signals say what became of the change).
    void activityCorrected(const lars::models::Activity &activity);
    void activityCorrectFailed(const lars::models::DossierReply &reply);

    // idempotencyKey: the key createReferral()/createAttest() was given (which dialog's change it was).
    void referralCreated(const QByteArray &idempotencyKey, const lars::models::Referral &referral);
    void referralCreateFailed(const QByteArray &idempotencyKey, const lars::models::DossierReply &reply);
    void attestCreated(const QByteArray &idempotencyKey, const lars::models::Attest &attest);
    void attestCreateFailed(const QByteArray &idempotencyKey, const lars::models::DossierReply &reply);

    void creonChanged();
    void creonChangeFailed(const lars::models::DossierReply &reply);

private:
    void partDone(const DossierReply &r);
    void noteCopy(const DossierReply &r);
    bool submit(PendingChange change, const QString &summary);
    // POST of a new item: through the outbox when there is one, else straight (answer to done()).
    void create(const QString &kind, const QString &collection, const QJsonObject &body,
                const QByteArray &idempotencyKey, const QString &summary);
    void created(const QString &kind, const QByteArray &idempotencyKey, const DossierReply &reply);
    void onAccepted(const PendingChange &change, const DossierReply &reply);
    void onNeedsUser(const PendingChange &change);
    void onDelayed(const QByteArray &id);
    void takeParentHeights(const DossierReply &r);
    void takeBridgingHelp(const DossierReply &r, bool on);
    void takeAdvice(qint64 measurementId, const DossierReply &r);
    void adviceNeedsUser(const PendingChange &change);
    QString advicePath(qint64 measurementId) const;
    void takeCreon(const DossierReply &r);
    void creonWriteDone(const DossierReply &r);
    // partOfLoad: one of load()'s parts (counts towards fullyLoaded()), not a later refresh.
    void loadJournalPage(const QString &cursor, QList<Activity> collected, bool partOfLoad);
    // One page of the journal in r: collected so far plus r's items; the next page, or the whole journal.
    void takeJournalPage(const DossierReply &r, QList<Activity> collected, bool partOfLoad);
    void loadFailedOnce(const DossierReply &r);

    DossierApi *m_api;
    qint64 m_pupilId;
    Pupil m_pupil;
    bool m_pupilLoaded = false;
    QByteArray m_pupilEtag;
    QList<Measurement> m_measurements;
    ParentHeights m_parentHeights;
    QByteArray m_parentHeightsEtag;
    QList<Activity> m_journal;
    QList<Attest> m_attests;
    QList<Referral> m_referrals;
    QList<QJsonObject> m_creon;
    QByteArray m_heightsConflict; // the outbox's conflicting parent-heights change, while the user decides
    QHash<qint64, QByteArray> m_adviceConflicts; // by measurement id, likewise
    QHash<qint64, QByteArray> m_adviceEtags;     // after a conflict: the version the user has seen
    int m_pending = 0;
    bool m_failed = false;
    QElapsedTimer m_clock;
    qint64 m_loadMs = -1;
    QDateTime m_readAt; // see offlineDataTime()
};

} // namespace lars::models
