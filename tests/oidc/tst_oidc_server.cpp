// The government login at the API level, with real parts only: the real OpenID Connect provider
// (tools/oidc-provider, npm oidc-provider) whose Dutch pages OidcBrowser fills in, and the real lars-server
// on SQLite and on PostgreSQL as its confidential client. Every bad path of issue #13 is refused for the
// right reason: the desktop's loopback redirect gets the error code the client explains in Dutch, the audit
// log names what was wrong.
#include "tests/support/OidcBrowser.h"
#include "tests/support/OidcProviderProcess.h"
#include "tests/support/ServerProcess.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using lars::test::HttpReply;
using lars::test::OidcBrowser;
using lars::test::OidcProviderProcess;
using lars::test::ServerProcess;

namespace {

const QUrl kLoopback(QStringLiteral("http://127.0.0.1:1/lars-login"));

struct Pkce
{
    QString verifier;
    QString challenge;
    QString state;
};

QString randomText()
{
    quint32 raw[8];
    QRandomGenerator::system()->fillRange(raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Pkce pkce()
{
    Pkce p{randomText(), {}, randomText()};
    p.challenge =
        QString::fromLatin1(QCryptographicHash::hash(p.verifier.toLatin1(), QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return p;
}

QString param(const QUrl &url, const char *name)
{
    return QUrlQuery(url).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

class TestOidcServer final : public QObject
{
    Q_OBJECT

    OidcProviderProcess m_provider;
    std::unique_ptr<ServerProcess> m_servers[2];

    ServerProcess &server()
    {
        QFETCH_GLOBAL(int, backend);
        return *m_servers[backend];
    }
    QUrl startUrl(const Pkce &p, ServerProcess &s)
    {
        QUrl url = s.baseUrl();
        url.setPath(QStringLiteral("/api/v1/auth/oidc/start"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("redirect_uri"), kLoopback.toString());
        q.addQueryItem(QStringLiteral("state"), p.state);
        q.addQueryItem(QStringLiteral("code_challenge"), p.challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        return url;
    }
    // The browser's part of a login; the loopback URL the desktop would receive.
    QUrl browserLogin(const Pkce &p, const QString &person = QStringLiteral("demo-an-peeters"),
                      bool allow = true)
    {
        OidcBrowser browser(server().certificate());
        browser.setStopAt(kLoopback);
        return browser.logIn(startUrl(p, server()), person, allow).url;
    }
    HttpReply exchange(const QString &code, const QString &verifier)
    {
        return server().request("POST", QStringLiteral("/api/v1/auth/oidc/token"),
                                QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("codeVerifier"), verifier}})
                                    .toJson(QJsonDocument::Compact));
    }
    QString lastFailure()
    {
        const auto rows = server().sql(QStringLiteral(
            "SELECT detail FROM audit_log WHERE action = 'login.failed' ORDER BY id DESC LIMIT 1"));
        return rows.isEmpty() ? QString() : rows.first().value(0).toString();
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<int>("backend");
        QTest::newRow("sqlite") << 0;
        QTest::newRow("postgres") << 1;
    }

    void initTestCase()
    {
        const quint16 ports[2] = {OidcProviderProcess::freePort(), OidcProviderProcess::freePort()};
        QVERIFY2(m_provider.start({ports[0], ports[1]}), qPrintable(m_provider.errorString()));
        for (int b = 0; b < 2; ++b) {
            m_servers[b] = std::make_unique<ServerProcess>(b == 0 ? ServerProcess::Backend::Sqlite
                                                                  : ServerProcess::Backend::Postgres);
            QVERIFY2(m_servers[b]->start(60, m_provider.serverArguments(ports[b])),
                     qPrintable(m_servers[b]->errorString()));
        }
    }

    void init() { QVERIFY(m_provider.setFault(QStringLiteral("none"))); }

    void loginGivesTheSameSessionAsEid()
    {
        const Pkce p = pkce();
        const QUrl back = browserLogin(p, QStringLiteral("demo-jan-claes"));
        QCOMPARE(param(back, "state"), p.state);
        QVERIFY2(!param(back, "code").isEmpty(), qPrintable(back.toString()));
        const HttpReply r = exchange(param(back, "code"), p.verifier);
        QCOMPARE(r.status, 200);
        const QString token = r.json().value(QLatin1String("token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(r.json().value(QLatin1String("clbCount")).toInt(),
                 2); // Jan Claes: two CLBs, he chooses next
        const HttpReply me = server().get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(me.status, 200);
        QVERIFY2(me.body.contains("Claes"), me.body.constData());
        const auto origin =
            server().sql(QStringLiteral("SELECT origin FROM auth_tokens ORDER BY created_at DESC LIMIT 1"));
        QCOMPARE(origin.value(0).value(0).toString(), QStringLiteral("oidc"));
        const auto audit = server().sql(QStringLiteral(
            "SELECT action, detail FROM audit_log WHERE action IN ('login', 'login.oidc-verified') "
            "ORDER BY id DESC LIMIT 2"));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].value(0).toString(), QStringLiteral("login"));
        QCOMPARE(audit[0].value(1).toString(), QStringLiteral("government login (itsme)"));
        QCOMPARE(audit[1].value(0).toString(), QStringLiteral("login.oidc-verified"));
    }

    void codeIsSingleUseAndBoundToTheVerifier()
    {
        const Pkce p = pkce();
        const QString code = param(browserLogin(p), "code");
        QVERIFY(!code.isEmpty());
        const HttpReply wrong = exchange(code, pkce().verifier);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.problemType(), QStringLiteral("https://lars.example/problems/pkce-mismatch"));
        // The wrong verifier spent the code: whoever intercepted it cannot try again, nor can the owner.
        const HttpReply replay = exchange(code, p.verifier);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.problemType(), QStringLiteral("https://lars.example/problems/oidc-code-used"));
        QCOMPARE(lastFailure(), QStringLiteral("oidc code-replayed"));

        const Pkce q = pkce();
        const QString second = param(browserLogin(q), "code");
        QCOMPARE(exchange(second, q.verifier).status, 200);
        QCOMPARE(exchange(second, q.verifier).problemType(),
                 QStringLiteral("https://lars.example/problems/oidc-code-used"));
    }

    void expiredCodeIsRefused()
    {
        const Pkce p = pkce();
        const QString code = param(browserLogin(p), "code");
        QVERIFY(!code.isEmpty());
        // Its lifetime is --oidc-code-ttl-seconds (default 60 s) after it was made.
        const auto row = server().sql(
            QStringLiteral("SELECT created_at, expires_at FROM oidc_codes ORDER BY created_at DESC LIMIT 1"));
        QCOMPARE(QDateTime::fromString(row[0][0].toString(), Qt::ISODateWithMs)
                     .secsTo(QDateTime::fromString(row[0][1].toString(), Qt::ISODateWithMs)),
                 60);
        QString error;
        server().sql(QStringLiteral("UPDATE oidc_codes SET expires_at = ?"),
                     {QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs)}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpReply r = exchange(code, p.verifier);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.problemType(), QStringLiteral("https://lars.example/problems/oidc-code-expired"));
    }

    void badIdTokensAreRefused_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong nonce") << "nonce"
                                     << "id-token wrong-nonce";
        QTest::newRow("expired") << "expired"
                                 << "id-token expired";
        QTest::newRow("not yet valid") << "not-yet-valid"
                                       << "id-token not-yet-valid";
        QTest::newRow("wrong aud") << "aud"
                                   << "id-token wrong-audience";
        QTest::newRow("wrong iss") << "iss"
                                   << "id-token wrong-issuer";
        QTest::newRow("bad signature") << "signature"
                                       << "id-token bad-signature";
        QTest::newRow("alg none") << "alg-none"
                                  << "id-token unsupported-algorithm";
        QTest::newRow("unknown kid") << "unknown-kid"
                                     << "id-token unknown-key";
    }
    void badIdTokensAreRefused()
    {
        QFETCH(QString, fault);
        QFETCH(QString, reason);
        QVERIFY(m_provider.setFault(fault));
        const Pkce p = pkce();
        const QUrl back = browserLogin(p);
        QCOMPARE(param(back, "error"), QStringLiteral("invalid_id_token"));
        QCOMPARE(param(back, "state"), p.state);
        QVERIFY(param(back, "code").isEmpty());
        QVERIFY2(lastFailure().startsWith(QStringLiteral("oidc invalid_id_token; ") + reason),
                 qPrintable(lastFailure()));
    }

