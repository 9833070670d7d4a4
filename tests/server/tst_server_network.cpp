// lars-server under network abuse, as a process on a loopback port: bursts of connections that close before
// their TLS handshake (port scans, TCP health checks), handshakes that never finish (slowloris) and silent
// connections must neither wedge the server nor hold its descriptors.
#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using lars::test::ServerProcess;

class TestServerNetwork final : public QObject
{
    Q_OBJECT

    static int openDescriptors(ServerProcess &s)
    {
        return int(QDir(QStringLiteral("/proc/%1/fd").arg(s.process().processId()))
                       .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                       .size());
    }
    // A normal request, timed from the first byte of the connection to the answer.
    static qint64 timedHealth(ServerProcess &s, int *status)
    {
        QElapsedTimer timer;
        timer.start();
        *status = s.request("GET", QStringLiteral("/api/v1/health")).status;
        return timer.elapsed();
    }

private slots:
    void abortedHandshakesDoNotWedge()
    {
        ServerProcess s(ServerProcess::Backend::Sqlite);
        QVERIFY2(s.start(10), qPrintable(s.errorString()));
        const quint16 port = quint16(s.baseUrl().port());
        // 200 connections that hang up before saying anything, half with FIN, half with RST.
        for (int i = 0; i < 200; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket.waitForConnected(5000));
            if (i % 2)
                socket.abort();
            else
                socket.disconnectFromHost();
        }
        int status = 0;
        const qint64 ms = timedHealth(s, &status);
        QCOMPARE(status, 200);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void unfinishedHandshakesTimeOut()
    {
        ServerProcess s(ServerProcess::Backend::Sqlite);
        QVERIFY2(s.start(10, {QStringLiteral("--handshake-timeout-ms"), QStringLiteral("2000"),
                              QStringLiteral("--max-handshakes"), QStringLiteral("64")}),
                 qPrintable(s.errorString()));
        int status = 0;
        timedHealth(s, &status);
        QCOMPARE(status, 200);
        const int baseline = openDescriptors(s);
        QVERIFY(baseline > 0);
        // 150 clients start a TLS record (the first bytes of a ClientHello) and then say nothing more.
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        for (int i = 0; i < 150; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, quint16(s.baseUrl().port()));
            QVERIFY(socket->waitForConnected(5000));
            socket->write("\x16\x03\x01", 3);
            QVERIFY(socket->waitForBytesWritten(5000));
            stalled.push_back(std::move(socket));
        }
        // While they hang, a real client is served at once (the cap lets the oldest give way).
        const qint64 ms = timedHealth(s, &status);
        QCOMPARE(status, 200);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        // Each of them is closed by the server: by the cap or by the handshake deadline.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(stalled.begin(), stalled.end(),
                                             [](const auto &socket) {
                                                 return socket->state() == QAbstractSocket::UnconnectedState;
                                             }),
                                 10000);
        // ... and the server holds no descriptor for them any more.
        QTRY_VERIFY_WITH_TIMEOUT(openDescriptors(s) <= baseline, 5000);
        QTRY_VERIFY(s.log().contains("too many TLS handshakes in progress"));
        timedHealth(s, &status);
        QCOMPARE(status, 200);
    }

    void silentConnectionsAreClosed()
    {
        ServerProcess s(ServerProcess::Backend::Sqlite);
        QVERIFY2(s.start(10, {QStringLiteral("--idle-timeout-seconds"), QStringLiteral("1")}),
                 qPrintable(s.errorString()));
        // A finished handshake and then nothing: the connection is closed after the idle timeout.
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({s.certificate()});
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(s.baseUrl().port()));
        QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(timer.elapsed() >= 500);
    }
};

QTEST_GUILESS_MAIN(TestServerNetwork)
#include "tst_server_network.moc"
