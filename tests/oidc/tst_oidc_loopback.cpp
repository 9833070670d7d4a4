// The desktop's loopback listener under what else may knock on a local port: other paths (a favicon, a
// scan) get 404 and do not end the wait, garbage and oversized requests are dropped, it listens on
// 127.0.0.1 only, answers once with the Dutch page, and a second redirect finds the port closed.
#include "ui/login/OidcLoopback.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using lars::ui::OidcLoopback;

namespace {
// Sends raw bytes and returns what came back before the listener closed the connection.
QByteArray exchange(quint16 port, const QByteArray &request, QHostAddress host = QHostAddress::LocalHost)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(3000))
        return "no connection";
    socket.write(request);
    QByteArray answer;
    // The listener closes every connection it answers or drops; one it keeps open is a failure too.
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return closed ? answer + socket.readAll() : QByteArray("left open");
}
} // namespace

class TestOidcLoopback final : public QObject
{
    Q_OBJECT

private slots:
    void strangersDoNotEndTheWait()
    {
        OidcLoopback loopback;
        QVERIFY(loopback.listen());
        loopback.setExpectedState(QStringLiteral("S1"));
        const quint16 port = quint16(loopback.redirectUri().port());
        QCOMPARE(loopback.redirectUri().host(), QStringLiteral("127.0.0.1"));
        QSignalSpy redirected(&loopback, &OidcLoopback::redirected);

        QVERIFY(exchange(port, "GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404"));
        QVERIFY(exchange(port, "GET " + loopback.redirectUri().path().toLatin1() +
                                   "x?code=c&state=S1 HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 404"));
        QVERIFY(exchange(port, "POST " + loopback.redirectUri().path().toLatin1() +
                                   "?code=c&state=S1 HTTP/1.1\r\n\r\n")
                    .startsWith("HTTP/1.1 404"));
        QVERIFY(exchange(port, "\x16\x03\x01 not http at all\r\n\r\n").isEmpty()); // e.g. a TLS hello
        QVERIFY(exchange(port, "GET /" + QByteArray(20000, 'a')).isEmpty());       // never a whole request
        QCOMPARE(redirected.count(), 0);
        QVERIFY(loopback.isListening());
        // Not reachable through another address of this computer.
        for (const QHostAddress &address : QNetworkInterface::allAddresses())
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                QCOMPARE(exchange(port, "GET / HTTP/1.1\r\n\r\n", address), QByteArray("no connection"));

        const QByteArray answer = exchange(port, "GET " + loopback.redirectUri().path().toLatin1() +
                                                     "?code=c1&state=S1 HTTP/1.1\r\n\r\n");
        QVERIFY(answer.startsWith("HTTP/1.1 200"));
        QCOMPARE(redirected.count(), 1);
        QCOMPARE(redirected.first().at(1).toBool(), true);
        QVERIFY(!loopback.isListening());
        QCOMPARE(exchange(port, "GET / HTTP/1.1\r\n\r\n"), QByteArray("no connection"));
    }

    void anotherStateIsFlagged()
    {
        OidcLoopback loopback;
        QVERIFY(loopback.listen());
        loopback.setExpectedState(QStringLiteral("S1"));
        QSignalSpy redirected(&loopback, &OidcLoopback::redirected);
        exchange(quint16(loopback.redirectUri().port()),
                 "GET " + loopback.redirectUri().path().toLatin1() + "?code=c1&state=S2 HTTP/1.1\r\n\r\n");
        QCOMPARE(redirected.count(), 1);
        QCOMPARE(redirected.first().at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestOidcLoopback)
#include "tst_oidc_loopback.moc"
