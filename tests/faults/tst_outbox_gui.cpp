// The outbox through the real widgets, in Dutch: An Peeters works in pupil 2's dossier while the server
// cannot be reached (FaultProxy between the client and the real lars-server refuses every connection).
// Her parent heights and her activity wait, sealed on disk (the file shows no name and no height), the
// status bar says "2 wijzigingen wachten op verbinding…"; meanwhile Jan Claes saves other heights. Back
// online the activity is accepted and the heights come back as a conflict: the list and the conflict
// dialog (base, theirs, mine side by side) pass the accessibility and layout checks, and her merge is
// what the server keeps. Screenshots: docs/screenshots/outbox-waiting.png and conflict-dialog.png.
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
#include "ui/ConflictDialog.h"
#include "ui/LocalWork.h"
#include "ui/MainWindow.h"
#include "ui/OutboxDialog.h"
#include "ui/OutboxIndicator.h"
#include "ui/dossier/ActivityDialog.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/login/SessionController.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using lars::test::FaultyClient;
using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;
using State = lars::models::Session::State;

namespace {
constexpr qint64 kPupil = 2; // Emre Çelik, in An Peeters' team
}

class TestOutboxGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;

    QStringList audit(QWidget *w)
    {
        return UiAudit::accessibilityProblems(w, m_setup->translator().untranslated()) +
               UiAudit::layoutProblems(w);
    }

    bool editHeights(lars::ui::DossierView *view, const QString &father, const QString &mother)
    {
        view->showSection(lars::ui::DossierView::Medical);
        auto *edit = view->findChild<QToolButton *>(QStringLiteral("editParentHeights"));
        if (!QTest::qWaitFor([&] { return edit->isVisible(); }, 5000))
            return false;
        edit->click();
        auto *fatherEdit = view->findChild<QLineEdit *>(QStringLiteral("fatherEdit"));
        auto *motherEdit = view->findChild<QLineEdit *>(QStringLiteral("motherEdit"));
        fatherEdit->selectAll();
        QTest::keyClicks(fatherEdit, father);
        motherEdit->selectAll();
        QTest::keyClicks(motherEdit, mother);
        view->findChild<QToolButton *>(QStringLiteral("saveParentHeights"))->click();
        return true;
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

    void waitingChangesConflictAndMerge()
    {
        FaultyClient faulty(*m_server, 1);
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        LoginHarness &client = faulty.harness();
        QVERIFY(faulty.logIn());
        lars::ui::DossierWorkspace *workspace = client.window().workspace();
        workspace->openDossier(kPupil);
        QTRY_VERIFY_WITH_TIMEOUT(workspace->dossierView(kPupil) &&
                                     workspace->dossierView(kPupil)->dossier()->loadMs() >= 0 &&
                                     workspace->nomenclature()->isLoaded(),
                                 20000);
        lars::ui::DossierView *view = workspace->dossierView(kPupil);
        lars::models::Outbox *outbox = client.window().localWork()->outbox();
        auto *indicator = client.find<lars::ui::OutboxIndicator>("outboxIndicator");
        QVERIFY(indicator->isHidden());

        // The server cannot be reached: both changes wait, and say so.
        faulty.cut(); // the Wi-Fi drops: the open connections too
        QVERIFY(editHeights(view, QStringLiteral("181,5"), QStringLiteral("166,5")));
        QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QLabel *>(QStringLiteral("parentHeightsChangedBy"))
                                     ->text()
                                     .contains(QStringLiteral("181,5")),
                                 15000);
        view->showSection(lars::ui::DossierView::Journal);
        view->findChild<QPushButton *>(QStringLiteral("registerActivity"))->click();
        // A QPointer: the dialog deletes itself once it is closed, while QTRY below still looks at it.
        QPointer<lars::ui::ActivityDialog> dialog =
            client.window().findChild<lars::ui::ActivityDialog *>(QStringLiteral("activityDialog"));
        QVERIFY(dialog && QTest::qWaitForWindowActive(dialog));
        dialog->findChild<QComboBox *>(QStringLiteral("activityFunction"))->setCurrentIndex(1);
        const QString subject = QStringLiteral("Telefoon met moeder over de bril");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("activitySubject")), subject);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("activityText")),
                         QStringLiteral("Emre ziet slecht op het bord."));
        dialog->findChild<QPushButton *>(QStringLiteral("saveActivity"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || dialog->isHidden(), 15000);
        QTRY_COMPARE(outbox->waitingCount(), 2);
        QTRY_VERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), QStringLiteral("2 wijzigingen wachten op verbinding…"));
        UiTestSetup::screenshot(&client.window(), QStringLiteral("outbox-waiting"));

        // What waits on disk is sealed: no name, no typed word, no height.
        const QString file = client.window().localWork()->filePath();
        QVERIFY(!file.isEmpty());
        QByteArray bytes;
        for (const QString &f : {file, file + QStringLiteral("-wal")}) {
            QFile in(f);
            if (in.open(QIODevice::ReadOnly))
                bytes += in.readAll();
        }
        QVERIFY(bytes.size() > 1000);
        for (const char *secret : {"Emre", "elik", "Telefoon", "bril", "181.5", "166.5", "fatherCm"})
            QVERIFY2(!bytes.contains(secret), secret);

        // The list shows both, in Dutch, reachable by keyboard.
        lars::ui::OutboxDialog *list = indicator->showList();
        QVERIFY(QTest::qWaitForWindowActive(list));
        QCOMPARE(list->findChild<QTreeWidget *>(QStringLiteral("outboxList"))->topLevelItemCount(), 2);
        QStringList problems = audit(list);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Jan Claes saves other heights meanwhile.
        const QString jan = m_server->token(QStringLiteral("77030245655"), 1);
        const QString path = QStringLiteral("/api/v1/pupils/%1/parent-heights").arg(kPupil);
        const auto current = m_server->get(path, jan);
        QCOMPARE(m_server
                     ->send("PUT", path, jan, {{"fatherCm", 178.0}, {"motherCm", 170.0}},
                            {{"If-Match", current.header("ETag")}})
                     .status,
                 200);

        // Back online: the activity arrives once, the heights come back to her as a conflict.
        faulty.restore();
        outbox->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(outbox->needsUserCount() == 1 && outbox->waitingCount() == 0, 30000);
        QCOMPARE(indicator->text(), QStringLiteral("1 wijziging vraagt uw keuze…"));
        const auto journal =
            m_server->get(QStringLiteral("/api/v1/pupils/%1/journal?limit=100").arg(kPupil), jan);
        int found = 0;
        for (const QJsonValue &v : journal.json().value(QLatin1String("items")).toArray())
            found += v.toObject().value(QLatin1String("subject")).toString() == subject;
        QCOMPARE(found, 1);

        // She decides in the conflict dialog: her father's height, Jan's mother's height.
        QTRY_COMPARE(list->findChild<QTreeWidget *>(QStringLiteral("outboxList"))->topLevelItemCount(), 1);
        auto *decide = list->findChild<QPushButton *>(QStringLiteral("outboxDecide"));
        QTRY_VERIFY(decide->isEnabled());
        decide->click();
        lars::ui::ConflictDialog *conflict = nullptr;
        QTRY_VERIFY(
            (conflict = list->findChild<lars::ui::ConflictDialog *>(QStringLiteral("conflictDialog"))) &&
            conflict->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(conflict));
        problems = audit(conflict);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(conflict, QStringLiteral("conflict-dialog"));
        conflict->findChild<QRadioButton *>(QStringLiteral("theirs_motherCm"))->click();
        conflict->findChild<QPushButton *>(QStringLiteral("conflictSend"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(outbox->changes().size(), 0, 20000);
        const auto merged = m_server->get(path, jan).json();
        QCOMPARE(merged.value(QLatin1String("fatherCm")).toDouble(), 181.5);
        QCOMPARE(merged.value(QLatin1String("motherCm")).toDouble(), 170.0);
        QTRY_VERIFY(indicator->isHidden());
        list->close();
        client.window().sessionController()->logout();
        faulty.card().stop();
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestOutboxGui)
#include "tst_outbox_gui.moc"
