#include "models/api/Outbox.h"

#include "models/Logging.h"
#include "models/api/ApiClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace lars::models {

namespace {
// The server's current value already holds every field this change writes.
bool alreadyThere(const QJsonObject &mine, const QJsonObject &current)
{
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        const QJsonValue theirs = current.value(it.key());
        if (it.value().isDouble() && theirs.isDouble()) {
            if (std::abs(it.value().toDouble() - theirs.toDouble()) > 1e-9)
                return false;
        } else if (it.value() != theirs) {
            return false;
        }
    }
    return true;
}

bool transient(const DossierReply &r)
{
    // No answer, the server busy or restarting, or two writers colliding inside the server: try again. A
    // 409 with another problem type (a withdrawn or derived item) is the server's answer: the user sees it.
    const bool collided =
        r.httpStatus == 409 && (r.problemType.isEmpty() || r.problemCode() == QLatin1String("conflict"));
    return r.isNetworkFailure() || r.httpStatus >= 500 || collided || r.httpStatus == 429 ||
           r.httpStatus == 408;
}
} // namespace

Outbox::Outbox(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Outbox::pump);
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, &Outbox::pump);
}

void Outbox::setBackoff(int firstMs, int maxMs)
{
    m_firstMs = firstMs;
    m_maxMs = maxMs;
}

void Outbox::restore(const QList<PendingChange> &changes)
{
    QList<PendingChange> merged = changes;
    for (const PendingChange &c : std::as_const(m_changes))
        if (!std::any_of(changes.begin(), changes.end(),
                         [&](const PendingChange &o) { return o.id == c.id; }))
            merged.append(c);
    m_changes = merged;
    if (!changes.isEmpty())
        qCInfo(lcApi) << changes.size() << "change(s) kept from an earlier run";
    emit changesChanged();
    // A copy: whoever decides at once (discards) changes the list.
    const QList<PendingChange> restored = m_changes;
    for (const PendingChange &c : restored)
        if (c.state != PendingChange::State::Waiting && find(c.id))
            emit needsUser(c);
    pump();
}

void Outbox::unload()
{
    m_changes.clear();
    m_unstored.clear();
    m_allowed = false;
    m_retry.stop();
    m_hold.stop();
    m_failures = 0;
    emit changesChanged();
}

void Outbox::setSending(bool allowed, qint64 clbId)
{
    m_allowed = allowed;
    m_clbId = clbId;
    if (allowed)
        retryNow();
}

void Outbox::submit(PendingChange change)
{
    if (change.clbId == 0)
        change.clbId = m_clbId;
    m_changes.append(change);
    m_unstored.append(change.id);
    emit changesChanged();
    keep(change, [this, id = change.id] {
        if (m_unstored.removeAll(id) == 0)
            return; // cancelled (or logged out) before it was kept: nothing to send
        emit stored(id);
        // Already waiting for the server (or for a token): this one waits too, and the editor may close.
        if (m_failures > 0 || !m_allowed)
            emit delayed(id);
        pump();
    });
}

void Outbox::retryNow()
{
    m_retry.stop();
    m_failures = 0;
    pump();
}

void Outbox::keepMine(const QByteArray &changeId, const QJsonObject &chosen)
{
    // Copies: the caller may pass the change's own fields (from needsUser()), which this changes.
    const QByteArray id = changeId;
    const QJsonObject body = chosen;
    PendingChange *c = findMutable(id);
    if (!c || c->state != PendingChange::State::Conflict)
        return;
    c->base = c->theirs;
    c->body = body;
    c->ifMatch = c->theirsTag;
    c->theirs = {};
    c->theirsTag.clear();
    c->state = PendingChange::State::Waiting;
    c->lastError.clear();
    // A new request by the user's choice: its first failure for want of the server says that it waits
    // (delayed()), as for a new change, so that the dialog she chose in does not wait for an answer forever.
    c->attempts = 0;
    keep(*c);
    emit changesChanged();
    if (m_failures > 0 || !m_allowed)
        emit delayed(id);
    pump();
}

