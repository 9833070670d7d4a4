// Personal data through the real widgets, in Dutch, against the real lars-server behind FaultProxy: what An
// Peeters types is kept as a sealed draft and offered back when the dialog is gone without "Annuleren" (as
// after a crash); saved while the server cannot be reached it waits in the outbox and the dialog closes;
// back online it arrives once (the version moves by one); changed meanwhile elsewhere it comes back as a
// conflict whose dialog shows GSM, phone and e-mail side by side, and her choice is what the server keeps.
// With the dialog open: a conflict in it, her choice waiting when the server is gone again, "Beslis later",
// and a refusal under its field.
#include "models/api/AuthClient.h"
#include "models/api/Drafts.h"
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
#include "ui/login/PersonalDataDialog.h"
#include "ui/login/SessionController.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using lars::test::FaultyClient;
using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;
using lars::ui::PersonalDataDialog;
using State = lars::models::Session::State;

class TestPersonalDataGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;

    static PersonalDataDialog *openDialog(LoginHarness &client)
    {
        client.find<QAction>("actionPersonalData")->trigger();
        PersonalDataDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (dialog = client.window().findChild<PersonalDataDialog *>()) &&
                           dialog->isVisible();
                },
                5000))
            return nullptr;
        return dialog;
    }
    static void retype(PersonalDataDialog *dialog, const char *field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
        edit->selectAll();
        QTest::keyClicks(edit, text);
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

    void draftWaitingAndConflict()
    {
        FaultyClient faulty(*m_server, 11);
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        LoginHarness &client = faulty.harness();
        QVERIFY(faulty.logIn());
        lars::ui::LocalWork *local = client.window().localWork();
        lars::models::Outbox *outbox = local->outbox();
        const QString path =
            QStringLiteral("/api/v1/me/clbs/%1/contact").arg(client.window().session()->clbId());
        const QString an = m_server->token(QStringLiteral("85071512397"), client.window().session()->clbId());

        // Typed, kept as a sealed draft; the dialog gone without "Annuleren" (a crash): offered back.
        PersonalDataDialog *dialog = openDialog(client);
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("gsmEdit"))->text().isEmpty());
        QSignalSpy kept(local->drafts(), &lars::models::Drafts::kept);
        retype(dialog, "emailEdit", QStringLiteral("an.kladversie@vrijclb.be"));
        QVERIFY(kept.wait(5000));
        bool onDisk = false;
        local->whenWritten(this, [&] { onDisk = true; });
        QTRY_VERIFY(onDisk);
        QByteArray bytes;
        for (const QString &f : {local->filePath(), local->filePath() + QStringLiteral("-wal")}) {
            QFile in(f);
            if (in.open(QIODevice::ReadOnly))
                bytes += in.readAll();
        }
        QVERIFY(bytes.size() > 1000);
        QVERIFY(!bytes.contains("kladversie"));
        delete dialog;
        dialog = openDialog(client);
        QVERIFY(dialog);
        auto *offer = dialog->findChild<QWidget *>(QStringLiteral("personalDataDraftOffer"));
        QTRY_VERIFY(offer->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("personalDataDraftText"))->text(),
                 QStringLiteral("Contactgegevens die u hier typte, werden niet bewaard. Terugzetten?"));
        QStringList problems = UiAudit::accessibilityProblems(dialog, m_setup->translator().untranslated()) +
                               UiAudit::layoutProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(dialog, QStringLiteral("personal-data-draft"));
        dialog->findChild<QPushButton *>(QStringLiteral("personalDataDraftRestore"))->click();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(),
                 QStringLiteral("an.kladversie@vrijclb.be"));

        // The server cannot be reached: saved, it waits in the outbox and the dialog closes.
        const QByteArray before = m_server->get(path, an).header("ETag");
        faulty.cut();
        retype(dialog, "emailEdit", QStringLiteral("an.peeters@vrijclb.be"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("personalDataSaveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!client.window().findChild<PersonalDataDialog *>(), 15000);
        QCOMPARE(outbox->waitingCount(), 1);
        auto *indicator = client.find<lars::ui::OutboxIndicator>("outboxIndicator");
        QTRY_COMPARE(indicator->text(), QStringLiteral("1 wijziging wacht op verbinding…"));
        // Back online it arrives, once: the version moved by one.
        faulty.restore();
        outbox->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(outbox->changes().size(), 0, 20000);
        const auto saved = m_server->get(path, an);
        QCOMPARE(saved.json().value(QLatin1String("email")).toString(),
                 QStringLiteral("an.peeters@vrijclb.be"));
        QCOMPARE(saved.header("ETag"),
                 '"' + QByteArray::number(before.mid(1).chopped(1).toLongLong() + 1) + '"');
        QTRY_COMPARE(
            client.window().session()->profile().clb(client.window().session()->clbId())->contact.email,
            QStringLiteral("an.peeters@vrijclb.be"));

        // Offline again, she changes her GSM; meanwhile she (on another computer) changed her e-mail.
        dialog = openDialog(client);
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(),
                     QStringLiteral("an.peeters@vrijclb.be"));
        faulty.cut();
        retype(dialog, "gsmEdit", QStringLiteral("0470 55 66 77"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("personalDataSaveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!client.window().findChild<PersonalDataDialog *>(), 15000);
        const auto current = m_server->get(path, an);
        QJsonObject elsewhere = current.json();
        elsewhere.remove(QStringLiteral("version"));
        elsewhere.insert(QStringLiteral("email"), QStringLiteral("an@elders.be"));
        QCOMPARE(m_server->send("PUT", path, an, elsewhere, {{"If-Match", current.header("ETag")}}).status,
                 200);
        faulty.restore();
        outbox->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(outbox->needsUserCount() == 1, 20000);
        QCOMPARE(indicator->text(), QStringLiteral("1 wijziging vraagt uw keuze…"));
        lars::ui::OutboxDialog *list = indicator->showList();
        QVERIFY(QTest::qWaitForWindowActive(list));
        auto *decide = list->findChild<QPushButton *>(QStringLiteral("outboxDecide"));
        QTRY_VERIFY(decide->isEnabled());
        decide->click();
        lars::ui::ConflictDialog *conflict = nullptr;
        QTRY_VERIFY((conflict = list->findChild<lars::ui::ConflictDialog *>()) && conflict->isVisible());
        for (const char *field : {"gsm", "phone", "email"}) {
            QVERIFY2(conflict->findChild<QRadioButton *>(QStringLiteral("theirs_") + QLatin1String(field)),
                     field);
            QVERIFY2(conflict->findChild<QRadioButton *>(QStringLiteral("mine_") + QLatin1String(field)),
                     field);
        }
        QCOMPARE(conflict->findChild<QRadioButton *>(QStringLiteral("theirs_email"))->text(),
                 QStringLiteral("an@elders.be"));
        QCOMPARE(conflict->findChild<QRadioButton *>(QStringLiteral("mine_gsm"))->text(),
                 QStringLiteral("0470 55 66 77"));
        problems = UiAudit::accessibilityProblems(conflict, m_setup->translator().untranslated()) +
                   UiAudit::layoutProblems(conflict);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        conflict->findChild<QRadioButton *>(QStringLiteral("theirs_email"))->click();
        conflict->findChild<QPushButton *>(QStringLiteral("conflictSend"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(outbox->changes().size(), 0, 20000);
        const QJsonObject merged = m_server->get(path, an).json();
        QCOMPARE(merged.value(QLatin1String("gsm")).toString(), QStringLiteral("0470 55 66 77"));
        QCOMPARE(merged.value(QLatin1String("email")).toString(), QStringLiteral("an@elders.be"));
        list->close();
        client.window().sessionController()->logout();
        faulty.card().stop();
    }

    // While the dialog is open: a 412 brings the conflict dialog into it; her choice sent while the server
    // cannot be reached again waits in the outbox and the dialog closes (it stayed on "Bewaren…" before);
    // "Beslis later" keeps the change for the list and the dialog says so when opened again; a value the
    // server refuses (an old phone number it no longer accepts) is shown under its field.
    void conflictRefusalAndLaterInTheOpenDialog()
    {
        FaultyClient faulty(*m_server, 13);
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        LoginHarness &client = faulty.harness();
        QVERIFY(faulty.logIn());
        lars::ui::LocalWork *local = client.window().localWork();
        lars::models::Outbox *outbox = local->outbox();
        const qint64 clb = client.window().session()->clbId();
        const QString path = QStringLiteral("/api/v1/me/clbs/%1/contact").arg(clb);
        const QString an = m_server->token(QStringLiteral("85071512397"), clb);
        const auto changeElsewhere = [&](const char *field, const QString &value) {
            const auto current = m_server->get(path, an);
            QJsonObject body = current.json();
            body.remove(QStringLiteral("version"));
            body.insert(QLatin1String(field), value);
            return m_server->send("PUT", path, an, body, {{"If-Match", current.header("ETag")}}).status;
        };
        const auto saveButton = [](PersonalDataDialog *d) {
            return d->findChild<QPushButton *>(QStringLiteral("personalDataSaveButton"));
        };
        auto *indicator = client.find<lars::ui::OutboxIndicator>("outboxIndicator");

        // The dialog reads the current values (and version) when it opens; the other change comes after.
        QSignalSpy fetched(client.window().findChild<lars::models::AuthClient *>(),
                           &lars::models::AuthClient::contactReady);

        // Changed elsewhere while the dialog is open: saving brings the conflict dialog into it.
        QPointer<PersonalDataDialog> dialog = openDialog(client);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 1, 10000);
        QCOMPARE(changeElsewhere("email", QStringLiteral("an@ergens.be")), 200);
        retype(dialog, "gsmEdit", QStringLiteral("0470 11 22 33"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        lars::ui::ConflictDialog *conflict = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(dialog && (conflict = dialog->findChild<lars::ui::ConflictDialog *>()) &&
                                     conflict->isVisible(),
                                 20000);
        QVERIFY(QTest::qWaitForWindowActive(conflict));
        QCOMPARE(conflict->findChild<QRadioButton *>(QStringLiteral("theirs_email"))->text(),
                 QStringLiteral("an@ergens.be"));
        // She did not change the e-mail: the other's stays unless she chooses hers.
        QVERIFY(conflict->findChild<QRadioButton *>(QStringLiteral("theirs_email"))->isChecked());
        QVERIFY(conflict->findChild<QRadioButton *>(QStringLiteral("mine_gsm"))->isChecked());
        QStringList problems =
            UiAudit::accessibilityProblems(conflict, m_setup->translator().untranslated()) +
            UiAudit::layoutProblems(conflict);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(conflict, QStringLiteral("personal-data-conflict"));

        // Her choice, sent while the server cannot be reached again: it waits, and the dialog says so by
        // closing like any save without a server.
        faulty.cut();
        conflict->findChild<QPushButton *>(QStringLiteral("conflictSend"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(outbox->waitingCount(), 1);
        QTRY_COMPARE(indicator->text(), QStringLiteral("1 wijziging wacht op verbinding…"));
        faulty.restore();
        outbox->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(outbox->changes().size(), 0, 20000);
        QJsonObject stored = m_server->get(path, an).json();
        QCOMPARE(stored.value(QLatin1String("gsm")).toString(), QStringLiteral("0470 11 22 33"));
        QCOMPARE(stored.value(QLatin1String("email")).toString(), QStringLiteral("an@ergens.be"));

        // "Beslis later": the change waits for her choice in the list, the dialog closes; opened again it
        // shows the server's values and says where her change is.
        fetched.clear();
        dialog = openDialog(client);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 1, 10000);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("gsmEdit"))->text(),
                 QStringLiteral("0470 11 22 33"));
        QCOMPARE(changeElsewhere("email", QStringLiteral("an@weer.elders.be")), 200);
        retype(dialog, "gsmEdit", QStringLiteral("0470 99 88 77"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog && (conflict = dialog->findChild<lars::ui::ConflictDialog *>()) &&
                                     conflict->isVisible(),
                                 20000);
        conflict->findChild<QPushButton *>(QStringLiteral("conflictLater"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(outbox->needsUserCount(), 1);
        QTRY_COMPARE(indicator->text(), QStringLiteral("1 wijziging vraagt uw keuze…"));
        QVERIFY(!local->drafts()->find(QStringLiteral("contact/%1").arg(clb))); // the outbox holds it
        dialog = openDialog(client);
        QVERIFY(dialog);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("personalDataStatus"));
        QTRY_COMPARE(status->text(),
                     QStringLiteral("Een wijziging die u eerder bewaarde, wacht op uw keuze in "
                                    "de lijst van wijzigingen (onderaan het venster)."));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("gsmEdit"))->text(),
                 QStringLiteral("0470 11 22 33"));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        problems = UiAudit::layoutProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        dialog->findChild<QPushButton *>(QStringLiteral("personalDataCancelButton"))->click();
        QTRY_VERIFY(!dialog);
        lars::ui::OutboxDialog *list = indicator->showList();
        QVERIFY(QTest::qWaitForWindowActive(list));
        auto *decide = list->findChild<QPushButton *>(QStringLiteral("outboxDecide"));
        QTRY_VERIFY(decide->isEnabled());
        decide->click();
        QTRY_VERIFY((conflict = list->findChild<lars::ui::ConflictDialog *>()) && conflict->isVisible());
        QCOMPARE(conflict->findChild<QRadioButton *>(QStringLiteral("mine_gsm"))->text(),
                 QStringLiteral("0470 99 88 77"));
        conflict->findChild<QPushButton *>(QStringLiteral("conflictKeepTheirs"))->click();
        QTRY_COMPARE(outbox->changes().size(), 0);
        list->close();

        // A phone number stored years ago in a form the server no longer accepts: unchanged, the dialog
        // sends it as it is; the server refuses it and the dialog says so under the phone field.
        QString error;
        m_server->sql(QStringLiteral("UPDATE staff_clbs SET phone = 'tel. 03 218 44 10' WHERE clb_id = ? AND "
                                     "staff_id = (SELECT id FROM staff WHERE national_number = ?)"),
                      {clb, QStringLiteral("85071512397")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        dialog = openDialog(client);
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->text(),
                     QStringLiteral("tel. 03 218 44 10"));
        retype(dialog, "gsmEdit", QStringLiteral("0470 12 12 12"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        auto *phoneError = dialog->findChild<QLabel *>(QStringLiteral("phoneError"));
        QTRY_VERIFY_WITH_TIMEOUT(phoneError->isVisible(), 20000);
        QCOMPARE(phoneError->text(), QStringLiteral("De server aanvaardt deze waarde niet."));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("gsmError"))->isHidden());
        QCOMPARE(outbox->changes().size(), 0); // seen here, with her text still there: not also in the list
        QVERIFY(saveButton(dialog)->isEnabled());
        problems = UiAudit::layoutProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(dialog, QStringLiteral("personal-data-refused"));
        retype(dialog, "phoneEdit", QStringLiteral("03 218 44 10"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        stored = m_server->get(path, an).json();
        QCOMPARE(stored.value(QLatin1String("phone")).toString(), QStringLiteral("03 218 44 10"));
        QCOMPARE(stored.value(QLatin1String("gsm")).toString(), QStringLiteral("0470 12 12 12"));
        client.window().sessionController()->logout();
        faulty.card().stop();
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestPersonalDataGui)
#include "tst_personal_data_gui.moc"
