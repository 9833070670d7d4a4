// Every POST that creates an item answers 201 with a Location that resolves: a GET of it returns the
// item as the POST did, audited; the same item id under another pupil is a 404, also audited. Through the
// real lars-server process, on SQLite and PostgreSQL.
#include "tests/support/ServerProcess.h"

#include <QJsonDocument>
#include <QTest>
#include <memory>

using lars::test::HttpReply;
using lars::test::ServerProcess;

namespace {
const QString an = QStringLiteral("85071512397");
constexpr qint64 eliseVdB = 1, celik = 2;

QString pupilPath(qint64 id, const QString &tail)
{
    return QStringLiteral("/api/v1/pupils/%1/%2").arg(id).arg(tail);
}
} // namespace

class TestServerLocations final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_servers[2];
    ServerProcess *server()
    {
        QFETCH(int, backend);
        return m_servers[backend].get();
    }
    QList<std::pair<QString, qint64>> auditOf(const HttpReply &reply)
    {
        return server()->auditOfRequest(reply.header("X-Request-Id"));
    }

private slots:
    void initTestCase()
    {
        for (int b = 0; b < 2; ++b) {
            m_servers[b] = std::make_unique<ServerProcess>(b == 0 ? ServerProcess::Backend::Sqlite
                                                                  : ServerProcess::Backend::Postgres);
            QVERIFY2(m_servers[b]->start(20), qPrintable(m_servers[b]->errorString()));
        }
    }

    void locationsResolve_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("readAction");
        const QStringList collections = {QStringLiteral("activities"), QStringLiteral("measurements"),
                                         QStringLiteral("attests"), QStringLiteral("creon-registrations")};
        const QStringList actions = {QStringLiteral("activity.read"), QStringLiteral("measurement.read"),
                                     QStringLiteral("attest.read"), QStringLiteral("creon.read")};
        for (int b = 0; b < 2; ++b)
            for (int i = 0; i < collections.size(); ++i)
                QTest::addRow("%s %s", b == 0 ? "sqlite" : "postgresql", qPrintable(collections[i]))
                    << b << collections[i] << actions[i];
    }
    void locationsResolve()
    {
        QFETCH(QString, collection);
        QFETCH(QString, readAction);
        const QString t = server()->token(an, 1);
        const QByteArray keyPrefix = collection.toLatin1() + '-';
        const auto post = [&](const QString &tail, const QJsonObject &body, const QByteArray &key) {
            return server()->send("POST", pupilPath(eliseVdB, tail), t, body, {{"Idempotency-Key", key}});
        };
        const QJsonObject activity{
            {QStringLiteral("date"), QStringLiteral("2026-03-02")},
            {QStringLiteral("function"), QStringLiteral("draaischijf")},
            {QStringLiteral("subject"), QStringLiteral("Gesprek met de ouders")},
            {QStringLiteral("durationMinutes"), 20},
            {QStringLiteral("text"), QStringLiteral("Afspraken gemaakt.")},
            {QStringLiteral("hub"), QJsonObject{{QStringLiteral("direction"), QStringLiteral("referral-to")},
                                                {QStringLiteral("category"), QStringLiteral("medisch")},
                                                {QStringLiteral("detail"), QStringLiteral("oogarts")}}}};
        QJsonObject body;
        if (collection == QLatin1String("activities")) {
            body = activity;
        } else if (collection == QLatin1String("measurements")) {
            body = {{QStringLiteral("contact"), QStringLiteral("L1")},
                    {QStringLiteral("date"), QStringLiteral("2026-02-03")},
                    {QStringLiteral("heightCm"), 121.5},
                    {QStringLiteral("weightKg"), 23.4}};
        } else if (collection == QLatin1String("attests")) {
            const HttpReply act = post(QStringLiteral("activities"), activity, keyPrefix + "activity");
            QCOMPARE(act.status, 201);
            body = {{QStringLiteral("type"), QStringLiteral("ADBIB")},
                    {QStringLiteral("activityId"), act.json().value(QLatin1String("id"))}};
        } else {
            // A manual item: the medical ones come only from a consult (docs/creon.md).
            body = {{QStringLiteral("itemCode"), QStringLiteral("definitieve-uitsluiting")},
                    {QStringLiteral("value"), QJsonValue()},
                    {QStringLiteral("date"), QStringLiteral("2026-02-01")}};
        }
        const HttpReply created = post(collection, body, keyPrefix + "item");
        QVERIFY2(created.status == 201, created.body.constData());
        const QString location = QString::fromLatin1(created.header("Location"));
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(location, pupilPath(eliseVdB, collection + u'/' + QString::number(id)));

        const HttpReply item = server()->get(location, t);
        QVERIFY2(item.status == 200, item.body.constData());
        QCOMPARE(item.json(), created.json());
        QCOMPARE(auditOf(item), (QList<std::pair<QString, qint64>>{{readAction, eliseVdB}}));

        // The replay of the POST names the same Location, and it still resolves.
        const HttpReply replay = post(collection, body, keyPrefix + "item");
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Location"), created.header("Location"));

        // The same id under another pupil the caller may read: not found, and the probe is audited.
        const HttpReply elsewhere =
            server()->get(pupilPath(celik, collection + u'/' + QString::number(id)), t);
        QCOMPARE(elsewhere.status, 404);
        QCOMPARE(elsewhere.problemType().section(u'/', -1), QStringLiteral("not-found"));
        QCOMPARE(auditOf(elsewhere),
                 (QList<std::pair<QString, qint64>>{{QStringLiteral("denied.no-such-item"), celik}}));
        QCOMPARE(server()->get(pupilPath(eliseVdB, collection + QStringLiteral("/987654321")), t).status,
                 404);
    }

    void cleanupTestCase()
    {
        for (auto &s : m_servers)
            s.reset();
    }
};

QTEST_GUILESS_MAIN(TestServerLocations)
#include "tst_server_locations.moc"
