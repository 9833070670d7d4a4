// Units of the proxy-facing transport: the PROXY v2 header parser, which peers may name the client
// (TrustedProxies), and the --listen-plain / --trusted-proxy / --instance settings.
#include "server/ServerConfig.h"
#include "server/http/ProxyHeader.h"
#include "server/http/TrustedProxies.h"

#include <QTest>
#include <QtEndian>

using lars::server::ServerConfig;
using lars::server::http::ProxyHeader;
using lars::server::http::TrustedProxies;

namespace {
const QByteArray signature("\r\n\r\n\0\r\nQUIT\n", 12);

QByteArray header(quint8 verCmd, quint8 famProto, const QByteArray &addresses, int extraLength = 0)
{
    QByteArray h = signature;
    h += char(verCmd);
    h += char(famProto);
    char length[2];
    qToBigEndian<quint16>(quint16(addresses.size() + extraLength), length);
    return h + QByteArray(length, 2) + addresses;
}
QByteArray ipv4(const char *source, quint16 port)
{
    char b[12];
    qToBigEndian<quint32>(QHostAddress(QLatin1String(source)).toIPv4Address(), b);
    qToBigEndian<quint32>(0x7f000001, b + 4);
    qToBigEndian<quint16>(port, b + 8);
    qToBigEndian<quint16>(443, b + 10);
    return QByteArray(b, 12);
}
} // namespace

class TestServerProxy final : public QObject
{
    Q_OBJECT

private slots:
    void proxyHeaderIPv4()
    {
        const QByteArray bytes = header(0x21, 0x11, ipv4("203.0.113.9", 4711)) + "GET / HTTP/1.1\r\n";
        const ProxyHeader h = ProxyHeader::parse(bytes);
        QCOMPARE(h.status, ProxyHeader::Status::Complete);
        QCOMPARE(h.length, 28);
        QCOMPARE(h.source, QHostAddress(QStringLiteral("203.0.113.9")));
        QCOMPARE(h.sourcePort, 4711);
        // Every shorter prefix asks for more, never decides.
        for (int n = 0; n < 28; ++n)
            QCOMPARE(ProxyHeader::parse(bytes.left(n)).status, ProxyHeader::Status::NeedMore);
    }

    void proxyHeaderIPv6AndTlvs()
    {
        QByteArray addresses(36, '\0');
        const Q_IPV6ADDR source = QHostAddress(QStringLiteral("2001:db8::7")).toIPv6Address();
        memcpy(addresses.data(), &source, 16);
        qToBigEndian<quint16>(55000, addresses.data() + 32);
        // A TLV (type 0x04 NOOP, 3 bytes) after the addresses is skipped with the header.
        const QByteArray tlv("\x04\x00\x03xyz", 6);
        const ProxyHeader h = ProxyHeader::parse(header(0x21, 0x21, addresses + tlv) + "GET");
        QCOMPARE(h.status, ProxyHeader::Status::Complete);
        QCOMPARE(h.length, 16 + 36 + 6);
        QCOMPARE(h.source, QHostAddress(QStringLiteral("2001:db8::7")));
    }

    void proxyHeaderLocalHasNoClient()
    {
        // HAProxy's own health checks: LOCAL command, the peer is the client.
        const ProxyHeader h = ProxyHeader::parse(header(0x20, 0x00, {}));
        QCOMPARE(h.status, ProxyHeader::Status::Complete);
        QCOMPARE(h.length, 16);
        QVERIFY(h.source.isNull());
    }

