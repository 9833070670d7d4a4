// The production topology as processes: the real HAProxy running packaging/server/haproxy.cfg (TLS) in
// front of two lars-server processes (--listen-plain, PROXY v2) on one PostgreSQL database. A login lands
// on one process and the dossier is read on the other; one process is killed with SIGKILL under load and
// no idempotent request fails; a burst of aborted connections does not slow HAProxy down; a client that
// is not the proxy cannot choose the address the server logs.
#include "tests/login/LoginTestSupport.h"
#include "tests/support/HaproxyProcess.h"
#include "tests/support/ServerProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QtEndian>
#include <memory>

using lars::test::HaproxyProcess;
using lars::test::HttpReply;
using lars::test::ServerProcess;

namespace {
const QString an = QStringLiteral("85071512397"); // An Peeters, CLB 1, team Noord: pupils 1-8 and 12

QByteArray dump(const HttpReply &r)
{
    return QByteArray::number(r.status) + ' ' + r.body.left(400) + ' ' + r.networkError.toUtf8();
}

// A PROXY v2 header for a TCP/IPv4 connection from `source`.
QByteArray proxyV2(const QHostAddress &source, quint16 sourcePort)
{
    QByteArray h("\r\n\r\n\0\r\nQUIT\n", 12);
    h += char(0x21); // version 2, PROXY
    h += char(0x11); // IPv4, stream
    h += char(0);
    h += char(12);
    char block[12];
    qToBigEndian<quint32>(source.toIPv4Address(), block);
    qToBigEndian<quint32>(QHostAddress(QHostAddress::LocalHost).toIPv4Address(), block + 4);
    qToBigEndian<quint16>(sourcePort, block + 8);
    qToBigEndian<quint16>(8101, block + 10);
    return h + QByteArray(block, sizeof block);
}

// The request id of a raw HTTP/1.1 exchange on a connected socket (the X-Request-Id answer header).
QByteArray exchange(QTcpSocket &socket, const QByteArray &bytes)
{
    socket.write(bytes);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    const int at = answer.toLower().indexOf("x-request-id: "); // HAProxy writes header names in lower case
    return at < 0 ? QByteArray() : answer.mid(at + 14, answer.indexOf('\r', at) - at - 14);
}
} // namespace

