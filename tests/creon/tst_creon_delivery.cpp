// CREON end to end with real processes: lars-server derives the items from a consult and activities,
// delivers them to lars-creon-receiver exactly once through a receiver that is down for several periods, a
// server killed mid-batch, and two server processes on one database; refusals, dead records and the
// administrator's routes.
#include "tests/creon/CreonTestCase.h"

#include <QProcess>

using namespace lars::test;

namespace {

QJsonObject consult()
{
    return {{"contact", "L1"},
            {"date", "2026-10-05"},
            {"heightCm", 121.5},
            {"weightKg", 23.4},
            {"farVisionLeft", 0.8},
            {"farVisionRight", 1.0},
            {"eyeAlignment", "normaal"},
            {"depthVision", "normaal"},
            {"colourVision", "normaal"},
            {"hearingAudiometry", "normaal"},
            {"hearingSpeechInNoise", "afwijkend"},
            {"pubertyStage", "P1"},
            {"oralHealth", "cariës"},
            {"vaccinationStatus", "in orde"}};
}

QJsonObject activity(const QString &function, const QJsonValue &subjectCode,
                     const QString &date = "2026-11-04")
{
    return {{"date", date},          {"function", function}, {"subject", "Gesprek"},
            {"durationMinutes", 30}, {"text", "Afspraken."}, {"subjectCode", subjectCode}};
}

QStringList itemsFrom(const QJsonArray &registrations, const QString &kind, qint64 sourceId,
                      bool withdrawn = false)
{
    QStringList out;
    for (const QJsonValue &v : registrations) {
        const QJsonObject r = v.toObject();
        const QJsonObject source = r.value("source").toObject();
        if (source.value("kind").toString() == kind && source.value("id").toInteger() == sourceId &&
            r.value("withdrawn").toBool() == withdrawn)
            out << r.value("itemCode").toString();
    }
    out.sort();
    return out;
}

QJsonObject registrationOf(const QJsonArray &registrations, const QString &item, qint64 sourceId)
{
    for (const QJsonValue &v : registrations)
        if (v.toObject().value("itemCode").toString() == item &&
            v.toObject().value("source").toObject().value("id").toInteger() == sourceId)
            return v.toObject();
    return {};
}

} // namespace

class TestCreonDelivery final : public CreonTestCase
{
    Q_OBJECT

