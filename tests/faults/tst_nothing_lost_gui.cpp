// Nothing typed is lost, through the real widgets in Dutch: the real lars-server over HTTPS, pcscd + the
// virtual eID card, the keychain of scripts/with-services. Pulling the card keeps the open activity dialog
// and its text (hidden behind the lock), the PIN gives it back and it saves; a logout with typed text asks
// first and names what would be lost.
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "models/api/Outbox.h"
#include "models/api/Session.h"
#include "tests/login/LoginHarness.h"
#include "tests/login/LoginTestSupport.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/VirtualCardProcess.h"
#include "tests/ui/UiAudit.h"
#include "tests/ui/UiTestSetup.h"
#include "ui/LocalWork.h"
#include "ui/MainWindow.h"
#include "ui/dossier/ActivityDialog.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/login/LeaveGuard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;
using lars::test::VirtualCardProcess;
using State = lars::models::Session::State;

namespace {
// QTest::keyClicks takes no line break: Return between the lines, as a person types them.
void typeLines(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines[i]);
    }
}
constexpr qint64 kPupil = 1; // Ëlise Van den Bossche, in An Peeters' team
constexpr auto kAnPeeters = "85071512397";
} // namespace

class TestNothingLostGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<VirtualCardProcess> m_card;
    std::unique_ptr<LoginHarness> m_client;

    lars::models::Session *session() { return m_client->window().session(); }

    // Logs in as An Peeters, opens pupil 1's dossier and the activity dialog, and types in it.
    QPointer<lars::ui::ActivityDialog> typeAnActivity(const QString &subject, const QString &text)
    {
        m_card = std::make_unique<VirtualCardProcess>(QStringLiteral("an-peeters"));
        if (!m_card->start()) {
            qWarning() << m_card->errorString();
            return {};
        }
        if (!m_client->clickLogin() || !m_client->enterPin(QStringLiteral("1234")))
            return {};
        if (!QTest::qWaitFor([&] { return session()->state() == State::Active; }, 20000))
            return {};
        lars::ui::DossierWorkspace *workspace = m_client->window().workspace();
        workspace->openDossier(kPupil);
        if (!QTest::qWaitFor(
                [&] {
                    lars::ui::DossierView *view = workspace->dossierView(kPupil);
                    return view && view->dossier()->loadMs() >= 0 && workspace->nomenclature()->isLoaded();
                },
                20000))
            return {};
        workspace->dossierView(kPupil)->findChild<QPushButton *>(QStringLiteral("registerActivity"))->click();
        QPointer<lars::ui::ActivityDialog> dialog =
            m_client->window().findChild<lars::ui::ActivityDialog *>(QStringLiteral("activityDialog"));
        if (!dialog || !QTest::qWaitForWindowActive(dialog))
            return {};
        auto *function = dialog->findChild<QComboBox *>(QStringLiteral("activityFunction"));
        function->setCurrentIndex(1);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("activitySubject")), subject);
        typeLines(dialog->findChild<QPlainTextEdit *>(QStringLiteral("activityText")), text);
        return dialog;
    }

    int journalCount(const QString &subject)
    {
        const QString token = m_server->token(QString::fromLatin1(kAnPeeters), 1);
        const auto reply =
            m_server->get(QStringLiteral("/api/v1/pupils/%1/journal?limit=100").arg(kPupil), token);
        int n = 0;
        for (const QJsonValue &v : reply.json().value(QLatin1String("items")).toArray())
            n += v.toObject().value(QLatin1String("subject")).toString() == subject;
        return n;
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

    void init() { m_client = std::make_unique<LoginHarness>(*m_server); }

    void cleanup()
    {
        m_client.reset();
        if (m_card)
            m_card->stop();
        m_card.reset();
    }

    void cleanupTestCase() { m_server.reset(); }

    void pullingTheCardKeepsTheTypedActivity()
    {
        const QString subject = QStringLiteral("Gesprek met de leerkracht over het lezen");
        const QString text =
            QStringLiteral("Moeder belt terug na de oudercontactavond.\nOpvolgen in januari.");
        QPointer<lars::ui::ActivityDialog> dialog = typeAnActivity(subject, text);
        QVERIFY(dialog);

        QVERIFY(m_card->remove());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Locked, 10000);
        QCOMPARE(m_client->currentPage()->objectName(), QStringLiteral("lockOverlay"));
        // Kept, but nothing of it on screen, and nothing modal blocks the lock page.
        QVERIFY(dialog);
        QVERIFY(dialog->isHidden());
        QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);

        QVERIFY(m_card->insert());
        QVERIFY(m_client->enterPin(QStringLiteral("1234")));
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Active, 20000);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("activitySubject"))->text(), subject);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("activityText"))->toPlainText(), text);
        QTRY_COMPARE(QApplication::activeModalWidget(), dialog.data());

        // It saves with the new session's token.
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveActivity"));
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || dialog->isHidden(), 20000);
        // The dialog also closes when the change waits in the outbox (the session may not be sending yet
        // right after the PIN): it arrives a moment later, once.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->window().localWork()->outbox()->changes().size(), 0, 20000);
        QCOMPARE(journalCount(subject), 1);
    }

    void logoutWithTypedTextAsksFirst()
    {
        const QString subject = QStringLiteral("Overleg zorgteam");
        QPointer<lars::ui::ActivityDialog> dialog =
            typeAnActivity(subject, QStringLiteral("Nog aan te vullen"));
        QVERIFY(dialog);
        // Locked, the dialog hidden: the lock page's "log out" still names it.
        QVERIFY(m_card->remove());
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::Locked, 10000);
        m_client->find<QPushButton>("lockLogoutButton")->click();
        lars::ui::LeaveGuard *guard = m_client->window().leaveGuard();
        QVERIFY(guard->question());
        QTRY_VERIFY(guard->question()->isVisible());
        QMessageBox *question = guard->question();
        QVERIFY2(question->text().contains(dialog->windowTitle().toHtmlEscaped()),
                 qPrintable(question->text()));
        QVERIFY(QTest::qWaitForWindowActive(question));
        const auto untranslated = m_setup->translator().untranslated();
        QStringList problems = UiAudit::accessibilityProblems(question, untranslated);
        problems += UiAudit::layoutProblems(question);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Going back changes nothing.
        question->findChild<QPushButton *>(QStringLiteral("leaveCancel"))->click();
        QTRY_VERIFY(!guard->question());
        QCOMPARE(session()->state(), State::Locked);
        QVERIFY(dialog);

        // Confirmed: logged out, the dialog closed.
        m_client->find<QPushButton>("lockLogoutButton")->click();
        QTRY_VERIFY(guard->question() && guard->question()->isVisible());
        guard->question()->findChild<QPushButton *>(QStringLiteral("leaveAnyway"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), State::LoggedOut, 10000);
        QTRY_VERIFY(!dialog || dialog->isHidden());
        QCOMPARE(journalCount(subject), 0);
    }
};

QTEST_MAIN(TestNothingLostGui)
#include "tst_nothing_lost_gui.moc"
