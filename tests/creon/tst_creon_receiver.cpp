// The real lars-creon-receiver process: validation against the published schema, per-record answers,
// de-duplication on (registrationId, version) also across a restart and a torn store line, and each kind of
// misbehaviour on command (503, slow, dropped connection, refusals).
#include "tests/support/ReceiverProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using lars::test::ReceiverProcess;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject record(const QString &id, int version, const QString &item = QStringLiteral("lengte"))
{
    return {{"registrationId", id},
            {"version", version},
            {"action", version == 1 ? "register" : "correct"},
            {"item", item},
            {"recipient", "AZG"},
            {"clb", "110200"},
            {"pupil", QJsonObject{{"insz", "15010212345"}, {"kind", "rijksregisternummer"}}},
            {"date", "2026-10-03"},
            {"contact", "L1"},
            {"value", QJsonObject{{"quantity", 121.5}, {"unit", "cm"}}}};
}

QJsonObject batch(const QJsonArray &records, const QString &id = uuid())
{
    return {{"format", "lars-creon-batch/1"},
            {"batchId", id},
            {"createdAt", "2026-12-01T02:00:00.120Z"},
            {"period", "2026-12-01T02:00:00Z"},
            {"sequence", 1},
            {"trigger", "schedule"},
            {"records", records}};
}

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
    qint64 ms = 0;

    QString status_of(int i) const
    {
        return json.value("results").toArray().at(i).toObject().value("status").toString();
    }
    QString reason_of(int i) const
    {
        return json.value("results").toArray().at(i).toObject().value("reason").toString();
    }
};

} // namespace

class TestCreonReceiver final : public QObject
{
    Q_OBJECT

private:
    ReceiverProcess m_receiver;
    QNetworkAccessManager m_network;

