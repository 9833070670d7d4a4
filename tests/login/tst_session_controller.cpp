// The session rules of SessionController, one class on its own: the session kept in the real keychain of
// the test harness, resumed after a "restart" (a new controller) only when it may be, locked or ended by
// the card reader's states, forgotten when the server rejects it. The server is a canned stand-in served
// through the API client's QNetworkAccessManager (GET /me, POST logout, POST switch-clb).
#include "local/SessionStore.h"
#include "models/api/ApiClient.h"
#include "models/api/AuthClient.h"
#include "models/api/Session.h"
#include "ui/login/SessionController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using lars::local::SavedSession;
using lars::local::SessionStore;
using lars::models::Session;
using lars::smartcard::ReaderState;
using lars::ui::SessionController;
using Resume = lars::ui::SessionController::Resume;

namespace {

// A finished HTTP answer, delivered on the next turn of the event loop like a real reply.
class CannedReply final : public QNetworkReply
{
public:
    CannedReply(const QNetworkRequest &request, int status, const QByteArray &body, QObject *parent)
        : QNetworkReply(parent)
        , m_data(body)
    {
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this, status] {
            if (status == 0) {
                setError(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
                emit errorOccurred(QNetworkReply::ConnectionRefusedError);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
                setHeader(QNetworkRequest::ContentTypeHeader, status >= 400
                                                                  ? QByteArray("application/problem+json")
                                                                  : QByteArray("application/json"));
                if (status >= 400)
                    setError(QNetworkReply::AuthenticationRequiredError,
                             QStringLiteral("HTTP %1").arg(status));
                emit metaDataChanged();
                emit readyRead();
            }
            setFinished(true);
            emit finished();
        });
    }
    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Answers like lars-server: GET /api/v1/me for known tokens, 401 otherwise; logout revokes.
class CannedServer final : public QNetworkAccessManager
{
public:
    QSet<QByteArray> valid;
    QList<QByteArray> revoked;
    QList<QByteArray> meCalls;
    bool offline = false;

    static QJsonObject profile()
    {
        const QJsonObject clb{{QStringLiteral("id"), 3},
                              {QStringLiteral("name"), QStringLiteral("VCLB Antwerpen")},
                              {QStringLiteral("hasTeam"), true}};
        return {{QStringLiteral("id"), 7},
                {QStringLiteral("firstName"), QStringLiteral("An")},
                {QStringLiteral("lastName"), QStringLiteral("Peeters")},
                {QStringLiteral("activeClbId"), 3},
                {QStringLiteral("clbs"), QJsonArray{clb}}};
    }

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        if (outgoing)
            outgoing->readAll();
        const QByteArray token = request.rawHeader("Authorization").mid(7);
        const QString path = request.url().path();
        int status = 404;
        QJsonObject body;
        if (path == QLatin1String("/api/v1/me"))
            meCalls.append(token);
        if (offline) {
            status = 0;
        } else if (!valid.contains(token)) {
            status = 401;
            body = {{QStringLiteral("type"), QStringLiteral("https://lars.example/problems/unauthenticated")},
                    {QStringLiteral("title"), QStringLiteral("Log in first")}};
        } else if (path == QLatin1String("/api/v1/me")) {
            status = 200;
            body = profile();
        } else if (path == QLatin1String("/api/v1/auth/logout")) {
            status = 204;
            revoked.append(token);
            valid.remove(token);
        }
        return new CannedReply(request, status, status == 204 ? QByteArray() : QJsonDocument(body).toJson(),
                               this);
    }
};

} // namespace

class TestSessionController final : public QObject
{
    Q_OBJECT

    std::unique_ptr<lars::models::ApiClient> m_api;
    CannedServer *m_server = nullptr;

    struct Client
    {
        std::unique_ptr<lars::models::AuthClient> auth;
        std::unique_ptr<Session> session;
        std::unique_ptr<SessionStore> store;
        std::unique_ptr<SessionController> controller;
    };

