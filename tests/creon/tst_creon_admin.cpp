// Refusals and failures, end to end: a record refused by the receiver shows its reason and is corrected at
// its source (or sent again); a receiver that stays down makes records dead, which the CLB's local
// administrator sees, retries and sends now; everyone else is refused (and audited).
#include "tests/creon/CreonTestCase.h"

using namespace lars::test;

namespace {
QJsonObject consult(double height)
{
    return {{"contact", "L4"}, {"date", "2026-10-06"}, {"heightCm", height}, {"weightKg", 31.0}};
}
QJsonObject find(const QJsonArray &regs, const QString &item, const QString &sourceKind, qint64 sourceId)
{
    for (const QJsonValue &v : regs) {
        const QJsonObject r = v.toObject();
        const QJsonObject s = r.value("source").toObject();
        if (r.value("itemCode").toString() == item && s.value("kind").toString() == sourceKind &&
            s.value("id").toInteger() == sourceId)
            return r;
    }
    return {};
}
QString stateOf(const QJsonObject &r)
{
    return r.value("delivery").toObject().value("state").toString();
}
} // namespace

class TestCreonAdmin final : public CreonTestCase
{
    Q_OBJECT

private slots:
    void refusedRecordShowsItsReasonAndIsCorrected()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start({QStringLiteral("--refuse"),
                                 QStringLiteral("lengte:Lengte onwaarschijnlijk voor de leeftijd"),
                                 QStringLiteral("--refuse"), QStringLiteral("pesten:Onbekend INSZ")}),
                 qPrintable(receiver.errorString()));
        ServerProcess server{ServerProcess::Backend::Sqlite};
        QVERIFY2(server.start(60, creonArgs(receiver)), qPrintable(server.errorString()));
        const QString t = server.token(an(), 1);
        const HttpReply m = post(server, pupilPath(6, "/measurements"), t, consult(212));
        QCOMPARE(m.status, 201);
        const qint64 mid = m.json().value("id").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(find(registrations(server, t, 6), "lengte", "measurement", mid)) == "refused", 30000);
        QJsonObject length = find(registrations(server, t, 6), "lengte", "measurement", mid);
        QCOMPARE(length.value("delivery").toObject().value("reason").toString(),
                 QStringLiteral("Lengte onwaarschijnlijk voor de leeftijd"));
        QCOMPARE(stateOf(find(registrations(server, t, 6), "gewicht", "measurement", mid)),
                 QStringLiteral("accepted"));
        // A derived registration is corrected at its source, not in itself.
        QCOMPARE(
            server
                .send("PUT",
                      pupilPath(
                          6, QStringLiteral("/creon-registrations/%1").arg(length.value("id").toInteger())),
                      t,
                      {{"date", "2026-10-06"}, {"value", QJsonObject{{"quantity", 131.2}, {"unit", "cm"}}}},
                      {{"If-Match", "\"1\""}})
                .problemType()
                .section(u'/', -1),
            QStringLiteral("derived-registration"));
        QVERIFY(receiver.control(
            {{"refuse", QJsonArray{QJsonObject{{"item", "pesten"}, {"reason", "Onbekend INSZ"}}}}}));
        QJsonObject corrected = consult(131.2);
        QCOMPARE(server
                     .send("PUT", pupilPath(6, QStringLiteral("/measurements/%1").arg(mid)), t, corrected,
                           {{"If-Match", "\"1\""}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(find(registrations(server, t, 6), "lengte", "measurement", mid)) == "accepted", 30000);
        length = find(registrations(server, t, 6), "lengte", "measurement", mid);
        QCOMPARE(length.value("version").toInt(), 2);
        QCOMPARE(length.value("value").toObject().value("quantity").toDouble(), 131.2);

        // From an activity: sent again unchanged once the cause is fixed at the ministry.
        const HttpReply a = post(server, pupilPath(6, "/activities"), t,
                                 {{"date", "2026-11-04"},
                                  {"function", "begeleiding"},
                                  {"subject", "Gesprek"},
                                  {"durationMinutes", 30},
                                  {"text", "Gesprek over pesten."},
                                  {"subjectCode", "pesten"}});
        QVERIFY2(a.status == 201, server.log().right(4000).constData());
        const qint64 aid = a.json().value("id").toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(find(registrations(server, t, 6), "pesten", "activity", aid)) == "refused", 30000);
        QVERIFY(receiver.control({{"refuse", QJsonArray{}}}));
        const qint64 rid =
            find(registrations(server, t, 6), "pesten", "activity", aid).value("id").toInteger();
        const QString resubmit = pupilPath(6, QStringLiteral("/creon-registrations/%1/resubmit").arg(rid));
        QCOMPARE(post(server, resubmit, t, {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(find(registrations(server, t, 6), "pesten", "activity", aid)) == "accepted", 30000);
        QCOMPARE(post(server, resubmit, t, {}).status, 409);
        // Someone outside the pupil's teams can neither see nor resubmit.
        const QString sofie = server.token(QLatin1String(lars::server::demodata::DemoData::sofieMaes), 3);
        QCOMPARE(post(server, resubmit, sofie, {}).status, 403);
        QString why;
        QVERIFY2(exactlyOnce(server, receiver, &why), qPrintable(why));
        QVERIFY(!server
                     .sql(QStringLiteral(
                         "SELECT 1 FROM audit_log WHERE pupil_id = 6 AND action = 'creon.refused'"))
                     .isEmpty());
        QVERIFY(!server
                     .sql(QStringLiteral(
                         "SELECT 1 FROM audit_log WHERE pupil_id = 6 AND action = 'creon.delivered'"))
                     .isEmpty());
    }

    void deadRecordsAndTheAdministrator()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start({QStringLiteral("--unavailable"), QStringLiteral("-1")}),
                 qPrintable(receiver.errorString()));
        ServerProcess server{ServerProcess::Backend::Sqlite};
        QStringList args = creonArgs(receiver, 2);
        args[args.indexOf(QStringLiteral("--creon-interval-seconds")) + 1] = QStringLiteral("3600");
        QVERIFY2(server.start(60, args), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !server.sql(QStringLiteral("SELECT 1 FROM creon_batches WHERE state = 'dead'")).isEmpty(), 30000);
        const QString admin = server.token(jan(), 1), nurse = server.token(an(), 1);
        const HttpReply denied = server.get(QStringLiteral("/api/v1/creon/overview"), nurse);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.problemType().section(u'/', -1), QStringLiteral("not-local-admin"));
        QVERIFY(!server.sql(QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'denied.not-local-admin'"))
                     .isEmpty());
        QCOMPARE(post(server, QStringLiteral("/api/v1/creon/send-now"), nurse, {}).status, 403);

        QJsonObject overview = server.get(QStringLiteral("/api/v1/creon/overview"), admin).json();
        QVERIFY(overview.value("counts").toObject().value("dead").toInt() > 0);
        const QJsonObject batch = overview.value("batches").toArray().first().toObject();
        QCOMPARE(batch.value("state").toString(), QStringLiteral("dead"));
        QCOMPARE(batch.value("attempts").toInt(), 2);
        QVERIFY2(batch.value("lastError").toString().contains(QLatin1String("503")),
                 qPrintable(batch.value("lastError").toString()));
        const QJsonObject failed = overview.value("failed").toArray().first().toObject();
        QCOMPARE(failed.value("state").toString(), QStringLiteral("dead"));
        QVERIFY(!failed.contains("name")); // pupils by number and school only

        QVERIFY(receiver.control({{"unavailable", 0}}));
        const QString requeue =
            QStringLiteral("/api/v1/creon/outbox/%1/requeue").arg(failed.value("outboxId").toInteger());
        QCOMPARE(post(server, requeue, nurse, {}).status, 403);
        const HttpReply requeued = post(server, requeue, admin, {});
        QVERIFY2(requeued.status == 200, requeued.body + server.log().right(4000));
        QCOMPARE(post(server, requeue, admin, {}).status, 404); // no longer dead
        // The next period is an hour away: "send now" sends it within a tick.
        QCOMPARE(post(server, QStringLiteral("/api/v1/creon/send-now"), admin, {}).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(!receiver.batches().isEmpty(), 30000);
        QCOMPARE(receiver.batches().first().value("trigger").toString(), QStringLiteral("administrator"));
        QCOMPARE(receiver.accepted().size(), 1);
        QCOMPARE(receiver.accepted().first().value("record").toObject().value("registrationId").toString(),
                 failed.value("registrationId").toString());
        overview = server.get(QStringLiteral("/api/v1/creon/overview"), admin).json();
        QCOMPARE(overview.value("counts").toObject().value("accepted").toInt(), 1);
        QVERIFY(
            !server.sql(QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'creon.send-now'")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCreonAdmin)
#include "tst_creon_admin.moc"
