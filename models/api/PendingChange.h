#pragma once
// One change on its way to the server, as the outbox keeps it: the request (method, path, body), its
// idempotency key (a POST sent twice is stored once) and the version it was based on (If-Match: a PUT
// over someone else's newer change answers 412, never overwrites), what the user sees of it, and its state.
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace lars::models {

struct PendingChange
{
    enum class State
    {
        Waiting,  // not yet accepted by the server; sent in order, again after a failure
        Conflict, // someone else changed it first: the user chooses (theirs is filled in)
        Refused   // the server refused it (no longer in the team, invalid): the user must see why
    };

    QByteArray id; // also the Idempotency-Key of a POST
    QString kind;  // "activity", "parent-heights", "bridging-help", "contact"
    QByteArray method;
    QString path;
    QString readPath;  // where the current value is read after a 412 (empty: path)
    QString readField; // the part of that value the body writes (empty: all of it)
    QJsonObject body;
    QByteArray ifMatch;
    QJsonObject base; // the value the change was based on, for the conflict view
    qint64 pupilId = 0;
    qint64 clbId = 0; // a token acts for one CLB: sent only while the session acts for this one
    QString summary;  // what the list shows, e.g. "Activity “Gesprek” — Emma Peeters"
    QDateTime createdAt;
    QDateTime notBefore; // held until then (an undo window): not sent earlier, and may still be cancelled
    State state = State::Waiting;
    int attempts = 0;
    int status = 0;       // the server's last HTTP status (0: no answer yet)
    QString lastError;    // the last network failure or the server's reason, for the list
    QJsonObject theirs;   // after a 412: the server's current value
    QByteArray theirsTag; // and its ETag

    QJsonObject toJson() const;
    static PendingChange fromJson(const QJsonObject &o);
    // A change of the given kind with a fresh id, created now.
    static PendingChange make(const QString &kind, const QByteArray &method, const QString &path,
                              const QJsonObject &body);
};

} // namespace lars::models
