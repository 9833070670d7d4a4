// The TLS that the one-process lars-server offers, checked from outside with `openssl s_client`: TLS 1.3
// and TLS 1.2 with forward-secret AEAD suites are accepted; CBC suites, suites without forward secrecy
// and TLS 1.1 are refused.
#include "tests/support/ServerProcess.h"

#include <QProcess>
#include <QTest>

using lars::test::ServerProcess;

class TestServerTls final : public QObject
{
    Q_OBJECT

    ServerProcess m_server{ServerProcess::Backend::Sqlite};

    // True when a handshake with these s_client options completes.
    bool handshake(const QStringList &options, QByteArray *output)
    {
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(QStringLiteral("openssl"),
                     QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                 QStringLiteral("127.0.0.1:%1").arg(m_server.baseUrl().port())} +
                         options);
        client.closeWriteChannel(); // s_client ends after the handshake when its input ends
        if (!client.waitForFinished(20000))
            return false;
        *output = client.readAll();
        return client.exitCode() == 0 && output->contains("Cipher is ") &&
               !output->contains("Cipher is (NONE)");
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(5), qPrintable(m_server.errorString())); }

    void offered_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("accepted");
        const auto tls12 = [](const char *cipher) {
            return QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QLatin1String(cipher)};
        };
        QTest::newRow("TLS 1.3") << QStringList{QStringLiteral("-tls1_3")} << true;
        QTest::newRow("TLS 1.2 ECDHE AES-GCM") << tls12("ECDHE+AESGCM") << true;
        QTest::newRow("TLS 1.2 ECDHE ChaCha20") << tls12("ECDHE+CHACHA20") << true;
        QTest::newRow("TLS 1.2 CBC (SHA-1)") << tls12("ECDHE+AES+SHA1") << false;
        QTest::newRow("TLS 1.2 CBC (SHA-2)") << tls12("ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:"
                                                      "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384")
                                             << false;
        QTest::newRow("TLS 1.2 RSA key exchange") << tls12("kRSA") << false;
        QTest::newRow("TLS 1.1") << QStringList{QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                                QStringLiteral("DEFAULT@SECLEVEL=0")}
                                 << false;
    }

    void offered()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, accepted);
        QByteArray output;
        QCOMPARE(handshake(options, &output), accepted);
        if (!accepted) // the server said no (a handshake failure), not that it was unreachable
            QVERIFY2(output.contains("CONNECTED"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
