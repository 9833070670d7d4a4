// lars-server as a process: start-up flags and their refusals, the development certificate, plain
// HTTP only on loopback, --demo only on an empty database, graceful shutdown on SIGTERM.
#include "tests/support/ServerProcess.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using lars::test::ServerProcess;

class TestServerProcess final : public QObject
{
    Q_OBJECT

    static std::pair<int, QByteArray> runRefused(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(ServerProcess::binary(), args);
        p.waitForFinished(30000);
        return {p.exitCode(), p.readAll()};
    }

    // A lars-server.ini in dir with these lines.
    static QString iniFile(const QTemporaryDir &dir, const QByteArray &lines)
    {
        const QString path = dir.filePath(QStringLiteral("lars-server.ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(lines) != lines.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void refusesUnsafeFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("test tokens off loopback") << QStringList{QStringLiteral("--listen"),
                                                                 QStringLiteral("0.0.0.0:0"),
                                                                 QStringLiteral("--enable-test-tokens"),
                                                                 QStringLiteral("--cert"),
                                                                 QStringLiteral("c"),
                                                                 QStringLiteral("--key"),
                                                                 QStringLiteral("k")}
                                                  << QStringLiteral("loopback");
        QTest::newRow("http off loopback")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                           QStringLiteral("--insecure-http")}
            << QStringLiteral("loopback");
        QTest::newRow("no certificate off loopback")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}
            << QStringLiteral("--cert");
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown argument");
        // Every key of the config file is a flag too, checked by the same rule.
        QTest::newRow("body limit too small")
            << QStringList{QStringLiteral("--max-body-bytes"), QStringLiteral("12")}
            << QStringLiteral("max-body-bytes needs a whole number from 1024");
        QTest::newRow("handshake deadline not a number")
            << QStringList{QStringLiteral("--handshake-timeout-ms"), QStringLiteral("5s")}
            << QStringLiteral("handshake-timeout-ms needs a whole number from 100");
        QTest::newRow("flag without its value")
            << QStringList{QStringLiteral("--db")} << QStringLiteral("--db needs a value");
        // The OIDC client secret never on the command line (it would be in the process list).
        QTest::newRow("client secret as a flag")
            << QStringList{QStringLiteral("--oidc-client-secret"), QStringLiteral("s3cret")}
            << QStringLiteral("unknown argument");
    }
    void refusesUnsafeFlags()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto [code, output] = runRefused(args);
        QCOMPARE(code, 2);
        QVERIFY2(output.contains(message.toUtf8()), output.constData());
    }

    void configFileCannotEnableTestTokens()
    {
        QTemporaryDir dir;
        const QString ini = iniFile(dir, "db=sqlite:" + dir.filePath(QStringLiteral("x.sqlite")).toUtf8() +
                                             "\nenable-test-tokens=true\n");
        const auto [code, output] = runRefused({QStringLiteral("--config"), ini});
        QCOMPARE(code, 2);
        QVERIFY2(output.contains("not allowed in a config file"), output.constData());
    }

    void configFileValuesAreCheckedLikeFlags()
    {
        QTemporaryDir dir;
        const QString ini = iniFile(dir, "max-page-size=0\n");
        const auto [code, output] = runRefused({QStringLiteral("--config"), ini});
        QCOMPARE(code, 2);
        QVERIFY2(output.contains("max-page-size needs a whole number from 1"), output.constData());
        QVERIFY2(output.contains(ini.toUtf8()), output.constData());
    }

    void withoutFlagNoTestTokenRoute()
    {
        // Started without --enable-test-tokens (a config file sets the database): the route does not exist.
        QTemporaryDir dir;
        const QString ini = iniFile(dir, "db=sqlite:" + dir.filePath(QStringLiteral("c.sqlite")).toUtf8() +
                                             "\nlisten=127.0.0.1:0\n");
        QProcess p;
        p.start(ServerProcess::binary(),
                {QStringLiteral("--config"), ini, QStringLiteral("--insecure-http")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardError()).contains("\"event\":\"listening\""),
                                 30000);
        const QByteArray line = out.mid(out.lastIndexOf('{', out.indexOf("\"event\":\"listening\"")));
        const int port = QJsonDocument::fromJson(line.left(line.indexOf('\n')))
                             .object()
                             .value(QLatin1String("port"))
                             .toInt();
        QVERIFY(port > 0);
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/test/tokens").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, R"({"nationalNumber":"85071512397","clbId":1})");
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        delete reply;
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void developmentCertificateAndGracefulShutdown()
    {
        ServerProcess s(ServerProcess::Backend::Sqlite);
        QVERIFY2(s.start(20), qPrintable(s.errorString()));
        QVERIFY(!s.certificate().isNull());
        QVERIFY(s.certificate()
                    .subjectAlternativeNames()
                    .values(QSsl::IpAddressEntry)
                    .contains(QStringLiteral("127.0.0.1")));
        const QString fingerprint =
            QString::fromLatin1(s.certificate().digest(QCryptographicHash::Sha256).toHex().toUpper());
        QVERIFY(QString::fromUtf8(s.log()).remove(u':').contains(fingerprint));
        QCOMPARE(s.request("GET", QStringLiteral("/api/v1/health")).status, 200);
        // Over HTTPS only: a client that does not trust the certificate is refused.
        QNetworkAccessManager nam;
        QNetworkReply *untrusted =
            nam.get(QNetworkRequest(s.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/health")))));
        QTRY_VERIFY(untrusted->isFinished());
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
        delete untrusted;
        QVERIFY(s.stop());
        QVERIFY(s.log().contains("shutting down"));
    }

    void demoOnlyOnEmptyDatabase()
    {
        ServerProcess first(ServerProcess::Backend::Sqlite);
        QVERIFY2(first.start(30), qPrintable(first.errorString()));
        const auto counts = first.tableCounts();
        QCOMPARE(counts.value(QStringLiteral("pupils")), 30);
        QVERIFY(first.stop());
        ServerProcess again(ServerProcess::Backend::Sqlite);
        QVERIFY2(again.start(500, {}, first.dbUrl()), qPrintable(again.errorString()));
        QVERIFY(again.log().contains("--demo ignored"));
        QCOMPARE(again.tableCounts(), counts);
        QVERIFY(again.stop());
    }

    void aMigrationThatLandedLateIsStillApplied()
    {
        // Migrations are developed side by side and may land in any order: a database that already has a
        // later one (here: everything but 4) gets the missing one at the next start.
        ServerProcess first(ServerProcess::Backend::Sqlite);
        QVERIFY2(first.start(5), qPrintable(first.errorString()));
        QString error;
        first.sql(QStringLiteral("DROP TABLE rate_limits"), {}, &error);
        first.sql(QStringLiteral("DELETE FROM schema_migrations WHERE version = 4"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(first.stop());
        ServerProcess again(ServerProcess::Backend::Sqlite);
        QVERIFY2(again.start(5, {}, first.dbUrl()), qPrintable(again.errorString()));
        QVERIFY(again.log().contains("applied schema migration 4"));
        QCOMPARE(again.sql(QStringLiteral("SELECT COUNT(*) FROM rate_limits"), {}, &error)
                     .value(0)
                     .value(0)
                     .toInt(),
                 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void demoDataIsDeterministic()
    {
        ServerProcess a(ServerProcess::Backend::Sqlite), b(ServerProcess::Backend::Sqlite);
        QVERIFY(a.start(80));
        QVERIFY(b.start(80));
        const QString ta = a.token(QStringLiteral("85071512397"), 1);
        const QString tb = b.token(QStringLiteral("85071512397"), 1);
        QCOMPARE(a.get(QStringLiteral("/api/v1/pupils?q=ma&limit=100"), ta).json(),
                 b.get(QStringLiteral("/api/v1/pupils?q=ma&limit=100"), tb).json());
        QCOMPARE(a.tableCounts(), b.tableCounts());
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