    // One run of the client: a new store, session and controller on the same keychain entry.
    std::unique_ptr<Client> startClient(bool start = true)
    {
        auto c = std::make_unique<Client>();
        c->auth = std::make_unique<lars::models::AuthClient>(m_api.get());
        c->session = std::make_unique<Session>(m_api.get());
        c->store = std::make_unique<SessionStore>();
        c->controller =
            std::make_unique<SessionController>(m_api.get(), c->auth.get(), c->session.get(), c->store.get());
        if (start)
            c->controller->start();
        return c;
    }

    bool keep(const SavedSession &saved)
    {
        SessionStore store;
        QSignalSpy done(&store, &SessionStore::saved);
        store.save(saved);
        return done.wait(10000) && store.mode() == SessionStore::Mode::Keychain;
    }
    SavedSession kept()
    {
        SessionStore store;
        QSignalSpy done(&store, &SessionStore::loaded);
        store.load();
        if (!done.wait(10000))
            return {};
        return done.first().at(0).value<SavedSession>();
    }
    SavedSession saved(const QByteArray &token, const QString &method, const QByteArray &serial = {})
    {
        SavedSession s;
        s.token = token;
        s.method = method;
        s.cardSerial = serial;
        s.clbId = 3;
        s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        s.server = m_api->baseUrl().toString();
        m_server->valid.insert(token);
        return s;
    }
    static lars::models::SessionProfile profile()
    {
        return lars::models::SessionProfile::fromJson(CannedServer::profile());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_session_controller"));
        m_server = new CannedServer;
        m_api = std::make_unique<lars::models::ApiClient>(m_server, nullptr);
        m_server->setParent(m_api.get());
        QVERIFY(m_api->setBaseUrl(QUrl(QStringLiteral("https://lars.test"))));
    }

    void init()
    {
        SessionStore store;
        QSignalSpy done(&store, &SessionStore::wiped);
        store.wipe();
        QVERIFY(done.wait(10000));
        m_server->revoked.clear();
        m_server->meCalls.clear();
        m_server->offline = false;
    }

    void sessionIsKeptWhileOpenAndForgottenAfter()
    {
        auto c = startClient();
        QTRY_COMPARE(c->controller->resumeState(), Resume::None);
        QSignalSpy savedSpy(c->store.get(), &SessionStore::saved);
        c->session->begin(Session::Method::Eid, "tok-1", QDateTime::currentDateTimeUtc().addSecs(600),
                          profile(), "SERIAL-A");
        QVERIFY(savedSpy.wait(10000));
        const SavedSession k = kept();
        QCOMPARE(k.token, QByteArray("tok-1"));
        QCOMPARE(k.method, QStringLiteral("eid"));
        QCOMPARE(k.cardSerial, QByteArray("SERIAL-A"));
        QCOMPARE(k.clbId, qint64(3));
        QCOMPARE(k.server, QStringLiteral("https://lars.test"));

        QSignalSpy wiped(c->store.get(), &SessionStore::wiped);
        c->controller->logout();
        QVERIFY(wiped.wait(10000));
        QVERIFY(!kept().isValid());
        QCOMPARE(c->session->state(), Session::State::LoggedOut);
    }

    void oidcSessionResumesAfterRestart()
    {
        QVERIFY(keep(saved("tok-oidc", QStringLiteral("oidc"))));
        auto c = startClient();
        QTRY_COMPARE(c->session->state(), Session::State::Active);
        QCOMPARE(c->session->method(), Session::Method::Oidc);
        QCOMPARE(c->session->token(), QByteArray("tok-oidc"));
        QCOMPARE(c->session->profile().displayName(), QStringLiteral("An Peeters"));
        QCOMPARE(c->controller->resumeState(), Resume::None);
        // A card in the reader means nothing to a session opened without one.
        c->controller->cardStateChanged(ReaderState::EidPresent, "SERIAL-B");
        c->controller->cardStateChanged(ReaderState::NoCard, {});
        QCOMPARE(c->session->state(), Session::State::Active);
    }

