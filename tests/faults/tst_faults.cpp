// 1,000 edits of mixed kinds (activities, parent heights, bridging help) by two clients (two
// lars-fault-client processes: An Peeters and Jan Claes, the same team and pupils, each with its own
// sealed outbox file and the keychain) through FaultProxy against the real lars-server on SQLite, while
// the proxy delays, resets, drops and black-holes connections, the server is killed with SIGKILL and
// restarted on the same database, and the clients are killed with SIGKILL and restarted. The plan of
// faults comes from one seed (LARS_FAULT_SEED, printed): a failure can be replayed. Afterwards: every
// change a client saw accepted is on the server exactly once, every stored change was accepted or
// decided by its user, every conflict reached its user.
#include "tests/faults/FaultProxy.h"
#include "tests/support/ServerProcess.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <array>

using lars::test::FaultProxy;
using lars::test::ServerProcess;

namespace {
constexpr int kEditsPerClient = 500;
constexpr quint64 kDefaultSeed = 20261201;

struct Accepted
{
    QString kind;
    qint64 pupil = 0;
    QString what; // activity subject or the PUT body
};

// One client: its process (restarted after a kill) and everything it said.
struct Client
{
    QString tag;
    QString nationalNumber;
    double base = 0; // its own range of parent heights
    QString dataDir;
    std::unique_ptr<QProcess> process;
    QByteArray pending;
    int lastEdit = -1;
    bool drained = false;
    int kills = 0;
};
} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

    quint64 m_seed = kDefaultSeed;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_first; // owns the SQLite file; later servers share it
    std::unique_ptr<ServerProcess> m_current;
    std::unique_ptr<FaultProxy> m_proxy;
    std::array<Client, 2> m_clients;
    QString m_function;
    QHash<QString, qint64> m_staffIds;
    QString m_pupils = QStringLiteral("1,2,3,4,5,6");
    int m_serverKills = 0;

    QSet<QString> m_stored, m_dropped, m_conflicts, m_refused, m_resent;
    QHash<QString, Accepted> m_accepted;
    QStringList m_oddities;
    QMap<int, int> m_refusedBy; // HTTP status → refusals
    int m_reacknowledged = 0;
    QHash<QString, QStringList> m_history; // what the clients said about each change, to explain a failure

    ServerProcess &server() { return m_current ? *m_current : *m_first; }

    void startClient(Client &c)
    {
        c.process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), c.dataDir);
        c.process->setProcessEnvironment(env);
        c.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcess *p = c.process.get();
        connect(p, &QProcess::readyReadStandardOutput, this, [this, &c, p] {
            if (c.process.get() != p)
                return;
            consume(c);
        });
        c.drained = false;
        c.pending.clear();
        const QString token = server().token(c.nationalNumber, 1); // the first server may be dead
        p->start(QString::fromLocal8Bit(qgetenv("LARS_BINARY_DIR")) +
                     QStringLiteral("/tests/faults/lars-fault-client"),
                 {QStringLiteral("--server"),      QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()),
                  QStringLiteral("--token"),       token,
                  QStringLiteral("--staff"),       QString::number(m_staffIds.value(c.nationalNumber)),
                  QStringLiteral("--clb"),         QStringLiteral("1"),
                  QStringLiteral("--pupils"),      m_pupils,
                  QStringLiteral("--seed"),        QString::number(m_seed),
                  QStringLiteral("--tag"),         c.tag,
                  QStringLiteral("--start"),       QString::number(c.lastEdit + 1),
                  QStringLiteral("--edits"),       QString::number(kEditsPerClient),
                  QStringLiteral("--base"),        QString::number(c.base),
                  QStringLiteral("--function"),    m_function,
                  QStringLiteral("--interval-ms"), QStringLiteral("35")});
    }

    void consume(Client &c)
    {
        c.pending += c.process->readAllStandardOutput();
        int nl;
        while ((nl = c.pending.indexOf('\n')) >= 0) {
            take(c, QString::fromUtf8(c.pending.left(nl)));
            c.pending.remove(0, nl + 1);
        }
    }

    void take(Client &c, const QString &line)
    {
        const QStringList w = line.split(u' ');
        const QString id = w.value(1);
        if (w[0] != QLatin1String("EDIT"))
            m_history[id] << c.tag + u' ' + line;
        if (qEnvironmentVariableIsSet("LARS_FAULT_TRACE"))
            qInfo().noquote() << "TRACE" << c.tag << line;
        if (w[0] == QLatin1String("EDIT"))
            c.lastEdit = std::max(c.lastEdit, id.toInt());
        else if (w[0] == QLatin1String("STORED"))
            m_stored.insert(id);
        else if (w[0] == QLatin1String("ACCEPTED")) {
            // Accepted again after a restart: the client died between the server's answer and forgetting
            // the change on disk, so it sent it once more; the server answered from its idempotency
            // record (POST) or showed it already holds the value (PUT). The server checks below count.
            if (m_accepted.contains(id))
                ++m_reacknowledged;
            m_accepted.insert(id, {w.value(2), w.value(3).toLongLong(), w.mid(4).join(u' ')});
        } else if (w[0] == QLatin1String("CONFLICT"))
            m_conflicts.insert(id);
        else if (w[0] == QLatin1String("REFUSED")) {
            m_refused.insert(id);
            ++m_refusedBy[w.value(2).toInt()];
        } else if (w[0] == QLatin1String("RESENT"))
            m_resent.insert(id);
        else if (w[0] == QLatin1String("DROPPED"))
            m_dropped.insert(id);
        else if (w[0] == QLatin1String("DRAINED"))
            c.drained = true;
    }

    void killServer()
    {
        server().process().kill();
        server().process().waitForFinished(5000);
        m_proxy->setTarget(0);
        ++m_serverKills;
    }

    bool restartServer()
    {
        auto next = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        if (!next->start(-1, {QStringLiteral("--insecure-http")}, m_first->dbUrl())) {
            qWarning() << next->errorString();
            return false;
        }
        m_current = std::move(next);
        m_proxy->setTarget(quint16(m_current->baseUrl().port()));
        return true;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("LARS_FAULT_SEED"))
            m_seed = qEnvironmentVariable("LARS_FAULT_SEED").toULongLong();
        qInfo() << "fault seed" << m_seed << "(replay with LARS_FAULT_SEED)";
        m_first = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_first->start(60, {QStringLiteral("--insecure-http")}), qPrintable(m_first->errorString()));
        m_proxy = std::make_unique<FaultProxy>(m_seed);
        QVERIFY(m_proxy->listen());
        m_proxy->setTarget(quint16(m_first->baseUrl().port()));
        const auto function =
            m_first->sql(QStringLiteral("SELECT code FROM activity_functions WHERE active = 1 "
                                        "AND code <> 'draaischijf' ORDER BY sort"));
        QVERIFY(!function.isEmpty());
        m_function = function.first().first().toString();
        for (const QString &nn : {QStringLiteral("85071512397"), QStringLiteral("77030245655")}) {
            const auto id =
                m_first->sql(QStringLiteral("SELECT id FROM staff WHERE national_number = ?"), {nn});
            QVERIFY(!id.isEmpty());
            m_staffIds.insert(nn, id.first().first().toLongLong());
        }
    }

    void thousandEditsUnderFaults()
    {
        QElapsedTimer clock;
        clock.start();
        const QList<QList<QVariant>> before =
            m_first->sql(QStringLiteral("SELECT pupil_id, version FROM parent_heights WHERE pupil_id IN (%1)")
                             .arg(m_pupils));
        const auto setUp = [this](Client &c, const char *tag, const char *nn, double base) {
            c.tag = QLatin1String(tag);
            c.nationalNumber = QLatin1String(nn);
            c.base = base;
            c.dataDir = m_dir.filePath(c.tag);
        };
        setUp(m_clients[0], "A", "85071512397", 121.0);
        setUp(m_clients[1], "B", "77030245655", 171.0);
        m_proxy->setMix({50, 80, 15, 15});
        for (Client &c : m_clients)
            startClient(c);

        // The plan, from the seed: when the server dies (and for how long), when a client dies, when every
        // open connection is reset at once.
        QRandomGenerator plan{quint32(m_seed)};
        struct Event
        {
            qint64 atMs;
            int what; // 0 server kill, 1 client kill, 2 reset all
            int arg;
        };
        QList<Event> events;
        for (int i = 0; i < 6; ++i)
            events.append({2000 + i * 2800 + plan.bounded(1200), 0, 400 + int(plan.bounded(1200))});
        for (int i = 0; i < 4; ++i)
            events.append({3000 + i * 3700 + plan.bounded(1500), 1, i % 2});
        for (qint64 t = 500; t < 18000; t += 300 + plan.bounded(300))
            events.append({t, 2, 0});
        std::sort(events.begin(), events.end(),
                  [](const Event &a, const Event &b) { return a.atMs < b.atMs; });
        int clientKills = 0;
        for (const Event &e : std::as_const(events)) {
            QVERIFY(QTest::qWaitFor([&] { return clock.elapsed() >= e.atMs; }, 60000));
            if (e.what == 0) {
                killServer();
                // The server stays away this long: part of the fault, not a wait for something.
                const qint64 back = clock.elapsed() + e.arg;
                QVERIFY(QTest::qWaitFor([&] { return clock.elapsed() >= back; }, e.arg + 1000));
                QVERIFY(restartServer());
            } else if (e.what == 1) {
                Client &c = m_clients[e.arg];
                c.process->kill();
                c.process->waitForFinished(5000);
                consume(c); // what it said before it died (its last edit number among it)
                if (qEnvironmentVariableIsSet("LARS_FAULT_TRACE"))
                    qInfo().noquote() << "TRACE" << c.tag << "KILLED";
                ++c.kills;
                ++clientKills;
                startClient(c);
            } else {
                m_proxy->resetAll();
            }
        }
        // The faults stop; both clients finish their edits and send what waits.
        m_proxy->setMix({});
        QVERIFY2(QTest::qWaitFor([&] { return m_clients[0].drained && m_clients[1].drained; }, 150000),
                 qPrintable(QStringLiteral("not drained: edits A %1 B %2, stored %3, accepted %4")
                                .arg(m_clients[0].lastEdit)
                                .arg(m_clients[1].lastEdit)
                                .arg(m_stored.size())
                                .arg(m_accepted.size())));
        const qint64 seconds = clock.elapsed() / 1000;

        // Every change a client stored was accepted, or its user decided after a conflict or refusal.
        QStringList lost;
        for (const QString &id : std::as_const(m_stored))
            if (!m_accepted.contains(id) && !m_dropped.contains(id))
                lost << id + QStringLiteral(" (") + m_history.value(id).join(QStringLiteral("; ")) + u')';
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("stored, never accepted nor decided: ") + lost.join(u' ')));
        for (const QString &id : std::as_const(m_conflicts))
            QVERIFY2(m_resent.contains(id) || m_dropped.contains(id), qPrintable(id));
        QVERIFY2(m_oddities.isEmpty(), qPrintable(m_oddities.join(u'\n')));

        // Activities: each accepted one is on the server exactly once, and nothing else is.
        QHash<QString, int> onServer;
        for (const auto &row : server().sql(QStringLiteral(
                 "SELECT subject, COUNT(*) FROM activities WHERE subject LIKE 'fault %' GROUP BY subject")))
            onServer.insert(row.value(0).toString(), row.value(1).toInt());
        int acceptedActivities = 0, acceptedHeights = 0, acceptedBridging = 0;
        QHash<qint64, QList<QString>> heightsBodies;
        for (const Accepted &a : std::as_const(m_accepted)) {
            if (a.kind == QLatin1String("activity")) {
                ++acceptedActivities;
                QVERIFY2(onServer.value(a.what) == 1,
                         qPrintable(QStringLiteral("%1: %2 times").arg(a.what).arg(onServer.value(a.what))));
            } else if (a.kind == QLatin1String("parent-heights")) {
                ++acceptedHeights;
                heightsBodies[a.pupil].append(a.what);
            } else {
                ++acceptedBridging;
            }
        }
        QCOMPARE(onServer.size(), acceptedActivities);

        // Parent heights (PUT with If-Match): the value on the server is one a client saw accepted, and
        // the version moved once per accepted change, plus at most once per change resent after a conflict
        // (an attempt applied whose answer was lost, then chosen again by its user).
        QHash<qint64, qint64> versionBefore;
        for (const auto &row : before)
            versionBefore.insert(row.value(0).toLongLong(), row.value(1).toLongLong());
        for (const auto &row : server().sql(QStringLiteral("SELECT pupil_id, version, father_cm, mother_cm "
                                                           "FROM parent_heights WHERE pupil_id IN (%1)")
                                                .arg(m_pupils))) {
            const qint64 pupil = row.value(0).toLongLong();
            const QList<QString> bodies = heightsBodies.value(pupil);
            if (bodies.isEmpty())
                continue;
            const qint64 moved = row.value(1).toLongLong() - versionBefore.value(pupil);
            const QString father = QString::number(row.value(2).toDouble());
            bool seen = false;
            for (const QString &b : bodies)
                seen = seen || b.contains(QStringLiteral("\"fatherCm\":%1,").arg(father));
            QVERIFY2(
                seen,
                qPrintable(QStringLiteral("pupil %1: father %2 was never accepted").arg(pupil).arg(father)));
            QVERIFY2(moved >= bodies.size() && moved <= bodies.size() + m_resent.size(),
                     qPrintable(QStringLiteral("pupil %1: version moved %2 for %3 accepted")
                                    .arg(pupil)
                                    .arg(moved)
                                    .arg(bodies.size())));
        }

        const FaultProxy::Counts &n = m_proxy->counts();
        const int edits = m_clients[0].lastEdit + m_clients[1].lastEdit + 2;
        const QString line =
            QStringLiteral(
                "1,000 edits (seed %1): %2 made, %3 stored, %4 accepted (%5 activities, %6 parent "
                "heights, %7 bridging help), %8 conflicts and %9 refusals reached their user (%10 resent, "
                "%11 dropped by choice); server SIGKILLed and restarted %12 times, %13 connection resets, "
                "%14 delayed, %15 dropped, %16 black-holed, %17 refused while down, %18 connections; "
                "clients SIGKILLed and restarted %19 times (%21 changes sent again after a kill and "
                "acknowledged again); "
                "%20 s; lost 0, duplicated 0")
                .arg(m_seed)
                .arg(edits)
                .arg(m_stored.size())
                .arg(m_accepted.size())
                .arg(acceptedActivities)
                .arg(acceptedHeights)
                .arg(acceptedBridging)
                .arg(m_conflicts.size())
                .arg(m_refused.size())
                .arg(m_resent.size())
                .arg(m_dropped.size())
                .arg(m_serverKills)
                .arg(n.resets)
                .arg(n.delayed)
                .arg(n.dropped)
                .arg(n.blackHoled)
                .arg(n.refused)
                .arg(n.connections)
                .arg(clientKills)
                .arg(seconds)
                .arg(m_reacknowledged);
        QStringList refusedBy;
        for (auto it = m_refusedBy.begin(); it != m_refusedBy.end(); ++it)
            refusedBy << QStringLiteral("%1×HTTP %2").arg(it.value()).arg(it.key());
        qInfo().noquote() << line
                          << (refusedBy.isEmpty()
                                  ? QString()
                                  : QStringLiteral("(refusals: %1)").arg(refusedBy.join(u',')));
        QCOMPARE(edits, 2 * kEditsPerClient);
        QVERIFY(m_serverKills >= 5);
        QVERIFY2(n.resets >= 50, qPrintable(QString::number(n.resets)));
        QVERIFY(clientKills >= 3);
        QVERIFY(m_conflicts.size() > 0);
    }

    void cleanupTestCase()
    {
        for (Client &c : m_clients)
            if (c.process) {
                c.process->kill();
                c.process->waitForFinished(5000);
            }
        m_current.reset();
        m_first.reset();
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
