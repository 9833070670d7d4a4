// The government login on a computer without a keychain (the session bus points nowhere): the client says
// so once in the status bar, the login works, the session lives in memory only (no token on disk), and
// after a restart nothing is resumed: a new login is needed.
#include "local/SessionStore.h"
#include "models/api/Session.h"
#include "tests/login/LoginHarness.h"
#include "tests/support/OidcBrowser.h"
#include "tests/support/OidcProviderProcess.h"
#include "tests/support/ServerProcess.h"

#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using lars::test::LoginHarness;
using lars::test::OidcBrowser;
using lars::test::OidcProviderProcess;
using lars::test::ServerProcess;
using State = lars::models::Session::State;

class TestOidcNoKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void sessionStaysInMemoryAndIsNotResumed()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nowhere")),
                 "ctest runs this test with a session bus address that points nowhere");
        QCoreApplication::setOrganizationName(QStringLiteral("lars-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_oidc_nokeychain"));
        OidcProviderProcess provider;
        const quint16 serverPort = OidcProviderProcess::freePort();
        QVERIFY2(provider.start({serverPort}), qPrintable(provider.errorString()));
        ServerProcess server(ServerProcess::Backend::Sqlite);
        QVERIFY2(server.start(10, provider.serverArguments(serverPort)), qPrintable(server.errorString()));

        auto client = std::make_unique<LoginHarness>(server);
        lars::local::SessionStore *tokens = client->window().sessionStore();
        QTRY_COMPARE_WITH_TIMEOUT(tokens->mode(), lars::local::SessionStore::Mode::MemoryOnly, 20000);
        QVERIFY(client->find<QLabel>("keychainNotice")->isVisible());
        QVERIFY(client->find<QLabel>("keychainNotice")->text().contains(QLatin1String("memory only")));

        QTest::mouseClick(client->find<QPushButton>("oidcLoginButton"), Qt::LeftButton);
        QCOMPARE(client->openedUrls.size(), 1);
        OidcBrowser browser(server.certificate());
        QCOMPARE(browser.logIn(client->openedUrls.first(), QStringLiteral("demo-an-peeters")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(client->window().session()->state(), State::Active, 20000);
        const QByteArray token = tokens->token();
        QVERIFY(!token.isEmpty());
        // Said once: the notice stays a quiet line in the status bar, no dialog after the login.
        QVERIFY(client->find<QLabel>("keychainNotice")->isVisible());
        for (const auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 1024 * 1024 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(token), qPrintable(f.fileName()));
            }
        }

        client->keepSessionOnExit();
        client = std::make_unique<LoginHarness>(server); // quit and start again
        QTRY_COMPARE_WITH_TIMEOUT(client->window().sessionStore()->mode(),
                                  lars::local::SessionStore::Mode::MemoryOnly, 20000);
        QCOMPARE(client->window().session()->state(), State::LoggedOut);
        QVERIFY(client->find<QPushButton>("oidcLoginButton")->isEnabled());
    }
};

QTEST_MAIN(TestOidcNoKeychain)
#include "tst_oidc_nokeychain.moc"