    void eidSessionWaitsForItsCard()
    {
        QVERIFY(keep(saved("tok-eid", QStringLiteral("eid"), "SERIAL-A")));
        auto c = startClient();
        QTRY_COMPARE(c->controller->resumeState(), Resume::WaitingForCard);
        QVERIFY(m_server->meCalls.isEmpty());
        c->controller->cardStateChanged(ReaderState::UnknownCard, {});
        QCOMPARE(c->controller->resumeState(), Resume::WaitingForCard);
        c->controller->cardStateChanged(ReaderState::EidPresent, "SERIAL-A");
        QTRY_COMPARE(c->session->state(), Session::State::Active);
        QCOMPARE(c->session->cardSerial(), QByteArray("SERIAL-A"));
        QCOMPARE(m_server->meCalls, QList<QByteArray>{"tok-eid"});
    }

    void anotherCardEndsTheKeptSession()
    {
        QVERIFY(keep(saved("tok-eid2", QStringLiteral("eid"), "SERIAL-A")));
        auto c = startClient(false);
        QSignalSpy ended(c->controller.get(), &SessionController::ended);
        c->controller->cardStateChanged(ReaderState::EidPresent, "SERIAL-B");
        c->controller->start();
        QTRY_COMPARE(ended.count(), 1);
        QVERIFY(ended.first().at(0).toString().contains(QLatin1String("Another eID")));
        QTRY_COMPARE(m_server->revoked, QList<QByteArray>{"tok-eid2"});
        QCOMPARE(c->session->state(), Session::State::LoggedOut);
        QTRY_VERIFY(!kept().isValid());
    }