    void notAProxyHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ProxyHeader::Status>("status");
        QTest::newRow("http") << QByteArray("GET /api/v1/health HTTP/1.1\r\n") << ProxyHeader::Status::Absent;
        QTest::newRow("one byte") << QByteArray("G") << ProxyHeader::Status::Absent;
        QTest::newRow("v1 text") << QByteArray("PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n")
                                 << ProxyHeader::Status::Absent;
        QTest::newRow("version 1 binary")
            << header(0x11, 0x11, ipv4("1.2.3.4", 1)) << ProxyHeader::Status::Invalid;
        QTest::newRow("command 2") << header(0x22, 0x11, ipv4("1.2.3.4", 1)) << ProxyHeader::Status::Invalid;
        QTest::newRow("family 4") << header(0x21, 0x41, ipv4("1.2.3.4", 1)) << ProxyHeader::Status::Invalid;
        QTest::newRow("ipv4 too short")
            << header(0x21, 0x11, ipv4("1.2.3.4", 1).left(8)) << ProxyHeader::Status::Invalid;
        QTest::newRow("too long") << header(0x21, 0x11, ipv4("1.2.3.4", 1), 60000)
                                  << ProxyHeader::Status::Invalid;
    }
    void notAProxyHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ProxyHeader::Status, status);
        QCOMPARE(ProxyHeader::parse(bytes).status, status);
    }

    void onlyTrustedPeersNameTheClient()
    {
        TrustedProxies proxies;
        QString error;
        QVERIFY(proxies.set({QStringLiteral("127.0.0.1"), QStringLiteral("10.1.0.0/24")}, &error));
        const QHostAddress proxy(QStringLiteral("127.0.0.1")), stranger(QStringLiteral("127.0.0.2"));
        const QHostAddress claimed(QStringLiteral("203.0.113.9"));
        QCOMPARE(proxies.clientOf(proxy, claimed, "198.51.100.1"), claimed); // PROXY wins over the header
        QCOMPARE(proxies.clientOf(proxy, {}, "6.6.6.6, 198.51.100.1"),
                 QHostAddress(QStringLiteral("198.51.100.1")));
        QCOMPARE(proxies.clientOf(proxy, {}, "[2001:db8::1]:4711"),
                 QHostAddress(QStringLiteral("2001:db8::1")));
        QCOMPARE(proxies.clientOf(proxy, {}, "garbage"), proxy);
        QCOMPARE(proxies.clientOf(proxy, {}, {}), proxy);
        QCOMPARE(proxies.clientOf(QHostAddress(QStringLiteral("10.1.0.77")), {}, "198.51.100.1"),
                 QHostAddress(QStringLiteral("198.51.100.1")));
        QCOMPARE(proxies.clientOf(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), {}, "198.51.100.1"),
                 QHostAddress(QStringLiteral("198.51.100.1")));
        // Anyone else: neither a PROXY header nor X-Forwarded-For is believed.
        QCOMPARE(proxies.clientOf(stranger, claimed, "198.51.100.1"), stranger);
        QCOMPARE(proxies.clientOf(QHostAddress(QStringLiteral("10.1.1.1")), {}, "198.51.100.1"),
                 QHostAddress(QStringLiteral("10.1.1.1")));
        // Without trusted proxies, the socket decides.
        TrustedProxies none;
        QCOMPARE(none.clientOf(proxy, claimed, "198.51.100.1"), proxy);
        QVERIFY(!proxies.set({QStringLiteral("proxy.example")}, &error));
        QVERIFY(error.contains(QLatin1String("proxy.example")));
    }

    void plainListenSettings_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("loopback") << QStringList{"--listen-plain", "127.0.0.1:8101", "--trusted-proxy",
                                                 "127.0.0.1",      "--instance",     "8101"}
                                  << QString();
        QTest::newRow("no certificate needed beside --listen")
            << QStringList{"--listen", "192.0.2.10:443", "--listen-plain", "127.0.0.1:8101"} << QString();
        QTest::newRow("not loopback") << QStringList{"--listen-plain", "192.0.2.10:8101"} << "loopback";
        QTest::newRow("no port") << QStringList{"--listen-plain", "127.0.0.1"}
                                 << "--listen-plain needs HOST:PORT";
        QTest::newRow("bad proxy") << QStringList{"--trusted-proxy", "haproxy"} << "trusted-proxy";
        QTest::newRow("bad instance") << QStringList{"--instance", "a b"} << "--instance";
        QTest::newRow("with insecure-http")
            << QStringList{"--listen-plain", "127.0.0.1:8101", "--insecure-http"} << "exclude each other";
    }
    void plainListenSettings()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        ServerConfig config;
        QString message;
        QCOMPARE(config.parse(args, &message), error.isEmpty());
        QVERIFY2(message.contains(error), qPrintable(message));
        if (error.isEmpty() && args.contains(QLatin1String("--instance"))) {
            QVERIFY(config.listenPlain);
            QCOMPARE(config.plainPort, 8101);
            QCOMPARE(config.trustedProxies, QStringList{"127.0.0.1"});
            QCOMPARE(config.instance, QStringLiteral("8101"));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerProxy)
#include "tst_server_proxy.moc"
