// Keyboard and screen-reader use of the whole client, in Dutch: on every page and every dialog the tour
// meets (the crawl opens whatever dialog a "…" button or menu item opens, so new dialogs are checked
// too), the Tab key reaches every control, none keeps the Tab key, and each has a Dutch accessible name.
// The shortcuts work: Ctrl+F, Ctrl+W, Ctrl+P, Ctrl+Shift+L.
#include "models/api/Session.h"
#include "tests/login/LoginHarness.h"
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/UiAudit.h"
#include "tests/ui/UiTestSetup.h"
#include "tests/ui/UiTour.h"
#include "ui/MainWindow.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using lars::test::UiAudit;
using lars::test::UiTestSetup;
using lars::test::UiTour;
using State = lars::models::Session::State;

class TestAccessibility final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<lars::test::ServerProcess> m_server;
    std::unique_ptr<UiTour> m_tour;

    lars::ui::MainWindow &window() { return m_tour->client().window(); }

    QDialog *visibleDialog()
    {
        for (QWidget *w : QApplication::allWidgets())
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isWindow() && d->isVisible())
                return d;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LARS_PCSCD_CTL"), "run through scripts/with-services");
        m_setup = std::make_unique<UiTestSetup>();
        m_server = std::make_unique<lars::test::ServerProcess>(lars::test::ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(200, lars::test::trustAnchorArguments()),
                 qPrintable(m_server->errorString()));
    }

    void init() { m_tour = std::make_unique<UiTour>(*m_server, UiTestSetup::windowSize()); }
    void cleanup() { m_tour.reset(); }
    void cleanupTestCase() { m_server.reset(); }

    void everyControlReachableAndNamed()
    {
        QStringList problems;
        int checked = 0;
        const bool ok = m_tour->run([&](QWidget *w, const QString &name) {
            checked += int(UiAudit::interactiveWidgets(w).size());
            for (const QString &p : UiAudit::accessibilityProblems(w, m_setup->translator().untranslated()))
                problems << name + QStringLiteral(": ") + p;
        });
        QVERIFY2(ok, qPrintable(m_tour->error()));
        qInfo() << "interactive widgets checked:" << checked << "dialogs:" << m_tour->dialogsSeen();
        QVERIFY(checked > 50);
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << "PROBLEM" << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems (PROBLEM lines above)").arg(problems.size())));
    }

    void shortcuts()
    {
        QVERIFY2(m_tour->logIn(QStringLiteral("an-peeters")), qPrintable(m_tour->error()));
        QVERIFY(UiTour::activate(&window()));
        lars::ui::DossierWorkspace *workspace = window().workspace();
        auto *field = workspace->findChild<QLineEdit *>(QStringLiteral("searchField"));
        // Ctrl+F from anywhere in the window puts the cursor in the search field.
        window().findChild<QWidget *>(QStringLiteral("userButton"))->setFocus();
        QTest::keyClick(&window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());

        QVERIFY2(m_tour->openFirstPupil(QStringLiteral("de")), qPrintable(m_tour->error()));
        QTabWidget *tabs = workspace->dossierTabs();
        QCOMPARE(tabs->count(), 1);
        // Ctrl+P on the attests prints the selected attest: the letter preview opens.
        auto *view = qobject_cast<lars::ui::DossierView *>(tabs->currentWidget());
        view->showSection(lars::ui::DossierView::Attests);
        QTRY_VERIFY(view->findChild<QWidget *>(QStringLiteral("previewAttest"))->isEnabled());
        QTest::keyClick(&window(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(visibleDialog() != nullptr, 15000);
        QCOMPARE(visibleDialog()->objectName(), QStringLiteral("letterPreviewDialog"));
        visibleDialog()->reject();
        QTRY_VERIFY(visibleDialog() == nullptr);
        QVERIFY(UiTour::activate(&window()));
        // On the identity there is nothing to print: the search panel says where printing is.
        view->showSection(lars::ui::DossierView::Identity);
        QTest::keyClick(&window(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(!workspace->findChild<QLabel *>(QStringLiteral("searchHint"))->text().isEmpty());
        QVERIFY(visibleDialog() == nullptr);

        // Ctrl+W closes the dossier.
        QTest::keyClick(&window(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(tabs->count(), 0);

        // Ctrl+Shift+L locks; the shortcuts of the hidden workspace are off while locked.
        QTest::keyClick(&window(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window().session()->state(), State::Locked);
        QTest::keyClick(&window(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->count(), 0);
        QVERIFY(m_tour->logOut());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