    void expiredOrForeignSessionsAreForgotten_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("expiresIn");
        QTest::newRow("expired") << QStringLiteral("https://lars.test") << -5;
        QTest::newRow("other server") << QStringLiteral("https://other.test") << 3600;
    }
    void expiredOrForeignSessionsAreForgotten()
    {
        QFETCH(QString, server);
        QFETCH(int, expiresIn);
        SavedSession s = saved("tok-old", QStringLiteral("oidc"));
        s.server = server;
        s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        QVERIFY(keep(s));
        auto c = startClient();
        QSignalSpy wiped(c->store.get(), &SessionStore::wiped);
        QVERIFY(wiped.wait(10000));
        QCOMPARE(c->controller->resumeState(), Resume::None);
        QCOMPARE(c->session->state(), Session::State::LoggedOut);
        QVERIFY(m_server->meCalls.isEmpty());
        QVERIFY(!kept().isValid());
    }

    void rejectedSessionIsForgottenWithAWord()
    {
        SavedSession s = saved("tok-revoked", QStringLiteral("oidc"));
        m_server->valid.remove("tok-revoked");
        QVERIFY(keep(s));
        auto c = startClient();
        QSignalSpy ended(c->controller.get(), &SessionController::ended);
        QTRY_COMPARE(ended.count(), 1);
        QVERIFY(ended.first().at(0).toString().contains(QLatin1String("Log in again")));
        QCOMPARE(c->session->state(), Session::State::LoggedOut);
        QTRY_VERIFY(!kept().isValid());
    }

    void unreachableServerIsWaitedFor()
    {
        QVERIFY(keep(saved("tok-wait", QStringLiteral("oidc"))));
        m_server->offline = true;
        auto c = startClient();
        QTRY_COMPARE(c->controller->resumeState(), Resume::WaitingForServer);
        QCOMPARE(c->session->state(), Session::State::LoggedOut);
        QVERIFY(kept().isValid());
        m_server->offline = false;
        c->controller->serverReachable();
        QTRY_COMPARE(c->session->state(), Session::State::Active);
    }

    void newLoginReplacesAWaitingSession()
    {
        QVERIFY(keep(saved("tok-waiting", QStringLiteral("eid"), "SERIAL-A")));
        auto c = startClient();
        QTRY_COMPARE(c->controller->resumeState(), Resume::WaitingForCard);
        QSignalSpy savedSpy(c->store.get(), &SessionStore::saved);
        m_server->valid.insert("tok-new");
        c->session->begin(Session::Method::Oidc, "tok-new", QDateTime::currentDateTimeUtc().addSecs(600),
                          profile(), {});
        QVERIFY(savedSpy.wait(10000));
        QTRY_COMPARE(m_server->revoked, QList<QByteArray>{"tok-waiting"});
        QCOMPARE(c->controller->resumeState(), Resume::None);
        QCOMPARE(kept().token, QByteArray("tok-new"));
        // Its card arriving later changes nothing.
        c->controller->cardStateChanged(ReaderState::EidPresent, "SERIAL-A");
        QCOMPARE(c->session->token(), QByteArray("tok-new"));
    }

    void cardRemovalLocksAnEidSession_data()
    {
        QTest::addColumn<bool>("lockOnRemoval");
        QTest::addColumn<bool>("oidc");
        QTest::addColumn<bool>("locks");
        QTest::newRow("eID, lock") << true << false << true;
        QTest::newRow("eID, keep working") << false << false << false;
        QTest::newRow("government login") << true << true << false;
    }
    void cardRemovalLocksAnEidSession()
    {
        QFETCH(bool, lockOnRemoval);
        QFETCH(bool, oidc);
        QFETCH(bool, locks);
        auto c = startClient();
        c->controller->setLockOnCardRemoval(lockOnRemoval);
        c->controller->cardStateChanged(ReaderState::EidPresent, "SERIAL-A");
        m_server->valid.insert("tok-lock");
        c->session->begin(oidc ? Session::Method::Oidc : Session::Method::Eid, "tok-lock",
                          QDateTime::currentDateTimeUtc().addSecs(600), profile(),
                          oidc ? QByteArray() : QByteArray("SERIAL-A"));
        QSignalSpy unlock(c->controller.get(), &SessionController::unlockWanted);
        c->controller->cardStateChanged(ReaderState::NoCard, {});
        QCOMPARE(c->session->state(), locks ? Session::State::Locked : Session::State::Active);
        if (!locks)
            return;
        QTRY_COMPARE(m_server->revoked, QList<QByteArray>{"tok-lock"});
        QVERIFY(c->session->token().isEmpty());
        QTRY_VERIFY(!kept().isValid());
        // The same card back: the PIN is asked; another card logs out.
        c->controller->cardStateChanged(ReaderState::EidPresent, "SERIAL-A");
        QCOMPARE(unlock.count(), 1);
        QSignalSpy ended(c->controller.get(), &SessionController::ended);
        c->controller->cardStateChanged(ReaderState::EidPresent, "SERIAL-B");
        QCOMPARE(c->session->state(), Session::State::LoggedOut);
        QCOMPARE(ended.count(), 1);
        QVERIFY(ended.first().at(0).toString().contains(QLatin1String("Another eID")));
    }

    void anotherCardLogsOutAnOpenSession()
    {
        auto c = startClient();
        m_server->valid.insert("tok-open");
        c->session->begin(Session::Method::Eid, "tok-open", QDateTime::currentDateTimeUtc().addSecs(600),
                          profile(), "SERIAL-A");
        QSignalSpy ended(c->controller.get(), &SessionController::ended);
        c->controller->cardStateChanged(ReaderState::EidPresent, "SERIAL-B");
        QCOMPARE(c->session->state(), Session::State::LoggedOut);
        QCOMPARE(ended.count(), 1);
        QTRY_COMPARE(m_server->revoked, QList<QByteArray>{"tok-open"});
    }

    void serverRejectingTheTokenEndsTheSession()
    {
        auto c = startClient();
        c->session->begin(Session::Method::Oidc, "tok-dead", QDateTime::currentDateTimeUtc().addSecs(600),
                          profile(), {});
        QSignalSpy ended(c->controller.get(), &SessionController::ended);
        c->auth->switchClb(3); // the server answers 401: the token is not (or no longer) valid
        QTRY_COMPARE(ended.count(), 1);
        QVERIFY(ended.first().at(0).toString().contains(QLatin1String("expired")));
        QCOMPARE(c->session->state(), Session::State::LoggedOut);
        QVERIFY(m_server->revoked.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_session_controller.moc"