    void rotatedKeyIsFetchedOnce()
    {
        QVERIFY(m_provider.setFault(QStringLiteral("rotated")));
        const Pkce p = pkce();
        const QUrl back = browserLogin(p);
        QVERIFY2(!param(back, "code").isEmpty(), qPrintable(back.toString()));
        QCOMPARE(exchange(param(back, "code"), p.verifier).status, 200);
    }

    void unknownNationalNumberIsRefused()
    {
        const Pkce p = pkce();
        const QUrl back = browserLogin(p, QStringLiteral("demo-elise-dubois"));
        QCOMPARE(param(back, "error"), QStringLiteral("unknown_person"));
        QCOMPARE(lastFailure(), QStringLiteral("oidc unknown_person; no staff"));
    }

    void userCancels()
    {
        OidcBrowser browser(server().certificate());
        browser.setStopAt(kLoopback);
        Pkce p = pkce();
        QUrl back = browser.cancelAtLogin(startUrl(p, server())).url;
        QCOMPARE(param(back, "error"), QStringLiteral("access_denied"));
        QCOMPARE(param(back, "state"), p.state);
        // Refusing consent is the same answer.
        p = pkce();
        back = browserLogin(p, QStringLiteral("demo-sofie-maes"), false);
        QCOMPARE(param(back, "error"), QStringLiteral("access_denied"));
    }

