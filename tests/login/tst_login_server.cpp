// The eID login of the real lars-server over HTTPS: challenge, signature, chain and dates, national number
// → staff, CLB-scoped tokens, logout, the problem types the client words, replay and rate limiting, the
// one-time web-administration link, and nonces shared by two server processes on one PostgreSQL database.
// Assertions are signed in-process with the virtual cards' keys; the GUI tests go through the card.
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <memory>

using lars::test::HttpReply;
using lars::test::ServerProcess;

namespace {
QString problemOf(const HttpReply &r)
{
    return r.problemType().section(u'/', -1);
}
QByteArray dump(const HttpReply &r)
{
    return QByteArray::number(r.status) + ' ' + r.body.left(600) + ' ' + r.networkError.toUtf8();
}
} // namespace

class TestLoginServer final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;

    QString challenge(ServerProcess &server)
    {
        const HttpReply r = server.request("POST", QStringLiteral("/api/v1/auth/challenge"));
        if (r.status != 201)
            qWarning() << dump(r);
        return r.json().value(QLatin1String("nonce")).toString();
    }
    HttpReply login(ServerProcess &server, const QString &nonce, const lars::test::SignedAssertion &a,
                    const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("nonce"), nonce);
        body.insert(QStringLiteral("certificate"), QString::fromLatin1(a.certificate.toBase64()));
        body.insert(QStringLiteral("signature"), QString::fromLatin1(a.signature.toBase64()));
        return server.request("POST", QStringLiteral("/api/v1/auth/eid"),
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpReply loginAs(ServerProcess &server, const QString &card)
    {
        const QString nonce = challenge(server);
        return login(server, nonce, lars::test::signAsCard(card, nonce));
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60, lars::test::trustAnchorArguments()),
                 qPrintable(m_server->errorString()));
    }

    void challengeIsFreshEachTime()
    {
        const HttpReply r = m_server->request("POST", QStringLiteral("/api/v1/auth/challenge"));
        QCOMPARE(r.status, 201);
        const QString nonce = r.json().value(QLatin1String("nonce")).toString();
        QVERIFY(nonce.size() >= 40);
        QVERIFY(r.json().contains(QLatin1String("expiresAt")));
        QCOMPARE(r.json().value(QLatin1String("signedDataPrefix")).toString(),
                 QStringLiteral("lars-eid-login-v1:"));
        QVERIFY(challenge(*m_server) != nonce);
    }

    void oneClbStaffGetsAScopedToken()
    {
        // An Peeters: applet 1.8 (P-384, ECDSA over SHA-384), one CLB.
        const HttpReply r = loginAs(*m_server, QStringLiteral("an-peeters"));
        QVERIFY2(r.status == 200, dump(r));
        QCOMPARE(r.json().value(QLatin1String("clbCount")).toInt(), 1);
        const QString token = r.json().value(QLatin1String("token")).toString();
        const HttpReply me = m_server->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QLatin1String("lastName")).toString(), QStringLiteral("Peeters"));
        QCOMPARE(me.json().value(QLatin1String("activeClbId")).toInteger(),
                 r.json().value(QLatin1String("clbId")).toInteger());
    }

    void twoClbStaffSwitchesWithoutNewLogin()
    {
        // Jan Claes: applet 1.7 (RSA-2048, PKCS#1 over SHA-256), two CLBs.
        const HttpReply r = loginAs(*m_server, QStringLiteral("jan-claes"));
        QVERIFY2(r.status == 200, dump(r));
        QCOMPARE(r.json().value(QLatin1String("clbCount")).toInt(), 2);
        const QString token = r.json().value(QLatin1String("token")).toString();
        const HttpReply me = m_server->get(QStringLiteral("/api/v1/me"), token);
        const QJsonArray clbs = me.json().value(QLatin1String("clbs")).toArray();
        QCOMPARE(clbs.size(), 2);
        const qint64 other = clbs[0].toObject().value(QLatin1String("id")).toInteger() ==
                                     r.json().value(QLatin1String("clbId")).toInteger()
                                 ? clbs[1].toObject().value(QLatin1String("id")).toInteger()
                                 : clbs[0].toObject().value(QLatin1String("id")).toInteger();
        const HttpReply switched = m_server->send("POST", QStringLiteral("/api/v1/auth/switch-clb"), token,
                                                  {{QStringLiteral("clbId"), other}});
        QVERIFY2(switched.status == 200, dump(switched));
        const QString token2 = switched.json().value(QLatin1String("token")).toString();
        QCOMPARE(m_server->get(QStringLiteral("/api/v1/me"), token2)
                     .json()
                     .value(QLatin1String("activeClbId"))
                     .toInteger(),
                 other);
        // The old token was revoked by the switch.
        QCOMPARE(m_server->get(QStringLiteral("/api/v1/me"), token).status, 401);
    }

    void preferredClbIsHonouredOnlyWhenAllowed()
    {
        const QString nonce = challenge(*m_server);
        const HttpReply r =
            login(*m_server, nonce, lars::test::signAsCard(QStringLiteral("an-peeters"), nonce),
                  {{QStringLiteral("clbId"), 999999}});
        QVERIFY2(r.status == 200, dump(r));
        QVERIFY(r.json().value(QLatin1String("clbId")).toInteger() != 999999);
    }

    void replayedNonceIsRefused()
    {
        const QString nonce = challenge(*m_server);
        const auto assertion = lars::test::signAsCard(QStringLiteral("an-peeters"), nonce);
        QCOMPARE(login(*m_server, nonce, assertion).status, 200);
        const HttpReply again = login(*m_server, nonce, assertion);
        QCOMPARE(again.status, 401);
        QCOMPARE(problemOf(again), QStringLiteral("nonce-replayed"));
        QCOMPARE(again.header("Content-Type"), QByteArray("application/problem+json"));
    }

    void failedLoginStillSpendsTheNonce()
    {
        // A wrong signature must not leave the nonce usable (the failed request's transaction rolls back).
        const QString nonce = challenge(*m_server);
        auto bad = lars::test::signAsCard(QStringLiteral("an-peeters"), QStringLiteral("another nonce"));
        QCOMPARE(problemOf(login(*m_server, nonce, bad)), QStringLiteral("signature-invalid"));
        const HttpReply retry =
            login(*m_server, nonce, lars::test::signAsCard(QStringLiteral("an-peeters"), nonce));
        QCOMPARE(problemOf(retry), QStringLiteral("nonce-replayed"));
    }

    void unknownNonceIsRefused()
    {
        const HttpReply r =
            login(*m_server, QStringLiteral("made-up-nonce"),
                  lars::test::signAsCard(QStringLiteral("an-peeters"), QStringLiteral("made-up-nonce")));
        QCOMPARE(r.status, 401);
        QCOMPARE(problemOf(r), QStringLiteral("challenge-expired"));
    }

    void unknownPersonIsRefused()
    {
        const HttpReply r = loginAs(*m_server, QStringLiteral("elise-dubois"));
        QCOMPARE(r.status, 403);
        QCOMPARE(problemOf(r), QStringLiteral("unknown-person"));
    }

    void untrustedRootIsRefused()
    {
        const HttpReply r = loginAs(*m_server, QStringLiteral("untrusted-mia-verhoeven"));
        QCOMPARE(r.status, 401);
        QCOMPARE(problemOf(r), QStringLiteral("certificate-not-trusted"));
    }

    void expiredCardIsRefused()
    {
        const HttpReply r = loginAs(*m_server, QStringLiteral("expired-luc-peeters"));
        QCOMPARE(r.status, 401);
        QCOMPARE(problemOf(r), QStringLiteral("card-expired"));
    }

    void signatureKeyCannotLogIn()
    {
        const QString nonce = challenge(*m_server);
        const HttpReply r =
            login(*m_server, nonce, lars::test::signAsCard(QStringLiteral("an-peeters"), nonce, true));
        QCOMPARE(r.status, 400);
        QCOMPARE(problemOf(r), QStringLiteral("certificate-invalid"));
    }

    void malformedBodiesAreValidationErrors()
    {
        const HttpReply missing = m_server->request("POST", QStringLiteral("/api/v1/auth/eid"), "{}");
        QCOMPARE(missing.status, 422);
        const HttpReply unknown =
            m_server->request("POST", QStringLiteral("/api/v1/auth/eid"),
                              R"({"nonce":"x","certificate":"AAAA","signature":"AAAA","pin":"1234"})");
        QCOMPARE(unknown.status, 422);
        QVERIFY(unknown.body.contains("pin"));
        const HttpReply garbage = m_server->request("POST", QStringLiteral("/api/v1/auth/eid"),
                                                    R"({"nonce":1,"certificate":"!!","signature":[]})");
        QCOMPARE(garbage.status, 422);
    }

    void logoutRevokesTheToken()
    {
        const HttpReply r = loginAs(*m_server, QStringLiteral("an-peeters"));
        const QString token = r.json().value(QLatin1String("token")).toString();
        QCOMPARE(m_server->get(QStringLiteral("/api/v1/me"), token).status, 200);
        QCOMPARE(m_server
                     ->request("POST", QStringLiteral("/api/v1/auth/logout"), {},
                               {{"Authorization", "Bearer " + token.toLatin1()}})
                     .status,
                 204);
        QCOMPARE(m_server->get(QStringLiteral("/api/v1/me"), token).status, 401);
    }

    void adminLinkIsOneTime()
    {
        const HttpReply r = loginAs(*m_server, QStringLiteral("an-peeters"));
        const QString token = r.json().value(QLatin1String("token")).toString();
        QCOMPARE(m_server->request("POST", QStringLiteral("/api/v1/admin-link")).status, 401);
        const HttpReply link = m_server->request("POST", QStringLiteral("/api/v1/admin-link"), {},
                                                 {{"Authorization", "Bearer " + token.toLatin1()}});
        QVERIFY2(link.status == 201, dump(link));
        const QString url = link.json().value(QLatin1String("url")).toString();
        QVERIFY(url.startsWith(QLatin1String("/admin/sso?code=")));
        const HttpReply first = m_server->request("GET", url);
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.contains("An"));
        QVERIFY(first.body.contains("Peeters"));
        QVERIFY(first.header("Content-Type").startsWith("text/html"));
        QCOMPARE(m_server->request("GET", url).status, 410);
        QCOMPARE(m_server->request("GET", QStringLiteral("/admin/sso?code=guess")).status, 410);
        // A login nonce is no admin code and an admin code no login nonce.
        const QString code = url.section(u'=', 1);
        QCOMPARE(
            problemOf(login(*m_server, code, lars::test::signAsCard(QStringLiteral("an-peeters"), code))),
            QStringLiteral("challenge-expired"));
    }

    void strangerCannotLockACardOut()
    {
        // A stranger has An's public authentication certificate (any signed mail carries one) and sends
        // junk signatures with it: the failures count against the card, the stranger is throttled, and
        // An, who holds the card, still logs in.
        ServerProcess server(ServerProcess::Backend::Sqlite);
        QVERIFY2(server.start(10, lars::test::trustAnchorArguments()), qPrintable(server.errorString()));
        const auto junkFor = [](const QString &card) {
            auto junk = lars::test::signAsCard(card, QStringLiteral("x"));
            junk.signature = QByteArray(junk.signature.size(), '\x5a');
            return junk;
        };
        for (int i = 0; i < 5; ++i) {
            const HttpReply r = login(server, challenge(server), junkFor(QStringLiteral("an-peeters")));
            QVERIFY2(problemOf(r) == QStringLiteral("signature-invalid"), dump(r));
        }
        for (int i = 0; i < 3; ++i) {
            const HttpReply throttled =
                login(server, challenge(server), junkFor(QStringLiteral("an-peeters")));
            QCOMPARE(throttled.status, 429);
            QCOMPARE(problemOf(throttled), QStringLiteral("too-many-attempts"));
            QVERIFY(throttled.header("Retry-After").toInt() > 0);
        }
        // Every failure is audited; the throttled ones as failures too.
        QCOMPARE(server
                     .sql(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'login.failed' AND "
                                         "detail LIKE 'too-many-attempts%'"))
                     .value(0)
                     .value(0)
                     .toInt(),
                 3);
        const HttpReply an = loginAs(server, QStringLiteral("an-peeters"));
        QVERIFY2(an.status == 200, dump(an));
        // Her login forgot the card's failures: the next bad signature is an ordinary failure again.
        QCOMPARE(problemOf(login(server, challenge(server), junkFor(QStringLiteral("an-peeters")))),
                 QStringLiteral("signature-invalid"));

        // Certificates whose chain does not verify are not counted per certificate (they name no real
        // card): an untrusted card fails as untrusted every time, never as throttled.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(problemOf(loginAs(server, QStringLiteral("untrusted-mia-verhoeven"))),
                     QStringLiteral("certificate-not-trusted"));
    }

    void attemptsAreRateLimitedPerSource()
    {
        ServerProcess server(ServerProcess::Backend::Sqlite);
        QVERIFY2(server.start(10, lars::test::trustAnchorArguments()), qPrintable(server.errorString()));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(login(server, QStringLiteral("n%1").arg(i),
                           lars::test::signAsCard(QStringLiteral("elise-dubois"), QStringLiteral("x")))
                         .status,
                     401);
        const HttpReply limited = loginAs(server, QStringLiteral("jan-claes"));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() > 0);
    }

    void rateLimitsAreSharedByServerProcesses()
    {
        // Two processes on one PostgreSQL database share one budget per source: N processes are not N
        // times the attempts.
        ServerProcess a(ServerProcess::Backend::Postgres);
        QVERIFY2(a.start(10, lars::test::trustAnchorArguments()), qPrintable(a.errorString()));
        ServerProcess b(ServerProcess::Backend::Postgres);
        QVERIFY2(b.start(10, lars::test::trustAnchorArguments(), a.dbUrl()), qPrintable(b.errorString()));
        for (int i = 0; i < 20; ++i) {
            ServerProcess &server = i % 2 ? b : a;
            QCOMPARE(login(server, QStringLiteral("n%1").arg(i),
                           lars::test::signAsCard(QStringLiteral("elise-dubois"), QStringLiteral("x")))
                         .status,
                     401);
        }
        QCOMPARE(loginAs(a, QStringLiteral("jan-claes")).status, 429);
        QCOMPARE(loginAs(b, QStringLiteral("jan-claes")).status, 429);
        const auto rows =
            a.sql(QStringLiteral("SELECT SUM(hits) FROM rate_limits WHERE bucket = 'login-failure'"));
        QCOMPARE(rows.value(0).value(0).toInt(), 20);
    }

    void noncesWorkAcrossServerProcesses()
    {
        // Central deployment: several stateless processes on one PostgreSQL database.
        ServerProcess a(ServerProcess::Backend::Postgres);
        QVERIFY2(a.start(10, lars::test::trustAnchorArguments()), qPrintable(a.errorString()));
        ServerProcess b(ServerProcess::Backend::Postgres);
        QVERIFY2(b.start(10, lars::test::trustAnchorArguments(), a.dbUrl()), qPrintable(b.errorString()));
        const QString nonce = challenge(a);
        const auto assertion = lars::test::signAsCard(QStringLiteral("jan-claes"), nonce);
        const HttpReply onB = login(b, nonce, assertion);
        QVERIFY2(onB.status == 200, dump(onB));
        const QString token = onB.json().value(QLatin1String("token")).toString();
        QCOMPARE(a.get(QStringLiteral("/api/v1/me"), token).status, 200);
        QCOMPARE(problemOf(login(a, nonce, assertion)), QStringLiteral("nonce-replayed"));
    }

    void cleanupTestCase() { QVERIFY(m_server->stop()); }
};

QTEST_GUILESS_MAIN(TestLoginServer)
#include "tst_login_server.moc"