void Outbox::discard(const QByteArray &changeId)
{
    // A copy: the caller may pass the id of the change itself (from needsUser()), and erasing moves the
    // next change into its place, which would then be erased too.
    const QByteArray id = changeId;
    const PendingChange *c = find(id);
    if (!c || c->state == PendingChange::State::Waiting)
        return; // a waiting change is the user's work: it is only dropped after the server answered
    remove(id);
    emit changesChanged();
}

bool Outbox::cancel(const QByteArray &changeId)
{
    const QByteArray id = changeId; // see discard()
    const PendingChange *c = find(id);
    if (!c || c->state != PendingChange::State::Waiting || (m_inFlight && m_inFlightId == id))
        return false;
    // Still being written: the store forgets it right after writing it (one worker, in order).
    m_unstored.removeAll(id);
    remove(id);
    emit changesChanged();
    pump(); // what waited behind it may go now
    return true;
}

const PendingChange *Outbox::find(const QByteArray &id) const
{
    for (const PendingChange &c : m_changes)
        if (c.id == id)
            return &c;
    return nullptr;
}

PendingChange *Outbox::findMutable(const QByteArray &id)
{
    for (PendingChange &c : m_changes)
        if (c.id == id)
            return &c;
    return nullptr;
}

int Outbox::waitingCount() const
{
    return int(std::count_if(m_changes.begin(), m_changes.end(), [](const PendingChange &c) {
        return c.state == PendingChange::State::Waiting;
    }));
}

int Outbox::needsUserCount() const
{
    return int(m_changes.size()) - waitingCount();
}

void Outbox::keep(const PendingChange &change, std::function<void()> written)
{
    if (m_storage.keep)
        m_storage.keep(change, std::move(written));
    else if (written)
        written();
}

void Outbox::remove(const QByteArray &changeId)
{
    const QByteArray id = changeId; // see discard()
    m_changes.erase(std::remove_if(m_changes.begin(), m_changes.end(),
                                   [&](const PendingChange &c) { return c.id == id; }),
                    m_changes.end());
    if (m_storage.forget)
        m_storage.forget(id);
}

void Outbox::pump()
{
    if (m_inFlight || !m_allowed || m_retry.isActive())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime firstRelease;
    QStringList heldPaths; // a later change of a held value must not overtake it
    for (PendingChange &c : m_changes) {
        if (c.state != PendingChange::State::Waiting || m_unstored.contains(c.id) || c.clbId != m_clbId)
            continue;
        if (c.notBefore.isValid() && c.notBefore > now) {
            heldPaths.append(c.path);
            if (!firstRelease.isValid() || c.notBefore < firstRelease)
                firstRelease = c.notBefore;
            continue;
        }
        if (heldPaths.contains(c.path))
            continue;
        send(c);
        return;
    }
    if (firstRelease.isValid())
        m_hold.start(int(std::clamp<qint64>(now.msecsTo(firstRelease) + 1, 1, 60000)));
}

void Outbox::send(PendingChange &change)
{
    m_inFlight = true;
    m_inFlightId = change.id;
    ++change.attempts;
    const QByteArray id = change.id;
    const auto done = [this, id](const DossierReply &r) { onReply(id, r); };
    QNetworkReply *reply =
        change.method == "POST"
            ? m_api->post(change.path, QJsonDocument(change.body).toJson(QJsonDocument::Compact), change.id)
            : m_api->put(change.path, QJsonDocument(change.body).toJson(QJsonDocument::Compact),
                         change.ifMatch, change.id);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        done(DossierReply::fromNetworkReply(reply));
    });
}