    static void backends()
    {
        QTest::addColumn<int>("backend");
        QTest::newRow("sqlite") << int(ServerProcess::Backend::Sqlite);
        QTest::newRow("postgresql") << int(ServerProcess::Backend::Postgres);
    }

private slots:
    void derivesExactlyTheExpectedItems_data() { backends(); }
    void derivesExactlyTheExpectedItems()
    {
        QFETCH(int, backend);
        ServerProcess server{ServerProcess::Backend(backend)};
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString t = server.token(an(), 1);
        const QString sex = server.get(pupilPath(6), t).json().value("sex").toString();
        const HttpReply m = post(server, pupilPath(6, "/measurements"), t, consult());
        QVERIFY2(m.status == 201, m.body.constData());
        const qint64 mid = m.json().value("id").toInteger();
        QList<qint64> activities;
        for (const auto &[function, subject] : QList<std::pair<QString, QJsonValue>>{
                 {"begeleiding", "pesten"},
                 {"consult", "huisonderwijs"},
                 {"begeleiding", "huisonderwijs"}, // home education without the systematic contact: no item
                 {"overleg", QJsonValue()},
                 {"vraagverheldering", "lezen-spellen"}}) {
            const HttpReply a = post(server, pupilPath(6, "/activities"), t, activity(function, subject));
            QVERIFY2(a.status == 201, a.body.constData());
            activities << a.json().value("id").toInteger();
        }
        QJsonArray regs = registrations(server, t, 6);
        QStringList expected{"dieptezicht",
                             "gehoor-audiometrie",
                             "gehoor-spraak-in-ruis",
                             "gewicht",
                             "gezichtsscherpte-afstand",
                             "kleurzin",
                             "lengte",
                             "mondgezondheid",
                             "oogstand",
                             sex == QLatin1String("M") ? "puberteit-jongens" : "puberteit-meisjes"};
        expected.sort();
        QCOMPARE(itemsFrom(regs, "measurement", mid), expected);
        QCOMPARE(itemsFrom(regs, "activity", activities[0]), QStringList{"pesten"});
        QCOMPARE(itemsFrom(regs, "activity", activities[1]), QStringList{"huisonderwijs-contacten"});
        QCOMPARE(itemsFrom(regs, "activity", activities[2]), QStringList{});
        QCOMPARE(itemsFrom(regs, "activity", activities[3]), QStringList{});
        QCOMPARE(itemsFrom(regs, "activity", activities[4]), QStringList{"lezen-spellen"});
        const QJsonObject length = registrationOf(regs, "lengte", mid);
        QCOMPARE(length.value("value").toObject(), (QJsonObject{{"quantity", 121.5}, {"unit", "cm"}}));
        QCOMPARE(length.value("contact").toString(), QStringLiteral("L1"));
        QCOMPARE(length.value("delivery").toObject().value("state").toString(), QStringLiteral("pending"));
        QCOMPARE(length.value("source").toObject().value("contact").toString(), QStringLiteral("L1"));

        // Correcting the consult: a changed result is a new version, a cleared one is withdrawn.
        QJsonObject corrected = consult();
        corrected["heightCm"] = 122.0;
        corrected["colourVision"] = QJsonValue();
        const HttpReply stale = server.send("PUT", pupilPath(6, QStringLiteral("/measurements/%1").arg(mid)),
                                            t, corrected, {{"If-Match", "\"7\""}});
        QCOMPARE(stale.status, 412);
        const HttpReply put = server.send("PUT", pupilPath(6, QStringLiteral("/measurements/%1").arg(mid)), t,
                                          corrected, {{"If-Match", "\"1\""}});
        QVERIFY2(put.status == 200, put.body.constData());
        regs = registrations(server, t, 6);
        QCOMPARE(registrationOf(regs, "lengte", mid).value("version").toInt(), 2);
        QCOMPARE(registrationOf(regs, "lengte", mid).value("value").toObject().value("quantity").toDouble(),
                 122.0);
        QCOMPARE(registrationOf(regs, "gewicht", mid).value("version").toInt(), 1); // unchanged: nothing new
        QCOMPARE(itemsFrom(regs, "measurement", mid, true), QStringList{"kleurzin"});
        QCOMPARE(server
                     .sql(QStringLiteral("SELECT COUNT(*) FROM creon_outbox o JOIN creon_registrations r ON "
                                         "r.id = o.registration_id WHERE r.source_id = ? AND r.source = "
                                         "'measurement' AND o.state = 'pending'"),
                          {mid})[0][0]
                     .toInt(),
                 10); // only the newest version of each waits; the older ones are superseded
        // Withdrawing the consult withdraws every item it gave.
        // DELETE takes no body (the helper's send() always sends one).
        QCOMPARE(server
                     .request("DELETE", pupilPath(6, QStringLiteral("/measurements/%1").arg(mid)), {},
                              {{"Authorization", "Bearer " + t.toLatin1()}, {"If-Match", "\"2\""}})
                     .status,
                 204);
        regs = registrations(server, t, 6);
        QCOMPARE(itemsFrom(regs, "measurement", mid).size(), 0);
        QCOMPARE(itemsFrom(regs, "measurement", mid, true).size(), 10);
        QCOMPARE(
            server.get(pupilPath(6, "/medical"), t).body.contains("\"id\":" + QByteArray::number(mid) + ','),
            false);

        // A refused write changes nothing, outbox included.
        const auto before = server.tableCounts();
        QJsonObject bad = consult();
        bad["heightCm"] = 1215;
        QCOMPARE(post(server, pupilPath(6, "/measurements"), t, bad).status, 422);
        QCOMPARE(post(server, pupilPath(6, "/activities"), t, activity("begeleiding", "bestaat-niet")).status,
                 422);
        QCOMPARE(server.tableCounts(), before);
    }

