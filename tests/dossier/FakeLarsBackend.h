#pragma once
// An in-process stand-in for lars-server's dossier routes, served through a QNetworkAccessManager, for
// the precise tests of paging, retry, offline, conflict and idempotency behaviour (architecture.md allows
// a fake network layer for these). It follows docs/api/openapi.yaml's shapes as the client expects them.
#include "models/Activity.h"
#include "models/Measurement.h"
#include "models/ParentHeights.h"
#include "models/Pupil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QUrlQuery>

namespace lars::tests {

class FakeLarsBackend final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray ifMatch;
        QByteArray idempotencyKey;
    };

    explicit FakeLarsBackend(QObject *parent = nullptr);

    // A new client connection (each client gets its own manager; the data is shared).
    QNetworkAccessManager *createManager(QObject *parent);

    // Demo data: accented names, two schools (one outside the user's teams), measurements, journal.
    void addDemoData();
    qint64 addPupil(const QString &first, const QString &last, const QDate &birth, const QString &sex,
                    bool inMyTeams = true);
    void addActivities(qint64 pupilId, int count);

    bool offline = false;     // every request fails without an HTTP answer
    int failNextRequests = 0; // this many next requests fail without an HTTP answer
    int loseNextReplies = 0;  // the server handles the request but the reply never arrives
    int delayMs = 0;          // answer after this delay
    QList<Request> requests;  // what the clients asked, in order
    QHash<qint64, models::ParentHeights> parentHeights;
    QHash<qint64, QList<models::Activity>> activities;
    QHash<qint64, models::Pupil> pupils;
    QSet<qint64> forbidden;

    qint64 idOf(const QString &lastName) const;
    int count(const QByteArray &method, const QString &pathPart) const;

    struct Answer
    {
        int status = 200;
        QJsonObject body;
        QByteArray etag;
        bool problem = false;
    };
    Answer handle(const QByteArray &method, const QUrl &url, const QByteArray &body,
                  const QByteArray &ifMatch, const QByteArray &idempotencyKey);

private:
    Answer search(const QUrlQuery &query);
    Answer journal(qint64 pupilId, const QUrlQuery &query);
    Answer dossier(const QUrl &url, const QUrlQuery &query);
    static Answer problem(int status, const QString &code, const QString &title,
                          const QJsonArray &errors = {});
    static QByteArray etag(const QString &kind, qint64 id, qint64 version);

    QHash<qint64, QList<models::Measurement>> m_measurements;
    QHash<QByteArray, QJsonObject> m_idempotent;
    qint64 m_nextId = 100;
};

} // namespace lars::tests