void Outbox::onReply(const QByteArray &id, const DossierReply &r)
{
    m_inFlight = false;
    PendingChange *c = findMutable(id);
    if (!c)
        return pump();
    c->status = r.httpStatus;
    if (r.ok())
        return acceptDone(id, r);
    if (r.httpStatus == 401) {
        // The token is gone (locked, expired): wait for the session to give a new one.
        c->lastError = r.problemTitle;
        m_allowed = false;
        emit changesChanged();
        return;
    }
    if (transient(r)) {
        c->lastError = r.isNetworkFailure() ? r.networkErrorText : r.problemTitle;
        keep(*c);
        emit changesChanged();
        if (c->attempts == 1)
            emit delayed(id);
        return scheduleRetry();
    }
    if (r.isConflict())
        return onConflict(id);
    c->state = PendingChange::State::Refused;
    c->lastError = r.problemDetail.isEmpty() ? r.problemTitle : r.problemTitle + u' ' + r.problemDetail;
    if (c->lastError.trimmed().isEmpty())
        c->lastError = QStringLiteral("HTTP %1").arg(r.httpStatus);
    c->theirs = r.body;
    keep(*c);
    emit changesChanged();
    emitNeedsUser(*c);
    pump();
}

void Outbox::onConflict(const QByteArray &id)
{
    // Read what the server holds now: the user compares it with theirs and their own change.
    m_inFlight = true;
    const PendingChange *change = find(id);
    QNetworkReply *reply = m_api->get(change->readPath.isEmpty() ? change->path : change->readPath);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        m_inFlight = false;
        const DossierReply current = DossierReply::fromNetworkReply(reply);
        PendingChange *c = findMutable(id);
        if (!c)
            return pump();
        if (current.httpStatus == 401) {
            m_allowed = false;
            return;
        }
        if (!current.ok())
            return scheduleRetry();
        const QJsonObject part =
            c->readField.isEmpty() ? current.body : current.body.value(c->readField).toObject();
        if (alreadyThere(c->body, part))
            return acceptDone(id, current); // an earlier attempt was applied; only its answer was lost
        c->state = PendingChange::State::Conflict;
        c->theirs = current.body;
        c->theirsTag = current.etag;
        keep(*c);
        emit changesChanged();
        emitNeedsUser(*c);
        pump();
    });
}

void Outbox::emitNeedsUser(const PendingChange &change)
{
    // A copy: a receiver that drops the change (a dialog that shows the refusal itself) erases it from the
    // list, and the next receivers, or the rest of its own slot, would read another change or freed memory.
    const PendingChange copy = change;
    emit needsUser(copy);
}

void Outbox::acceptDone(const QByteArray &id, const DossierReply &r)
{
    m_failures = 0;
    const PendingChange done = *find(id);
    m_changes.erase(std::remove_if(m_changes.begin(), m_changes.end(),
                                   [&](const PendingChange &c) { return c.id == done.id; }),
                    m_changes.end());
    // Later changes of the same value were based on the version this one replaced: they follow it now,
    // instead of each colliding with the user's own earlier change.
    if (!r.etag.isEmpty() && !done.ifMatch.isEmpty())
        for (PendingChange &later : m_changes)
            if (later.path == done.path && later.ifMatch == done.ifMatch &&
                later.state == PendingChange::State::Waiting) {
                later.ifMatch = r.etag;
                keep(later);
            }
    emit changesChanged();
    emit accepted(done, r);
    // Forgotten on disk only after the user was told: a crash in between sends it once more, and the
    // server answers from its idempotency record (POST) or shows it already holds the value (PUT).
    if (m_storage.forget)
        m_storage.forget(done.id);
    pump();
}

void Outbox::scheduleRetry()
{
    ++m_failures;
    const int exponent = std::min(m_failures - 1, 16);
    const qint64 pause = std::min<qint64>(m_maxMs, qint64(m_firstMs) << exponent);
    // ±20 %: two clients that lost the server together do not come back in lockstep.
    const int jitter = int(QRandomGenerator::global()->bounded(int(pause / 5) + 1));
    m_retry.start(int(pause * 9 / 10) + jitter);
}

} // namespace lars::models
