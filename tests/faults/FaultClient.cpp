// lars-fault-client: one staff member's client without widgets, for tst_faults. It makes its share of the
// edits through the real outbox (models::Outbox: sealed in a SealedStore file, key in the keychain), as
// fast as a busy nurse, while the proxy in front of the server misbehaves, the server is killed and this
// process may be killed too (restarted with --start, it finds its waiting changes in the file). It plays
// the user too: each conflict or refusal "reaches" it (a line on stdout), and it decides by the seed.
// Lines: EDIT n | STORED id kind pupil | ACCEPTED id kind pupil subject-or-body | CONFLICT id | REFUSED id
// status | RESENT id | DROPPED id | KEPT id state (in the file at a start) | DRAINED (all edits made,
// nothing waiting).
#include "local/DataKey.h"
#include "local/SealedStore.h"
#include "models/api/ApiClient.h"
#include "models/api/DossierApi.h"
#include "models/api/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <cmath>
#include <cstdio>

using namespace lars;

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

class FaultClient final : public QObject
{
public:
    FaultClient(const QCommandLineParser &args)
        : m_outbox(&m_api)
        , m_dossiers(&m_api)
        , m_seed(args.value(QStringLiteral("seed")).toULongLong())
        , m_tag(args.value(QStringLiteral("tag")))
        , m_next(args.value(QStringLiteral("start")).toInt())
        , m_edits(args.value(QStringLiteral("edits")).toInt())
        , m_base(args.value(QStringLiteral("base")).toDouble())
        , m_function(args.value(QStringLiteral("function")))
    {
        m_api.setBaseUrl(QUrl(args.value(QStringLiteral("server"))));
        m_api.setBearerToken(args.value(QStringLiteral("token")).toLatin1());
        m_api.setTransferTimeout(3000); // a black-holed connection fails after 3 s, not 30
        m_dossiers.setRetryPolicy(3, 100);
        for (const QString &p : args.value(QStringLiteral("pupils")).split(u','))
            m_pupils.append(p.toLongLong());
        m_staffId = args.value(QStringLiteral("staff")).toLongLong();
        m_clbId = args.value(QStringLiteral("clb")).toLongLong();
        m_interval.setInterval(args.value(QStringLiteral("interval-ms")).toInt());
        m_outbox.setBackoff(150, 1500);
        connect(&m_interval, &QTimer::timeout, this, &FaultClient::editOne);
        connect(&m_outbox, &models::Outbox::stored, this, [this](const QByteArray &id) {
            const models::PendingChange *c = m_outbox.find(id);
            say(QStringLiteral("STORED %1 %2 %3").arg(QString::fromLatin1(id), c->kind).arg(c->pupilId));
        });
        connect(
            &m_outbox, &models::Outbox::accepted, this,
            [this](const models::PendingChange &c, const models::DossierReply &r) {
                // Later edits are based on what the server holds now, as a dossier on screen would be.
                if (!r.etag.isEmpty())
                    m_etags[c.path] = r.etag;
                say(QStringLiteral("ACCEPTED %1 %2 %3 %4")
                        .arg(QString::fromLatin1(c.id), c.kind)
                        .arg(c.pupilId)
                        .arg(c.kind == QLatin1String("activity")
                                 ? c.body.value(QLatin1String("subject")).toString()
                                 : QString::fromUtf8(QJsonDocument(c.body).toJson(QJsonDocument::Compact))));
                checkDrained();
            });
        connect(&m_outbox, &models::Outbox::needsUser, this, &FaultClient::decide);
        connect(&m_key, &local::DataKey::ready, this, &FaultClient::open);
        // Each client its own key: two processes making the first key at once would overwrite each other.
        m_key.setService(QStringLiteral("be.clb.lars-fault-client-") + m_tag);
        m_key.load();
    }

private:
    void open()
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        m_store.open(local::SealedStore::fileFor(dir, m_api.baseUrl().toString(), m_staffId), m_key.key());
        m_outbox.setStorage({[this](const models::PendingChange &c, std::function<void()> written) {
                                 m_store.put(QStringLiteral("outbox"), QString::fromLatin1(c.id),
                                             QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact),
                                             std::move(written));
                             },
                             [this](const QByteArray &id) {
                                 m_store.remove(QStringLiteral("outbox"), QString::fromLatin1(id));
                             }});
        m_store.load(QStringLiteral("outbox"), this, [this](const local::SealedStore::Rows &rows) {
            QList<models::PendingChange> changes;
            for (const auto &row : rows) {
                changes.append(models::PendingChange::fromJson(QJsonDocument::fromJson(row.second).object()));
                say(QStringLiteral("KEPT %1 %2").arg(row.first).arg(int(changes.last().state)));
            }
            say(QStringLiteral("RESTORED %1").arg(changes.size()));
            m_outbox.setSending(true, m_clbId);
            m_outbox.restore(changes);
            m_interval.start();
            checkDrained();
        });
    }

    // The n-th edit is the same in every run of the seed: kind, pupil and value.
    void editOne()
    {
        if (m_next >= m_edits) {
            m_interval.stop();
            return checkDrained();
        }
        QRandomGenerator random(quint32(m_seed) ^ quint32(qHash(m_tag)) ^ quint32(m_next * 2654435761u));
        const int n = m_next++;
        say(QStringLiteral("EDIT %1").arg(n));
        const qint64 pupil = m_pupils[int(random.bounded(int(m_pupils.size())))];
        const int roll = int(random.bounded(100));
        if (roll < 50) {
            const QJsonObject body{
                {QStringLiteral("date"), QStringLiteral("2026-11-30")},
                {QStringLiteral("function"), m_function},
                {QStringLiteral("subject"), QStringLiteral("fault %1 %2").arg(m_tag).arg(n)},
                {QStringLiteral("durationMinutes"), 10},
                {QStringLiteral("text"), QStringLiteral("Gesprek %1\nopvolgen").arg(n)}};
            submit(models::PendingChange::make(
                       QStringLiteral("activity"), "POST",
                       models::DossierApi::pupilPath(pupil, QStringLiteral("activities")), body),
                   pupil);
        } else if (roll < 85) {
            // Values no other edit writes (this client's own range, one step per edit).
            const double father = m_base + (n % 450) * 0.1;
            const QJsonObject body{{QStringLiteral("fatherCm"), std::round(father * 10) / 10},
                                   {QStringLiteral("motherCm"), std::round((father + 5) * 10) / 10}};
            withEtag(models::DossierApi::pupilPath(pupil, QStringLiteral("parent-heights")),
                     [=, this](const QByteArray &etag) {
                         auto c = models::PendingChange::make(
                             QStringLiteral("parent-heights"), "PUT",
                             models::DossierApi::pupilPath(pupil, QStringLiteral("parent-heights")), body);
                         c.ifMatch = etag;
                         submit(c, pupil);
                     });
        } else {
            const QJsonObject body{{QStringLiteral("bridgingHelp"), bool(random.bounded(2))}};
            withEtag(models::DossierApi::pupilPath(pupil), [=, this](const QByteArray &etag) {
                auto c = models::PendingChange::make(
                    QStringLiteral("bridging-help"), "PUT",
                    models::DossierApi::pupilPath(pupil, QStringLiteral("attributes")), body);
                c.ifMatch = etag;
                c.readPath = models::DossierApi::pupilPath(pupil);
                c.readField = QStringLiteral("attributes");
                submit(c, pupil);
            });
        }
    }

    // The version the dossier on screen would have: read once, then followed from accepted changes.
    void withEtag(const QString &path, std::function<void(const QByteArray &)> then)
    {
        const QString key =
            path.endsWith(QLatin1String("parent-heights")) ? path : path + QStringLiteral("/attributes");
        if (m_etags.contains(key))
            return then(m_etags.value(key));
        ++m_reading;
        m_dossiers.get(path, {}, this, [this, key, then, path](const models::DossierReply &r) {
            if (!r.ok()) {
                // The server is away: read again shortly (the edit is still being made).
                QTimer::singleShot(300, this, [this, then, path] {
                    --m_reading;
                    withEtag(path, then);
                });
                return;
            }
            --m_reading;
            if (!m_etags.contains(key))
                m_etags[key] = r.etag;
            then(m_etags.value(key));
        });
    }

    void submit(models::PendingChange change, qint64 pupil)
    {
        change.pupilId = pupil;
        change.clbId = m_clbId;
        change.summary = QStringLiteral("%1 %2").arg(change.kind).arg(pupil);
        m_outbox.submit(change);
    }

    void decide(const models::PendingChange &c)
    {
        const bool conflict = c.state == models::PendingChange::State::Conflict;
        say(conflict ? QStringLiteral("CONFLICT %1").arg(QString::fromLatin1(c.id))
                     : QStringLiteral("REFUSED %1 %2").arg(QString::fromLatin1(c.id)).arg(c.status));
        QRandomGenerator random(quint32(m_seed) ^ quint32(qHash(c.id)));
        if (conflict && random.bounded(2) == 0) {
            // Keeps mine, now based on theirs (as "Send my choice" in the conflict dialog).
            say(QStringLiteral("RESENT %1").arg(QString::fromLatin1(c.id)));
            m_outbox.keepMine(c.id, c.body);
        } else {
            say(QStringLiteral("DROPPED %1").arg(QString::fromLatin1(c.id)));
            if (!c.theirsTag.isEmpty())
                m_etags[c.path] = c.theirsTag;
            m_outbox.discard(c.id);
        }
        checkDrained();
    }

    void checkDrained()
    {
        if (m_next >= m_edits && m_reading == 0 && m_outbox.changes().isEmpty() && !m_drained) {
            m_drained = true;
            say(QStringLiteral("DRAINED"));
        }
    }

    models::ApiClient m_api;
    models::Outbox m_outbox;
    models::DossierApi m_dossiers;
    local::DataKey m_key;
    local::SealedStore m_store;
    QTimer m_interval;
    QHash<QString, QByteArray> m_etags; // by the path a change writes
    QList<qint64> m_pupils;
    quint64 m_seed;
    QString m_tag;
    int m_next;
    int m_edits;
    double m_base;
    QString m_function;
    qint64 m_staffId = 0;
    qint64 m_clbId = 0;
    int m_reading = 0;
    bool m_drained = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lars-fault-client"));
    QCommandLineParser parser;
    for (const char *option : {"server", "token", "staff", "clb", "pupils", "seed", "tag", "start", "edits",
                               "base", "function", "interval-ms"})
        parser.addOption({QString::fromLatin1(option), QString::fromLatin1(option), QStringLiteral("value")});
    parser.process(app);
    FaultClient client(parser);
    return app.exec();
}
