#pragma once
// Every change goes through this one queue: kept first (storage() writes it, sealed, to the user's data
// folder), then sent in order, one at a time, again with a growing pause (backoff) after a failure, until
// the server answers. What the server refuses comes back to the user and stays until they decide:
// a 412 becomes a conflict (the server's current value is fetched to compare), a 403/404/422 a refusal.
// A 412 whose current value already is this change (a PUT that was applied, but whose answer was lost)
// counts as accepted. A 401 pauses the queue until the session has a token again. A change may be held
// for a few seconds (PendingChange::notBefore: an undo window); until it is sent it can be cancelled, and
// later changes of the same value wait behind it.
#include "models/api/DossierApi.h"
#include "models/api/PendingChange.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

namespace lars::models {

class ApiClient;

class Outbox final : public QObject
{
    Q_OBJECT
public:
    // Writes a change (kept) or removes it (gone) where it survives a crash; written runs once it is there.
    struct Storage
    {
        std::function<void(const PendingChange &, std::function<void()> written)> keep;
        std::function<void(const QByteArray &id)> forget;
    };

    explicit Outbox(ApiClient *api, QObject *parent = nullptr);

    void setStorage(Storage storage) { m_storage = std::move(storage); }
    // The changes an earlier run left (in their order), put before any new one.
    void restore(const QList<PendingChange> &changes);
    // Logged out: forgets the changes in memory (they stay in storage for the next login of this person).
    void unload();
    // Sending is allowed only while the session has a token, and only for its CLB.
    void setSending(bool allowed, qint64 clbId);
    // Backoff: first pause, doubled after every failure up to the maximum.
    void setBackoff(int firstMs, int maxMs);

    // Keeps the change and sends it when its turn comes. stored(id) once kept.
    void submit(PendingChange change);
    // The server is reachable again (or the user asked): a waiting change is sent now.
    void retryNow();
    // After a conflict: send mine again, based on the server's current version.
    void keepMine(const QByteArray &id, const QJsonObject &body);
    // After a conflict or refusal: the user has seen it and drops the change.
    void discard(const QByteArray &id);
    // Undo: drops a change that has not been sent yet (waiting or held, not on its way); false when it was
    // sent already (then only a change that reverses it can undo it).
    bool cancel(const QByteArray &id);

    const QList<PendingChange> &changes() const { return m_changes; }
    const PendingChange *find(const QByteArray &id) const;
    int waitingCount() const;
    int needsUserCount() const;
    bool isSending() const { return m_inFlight; }

signals:
    void changesChanged();
    void stored(const QByteArray &id);
    // The first attempt failed for want of the server: the change waits (the editor may close).
    void delayed(const QByteArray &id);
    void accepted(const lars::models::PendingChange &change, const lars::models::DossierReply &reply);
    // A conflict or refusal the user must see (state() says which).
    void needsUser(const lars::models::PendingChange &change);

private:
    void pump();
    void send(PendingChange &change);
    void onReply(const QByteArray &id, const DossierReply &reply);
    void onConflict(const QByteArray &id);
    void acceptDone(const QByteArray &id, const DossierReply &reply);
    void emitNeedsUser(const PendingChange &change);
    void keep(const PendingChange &change, std::function<void()> written = {});
    void remove(const QByteArray &id);
    void scheduleRetry();
    PendingChange *findMutable(const QByteArray &id);

    ApiClient *m_api;
    Storage m_storage;
    QList<PendingChange> m_changes;
    QList<QByteArray> m_unstored; // submitted, not yet kept: not sent before it is
    bool m_allowed = false;
    qint64 m_clbId = 0;
    bool m_inFlight = false;
    QByteArray m_inFlightId;
    int m_failures = 0;
    int m_firstMs = 1000;
    int m_maxMs = 30000;
    QTimer m_retry;
    QTimer m_hold; // wakes the queue when the first held change may go
};

} // namespace lars::models
