// The government login through the real client widgets (offscreen, in Dutch), the real lars-server, the
// real OpenID Connect provider whose pages the test completes as the user would in the browser
// (OidcBrowser), and the real keychain: login → CLB choice → dossier, the session resumed after a restart,
// and every way it can go wrong answered with its Dutch message.
#include "local/SessionStore.h"
#include "models/api/DossierModel.h"
#include "models/api/Session.h"
#include "tests/login/LoginHarness.h"
#include "tests/support/OidcBrowser.h"
#include "tests/support/OidcProviderProcess.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/UiAudit.h"
#include "tests/ui/UiTestSetup.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/login/ClbChooser.h"
#include "ui/login/LoginPanel.h"
#include "ui/login/OidcLoginController.h"

#include <QCommandLinkButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using lars::models::Session;
using lars::test::LoginHarness;
using lars::test::OidcBrowser;
using lars::test::OidcProviderProcess;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;
using State = lars::models::Session::State;

class TestOidcGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    OidcProviderProcess m_provider;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<LoginHarness> m_client;

    LoginHarness &client() { return *m_client; }
    Session *session() { return m_client->window().session(); }
    lars::ui::OidcLoginController *controller() { return m_client->window().oidcLoginController(); }
    QPushButton *button(const char *name) { return client().find<QPushButton>(name); }
    // Clicks "Aanmelden met itsme, …"; the URL the browser was asked to open.
    QUrl clickBrowserLogin(QPushButton *which = nullptr)
    {
        const qsizetype before = client().openedUrls.size();
        QTest::mouseClick(which ? which : button("oidcLoginButton"), Qt::LeftButton);
        return client().openedUrls.size() > before ? client().openedUrls.last() : QUrl();
    }
    OidcBrowser::Page completeInBrowser(const QUrl &start, const QString &person, bool allow = true)
    {
        OidcBrowser browser(m_server->certificate());
        return browser.logIn(start, person, allow);
    }
    // The loopback redirect as a browser would make it, with the state of the login the client started.
    static QUrl loopbackOf(const QUrl &start)
    {
        return QUrl(QUrlQuery(start).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    }
    static QString stateOf(const QUrl &start)
    {
        return QUrlQuery(start).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    }
    bool openFirstDossier(const QString &search)
    {
        lars::ui::DossierWorkspace *workspace = client().window().workspace();
        auto *field = workspace ? workspace->findChild<QLineEdit *>(QStringLiteral("searchField")) : nullptr;
        if (!field)
            return false;
        const int before = workspace->dossierTabs()->count();
        QTest::keyClicks(field, search);
        return QTest::qWaitFor(
                   [&] {
                       QTest::keyClick(field, Qt::Key_Return);
                       return workspace->dossierTabs()->count() > before;
                   },
                   20000) &&
               QTest::qWaitFor(
                   [&] {
                       auto *view =
                           qobject_cast<lars::ui::DossierView *>(workspace->dossierTabs()->currentWidget());
                       return view && view->dossier()->loadMs() >= 0;
                   },
                   20000);
    }

    // The pending layout passes (nested layouts take several), as lars --screenshot does: the checks and
    // the picture see the settled page.
    static void settle()
    {
        for (int pass = 0; pass < 4; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_oidc_gui"));
        m_setup = std::make_unique<UiTestSetup>();
        const quint16 serverPort = OidcProviderProcess::freePort();
        QVERIFY2(m_provider.start({serverPort}), qPrintable(m_provider.errorString()));
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60, m_provider.serverArguments(serverPort)),
                 qPrintable(m_server->errorString()));
    }

    void init()
    {
        QVERIFY(m_provider.setFault(QStringLiteral("none")));
        m_client = std::make_unique<LoginHarness>(*m_server);
        m_client->window().resize(UiTestSetup::windowSize());
    }

    void cleanup() { m_client.reset(); }
    void cleanupTestCase() { m_server.reset(); }

    // The start page offers both ways in Dutch; the waiting state fits, is reachable by keyboard, and
    // can be cancelled. Both are the screenshots of docs/screenshots/.
    void loginChoiceAndWaitingState()
    {
        QPushButton *login = button("oidcLoginButton");
        QCOMPARE(login->text(),
                 QStringLiteral("Aanmelden met itsme, beveiligingscode via sms of mobiele app"));
        QVERIFY(login->isEnabled()); // no card reader needed
        // pcscd with the empty virtual reader, as the screenshots of the eID login show it.
        QTRY_COMPARE_WITH_TIMEOUT(client().find<QLabel>("cardState")->text(),
                                  QStringLiteral("Steek uw eID in de kaartlezer"), 15000);
        settle();
        client().window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&client().window()));
        QCOMPARE(UiAudit::layoutProblems(&client().window()), QStringList());
        QVERIFY(UiTestSetup::screenshot(&client().window(), QStringLiteral("login-choice")));

        const QUrl start = clickBrowserLogin();
        QVERIFY(start.path().endsWith(QLatin1String("/api/v1/auth/oidc/start")));
        QCOMPARE(loopbackOf(start).host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(QUrlQuery(start).queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QTRY_VERIFY(client().find<QWidget>("oidcWaiting")->isVisible());
        QCOMPARE(client().find<QLabel>("oidcStep")->text(), QStringLiteral("Meld u aan in uw webbrowser…"));
        QVERIFY(!button("loginButton")->isEnabled());
        settle();
        QCOMPARE(UiAudit::layoutProblems(&client().window()), QStringList());
        QCOMPARE(UiAudit::accessibilityProblems(&client().window(), m_setup->translator().untranslated()),
                 QStringList());
        QVERIFY(UiTestSetup::screenshot(&client().window(), QStringLiteral("login-waiting-browser")));

        QTest::mouseClick(button("oidcCancelButton"), Qt::LeftButton);
        QCOMPARE(controller()->step(), lars::ui::OidcLoginController::Step::Idle);
        QVERIFY(!client().find<QWidget>("oidcWaiting")->isVisible());
        QVERIFY(client().loginError().isEmpty());
        // The cancelled attempt's listener is gone: its redirect finds nobody.
        OidcBrowser late;
        QVERIFY(!late.open(loopbackOf(start)).networkError.isEmpty());
    }

    // Jan Claes works for two CLBs: itsme in the browser, the tab says it may be closed, LARS asks on
    // whose behalf, and a dossier opens. After a restart the session continues without a new login.
    void loginChooseClbOpenDossierAndResumeAfterRestart()
    {
        const QUrl start = clickBrowserLogin();
        const OidcBrowser::Page last = completeInBrowser(start, QStringLiteral("demo-jan-claes"));
        QCOMPARE(last.status, 200);
        QVERIFY2(last.body.contains("U mag dit tabblad sluiten"), last.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::ChoosingClb, 20000);
        QCOMPARE(session()->method(), Session::Method::Oidc);
        const auto choices =
            client().find<lars::ui::ClbChooser>("clbChooser")->findChildren<QCommandLinkButton *>();
        QCOMPARE(choices.size(), 2);
        const qint64 chosen = choices.at(0)->property("clbId").toLongLong();
        QTest::mouseClick(choices.at(0), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QCOMPARE(session()->clbId(), chosen);
        QVERIFY(openFirstDossier(QStringLiteral("de")));

        lars::local::SessionStore *store = client().window().sessionStore();
        QTRY_COMPARE(store->mode(), lars::local::SessionStore::Mode::Keychain);
        const QByteArray token = session()->token();
        QTRY_COMPARE(store->current().token, token);
        client().keepSessionOnExit();
        m_client = std::make_unique<LoginHarness>(*m_server); // quit and start again
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QCOMPARE(session()->method(), Session::Method::Oidc);
        QCOMPARE(session()->clbId(), chosen);
        QCOMPARE(session()->token(), token);
        QVERIFY(client().openedUrls.isEmpty()); // no browser: resumed from the keychain
        QVERIFY(openFirstDossier(QStringLiteral("de")));
    }

    void refusalsAreExplainedInDutch_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("message");
        QTest::newRow("user cancels at the provider")
            << "cancel"
            << "U hebt het aanmelden in de webbrowser geannuleerd. Meld u opnieuw aan wanneer u klaar bent.";
        QTest::newRow("user refuses consent")
            << "deny"
            << "U hebt het aanmelden in de webbrowser geannuleerd. Meld u opnieuw aan wanneer u klaar bent.";
        QTest::newRow("unknown national number")
            << "unknown"
            << "Uw identiteit is bevestigd, maar u hebt geen LARS-account.";
        QTest::newRow("ID token with a wrong nonce")
            << "fault:nonce"
            << "Het antwoord van de aanmelding van de overheid kon niet gecontroleerd worden";
        QTest::newRow("ID token with a bad signature")
            << "fault:signature"
            << "Het antwoord van de aanmelding van de overheid kon niet gecontroleerd worden";
        QTest::newRow("provider down") << "error:temporarily_unavailable"
                                       << "De aanmelding van de overheid is nu niet bereikbaar.";
        QTest::newRow("server without the government login")
            << "error:not_configured"
            << "Deze LARS-server biedt de andere digitale sleutels niet aan.";
        QTest::newRow("too many attempts") << "error:too_many_attempts"
                                           << "Te veel aanmeldpogingen vanaf deze computer.";
        QTest::newRow("wrong state") << "state"
                                     << "De webbrowser gaf een antwoord dat niet bij deze aanmelding hoort.";
    }
    void refusalsAreExplainedInDutch()
    {
        QFETCH(QString, how);
        QFETCH(QString, message);
        const QUrl start = clickBrowserLogin();
        OidcBrowser browser(m_server->certificate());
        OidcBrowser::Page page;
        if (how == QLatin1String("cancel")) {
            page = browser.cancelAtLogin(start);
        } else if (how == QLatin1String("deny")) {
            page = browser.logIn(start, QStringLiteral("demo-an-peeters"), false);
        } else if (how == QLatin1String("unknown")) {
            page = browser.logIn(start, QStringLiteral("demo-elise-dubois"));
        } else if (how.startsWith(QLatin1String("fault:"))) {
            QVERIFY(m_provider.setFault(how.mid(6)));
            page = browser.logIn(start, QStringLiteral("demo-an-peeters"));
        } else {
            // What the server sends when the provider is down or not configured (tst_oidc_server), or an
            // answer with someone else's state, straight to the loopback listener.
            QUrl back = loopbackOf(start);
            QUrlQuery q;
            if (how == QLatin1String("state")) {
                q.addQueryItem(QStringLiteral("code"), QStringLiteral("stolen"));
                q.addQueryItem(QStringLiteral("state"), QStringLiteral("not-the-state-of-this-login"));
            } else {
                q.addQueryItem(QStringLiteral("error"), how.mid(6));
                q.addQueryItem(QStringLiteral("state"), stateOf(start));
            }
            back.setQuery(q);
            page = browser.open(back);
        }
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("Aanmelden bij LARS is niet gelukt"), page.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(client().loginError().startsWith(message), 20000);
        QCOMPARE(session()->state(), State::LoggedOut);
        QVERIFY(!client().find<QWidget>("oidcWaiting")->isVisible());
        QVERIFY(button("oidcLoginButton")->isEnabled());
    }

    // The one-time code on its way to the loopback listener: taken and tried first by another program
    // (which lacks the PKCE verifier), or held back until it expired. LARS's own exchange is refused.
    void interceptedOrLateCodeIsRefused_data()
    {
        QTest::addColumn<bool>("intercepted");
        QTest::addColumn<QString>("message");
        QTest::newRow("replayed") << true << "Deze aanmeldpoging werd al gebruikt. Probeer opnieuw.";
        QTest::newRow("expired") << false << "Het aanmelden duurde te lang. Probeer opnieuw.";
    }
    void interceptedOrLateCodeIsRefused()
    {
        QFETCH(bool, intercepted);
        QFETCH(QString, message);
        const QUrl start = clickBrowserLogin();
        OidcBrowser browser(m_server->certificate());
        browser.setStopAt(loopbackOf(start));
        const QUrl back = browser.logIn(start, QStringLiteral("demo-an-peeters")).url;
        const QString code = QUrlQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY2(!code.isEmpty(), qPrintable(back.toString()));
        if (intercepted) {
            const auto stolen = m_server->request(
                "POST", QStringLiteral("/api/v1/auth/oidc/token"),
                QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                          {QStringLiteral("codeVerifier"), QString(43, u'x')}})
                    .toJson(QJsonDocument::Compact));
            QCOMPARE(stolen.status, 401);
        } else {
            QString error;
            m_server->sql(QStringLiteral("UPDATE oidc_codes SET expires_at = ?"),
                          {QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs)}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(OidcBrowser(m_server->certificate()).open(back).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(client().loginError(), message, 20000);
        QCOMPARE(session()->state(), State::LoggedOut);
    }

    void waitingForTheBrowserTimesOut()
    {
        controller()->setTimeout(200);
        clickBrowserLogin();
        QTRY_COMPARE_WITH_TIMEOUT(
            client().loginError(),
            QStringLiteral("Het aanmelden in de webbrowser duurde te lang. Probeer opnieuw."), 5000);
        QCOMPARE(controller()->step(), lars::ui::OidcLoginController::Step::Idle);
    }

    // "Open the browser again" starts a new attempt: the first tab's answer no longer logs anyone in.
    void aNewAttemptCancelsTheOld()
    {
        const QUrl first = clickBrowserLogin();
        QTRY_VERIFY(button("oidcAgainButton")->isVisible());
        const QUrl second = clickBrowserLogin(button("oidcAgainButton"));
        QVERIFY(!second.isEmpty());
        QVERIFY(stateOf(first) != stateOf(second));
        const OidcBrowser::Page old = completeInBrowser(first, QStringLiteral("demo-an-peeters"));
        QVERIFY2(!old.networkError.isEmpty() || old.status == 404, qPrintable(old.url.toString()));
        QCOMPARE(session()->state(), State::LoggedOut);
        QCOMPARE(completeInBrowser(second, QStringLiteral("demo-an-peeters")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
    }

    void loopbackPortTaken()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir settings;
        QSettings::setPath(QSettings::defaultFormat(), QSettings::UserScope, settings.path());
        QSettings().setValue(QStringLiteral("login/loopbackPort"), squatter.serverPort());
        QSettings().sync();
        m_client = std::make_unique<LoginHarness>(*m_server, settings.path());
        QVERIFY(clickBrowserLogin().isEmpty()); // no browser opened
        QCOMPARE(client().loginError(),
                 QStringLiteral(
                     "LARS kan het antwoord van de webbrowser niet ontvangen: poort %1 op deze computer is "
                     "in gebruik. Sluit het programma dat ze gebruikt, of vraag het aan de "
                     "IT-contactpersoon van uw CLB.")
                     .arg(squatter.serverPort()));
        QCOMPARE(controller()->step(), lars::ui::OidcLoginController::Step::Idle);
    }
};

QTEST_MAIN(TestOidcGui)
#include "tst_oidc_gui.moc"
