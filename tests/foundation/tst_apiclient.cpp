// The API client's rules: which server URLs are allowed, and what every request carries.
#include "models/api/ApiClient.h"

#include <QNetworkRequest>
#include <QTemporaryFile>
#include <QTest>

using lars::models::ApiClient;

class TestApiClient final : public QObject
{
    Q_OBJECT
private slots:
    void serverUrlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://lars.example.be" << true;
        QTest::newRow("https with port and path") << "https://10.1.2.3:8443/lars" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http remote") << "http://lars.example.be" << false;
        QTest::newRow("http private network") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://lars.example.be" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }
    void serverUrlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString error;
        QCOMPARE(ApiClient::isAllowedServerUrl(QUrl(url), &error), allowed);
        QCOMPARE(error.isEmpty(), allowed);
    }

    void rejectedUrlKeepsThePreviousOne()
    {
        ApiClient api;
        QVERIFY(api.setBaseUrl(QUrl(QStringLiteral("https://lars.example.be/"))));
        QVERIFY(!api.setBaseUrl(QUrl(QStringLiteral("http://evil.example.com"))));
        QCOMPARE(api.baseUrl(), QUrl(QStringLiteral("https://lars.example.be")));
    }

    void requestCarriesTokenAndJson()
    {
        ApiClient api;
        QVERIFY(api.setBaseUrl(QUrl(QStringLiteral("https://lars.example.be/base/"))));
        QVERIFY(!api.request(QStringLiteral("/api/v1/me")).hasRawHeader("Authorization"));
        api.setBearerToken("abc123");
        const QNetworkRequest r = api.request(QStringLiteral("/api/v1/pupils"),
                                              QUrlQuery(QStringLiteral("q=%C3%ABl&birthDate=2015-02-03")));
        QCOMPARE(r.url().path(), QStringLiteral("/base/api/v1/pupils"));
        QCOMPARE(QUrlQuery(r.url()).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("ël"));
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer abc123"));
        QCOMPARE(r.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        api.clearBearerToken();
        QVERIFY(!api.hasBearerToken());
        QVERIFY(!api.request(QStringLiteral("/api/v1/me")).hasRawHeader("Authorization"));
    }

    void extraCertificateMustBePem()
    {
        ApiClient api;
        QString error;
        QVERIFY(!api.loadExtraCaCertificates(QStringLiteral("/nonexistent/server.pem"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/server.pem")));
        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("-----BEGIN NOTHING-----\nnot a certificate\n");
        notPem.close();
        QVERIFY(!api.loadExtraCaCertificates(notPem.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("no PEM")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