class TestServerHaproxy final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_a, m_b;
    std::unique_ptr<HaproxyProcess> m_proxy;

    static QStringList plainArgs(const QString &instance)
    {
        return QStringList{QStringLiteral("--listen-plain"),  QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--instance"),      instance} +
               lars::test::trustAnchorArguments();
    }
    // The client address lars-server logged for the request with this id.
    static QString loggedRemote(ServerProcess &s, const QByteArray &requestId)
    {
        for (const QByteArray &line : s.log().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("event")).toString() == QLatin1String("request") &&
                o.value(QLatin1String("requestId")).toString().toLatin1() == requestId)
                return o.value(QLatin1String("remote")).toString();
        }
        return {};
    }
    QString loggedRemoteAnywhere(const QByteArray &requestId)
    {
        const QString a = loggedRemote(*m_a, requestId);
        return a.isEmpty() ? loggedRemote(*m_b, requestId) : a;
    }
    HttpReply authed(const QByteArray &method, const QString &path, const QString &token,
                     const QByteArray &body = {}, const QByteArray &key = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        return m_proxy->request(method, path, body, headers);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(HaproxyProcess::binary()), "haproxy is not installed: run scripts/setup");
        m_a = std::make_unique<ServerProcess>(ServerProcess::Backend::Postgres);
        QVERIFY2(m_a->start(60, plainArgs(QStringLiteral("a"))), qPrintable(m_a->errorString()));
        QCOMPARE(m_a->baseUrl().scheme(), QStringLiteral("http"));
        m_b = std::make_unique<ServerProcess>(ServerProcess::Backend::Postgres);
        QVERIFY2(m_b->start(-1, plainArgs(QStringLiteral("b")), m_a->dbUrl()),
                 qPrintable(m_b->errorString()));
        m_proxy = std::make_unique<HaproxyProcess>();
        QVERIFY2(m_proxy->start({{QStringLiteral("a"), quint16(m_a->baseUrl().port())},
                                 {QStringLiteral("b"), quint16(m_b->baseUrl().port())}}),
                 qPrintable(m_proxy->errorString()));
    }

    void loginOnOneProcessDossierOnTheOther()
    {
        // A real eID login (challenge and signed nonce) through HAProxy.
        const HttpReply challenge = m_proxy->request("POST", QStringLiteral("/api/v1/auth/challenge"));
        QVERIFY2(challenge.status == 201, dump(challenge));
        const QString nonce = challenge.json().value(QLatin1String("nonce")).toString();
        const auto assertion = lars::test::signAsCard(QStringLiteral("an-peeters"), nonce);
        const HttpReply login = m_proxy->request(
            "POST", QStringLiteral("/api/v1/auth/eid"),
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("nonce"), nonce},
                    {QStringLiteral("certificate"), QString::fromLatin1(assertion.certificate.toBase64())},
                    {QStringLiteral("signature"), QString::fromLatin1(assertion.signature.toBase64())}})
                .toJson(QJsonDocument::Compact));
        QVERIFY2(login.status == 200, dump(login));
        const QByteArray loginInstance = login.header("X-Lars-Instance");
        QVERIFY(loginInstance == "a" || loginInstance == "b");
        const QString token = login.json().value(QLatin1String("token")).toString();
        QVERIFY(!token.isEmpty());
        // TLS is HAProxy's: the server behind it still tells browsers to stay on HTTPS.
        QCOMPARE(login.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));

        // The dossier is read on the other process with the token the first one issued.
        bool otherServed = false;
        for (int i = 0; i < 10 && !otherServed; ++i) {
            const HttpReply dossier = authed("GET", QStringLiteral("/api/v1/pupils/2"), token);
            QVERIFY2(dossier.status == 200, dump(dossier));
            QCOMPARE(dossier.json().value(QLatin1String("id")).toInteger(), 2);
            otherServed = dossier.header("X-Lars-Instance") != loginInstance;
        }
        QVERIFY2(otherServed, "every dossier read landed on the process that logged in");
    }

    void abortedConnectionsDoNotSlowTheProxy()
    {
        // 200 connections that hang up before or during the TLS handshake, half with RST.
        for (int i = 0; i < 200; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
            QVERIFY(socket.waitForConnected(5000));
            if (i % 4 == 0)
                socket.write("\x16\x03\x01", 3);
            if (i % 2)
                socket.abort();
            else
                socket.disconnectFromHost();
        }
        QElapsedTimer timer;
        timer.start();
        const HttpReply health = m_proxy->request("GET", QStringLiteral("/api/v1/health"));
        const qint64 ms = timer.elapsed();
        QVERIFY2(health.status == 200, dump(health));
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void onlyTheProxyNamesTheClient()
    {
        const quint16 portA = quint16(m_a->baseUrl().port());
        const QByteArray get = "GET /api/v1/health HTTP/1.1\r\nHost: lars\r\n"
                               "X-Forwarded-For: 203.0.113.7\r\nConnection: close\r\n\r\n";
        // A peer that is not the proxy (127.0.0.2) sends X-Forwarded-For, then a PROXY v2 header: ignored.
        for (const QByteArray &prefix :
             {QByteArray(), proxyV2(QHostAddress(QStringLiteral("203.0.113.9")), 4711)}) {
            QTcpSocket direct;
            QVERIFY(direct.bind(QHostAddress(QStringLiteral("127.0.0.2"))));
            direct.connectToHost(QHostAddress::LocalHost, portA);
            QVERIFY(direct.waitForConnected(5000));
            const QByteArray id = exchange(direct, prefix + get);
            QVERIFY(!id.isEmpty());
            QTRY_COMPARE(loggedRemote(*m_a, id), QStringLiteral("127.0.0.2"));
        }
        // The trusted proxy's PROXY header is believed (a positive control of the same path) ...
        {
            QTcpSocket proxy;
            proxy.connectToHost(QHostAddress::LocalHost, portA);
            QVERIFY(proxy.waitForConnected(5000));
            const QByteArray id =
                exchange(proxy, proxyV2(QHostAddress(QStringLiteral("198.51.100.4")), 4711) + get);
            QTRY_COMPARE(loggedRemote(*m_a, id), QStringLiteral("198.51.100.4"));
        }
        // ... and through HAProxy the server logs the real client (127.0.0.3), not the header it wrote.
        QSslSocket client;
        QVERIFY(client.bind(QHostAddress(QStringLiteral("127.0.0.3"))));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_proxy->certificate()});
        client.setSslConfiguration(tls);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_proxy->port());
        QVERIFY2(client.waitForEncrypted(10000), qPrintable(client.errorString()));
        const QByteArray id = exchange(client, get);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(loggedRemoteAnywhere(id), QStringLiteral("127.0.0.3"));
    }

    void killedProcessLosesNoIdempotentRequest()
    {
        const QString token = m_a->token(an, 1);
        QVERIFY(!token.isEmpty());
        const qint64 activitiesBefore = m_a->tableCounts().value(QStringLiteral("activities"));
        const QByteArray activity =
            QJsonDocument(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-02")},
                                      {QStringLiteral("function"), QStringLiteral("begeleiding")},
                                      {QStringLiteral("subject"), QStringLiteral("Gesprek")},
                                      {QStringLiteral("durationMinutes"), 15},
                                      {QStringLiteral("text"), QStringLiteral("Onder belasting.")}})
                .toJson(QJsonDocument::Compact);

        // The load: 8 requests in flight at all times, dossier reads, searches and new journal lines, each
        // resent with the same Idempotency-Key after a network error or a 502/503/504 (after 0.1, 0.2, ...
        // s), as the client's outbox does.
        struct Job
        {
            int n = 0;
            int attempts = 0;
            bool afterKill = false; // this attempt was sent after the SIGKILL
        };
        constexpr int total = 240, concurrency = 8, killAfter = 60;
        int started = 0, completed = 0, failed = 0, resent = 0, posts = 0;
        QSet<QByteArray> instancesBefore, instancesAfter;
        QStringList failures;
        bool killed = false;
        std::function<void(Job)> launch = [&](Job job) {
            QByteArray method = "GET";
            QString path;
            QByteArray body, key;
            switch (job.n % 3) {
            case 0:
                path = QStringLiteral("/api/v1/pupils/%1").arg(1 + job.n % 8);
                break;
            case 1:
                path = QStringLiteral("/api/v1/pupils?q=%1")
                           .arg(job.n % 2 ? QStringLiteral("el") : QStringLiteral("ja"));
                break;
            default:
                method = "POST";
                path = QStringLiteral("/api/v1/pupils/%1/activities").arg(1 + job.n % 8);
                body = activity;
                key = "kill-test-" + QByteArray::number(job.n);
            }
            ++job.attempts;
            job.afterKill = killed;
            QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
            if (!key.isEmpty())
                headers.append({"Idempotency-Key", key});
            QNetworkReply *reply = m_proxy->startRequest(method, path, body, headers);
            connect(reply, &QNetworkReply::finished, this, [&, reply, job, method] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray instance = reply->rawHeader("X-Lars-Instance");
                reply->deleteLater();
                if ((status == 0 || status == 502 || status == 503 || status == 504) && job.attempts < 8) {
                    // The client's outbox: the same request and key again after a growing pause.
                    ++resent;
                    QTimer::singleShot(100 * job.attempts, this, [&launch, job] { launch(job); });
                    return;
                }
                if (status != (method == "POST" ? 201 : 200)) {
                    ++failed;
                    failures << QStringLiteral("%1 %2 -> %3")
                                    .arg(QString::fromLatin1(method))
                                    .arg(job.n)
                                    .arg(status);
                } else {
                    (job.afterKill ? instancesAfter : instancesBefore).insert(instance);
                }
                if (method == "POST")
                    ++posts;
                ++completed;
                if (completed == killAfter) {
                    m_b->process().kill(); // SIGKILL: no goodbye, requests in flight are cut
                    killed = true;
                }
                if (started < total)
                    launch(Job{started++, 0});
            });
        };
        for (int i = 0; i < concurrency; ++i)
            launch(Job{started++, 0});
        QTRY_VERIFY_WITH_TIMEOUT(completed == total, 180000);

        QVERIFY2(failed == 0, qPrintable(failures.join(QStringLiteral(", "))));
        QVERIFY(killed);
        QCOMPARE(instancesBefore, (QSet<QByteArray>{"a", "b"}));
        QCOMPARE(instancesAfter, QSet<QByteArray>{"a"});
        // Each journal line exactly once, whichever process wrote it and however often it was sent.
        QCOMPARE(m_a->tableCounts().value(QStringLiteral("activities")), activitiesBefore + posts);
        qInfo() << "requests" << total << "resent by the client after the kill:" << resent;
    }
};

QTEST_GUILESS_MAIN(TestServerHaproxy)
#include "tst_server_haproxy.moc"
