// Correcting the journal through the real widgets, in Dutch, against the real lars-server: An Peeters
// corrects her own entry from its context menu ("Corrigeren…", filled in with the entry, asking why),
// withdraws it ("Intrekken…"); the journal marks it (gecorrigeerd, ingetrokken) instead of dropping it, and
// "Geschiedenis…" shows every version. Jan Claes' entry in the same dossier cannot be corrected by her.
// Both changes go through the outbox. The dialogs pass the accessibility and layout checks.
// Overbruggingshulp: switched on and taken back with "Ongedaan maken" (or by clicking again) within the
// undo window, the server never sees it and the journal gets no line; left alone, it is saved once.
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
#include "ui/dossier/ActivityHistoryDialog.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/dossier/WithdrawActivityDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using lars::test::HttpReply;
using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;
using lars::test::VirtualCardProcess;
using State = lars::models::Session::State;

namespace {
constexpr qint64 kPupil = 3; // in An Peeters' and Jan Claes' team
const QString an = QStringLiteral("85071512397");
const QString jan = QStringLiteral("77030245655");

QJsonObject activityBody(const QString &subject)
{
    return {{QStringLiteral("date"), QStringLiteral("2026-03-02")},
            {QStringLiteral("function"), QStringLiteral("begeleiding")},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("durationMinutes"), 20},
            {QStringLiteral("text"), QStringLiteral("Moeder belde over het slapen.")}};
}
} // namespace

class TestJournalGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;

    QStringList audit(QWidget *w)
    {
        return UiAudit::accessibilityProblems(w, m_setup->translator().untranslated()) +
               UiAudit::layoutProblems(w);
    }
    qint64 create(const QString &nn, const QString &subject, const QByteArray &key)
    {
        const HttpReply r =
            m_server->send("POST", QStringLiteral("/api/v1/pupils/%1/activities").arg(kPupil),
                           m_server->token(nn, 1), activityBody(subject), {{"Idempotency-Key", key}});
        return r.json().value(QLatin1String("id")).toInteger();
    }
    QJsonObject onServer(qint64 id)
    {
        return m_server
            ->get(QStringLiteral("/api/v1/pupils/%1/activities/%2").arg(kPupil).arg(id),
                  m_server->token(an, 1))
            .json();
    }
    // Selects the journal row of the activity; its subject as shown.
    static QString selectRow(QTableView *table, qint64 id)
    {
        auto *model = qobject_cast<QStandardItemModel *>(table->model());
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(Qt::UserRole).toLongLong() == id) {
                table->setCurrentIndex(model->index(row, 0));
                return model->index(row, 3).data().toString();
            }
        return {};
    }

    // Logs An Peeters in (virtual card, PIN) and opens the pupil's dossier.
    lars::ui::DossierView *openDossier(LoginHarness &client)
    {
        client.window().resize(UiTestSetup::windowSize());
        if (!client.clickLogin() || !client.enterPin(QStringLiteral("1234")))
            return nullptr;
        if (!QTest::qWaitFor([&] { return client.window().session()->state() == State::Active; }, 20000))
            return nullptr;
        // Her sealed local data is open (the keychain answered): changes are sent at once.
        if (!QTest::qWaitFor([&] { return !client.window().localWork()->filePath().isEmpty(); }, 20000))
            return nullptr;
        lars::ui::DossierWorkspace *workspace = client.window().workspace();
        workspace->openDossier(kPupil);
        const bool ready = QTest::qWaitFor(
            [&] {
                return workspace->dossierView(kPupil) &&
                       workspace->dossierView(kPupil)->dossier()->loadMs() >= 0 &&
                       workspace->nomenclature()->isLoaded();
            },
            20000);
        return ready ? workspace->dossierView(kPupil) : nullptr;
    }
    bool bridgingHelpOnServer()
    {
        return m_server->get(QStringLiteral("/api/v1/pupils/%1").arg(kPupil), m_server->token(an, 1))
            .json()
            .value(QLatin1String("attributes"))
            .toObject()
            .value(QLatin1String("bridgingHelp"))
            .toBool();
    }
    int bridgingLines()
    {
        int lines = 0;
        const HttpReply journal = m_server->get(
            QStringLiteral("/api/v1/pupils/%1/journal?limit=100").arg(kPupil), m_server->token(an, 1));
        for (const QJsonValue &v : journal.json().value(QLatin1String("items")).toArray())
            lines += v[QLatin1String("subject")].toString().startsWith(QStringLiteral("Overbruggingshulp"));
        return lines;
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

    void correctWithdrawAndHistory()
    {
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
        const qint64 hers = create(an, QStringLiteral("Gesprek met moeder"), "journal-gui-an");
        const qint64 his = create(jan, QStringLiteral("Overleg met de school"), "journal-gui-jan");
        QVERIFY(hers > 0 && his > 0);

        VirtualCardProcess card(QStringLiteral("an-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        LoginHarness client(*m_server);
        lars::ui::DossierView *view = openDossier(client);
        QVERIFY(view);
        view->showSection(lars::ui::DossierView::Journal);
        auto *table = view->findChild<QTableView *>(QStringLiteral("journalTable"));
        auto *correct = view->findChild<QAction *>(QStringLiteral("journalCorrect"));
        auto *withdraw = view->findChild<QAction *>(QStringLiteral("journalWithdraw"));
        auto *history = view->findChild<QAction *>(QStringLiteral("journalHistory"));
        QCOMPARE(correct->text(), QStringLiteral("&Corrigeren…"));
        QCOMPARE(withdraw->text(), QStringLiteral("&Intrekken…"));

        // Jan's entry: hers to read, not to rewrite.
        QCOMPARE(selectRow(table, his), QStringLiteral("Overleg met de school"));
        QVERIFY(!correct->isEnabled() && !withdraw->isEnabled() && history->isEnabled());

        // Her own: corrected in the activity dialog, filled in with the entry.
        QCOMPARE(selectRow(table, hers), QStringLiteral("Gesprek met moeder"));
        QVERIFY(correct->isEnabled() && withdraw->isEnabled());
        correct->trigger();
        lars::ui::ActivityDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<lars::ui::ActivityDialog *>(QStringLiteral("activityDialog"))));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Activiteit corrigeren")));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("activityText"));
        QCOMPARE(text->toPlainText(), QStringLiteral("Moeder belde over het slapen."));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveActivity"));
        QVERIFY(!save->isEnabled()); // nothing changed yet
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Vader belde over het slapen."));
        QVERIFY(!save->isEnabled()); // and no reason yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("activityReason")),
                         QStringLiteral("het was vader"));
        QVERIFY(save->isEnabled());
        QStringList problems = audit(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(dialog, QStringLiteral("journal-correct"));
        const QPointer<QDialog> closing = dialog;
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!closing || closing->isHidden(), 15000); // closed and deleted
        QCOMPARE(onServer(hers).value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(onServer(hers).value(QLatin1String("text")).toString(),
                 QStringLiteral("Vader belde over het slapen."));
        QTRY_COMPARE_WITH_TIMEOUT(selectRow(table, hers), QStringLiteral("Gesprek met moeder (gecorrigeerd)"),
                                  10000);

        // Withdrawn: still in the journal, marked; no attest can be made from it any more.
        auto *attest = view->findChild<QAction *>(QStringLiteral("journalAttestAction"));
        QVERIFY(attest && attest->isEnabled());
        QVERIFY(withdraw->isEnabled());
        withdraw->trigger();
        lars::ui::WithdrawActivityDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = view->findChild<lars::ui::WithdrawActivityDialog *>()));
        QVERIFY(QTest::qWaitForWindowActive(confirm));
        auto *confirmButton = confirm->findChild<QPushButton *>(QStringLiteral("withdrawConfirm"));
        QVERIFY(!confirmButton->isEnabled());
        QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("withdrawReason")),
                         QStringLiteral("hoort bij een andere leerling"));
        problems = audit(confirm);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        confirmButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(onServer(hers).value(QLatin1String("withdrawn")).toBool(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(selectRow(table, hers), QStringLiteral("Gesprek met moeder (ingetrokken)"),
                                  10000);
        QVERIFY(!withdraw->isEnabled());
        QVERIFY(!attest->isEnabled());

        // Every version, with why.
        history->trigger();
        lars::ui::ActivityHistoryDialog *versions = nullptr;
        QTRY_VERIFY((versions = view->findChild<lars::ui::ActivityHistoryDialog *>()));
        auto *browser = versions->findChild<QTextBrowser *>(QStringLiteral("activityHistoryText"));
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QStringLiteral("Versie 3")), 10000);
        const QString shown = browser->toPlainText();
        for (const QString &expected :
             {QStringLiteral("Versie 1 — geregistreerd op"), QStringLiteral("Moeder belde over het slapen."),
              QStringLiteral("Versie 2 — gecorrigeerd op"), QStringLiteral("het was vader"),
              QStringLiteral("Versie 3 — ingetrokken op"), QStringLiteral("hoort bij een andere leerling")})
            QVERIFY2(shown.contains(expected), qPrintable(expected + QStringLiteral(" in ") + shown));
        problems = audit(versions);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(versions, QStringLiteral("journal-history"));
        versions->close();

        // Jan's entry is untouched.
        QCOMPARE(onServer(his).value(QLatin1String("version")).toInt(), 1);
    }

    void bridgingHelpUndo()
    {
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
        VirtualCardProcess card(QStringLiteral("an-peeters"));
        QVERIFY2(card.start(), qPrintable(card.errorString()));
        LoginHarness client(*m_server);
        lars::ui::DossierView *view = openDossier(client);
        QVERIFY(view);
        QVERIFY(!bridgingHelpOnServer());
        const int linesBefore = bridgingLines();
        auto *check = view->findChild<QCheckBox *>(QStringLiteral("bridgingHelpCheck"));
        auto *undo = view->findChild<QPushButton *>(QStringLiteral("bridgingHelpUndo"));
        auto *status = view->findChild<QLabel *>(QStringLiteral("bridgingHelpStatus"));
        QVERIFY(!check->isChecked() && undo->isHidden());

        // A slip: switched on, taken back from the notification. Nothing reaches the server.
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(check->isChecked());
        QVERIFY(undo->isVisible());
        QCOMPARE(undo->text(), QStringLiteral("Ongedaan maken"));
        QCOMPARE(status->text(), QStringLiteral("Overbruggingshulp aangezet."));
        const QStringList problems = audit(&client.window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(view, QStringLiteral("bridging-help-undo"));
        undo->click();
        QVERIFY(!check->isChecked() && undo->isHidden());
        QCOMPARE(status->text(), QStringLiteral("Ongedaan gemaakt; er werd niets bewaard."));
        QCOMPARE(client.window().localWork()->outbox()->changes().size(), 0);

        // Meant: left alone, it is saved once after the undo window, with its one journal line.
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Bewaard"), 20000);
        QVERIFY(undo->isHidden());
        QVERIFY(bridgingHelpOnServer());
        QCOMPARE(bridgingLines(), linesBefore + 1);

        // Clicked off and on again within the window: the same as undo, nothing sent.
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!check->isChecked() && undo->isVisible());
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(check->isChecked() && undo->isHidden());
        QCOMPARE(client.window().localWork()->outbox()->changes().size(), 0);
        QVERIFY(bridgingHelpOnServer());
        QCOMPARE(bridgingLines(), linesBefore + 1);
    }
};

QTEST_MAIN(TestJournalGui)
#include "tst_journal_gui.moc"