    void receiverDownForSeveralPeriods()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.errorString()));
        const quint16 port = receiver.port();
        receiver.stop(); // down from the start: nothing listens on the endpoint
        ServerProcess server{ServerProcess::Backend::Sqlite};
        QVERIFY2(server.start(60, creonArgs(receiver)), qPrintable(server.errorString()));
        // Several attempts of the same batch fail; new registrations keep arriving meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(
            server.sql(QStringLiteral("SELECT MAX(attempts) FROM creon_batches"))[0][0].toInt() >= 3, 30000);
        const QString t = server.token(an(), 1);
        QCOMPARE(post(server, pupilPath(6, "/measurements"), t, consult()).status, 201);
        QCOMPARE(server.sql(QStringLiteral("SELECT COUNT(*) FROM creon_batches"))[0][0].toInt(), 1);
        const QString batchId = server.sql(QStringLiteral("SELECT id FROM creon_batches"))[0][0].toString();
        QVERIFY(receiver.start({}, port));
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnServer(server) == 0, 30000);
        QString why;
        QVERIFY2(exactlyOnce(server, receiver, &why), qPrintable(why));
        QVERIFY(acceptedOnServer(server).size() > 10);
        // The batch that failed while the receiver was down arrived under its own id.
        QCOMPARE(receiver.batches().first().value("batchId").toString(), batchId);
    }

    void senderKilledMidBatch_data() { backends(); }
    void senderKilledMidBatch()
    {
        QFETCH(int, backend);
        ReceiverProcess receiver;
        // Stores, then answers only after 4 s: the sender is killed while it waits.
        QVERIFY2(receiver.start({QStringLiteral("--slow-ms"), QStringLiteral("4000")}),
                 qPrintable(receiver.errorString()));
        ServerProcess first{ServerProcess::Backend(backend)};
        QStringList args = creonArgs(receiver);
        args[args.indexOf(QStringLiteral("--creon-timeout-seconds")) + 1] = QStringLiteral("20");
        QVERIFY2(first.start(60, args), qPrintable(first.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!receiver.batches().isEmpty(), 30000);
        first.process().kill(); // SIGKILL: no chance to record anything
        QVERIFY(first.process().waitForFinished(10000));
        const QString batchId = receiver.batches().first().value("batchId").toString();
        QCOMPARE(first.sql(QStringLiteral("SELECT state FROM creon_batches WHERE id = ?"), {batchId})[0][0]
                     .toString(),
                 QStringLiteral("open"));
        QVERIFY(receiver.control({{"slowMs", 0}}));
        ServerProcess second{ServerProcess::Backend(backend)};
        QVERIFY2(second.start(-1, args, first.dbUrl()), qPrintable(second.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnServer(second) == 0, 30000);
        QString why;
        QVERIFY2(exactlyOnce(second, receiver, &why), qPrintable(why));
        // The retry was the same batch: same id, the receiver saw only duplicates the second time.
        const QJsonObject retry = receiver.batches().at(1);
        QCOMPARE(retry.value("batchId").toString(), batchId);
        QCOMPARE(retry.value("duplicate").toInt(), retry.value("records").toInt());
        const QVariantList batch =
            second.sql(QStringLiteral("SELECT state, attempts FROM creon_batches WHERE id = ?"), {batchId})
                .value(0);
        QCOMPARE(batch.value(0).toString(), QStringLiteral("done"));
        QCOMPARE(batch.value(1).toInt(), 2);
    }

    // The ministry is reached over https: a receiver whose certificate the sender does not trust gets nothing
    // (the batch fails and waits); with its CA given as creon-ca the same batch goes through.
    void httpsOnlyToATrustedReceiver()
    {
        ReceiverProcess receiver;
        receiver.setTls(true);
        QVERIFY2(receiver.start(), qPrintable(receiver.errorString()));
        QCOMPARE(receiver.endpoint().scheme(), QStringLiteral("https"));
        ServerProcess untrusting{ServerProcess::Backend::Sqlite};
        QVERIFY2(untrusting.start(60, creonArgs(receiver)), qPrintable(untrusting.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            untrusting.sql(QStringLiteral("SELECT MAX(attempts) FROM creon_batches"))[0][0].toInt() >= 2,
            30000);
        const QVariantList failed =
            untrusting.sql(QStringLiteral("SELECT id, last_error, state FROM creon_batches")).value(0);
        QVERIFY2(failed.value(1).toString().contains(QLatin1String("SSL")),
                 qPrintable(failed.value(1).toString()));
        QCOMPARE(failed.value(2).toString(), QStringLiteral("open"));
        QVERIFY(receiver.batches().isEmpty()); // no request reached it
        QVERIFY(waitingOnServer(untrusting) > 10);
        QVERIFY(untrusting.stop());

        ServerProcess trusting{ServerProcess::Backend::Sqlite};
        QVERIFY2(trusting.start(
                     -1, creonArgs(receiver) << QStringLiteral("--creon-ca") << ReceiverProcess::caFile(),
                     untrusting.dbUrl()),
                 qPrintable(trusting.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnServer(trusting) == 0, 30000);
        QString why;
        QVERIFY2(exactlyOnce(trusting, receiver, &why), qPrintable(why));
        QCOMPARE(receiver.batches().first().value("batchId").toString(), failed.value(0).toString());
        // A CA file without a certificate is refused at start, not discovered at the first batch.
        ServerProcess misconfigured{ServerProcess::Backend::Sqlite};
        QVERIFY(!misconfigured.start(
            -1, creonArgs(receiver) << QStringLiteral("--creon-ca") << QStringLiteral("/dev/null"),
            untrusting.dbUrl()));
    }

    void twoProcessesOneBatchPerPeriod_data() { backends(); }
    void twoProcessesOneBatchPerPeriod()
    {
        QFETCH(int, backend);
        ReceiverProcess receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.errorString()));
        ServerProcess a{ServerProcess::Backend(backend)}, b{ServerProcess::Backend(backend)};
        QVERIFY2(a.start(60, creonArgs(receiver)), qPrintable(a.errorString()));
        QVERIFY2(b.start(-1, creonArgs(receiver), a.dbUrl()), qPrintable(b.errorString()));
        const QString ta = a.token(an(), 1), tb = b.token(an(), 1);
        // Registrations arrive through both processes over several periods; one process is killed halfway.
        for (int round = 0; round < 6; ++round) {
            if (round == 3) {
                a.process().kill();
                QVERIFY(a.process().waitForFinished(10000));
            }
            const bool viaA = round < 3 && round % 2 == 0;
            const HttpReply r = post(viaA ? a : b, pupilPath(6, "/activities"), viaA ? ta : tb,
                                     activity("begeleiding", "pesten"));
            QCOMPARE(r.status, 201);
            QTRY_VERIFY_WITH_TIMEOUT(waitingOnServer(b) == 0, 30000);
        }
        QString why;
        QVERIFY2(exactlyOnce(b, receiver, &why), qPrintable(why));
        QHash<QString, QSet<QString>> batchesPerPeriod;
        for (const QJsonObject &line : receiver.batches())
            batchesPerPeriod[line.value("period").toString()].insert(line.value("batchId").toString());
        QVERIFY(batchesPerPeriod.size() >= 4);
        for (auto it = batchesPerPeriod.begin(); it != batchesPerPeriod.end(); ++it)
            QVERIFY2(it.value().size() == 1,
                     qPrintable(it.key() + QStringLiteral(": %1 batches").arg(it.value().size())));
        const auto perPeriod =
            b.sql(QStringLiteral("SELECT period, COUNT(*) FROM creon_batches GROUP BY period "
                                 "HAVING COUNT(*) > 1"));
        QVERIFY(perPeriod.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCreonDelivery)
#include "tst_creon_delivery.moc"
