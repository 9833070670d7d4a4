// lars-server's limits hold while a request is read, before authentication, against the real process:
// a 100 MB body is refused from its Content-Length without being buffered, a body without a length and
// headers that never end are refused, a request trickled byte by byte meets the request deadline, and
// requests within the limits (in small pieces, pipelined) pass untouched.
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QSslSocket>
#include <QTest>
#include <memory>

// gcc says __SANITIZE_ADDRESS__, clang (the asan preset) __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define LARS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LARS_ASAN 1
#endif
#endif

using lars::test::ServerProcess;

class TestServerLimits final : public QObject
{
    Q_OBJECT

    static qint64 rssKb(ServerProcess &s)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(s.process().processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return -1;
    }

    static std::unique_ptr<QSslSocket> connectTo(ServerProcess &s)
    {
        auto socket = std::make_unique<QSslSocket>();
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // the server's own test certificate
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(s.baseUrl().port()));
        if (!socket->waitForEncrypted(10000))
            return nullptr;
        return socket;
    }

    // Everything the server sent until it closed the connection (or nothing more came for 10 s).
    static QByteArray answerUntilClosed(QSslSocket &socket)
    {
        QByteArray all = socket.readAll();
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            all += socket.readAll();
        return all + socket.readAll();
    }

    ServerProcess m_server{ServerProcess::Backend::Sqlite};

private slots:
    void initTestCase()
    {
#if defined(LARS_ASAN)
        // AddressSanitizer keeps freed memory in a 256 MB quarantine instead of reusing it, so the
        // server's RSS would grow with every byte it ever read (and freed), not with what it holds: a
        // small quarantine makes RSS measure buffering again.
        QByteArray asan = qgetenv("ASAN_OPTIONS");
        qputenv("ASAN_OPTIONS", asan + (asan.isEmpty() ? "" : ":") + "quarantine_size_mb=4");
#endif
        QVERIFY2(m_server.start(10, {QStringLiteral("--request-timeout-seconds"), QStringLiteral("2")}),
                 qPrintable(m_server.errorString()));
    }

    void hugeBodyIsRefusedBeforeItIsBuffered()
    {
        const qint64 before = rssKb(m_server);
        QVERIFY(before > 0);
        auto socket = connectTo(m_server);
        QVERIFY(socket);
        // No token: the size is refused before authentication, so an anonymous client cannot make the
        // server buffer anything.
        socket->write("POST /api/v1/pupils/1/activities HTTP/1.1\r\nHost: lars\r\nContent-Type: "
                      "application/json\r\nContent-Length: 104857600\r\nIdempotency-Key: k1\r\n\r\n");
        const QByteArray megabyte(1024 * 1024, 'a');
        qint64 sent = 0;
        QByteArray answer;
        while (sent < 100 * megabyte.size() && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(megabyte);
            if (!socket->waitForBytesWritten(5000))
                break;
            sent += megabyte.size();
            answer += socket->readAll();
        }
        answer += answerUntilClosed(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        QVERIFY(answer.contains("application/problem+json"));
        QVERIFY(answer.contains("body-too-large"));
        const qint64 growthKb = rssKb(m_server) - before;
        qInfo("sent %lld MB before the server closed; RSS growth %lld kB", sent / megabyte.size(), growthKb);
        QVERIFY2(growthKb < 20 * 1024, qPrintable(QStringLiteral("RSS grew by %1 kB").arg(growthKb)));
        QCOMPARE(m_server.request("GET", QStringLiteral("/api/v1/health")).status, 200);
        QVERIFY(m_server.log().contains("refused a request"));
    }

    void bodyWithoutLengthIsRefused()
    {
        auto socket = connectTo(m_server);
        QVERIFY(socket);
        socket->write("POST /api/v1/pupils/1/activities HTTP/1.1\r\nHost: lars\r\nContent-Type: "
                      "application/json\r\nTransfer-Encoding: chunked\r\n\r\n100000\r\n");
        QVERIFY(socket->waitForBytesWritten(5000));
        QVERIFY(answerUntilClosed(*socket).startsWith("HTTP/1.1 411 "));
    }

    void endlessHeadersAreRefused()
    {
        auto socket = connectTo(m_server);
        QVERIFY(socket);
        socket->write("GET /api/v1/health HTTP/1.1\r\nHost: lars\r\n");
        for (int i = 0; i < 100; ++i)
            socket->write("X-Filler: " + QByteArray(1000, 'x') + "\r\n");
        QVERIFY(socket->waitForBytesWritten(5000));
        QVERIFY(answerUntilClosed(*socket).startsWith("HTTP/1.1 431 "));
    }

    void trickledRequestMeetsTheDeadline()
    {
        auto socket = connectTo(m_server);
        QVERIFY(socket);
        // A slow-loris client: a byte now and then keeps the idle timer happy, not the request deadline.
        socket->write("GET /api/v1/health HTTP/1.1\r\n");
        QVERIFY(socket->waitForBytesWritten(5000));
        QByteArray answer;
        int trickled = 0;
        while (socket->state() == QAbstractSocket::ConnectedState && !answer.contains("\r\n\r\n")) {
            if (socket->waitForReadyRead(500))
                answer += socket->readAll();
            else if (socket->state() == QAbstractSocket::ConnectedState && trickled++ < 40)
                socket->write("X");
        }
        answer += socket->readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.left(200).constData());
        QVERIFY(trickled < 40);
    }

    void requestsWithinTheLimitsPassInSmallPieces()
    {
        auto socket = connectTo(m_server);
        QVERIFY(socket);
        // Two pipelined requests and a 200 kB body sent in 1 kB writes, each flushed: the guard follows the
        // request boundaries without counting a byte twice.
        const QByteArray body = "{\"text\":\"" + QByteArray(200 * 1024, 'a') + "\"}";
        socket->write("GET /api/v1/health HTTP/1.1\r\nHost: lars\r\n\r\nGET /api/v1/health HTTP/1.1\r\nHost: "
                      "lars\r\n\r\n");
        socket->write("POST /api/v1/pupils/1/activities HTTP/1.1\r\nHost: lars\r\nContent-Type: "
                      "application/json\r\nIdempotency-Key: k2\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n");
        for (qsizetype at = 0; at < body.size(); at += 1024) {
            socket->write(body.mid(at, 1024));
            QVERIFY(socket->waitForBytesWritten(5000));
        }
        socket->write("GET /api/v1/health HTTP/1.1\r\nHost: lars\r\nConnection: close\r\n\r\n");
        const QByteArray answer = answerUntilClosed(*socket);
        QCOMPARE(answer.count("HTTP/1.1 200 "), 3);
        QCOMPARE(answer.count("HTTP/1.1 401 "), 1); // read in full, then refused for want of a token
        QVERIFY(!answer.contains("HTTP/1.1 413"));
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