    Answer post(const QByteArray &body, const QByteArray &type = "application/json",
                const QByteArray &verb = "POST", const QString &path = QStringLiteral("/creon/v1/batches"))
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_receiver.port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                 QJsonDocument::fromJson(reply->readAll()).object(), timer.elapsed()};
        reply->deleteLater();
        return a;
    }
    Answer post(const QJsonObject &o) { return post(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_receiver.start({QStringLiteral("--refuse"),
                                   QStringLiteral("kleurzin:Kleurzin niet opgenomen in dit schooljaar")}),
                 qPrintable(m_receiver.errorString()));
    }

    void acceptsOnceAndAnswersDuplicatesAfter()
    {
        const QString a = uuid(), b = uuid();
        const QJsonObject body = batch({record(a, 1), record(b, 1)});
        const Answer first = post(body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value("format").toString(), QStringLiteral("lars-creon-results/1"));
        QCOMPARE(first.json.value("batchId"), body.value("batchId"));
        QCOMPARE(first.status_of(0), QStringLiteral("accepted"));
        QCOMPARE(first.status_of(1), QStringLiteral("accepted"));
        const Answer again = post(body); // a retry of the same batch
        QCOMPARE(again.status_of(0), QStringLiteral("duplicate"));
        QCOMPARE(again.status_of(1), QStringLiteral("duplicate"));
        const Answer corrected = post(batch({record(a, 2)})); // a new version is a new record
        QCOMPARE(corrected.status_of(0), QStringLiteral("accepted"));
        int stored = 0;
        for (const QJsonObject &line : m_receiver.accepted())
            stored += line.value("record").toObject().value("registrationId").toString() == a ? 1 : 0;
        QCOMPARE(stored, 2);
    }

    void refusesInvalidRecordsOneByOne()
    {
        QJsonObject bad = record(uuid(), 1);
        bad["pupil"] = QJsonObject{{"insz", "1501021234"}, {"kind", "rijksregisternummer"}};
        const Answer a = post(batch({bad, record(uuid(), 1)}));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.status_of(0), QStringLiteral("refused"));
        QVERIFY2(a.reason_of(0).contains(QLatin1String("/pupil/insz")), qPrintable(a.reason_of(0)));
        QCOMPARE(a.status_of(1), QStringLiteral("accepted"));
    }

    void refusesOnCommandWithTheReason()
    {
        const QString id = uuid();
        const Answer a = post(batch({record(id, 1, QStringLiteral("kleurzin"))}));
        QCOMPARE(a.status_of(0), QStringLiteral("refused"));
        QCOMPARE(a.reason_of(0), QStringLiteral("Kleurzin niet opgenomen in dit schooljaar"));
        QCOMPARE(m_receiver.refused().last().value("reason").toString(), a.reason_of(0));
        // One registration's version, at run time.
        QVERIFY(m_receiver.control(
            {{"refuse", QJsonArray{QJsonObject{
                            {"registrationId", id}, {"version", 2}, {"reason", "Onbekend INSZ"}}}}}));
        QCOMPARE(post(batch({record(id, 2, QStringLiteral("lengte"))})).reason_of(0),
                 QStringLiteral("Onbekend INSZ"));
        QCOMPARE(post(batch({record(id, 3, QStringLiteral("lengte"))})).status_of(0),
                 QStringLiteral("accepted"));
        QVERIFY(m_receiver.control({{"refuse", QJsonArray{}}}));
    }

    void refusesBadBatchesWhole()
    {
        const qsizetype before = m_receiver.accepted().size();
        QJsonObject noId = batch({record(uuid(), 1)});
        noId.remove("batchId");
        QCOMPARE(post(noId).status, 400);
        QCOMPARE(post(batch({})).status, 400); // minItems
        QCOMPARE(post(QByteArray("{\"format\": ")).status, 400);
        QCOMPARE(post(QJsonDocument(batch({record(uuid(), 1)})).toJson(), "text/plain").status, 415);
        QCOMPARE(post(QByteArray(), "application/json", "GET").status, 405);
        QCOMPARE(post(QByteArray("{}"), "application/json", "POST", QStringLiteral("/elsewhere")).status,
                 404);
        QCOMPARE(m_receiver.accepted().size(), before);
    }

    void unavailableOnCommand()
    {
        QVERIFY(m_receiver.control({{"unavailable", 2}}));
        const QJsonObject body = batch({record(uuid(), 1)});
        QCOMPARE(post(body).status, 503);
        QCOMPARE(post(body).status, 503);
        const Answer third = post(body);
        QCOMPARE(third.status, 200);
        QCOMPARE(third.status_of(0), QStringLiteral("accepted"));
    }

    void dropsTheConnectionAfterStoring()
    {
        QVERIFY(m_receiver.control({{"drop", 1}}));
        const QString id = uuid();
        const QJsonObject body = batch({record(id, 1)});
        // A raw socket: an HTTP client library would silently resend the request on the closed connection.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver.port());
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket.write("POST /creon/v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: " +
                     QByteArray::number(json.size()) + "\r\n\r\n" + json);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(socket.readAll(), QByteArray());
        // The ministry has it although nobody heard so: the retry is answered as a duplicate.
        QCOMPARE(m_receiver.accepted().last().value("record").toObject().value("registrationId").toString(),
                 id);
        QCOMPARE(post(body).status_of(0), QStringLiteral("duplicate"));
    }

    void answersSlowlyOnCommand()
    {
        QVERIFY(m_receiver.control({{"slowMs", 700}}));
        const Answer slow = post(batch({record(uuid(), 1)}));
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.ms >= 700, qPrintable(QString::number(slow.ms)));
        QVERIFY(m_receiver.control({{"slowMs", 0}}));
        QVERIFY(!m_receiver.control({{"slowMs", "soon"}}));
        QVERIFY(!m_receiver.control({{"explode", true}}));
    }

    void keepsItsIndexAcrossARestartAndATornLine()
    {
        const QString id = uuid();
        const QJsonObject body = batch({record(id, 1)});
        QCOMPARE(post(body).status_of(0), QStringLiteral("accepted"));
        m_receiver.stop();
        {
            // A crash in the middle of an append.
            QFile f(m_receiver.storeDir() + QStringLiteral("/accepted.jsonl"));
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"receivedAt\":\"2026-12-01T0");
        }
        QVERIFY2(m_receiver.restart(), qPrintable(m_receiver.errorString()));
        QCOMPARE(post(body).status_of(0), QStringLiteral("duplicate"));
        QFile f(m_receiver.storeDir() + QStringLiteral("/accepted.jsonl"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.endsWith('\n'));
        QVERIFY(!content.contains("2026-12-01T0\""));
        for (const QByteArray &line : content.trimmed().split('\n'))
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    }

    void refusesBadCommandLines()
    {
        QProcess p;
        p.start(ReceiverProcess::binary(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        p.start(ReceiverProcess::binary(),
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--store"),
                 m_receiver.storeDir(), QStringLiteral("--refuse"), QStringLiteral("no reason")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--refuse needs"));
    }
};

QTEST_GUILESS_MAIN(TestCreonReceiver)
#include "tst_creon_receiver.moc"
