// No keychain on this computer (the session bus points nowhere): the client says so plainly, keeps the
// session in memory only, writes no secret anywhere, and the login still works.
#include "local/SessionStore.h"
#include "models/api/Session.h"
#include "tests/login/LoginHarness.h"
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/VirtualCardProcess.h"

#include <QDirIterator>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::VirtualCardProcess;

class TestLoginNoKeychain final : public QObject
{
    Q_OBJECT
private slots:
    void sessionStaysInMemory()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nowhere")),
                 "ctest runs this test with a session bus address that points nowhere");
        QCoreApplication::setOrganizationName(QStringLiteral("lars-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_login_nokeychain"));
        ServerProcess server(ServerProcess::Backend::Sqlite);
        QVERIFY2(server.start(10, lars::test::trustAnchorArguments()), qPrintable(server.errorString()));
        VirtualCardProcess card(QStringLiteral("an-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));

        LoginHarness client(server);
        lars::local::SessionStore *tokens = client.window().sessionStore();
        // Known at start (reading the session an earlier run kept), before anyone logs in.
        QTRY_COMPARE_WITH_TIMEOUT(tokens->mode(), lars::local::SessionStore::Mode::MemoryOnly, 20000);
        auto *notice = client.find<QLabel>("keychainNotice");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("memory only")));
        QVERIFY(!tokens->keychainError().isEmpty());

        QVERIFY(client.clickLogin());
        QVERIFY(client.enterPin(QStringLiteral("1234")));
        QTRY_COMPARE_WITH_TIMEOUT(client.window().session()->state(), lars::models::Session::State::Active,
                                  20000);
        const QByteArray token = tokens->token();
        QVERIFY(!token.isEmpty());
        QCOMPARE(server.get(QStringLiteral("/api/v1/me"), QString::fromLatin1(token)).status, 200);

        // No fallback file: the token is nowhere under the user's config or data directories.
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

        client.window().logout();
        QVERIFY(tokens->token().isEmpty());
        QTRY_COMPARE(server.get(QStringLiteral("/api/v1/me"), QString::fromLatin1(token)).status, 401);
        card.stop();
    }
};

QTEST_MAIN(TestLoginNoKeychain)
#include "tst_login_nokeychain.moc"