    void wrongStateAtTheCallbackIsRefused()
    {
        QUrl callback = server().baseUrl();
        callback.setPath(QStringLiteral("/api/v1/auth/oidc/callback"));
        callback.setQuery(QStringLiteral("code=forged&state=") + randomText());
        OidcBrowser browser(server().certificate());
        const OidcBrowser::Page page = browser.open(callback);
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.contains("verlopen of al gebruikt"));
        QCOMPARE(lastFailure(), QStringLiteral("oidc unknown-state"));
    }

    // The provider's redirect to the callback used twice (the browser's history, or a copied URL): the
    // state was consumed by the first.
    void callbackReplayIsRefused()
    {
        QUrl callback = server().baseUrl();
        callback.setPath(QStringLiteral("/api/v1/auth/oidc/callback"));
        OidcBrowser browser(server().certificate());
        browser.setStopAt(callback);
        const QUrl toCallback =
            browser.logIn(startUrl(pkce(), server()), QStringLiteral("demo-an-peeters")).url;
        QVERIFY2(toCallback.hasQuery(), qPrintable(toCallback.toString()));
        browser.setStopAt(kLoopback);
        QVERIFY(!param(browser.open(toCallback).url, "code").isEmpty());
        const OidcBrowser::Page again = browser.open(toCallback);
        QCOMPARE(again.status, 400);
        QCOMPARE(lastFailure(), QStringLiteral("oidc unknown-state"));
    }

    // Production runs several stateless processes on one PostgreSQL: the login starts on one, the provider
    // sends the browser back to another (that never fetched the discovery document) and the desktop
    // exchanges the code at the first again.
    void aLoginMaySpanServerProcesses()
    {
        QFETCH_GLOBAL(int, backend);
        if (backend != 1)
            QSKIP("the production topology: PostgreSQL");
        const quint16 portA = OidcProviderProcess::freePort();
        const quint16 portB = OidcProviderProcess::freePort();
        QVERIFY(m_provider.stop());
        QVERIFY2(m_provider.start({quint16(m_servers[0]->baseUrl().port()),
                                   quint16(m_servers[1]->baseUrl().port()), portB}),
                 qPrintable(m_provider.errorString()));
        const QString callbackB = QStringLiteral("https://127.0.0.1:%1/api/v1/auth/oidc/callback").arg(portB);
        ServerProcess a(ServerProcess::Backend::Postgres);
        ServerProcess b(ServerProcess::Backend::Postgres);
        QVERIFY2(a.start(-1,
                         m_provider.serverArguments(portA)
                             << QStringLiteral("--oidc-redirect-uri") << callbackB
                             << QStringLiteral("--instance") << QStringLiteral("a"),
                         server().dbUrl()),
                 qPrintable(a.errorString()));
        QVERIFY2(
            b.start(-1,
                    m_provider.serverArguments(portB) << QStringLiteral("--instance") << QStringLiteral("b"),
                    server().dbUrl()),
            qPrintable(b.errorString()));
        // Two browsers only because both test servers' self-signed certificates name the same subject.
        OidcBrowser browser(a.certificate());
        browser.setStopAt(QUrl(callbackB));
        const Pkce p = pkce();
        const QUrl toB = browser.logIn(startUrl(p, a), QStringLiteral("demo-an-peeters")).url;
        QVERIFY2(toB.toString().startsWith(callbackB), qPrintable(toB.toString()));
        OidcBrowser atB(b.certificate());
        atB.setStopAt(kLoopback);
        const QUrl back = atB.open(toB).url;
        QVERIFY2(!param(back, "code").isEmpty(), qPrintable(back.toString()));
        // The access log's request lines: the callback reached b only.
        QTRY_VERIFY(b.log().contains(R"("path":"/api/v1/auth/oidc/callback")"));
        QVERIFY(!a.log().contains(R"("path":"/api/v1/auth/oidc/callback")"));
        const HttpReply r = a.request("POST", QStringLiteral("/api/v1/auth/oidc/token"),
                                      QJsonDocument(QJsonObject{{QStringLiteral("code"), param(back, "code")},
                                                                {QStringLiteral("codeVerifier"), p.verifier}})
                                          .toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
    }

    void startAcceptsOnlyALoopbackRedirect_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::newRow("https elsewhere") << "https://evil.example/cb";
        QTest::newRow("localhost name") << "http://localhost:5000/cb";
        QTest::newRow("no port") << "http://127.0.0.1/cb";
        QTest::newRow("other address") << "http://192.168.1.5:5000/cb";
        QTest::newRow("user info trick") << "http://127.0.0.1:5000@evil.example/cb";
        QTest::newRow("with a query") << "http://127.0.0.1:5000/cb?next=https://evil.example";
    }
    void startAcceptsOnlyALoopbackRedirect()
    {
        QFETCH(QString, redirect);
        const Pkce p = pkce();
        QUrl url = startUrl(p, server());
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("redirect_uri"));
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        url.setQuery(q);
        OidcBrowser browser(server().certificate());
        const OidcBrowser::Page page = browser.open(url);
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.contains("niet van LARS"));
    }

    void providerDown()
    {
        // Down while the user is at the provider: the code cannot be exchanged.
        OidcBrowser browser(server().certificate());
        browser.setStopAt(m_provider.issuer());
        const Pkce p = pkce();
        const QUrl atProvider = browser.open(startUrl(p, server())).url;
        QVERIFY2(atProvider.toString().startsWith(m_provider.issuer().toString()),
                 qPrintable(atProvider.toString()));
        QVERIFY(m_provider.stop());
        QUrl callback = server().baseUrl();
        callback.setPath(QStringLiteral("/api/v1/auth/oidc/callback"));
        callback.setQuery(QStringLiteral("code=any&state=") + param(atProvider, "state"));
        browser.setStopAt(kLoopback);
        const QUrl back = browser.open(callback).url;
        QCOMPARE(param(back, "error"), QStringLiteral("temporarily_unavailable"));
        QCOMPARE(param(back, "state"), p.state);

        // Back up (new keys, same issuer): logins work again, the new key fetched on first sight.
        QVERIFY2(m_provider.start(
                     {quint16(m_servers[0]->baseUrl().port()), quint16(m_servers[1]->baseUrl().port())}),
                 qPrintable(m_provider.errorString()));
        const Pkce q = pkce();
        const QUrl again = browserLogin(q);
        QCOMPARE(exchange(param(again, "code"), q.verifier).status, 200);
    }

    void providerDownAtStartAndNotConfigured()
    {
        QFETCH_GLOBAL(int, backend);
        if (backend != 0)
            QSKIP("the configuration does not depend on the database: one extra server is enough");
        const quint16 dead = OidcProviderProcess::freePort();
        QTemporaryFile secret;
        QVERIFY(secret.open() && secret.write("not-used") > 0 && secret.flush());
        ServerProcess unreachable(ServerProcess::Backend::Sqlite);
        QVERIFY2(unreachable.start(0, {QStringLiteral("--oidc-issuer"),
                                       QStringLiteral("http://127.0.0.1:%1").arg(dead),
                                       QStringLiteral("--oidc-client-id"), QStringLiteral("x"),
                                       QStringLiteral("--oidc-client-secret-file"), secret.fileName(),
                                       QStringLiteral("--oidc-redirect-uri"),
                                       QStringLiteral("https://127.0.0.1:9/api/v1/auth/oidc/callback")}),
                 qPrintable(unreachable.errorString()));
        OidcBrowser browser(unreachable.certificate());
        browser.setStopAt(kLoopback);
        Pkce p = pkce();
        QUrl back = browser.open(startUrl(p, unreachable)).url;
        QCOMPARE(param(back, "error"), QStringLiteral("temporarily_unavailable"));
        QCOMPARE(param(back, "state"), p.state);

        ServerProcess plain(ServerProcess::Backend::Sqlite);
        QVERIFY2(plain.start(0), qPrintable(plain.errorString()));
        OidcBrowser other(plain.certificate());
        other.setStopAt(kLoopback);
        p = pkce();
        back = other.open(startUrl(p, plain)).url;
        QCOMPARE(param(back, "error"), QStringLiteral("not_configured"));
    }

    // Last: it spends this source's budget of starts (60 per 5 minutes, shared with eID challenges).
    void startsAreLimitedPerSource()
    {
        OidcBrowser browser(server().certificate());
        browser.setStopAt(QUrl(QStringLiteral("http")));
        QString error;
        for (int i = 0; i < 70 && error.isEmpty(); ++i) {
            const Pkce p = pkce();
            error = param(browser.open(startUrl(p, server())).url, "error");
        }
        QCOMPARE(error, QStringLiteral("too_many_attempts"));
    }
};

QTEST_GUILESS_MAIN(TestOidcServer)
#include "tst_oidc_server.moc"
