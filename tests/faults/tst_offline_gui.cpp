// Offline reading through the real widgets, in Dutch: An Peeters opens pupil 2's dossier, the Wi-Fi drops
// (FaultProxy between the client and the real lars-server refuses and resets every connection), she
// closes it and opens it again: it is shown as read, marked "offline — gegevens van HH:MM"; a dossier she
// had not opened is not. A change made meanwhile goes to the outbox. After logout the copy is gone: logged
// in again, with the server unreachable, the same dossier cannot be read.
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "models/api/Outbox.h"
#include "models/api/Session.h"
#include "tests/faults/FaultyClient.h"
#include "tests/login/LoginHarness.h"
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/UiAudit.h"
#include "tests/ui/UiTestSetup.h"
#include "ui/LocalWork.h"
#include "ui/MainWindow.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/login/SessionController.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTime>

using lars::test::FaultyClient;
using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;
using State = lars::models::Session::State;

namespace {
constexpr qint64 kPupil = 2;     // Emre Çelik, in An Peeters' team
constexpr qint64 kNotOpened = 4; // in her team too, never opened in this session
} // namespace

class TestOfflineGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;

    // Opens the dossier and waits until it has loaded or failed.
    static lars::ui::DossierView *open(lars::ui::DossierWorkspace *workspace, qint64 pupil)
    {
        workspace->openDossier(pupil);
        lars::ui::DossierView *view = workspace->dossierView(pupil);
        const bool ready = QTest::qWaitFor(
            [&] {
                return view->dossier()->loadMs() >= 0 ||
                       view->findChild<QLabel *>(QStringLiteral("dossierProblem"))->isVisible();
            },
            30000);
        return ready ? view : nullptr;
    }
    static void close(lars::ui::DossierWorkspace *workspace, qint64 pupil)
    {
        auto *tabs = workspace->findChild<QTabWidget *>(QStringLiteral("dossierTabs"));
        workspace->closeDossier(tabs->indexOf(workspace->dossierView(pupil)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LARS_PCSCD_CTL"), "run through scripts/with-services");
        m_setup = std::make_unique<UiTestSetup>();
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60, lars::test::trustAnchorArguments()),
                 qPrintable(m_server->errorString()));
    }

    void openedDossiersStayReadableUntilLogout()
    {
        FaultyClient faulty(*m_server, 1);
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        LoginHarness &client = faulty.harness();
        QVERIFY(faulty.logIn());
        QTRY_VERIFY_WITH_TIMEOUT(!client.window().localWork()->filePath().isEmpty(), 20000);
        lars::ui::DossierWorkspace *workspace = client.window().workspace();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->nomenclature()->isLoaded(), 20000);
        lars::ui::DossierView *view = open(workspace, kPupil);
        QVERIFY(view);
        QVERIFY(view->dossier()->loadMs() >= 0);
        QVERIFY(!view->dossier()->isOffline());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("dossierOffline"))->isHidden());
        const QString name = view->dossier()->pupil().firstName;
        const int activities = int(view->dossier()->journal().size());
        QVERIFY(!name.isEmpty() && activities > 0);
        const QTime readAt = QTime::currentTime();
        close(workspace, kPupil);

        // The Wi-Fi drops.
        faulty.cut();
        view = open(workspace, kPupil);
        QVERIFY(view);
        QVERIFY2(view->dossier()->loadMs() >= 0, "the dossier read before is shown");
        QVERIFY(view->dossier()->isOffline());
        auto *mark = view->findChild<QLabel *>(QStringLiteral("dossierOffline"));
        QVERIFY(mark->isVisible());
        const QTime shownTime = view->dossier()->offlineDataTime().time();
        QVERIFY(qAbs(shownTime.secsTo(readAt)) < 60);
        QCOMPARE(mark->text(), QStringLiteral("offline — gegevens van %1")
                                   .arg(QLocale().toString(shownTime, QLocale::ShortFormat)));
        QCOMPARE(view->dossier()->pupil().firstName, name);
        QCOMPARE(int(view->dossier()->journal().size()), activities);
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("dossierHeader"))->text().contains(name));
        QWidget *window = &client.window();
        const QStringList problems =
            UiAudit::accessibilityProblems(window, m_setup->translator().untranslated()) +
            UiAudit::layoutProblems(window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(&client.window(), QStringLiteral("dossier-offline"));

        // Editing still goes through the outbox (here taken back at once).
        lars::models::Outbox *outbox = client.window().localWork()->outbox();
        QTest::mouseClick(view->findChild<QCheckBox *>(QStringLiteral("bridgingHelpCheck")), Qt::LeftButton);
        QCOMPARE(outbox->changes().size(), 1);
        view->findChild<QPushButton *>(QStringLiteral("bridgingHelpUndo"))->click();
        QCOMPARE(outbox->changes().size(), 0);

        // Never opened in this session: nothing to show.
        lars::ui::DossierView *other = open(workspace, kNotOpened);
        QVERIFY(other);
        QVERIFY(other->dossier()->loadMs() < 0);
        QVERIFY(!other->dossier()->isOffline());
        QVERIFY(other->findChild<QLabel *>(QStringLiteral("dossierProblem"))->isVisible());

        // Back online: read again, the mark goes.
        faulty.restore();
        view->dossier()->load();
        QTRY_VERIFY_WITH_TIMEOUT(!view->dossier()->isOffline() && view->dossier()->loadMs() >= 0, 20000);
        QTRY_VERIFY(mark->isHidden());

        // Logged out: the copies are gone with the session. No tab is left open, so the next login
        // reopens nothing and reads nothing (a reopened dossier would be read, and kept, in the new session).
        close(workspace, kNotOpened);
        close(workspace, kPupil);
        client.window().sessionController()->logout();
        QTRY_COMPARE_WITH_TIMEOUT(client.window().session()->state(), State::LoggedOut, 10000);
        QVERIFY(faulty.logIn());
        workspace = client.window().workspace();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->nomenclature()->isLoaded(), 20000);
        faulty.cut();
        view = open(workspace, kPupil);
        QVERIFY(view);
        QVERIFY(view->dossier()->loadMs() < 0);
        QVERIFY(!view->dossier()->isOffline());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("dossierOffline"))->isHidden());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("dossierProblem"))->isVisible());
        faulty.restore();
        client.window().sessionController()->logout();
        faulty.card().stop();
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestOfflineGui)
#include "tst_offline_gui.moc"
