// The eID login end to end through the real widgets (found by objectName, driven with QTest): the real
// lars-server over HTTPS, pcscd + vpcd + the virtual eID card, and the real keychain of the harness.
#include "local/SessionStore.h"
#include "models/api/Session.h"
#include "smartcard/CertificateCache.h"
#include "tests/login/LoginHarness.h"
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/VirtualCardProcess.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/login/ClbChooser.h"
#include "ui/login/LoginController.h"
#include "ui/login/PersonalDataDialog.h"
#include "ui/login/PinDialog.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>
#include <qt6keychain/keychain.h>

using lars::models::Session;
using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::VirtualCardProcess;
using State = lars::models::Session::State;

namespace {
// The token of the session the keychain holds (empty when there is none).
QByteArray readKeychain(const QString &service)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(lars::local::SessionStore::keychainKey());
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    if (!done.wait(10000))
        return "timeout";
    return job.error() == QKeychain::NoError ? lars::local::SavedSession::fromJson(job.binaryData()).token
                                             : QByteArray();
}
} // namespace

class TestLoginGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<VirtualCardProcess> m_card;
    std::unique_ptr<LoginHarness> m_client;

    bool insertCard(const QString &id)
    {
        m_card = std::make_unique<VirtualCardProcess>(id);
        if (!m_card->start()) {
            qWarning() << m_card->errorString();
            return false;
        }
        return true;
    }
    LoginHarness &client() { return *m_client; }
    Session *session() { return m_client->window().session(); }
    bool logInWithPin(const QString &pin = QStringLiteral("1234"))
    {
        return client().clickLogin() && client().enterPin(pin);
    }
    QString label(const char *name) { return client().find<QLabel>(name)->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LARS_PCSCD_CTL"), "run through scripts/with-services");
        QCoreApplication::setOrganizationName(QStringLiteral("lars-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_login_gui"));
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60, lars::test::trustAnchorArguments()),
                 qPrintable(m_server->errorString()));
    }

    void init() { m_client = std::make_unique<LoginHarness>(*m_server); }

    void cleanup()
    {
        m_client.reset();
        if (m_card)
            m_card->stop();
        m_card.reset();
    }

    void cleanupTestCase() { m_server.reset(); }

    void oneClbStaffOnApplet18()
    {
        QTRY_COMPARE_WITH_TIMEOUT(label("cardState"), QStringLiteral("Insert your eID"), 10000);
        QVERIFY(!client().find<QPushButton>("loginButton")->isEnabled());
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        QTRY_COMPARE_WITH_TIMEOUT(label("cardState"), QStringLiteral("eID ready"), 10000);
        QVERIFY(
            client().find<QLabel>("federalTokenNote")->text().contains(QLatin1String("no longer accepted")));
        // The other digital keys do not need the card reader (tests/oidc/tst_oidc_gui logs in with them).
        QVERIFY(client().find<QPushButton>("oidcLoginButton")->isEnabled());

        QSignalSpy done(client().window().loginController(), &lars::ui::LoginController::succeeded);
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        // One CLB: no question, straight to the workspace, the CLB in the title and the user button.
        QVERIFY(client().window().workspace());
        QCOMPARE(client().currentPage(), static_cast<QWidget *>(client().window().workspace()));
        QVERIFY(client().window().windowTitle().contains(session()->clbName()));
        const QString user = client().find<QToolButton>("userButton")->text();
        QVERIFY2(user.contains(QLatin1String("An Peeters")) && user.contains(session()->clbName()),
                 qPrintable(user));
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).value<lars::ui::LoginTimings>().applet, 18);

        // The token is in the keychain (and only there); logging out revokes and wipes it.
        lars::local::SessionStore *tokens = client().window().sessionStore();
        QTRY_COMPARE(tokens->mode(), lars::local::SessionStore::Mode::Keychain);
        const QByteArray token = tokens->token();
        QVERIFY(!token.isEmpty());
        QCOMPARE(readKeychain(tokens->service()), token);
        QVERIFY(client().find<QLabel>("keychainNotice")->isHidden());
        QSignalSpy wiped(tokens, &lars::local::SessionStore::wiped);
        client().find<QAction>("actionLogout")->trigger();
        QCOMPARE(session()->state(), State::LoggedOut);
        QVERIFY(wiped.wait(10000));
        QVERIFY(readKeychain(tokens->service()).isEmpty());
        QTRY_COMPARE(m_server->get(QStringLiteral("/api/v1/me"), QString::fromLatin1(token)).status, 401);
        QCOMPARE(client().currentPage()->objectName(), QStringLiteral("startPage"));
    }

    void twoClbStaffChoosesAndSwitchesOnApplet17()
    {
        QVERIFY(insertCard(QStringLiteral("jan-claes")));
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::ChoosingClb, 20000);
        QCOMPARE(client().currentPage()->objectName(), QStringLiteral("clbChooser"));
        const auto choices =
            client().find<lars::ui::ClbChooser>("clbChooser")->findChildren<QCommandLinkButton *>();
        QCOMPARE(choices.size(), 2);
        // Click the second CLB by its name.
        QCommandLinkButton *gent = choices.at(1);
        const qint64 gentId = gent->property("clbId").toLongLong();
        QTest::mouseClick(gent, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 10000);
        QCOMPARE(session()->clbId(), gentId);
        QVERIFY(client().window().windowTitle().contains(gent->text()));
        QVERIFY(m_server
                    ->get(QStringLiteral("/api/v1/me"),
                          QString::fromLatin1(client().window().sessionStore()->token()))
                    .json()
                    .value(QLatin1String("activeClbId"))
                    .toInteger() == gentId);

        // Switch from the user menu, without a new login (no PIN dialog).
        const qint64 otherId = choices.at(0)->property("clbId").toLongLong();
        auto *action = client().find<QAction>(qPrintable(QStringLiteral("actionClb_%1").arg(otherId)));
        QVERIFY(action);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session()->clbId(), otherId, 10000);
        QVERIFY(client().window().findChildren<lars::ui::PinDialog *>().isEmpty() ||
                !client().window().findChild<lars::ui::PinDialog *>()->isVisible());
        QVERIFY(client().find<QToolButton>("userButton")->text().contains(session()->clbName()));
        QVERIFY(client().find<QAction>(qPrintable(QStringLiteral("actionClb_%1").arg(otherId)))->isChecked());
    }

    void wrongPinThenRightPin()
    {
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        QVERIFY(logInWithPin(QStringLiteral("9999")));
        // The PIN dialog comes back with the tries left.
        QLabel *tries = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (auto *d : client().window().findChildren<lars::ui::PinDialog *>())
                    if (d->isVisible())
                        tries = d->findChild<QLabel *>(QStringLiteral("pinTriesLabel"));
                return tries && tries->isVisible();
            },
            15000));
        QVERIFY2(tries->text().contains(QLatin1String("2")), qPrintable(tries->text()));
        // Never remembered: the new dialog's field is empty.
        for (auto *d : client().window().findChildren<lars::ui::PinDialog *>())
            if (d->isVisible())
                QVERIFY(d->findChild<QLineEdit *>(QStringLiteral("pinEdit"))->text().isEmpty());
        QVERIFY(client().enterPin(QStringLiteral("1234")));
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
    }

    void pinDialogAcceptsOnlyFourToTwelveDigits()
    {
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        QVERIFY(client().clickLogin());
        lars::ui::PinDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = client().window().findChild<lars::ui::PinDialog *>()) && dialog->isVisible());
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("pinOkButton"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, QStringLiteral("12a"));
        QCOMPARE(edit->text(), QStringLiteral("12"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("3456789012345"));
        QCOMPARE(edit->text().size(), 12);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pinCancelButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!client().window().loginController()->isBusy());
        QCOMPARE(session()->state(), State::LoggedOut);
        QVERIFY(client().find<QPushButton>("loginButton")->isEnabled());
    }

    void blockedPin()
    {
        QVERIFY(insertCard(QStringLiteral("blocked-tom-wouters")));
        QTRY_COMPARE_WITH_TIMEOUT(label("cardState"), QStringLiteral("PIN blocked — go to your municipality"),
                                  10000);
        QVERIFY(label("cardAdvice").contains(QLatin1String("municipality")));
        QVERIFY(!client().find<QPushButton>("loginButton")->isEnabled());
    }

    void unknownPerson()
    {
        QVERIFY(insertCard(QStringLiteral("elise-dubois")));
        QVERIFY(logInWithPin());
        QTRY_VERIFY_WITH_TIMEOUT(client().loginError().contains(QLatin1String("no LARS account")), 20000);
        QVERIFY(client().loginError().contains(QLatin1String("local administrator")));
        QCOMPARE(session()->state(), State::LoggedOut);
        QVERIFY(!client().window().loginController()->isBusy());
    }

    void untrustedRoot()
    {
        QVERIFY(insertCard(QStringLiteral("untrusted-mia-verhoeven")));
        QVERIFY(logInWithPin());
        QTRY_VERIFY_WITH_TIMEOUT(client().loginError().contains(QLatin1String("not trusted")) ||
                                     client().loginError().contains(QLatin1String("not accepted")),
                                 20000);
        QCOMPARE(session()->state(), State::LoggedOut);
    }

    void cardRemovedDuringLogin()
    {
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        QVERIFY(client().clickLogin());
        QTRY_VERIFY(client().window().findChild<lars::ui::PinDialog *>() &&
                    client().window().findChild<lars::ui::PinDialog *>()->isVisible());
        QVERIFY(m_card->remove());
        QTRY_VERIFY_WITH_TIMEOUT(client().loginError().contains(QLatin1String("removed")), 10000);
        QTRY_VERIFY(client().window().findChildren<lars::ui::PinDialog *>().isEmpty() ||
                    !client().window().findChild<lars::ui::PinDialog *>()->isVisible());
        QVERIFY(!client().window().loginController()->isBusy());
        QCOMPARE(session()->state(), State::LoggedOut);
        // Back in: a normal login works.
        QVERIFY(m_card->insert());
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
    }

    void cardRemovedWhileLoggedInLocksAndSameCardUnlocks()
    {
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        const QString oldToken = QString::fromLatin1(client().window().sessionStore()->token());

        QVERIFY(m_card->remove());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Locked, 10000);
        QCOMPARE(client().currentPage()->objectName(), QStringLiteral("lockOverlay"));
        QVERIFY(!client().find<QPushButton>("unlockButton")->isEnabled());
        QVERIFY(client().api().hasBearerToken() == false);
        // The token of the locked session no longer works.
        QTRY_COMPARE(m_server->get(QStringLiteral("/api/v1/me"), oldToken).status, 401);

        // The same card back in: the PIN dialog opens by itself; the PIN unlocks.
        QVERIFY(m_card->insert());
        QVERIFY(client().enterPin(QStringLiteral("1234")));
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QCOMPARE(client().currentPage(), static_cast<QWidget *>(client().window().workspace()));
        QVERIFY(client().window().sessionStore()->token() != oldToken.toLatin1());
    }

    void anotherCardLogsOut()
    {
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QVERIFY(m_card->stop());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Locked, 10000);
        QVERIFY(insertCard(QStringLiteral("jan-claes")));
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::LoggedOut, 10000);
        QVERIFY(client().loginError().contains(QLatin1String("Another eID")));
        QCOMPARE(client().currentPage()->objectName(), QStringLiteral("startPage"));
    }

    // A restart keeps the eID session while its card stays in the reader: no PIN, the same CLB. With
    // another card in the reader at the next start, the kept session is logged out and revoked.
    void restartResumesTheEidSessionOnlyWithTheSameCard()
    {
        QVERIFY(insertCard(QStringLiteral("jan-claes")));
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::ChoosingClb, 20000);
        const auto choices =
            client().find<lars::ui::ClbChooser>("clbChooser")->findChildren<QCommandLinkButton *>();
        const qint64 chosen = choices.at(1)->property("clbId").toLongLong();
        QTest::mouseClick(choices.at(1), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session()->clbId(), chosen, 10000);
        const QString service = client().window().sessionStore()->service();
        QTRY_COMPARE(readKeychain(service), client().window().sessionStore()->token());
        const QByteArray token = client().window().sessionStore()->token();

        client().keepSessionOnExit();
        m_client = std::make_unique<LoginHarness>(*m_server); // quit and start again
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QCOMPARE(session()->clbId(), chosen);
        QCOMPARE(client().currentPage(), static_cast<QWidget *>(client().window().workspace()));
        QVERIFY(client().window().findChildren<lars::ui::PinDialog *>().isEmpty());
        QCOMPARE(session()->token(), token);
        QVERIFY(client().find<QToolButton>("userButton")->text().contains(session()->clbName()));

        // Quit, put another card in, start again: logged out, and the kept token no longer works.
        client().keepSessionOnExit();
        m_client.reset();
        QVERIFY(m_card->stop());
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        m_client = std::make_unique<LoginHarness>(*m_server);
        QTRY_VERIFY_WITH_TIMEOUT(client().loginError().contains(QLatin1String("Another eID")), 20000);
        QCOMPARE(session()->state(), State::LoggedOut);
        QTRY_COMPARE(m_server->get(QStringLiteral("/api/v1/me"), QString::fromLatin1(token)).status, 401);
        QTRY_VERIFY(readKeychain(service).isEmpty());
    }

    // Without its card the kept eID session waits and says so; the card coming back resumes it.
    void keptEidSessionWaitsForItsCard()
    {
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QTRY_VERIFY(!readKeychain(client().window().sessionStore()->service()).isEmpty());
        client().keepSessionOnExit();
        m_client.reset();
        QVERIFY(m_card->remove());
        m_client = std::make_unique<LoginHarness>(*m_server);
        QTRY_VERIFY_WITH_TIMEOUT(client().find<QLabel>("resumeNote")->isVisible(), 20000);
        QVERIFY(label("resumeNote").contains(QLatin1String("Insert the eID you logged in with")));
        QCOMPARE(session()->state(), State::LoggedOut);
        QVERIFY(m_card->insert());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QVERIFY(client().find<QLabel>("resumeNote")->isHidden());
    }

    void personalDataPerClb()
    {
        QVERIFY(insertCard(QStringLiteral("jan-claes")));
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::ChoosingClb, 20000);
        const auto choices =
            client().find<lars::ui::ClbChooser>("clbChooser")->findChildren<QCommandLinkButton *>();
        const qint64 first = choices.at(0)->property("clbId").toLongLong();
        const qint64 second = choices.at(1)->property("clbId").toLongLong();
        QTest::mouseClick(choices.at(0), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 10000);

        const auto edit = [this](const QString &gsm, const QString &phone, const QString &email) {
            client().find<QAction>("actionPersonalData")->trigger();
            lars::ui::PersonalDataDialog *dialog = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        return (dialog = client().window().findChild<lars::ui::PersonalDataDialog *>()) &&
                               dialog->isVisible();
                    },
                    5000))
                return false;
            for (auto [name, value] :
                 {std::pair{"gsmEdit", gsm}, std::pair{"phoneEdit", phone}, std::pair{"emailEdit", email}}) {
                auto *line = dialog->findChild<QLineEdit *>(QLatin1String(name));
                line->selectAll();
                QTest::keyClicks(line, value);
                if (value.isEmpty())
                    line->clear();
            }
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("personalDataSaveButton")),
                              Qt::LeftButton);
            return true;
        };

        // Invalid values are refused with a reason, nothing is saved.
        QVERIFY(edit(QStringLiteral("12"), QStringLiteral("+32 3 123 45 67"), QStringLiteral("jan@@clb")));
        auto *dialog = client().window().findChild<lars::ui::PersonalDataDialog *>();
        QVERIFY(client().find<QLabel>("gsmError")->isVisible());
        QVERIFY(client().find<QLabel>("emailError")->isVisible());
        QVERIFY(!client().find<QLabel>("phoneError")->isVisible());
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!client().window().findChild<lars::ui::PersonalDataDialog *>());

        QVERIFY(edit(QStringLiteral("0470123456"), QStringLiteral("+32 3 123 45 67"),
                     QStringLiteral("jan.claes@vrijclb.be")));
        QTRY_VERIFY_WITH_TIMEOUT(!client().window().findChild<lars::ui::PersonalDataDialog *>(), 10000);

        // The other CLB keeps its own values.
        client().find<QAction>(qPrintable(QStringLiteral("actionClb_%1").arg(second)))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session()->clbId(), second, 10000);
        QVERIFY(edit(QStringLiteral("+31 6 12345678"), QString(), QStringLiteral("jan@goclbgent.be")));
        QTRY_VERIFY_WITH_TIMEOUT(!client().window().findChild<lars::ui::PersonalDataDialog *>(), 10000);

        const QString t1 = m_server->token(QStringLiteral("77030245655"), first);
        const QJsonObject c1 =
            m_server->get(QStringLiteral("/api/v1/me/clbs/%1/contact").arg(first), t1).json();
        QCOMPARE(c1.value(QLatin1String("gsm")).toString(), QStringLiteral("0470 12 34 56"));
        QCOMPARE(c1.value(QLatin1String("phone")).toString(), QStringLiteral("03 123 45 67"));
        QCOMPARE(c1.value(QLatin1String("email")).toString(), QStringLiteral("jan.claes@vrijclb.be"));
        const QJsonObject c2 =
            m_server->get(QStringLiteral("/api/v1/me/clbs/%1/contact").arg(second), t1).json();
        QCOMPARE(c2.value(QLatin1String("gsm")).toString(), QStringLiteral("+31612345678"));
        QCOMPARE(c2.value(QLatin1String("email")).toString(), QStringLiteral("jan@goclbgent.be"));
    }

    void noTeamStaffIsToldWhy()
    {
        QVERIFY(insertCard(QStringLiteral("sofie-maes")));
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QCOMPARE(client().currentPage()->objectName(), QStringLiteral("noTeamPage"));
        QVERIFY(!client().window().workspace());
        const QString text = label("noTeamText");
        QVERIFY(text.contains(QLatin1String("local administrator")));
        QVERIFY(text.contains(QLatin1String("user management")));
    }

    void webAdministrationOpensWithOneTimeLink()
    {
        QVERIFY(insertCard(QStringLiteral("an-peeters")));
        QVERIFY(!client().find<QAction>("actionWebAdministration")->isEnabled());
        QVERIFY(logInWithPin());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QAction *admin = client().find<QAction>("actionWebAdministration");
        QVERIFY(admin->isEnabled());
        admin->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(client().openedUrls.size(), 1, 10000);
        const QUrl url = client().openedUrls.first();
        QCOMPARE(url.host(), m_server->baseUrl().host());
        QCOMPARE(url.path(), QStringLiteral("/admin/sso"));
        const QString path = url.path() + u'?' + url.query();
        QCOMPARE(m_server->request("GET", path).status, 200);
        QCOMPARE(m_server->request("GET", path).status, 410);
    }

    void loginTimings_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<bool>("cached");
        QTest::newRow("1.7 certificate read") << QStringLiteral("jan-claes") << false;
        QTest::newRow("1.7 certificate cached") << QStringLiteral("jan-claes") << true;
        QTest::newRow("1.8 certificate read") << QStringLiteral("an-peeters") << false;
        QTest::newRow("1.8 certificate cached") << QStringLiteral("an-peeters") << true;
    }

    // Checks the certificate cache is used; the timings it prints are figures for docs/benchmarks.md, never
    // asserted here (a shared, loaded machine would fail a wall-clock limit for reasons outside LARS).
    void loginTimings()
    {
        QFETCH(QString, card);
        QFETCH(bool, cached);
        QVERIFY(insertCard(card));
        QList<lars::ui::LoginTimings> runs;
        auto *controller = client().window().loginController();
        for (int i = 0; i < 7; ++i) {
            if (!cached) {
                lars::smartcard::CertificateCache *cache = client().window().certificateCache();
                QDir(cache->directory()).removeRecursively();
                cache->clear();
            }
            QSignalSpy done(controller, &lars::ui::LoginController::succeeded);
            QVERIFY(logInWithPin());
            QVERIFY(done.wait(20000) || done.count() == 1);
            runs.append(done.first().at(0).value<lars::ui::LoginTimings>());
            if (!cached || i > 0)
                QCOMPARE(runs.last().certificateFromCache, cached);
            client().window().logout();
            QTRY_COMPARE(session()->state(), State::LoggedOut);
        }
        runs.removeFirst(); // warm-up (and the run that fills the cache)
        const auto median = [&runs](auto member) {
            QList<qint64> values;
            for (const auto &r : runs)
                values.append(member(r));
            std::sort(values.begin(), values.end());
            return values.at(values.size() / 2) / 1000.0;
        };
        const double total = median([](const lars::ui::LoginTimings &t) { return t.totalUs; });
        const double cardMs = median([](const lars::ui::LoginTimings &t) { return t.cardUs; });
        const double server = median([](const lars::ui::LoginTimings &t) { return t.serverUs; });
        const double excl = median([](const lars::ui::LoginTimings &t) { return t.totalUs - t.cardUs; });
        qInfo().noquote() << QStringLiteral("LOGIN-BENCH | %1 | %2 | %3 ms | %4 ms | %5 ms | %6 ms |")
                                 .arg(card, cached ? QStringLiteral("cached") : QStringLiteral("read"))
                                 .arg(total, 0, 'f', 1)
                                 .arg(cardMs, 0, 'f', 1)
                                 .arg(server, 0, 'f', 1)
                                 .arg(excl, 0, 'f', 1);
    }
};

QTEST_MAIN(TestLoginGui)
#include "tst_login_gui.moc"
