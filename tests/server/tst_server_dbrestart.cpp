// lars-server and a PostgreSQL that restarts or goes away (maintenance, a failover), with the real server
// process on a cluster of the test's own: while the database is down the answer is 503 with Retry-After;
// once it is back the same server process answers again, without a restart, and an idempotent write made
// across the restart is stored exactly once.
#include "tests/support/PostgresCluster.h"
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QTest>

using lars::test::HttpReply;
using lars::test::PostgresCluster;
using lars::test::ServerProcess;

namespace {
const QString an = QStringLiteral("85071512397"); // demo staff member An Peeters, CLB 1
constexpr qint64 firstPupil = 1;
} // namespace

class TestServerDbRestart final : public QObject
{
    Q_OBJECT

    PostgresCluster m_cluster;
    ServerProcess m_server{ServerProcess::Backend::Postgres};
    QString m_token;

    HttpReply search() { return m_server.get(QStringLiteral("/api/v1/pupils?q=de&limit=5"), m_token); }
    HttpReply measure(const QByteArray &key)
    {
        return m_server.send("POST", QStringLiteral("/api/v1/pupils/%1/measurements").arg(firstPupil),
                             m_token,
                             {{QStringLiteral("contact"), QStringLiteral("L1")},
                              {QStringLiteral("date"), QStringLiteral("2026-01-12")},
                              {QStringLiteral("heightCm"), 123.4}},
                             {{"Idempotency-Key", key}});
    }
    qint64 measurementsWithHeight()
    {
        const auto rows =
            m_server.sql(QStringLiteral("SELECT COUNT(*) FROM measurements WHERE height_cm = 123.4"));
        return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.init(), qPrintable(m_cluster.errorString()));
        QVERIFY2(m_server.start(30, {}, m_cluster.url()), qPrintable(m_server.errorString()));
        m_token = m_server.token(an, 1);
        QVERIFY(!m_token.isEmpty());
        QCOMPARE(search().status, 200);
    }

    void restartIsInvisibleToReads()
    {
        const qint64 pid = m_server.process().processId();
        QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.errorString()));
        // Every connection the server held was cut; the next read reconnects and succeeds.
        const HttpReply after = search();
        QCOMPARE(after.status, 200);
        QVERIFY(!after.json().value(QLatin1String("items")).toArray().isEmpty());
        QCOMPARE(m_server.process().processId(), pid);
        QVERIFY(m_server.log().contains("reconnected to the database"));
    }

    void downMeans503WithRetryAfterThenRecovers()
    {
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.errorString()));
        const HttpReply down = search();
        QCOMPARE(down.status, 503);
        QCOMPARE(down.problemType().section(u'/', -1), QStringLiteral("service-unavailable"));
        QVERIFY(!down.header("Retry-After").isEmpty());
        const HttpReply writeWhileDown = measure("across-the-outage");
        QCOMPARE(writeWhileDown.status, 503);

        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        // The server tries the database again at most every 250 ms: within a few requests it is back.
        QTRY_COMPARE_WITH_TIMEOUT(search().status, 200, 10000);
        // The client repeats its write with the same key: stored once, however often it is repeated.
        const HttpReply first = measure("across-the-outage");
        QCOMPARE(first.status, 201);
        const HttpReply again = measure("across-the-outage");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(measurementsWithHeight(), 1);
    }

    void writeRightAfterARestartSucceedsOnce()
    {
        QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.errorString()));
        // The first statement of this write meets the cut connection; the server reconnects and, because
        // the request carries an Idempotency-Key, runs it again: one row, one 201.
        const HttpReply reply = measure("right-after-restart");
        QCOMPARE(reply.status, 201);
        QCOMPARE(measurementsWithHeight(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerDbRestart)
#include "tst_server_dbrestart.moc"
