// A refused CREON registration corrected through the real widgets, in Dutch, against the real lars-server
// behind FaultProxy, like every other change: what An Peeters types in "Verbeteren…" is kept as a sealed
// draft and offered back when the dialog is gone without "Annuleren" (as after a crash); saved while the
// server cannot be reached it waits in the outbox, the dialog closes and the tab and the status bar say so;
// back online it arrives once (the consult's version moves by one). Corrected while a colleague changed the
// same consult, the conflict dialog shows only the results that differ, keeps the colleague's weight by
// default and her height, and the server keeps both. A consult withdrawn meanwhile is refused and says so.
// A manual registration's date waits and arrives once too; after she lost her team the 403 is shown.
#include "models/api/DossierModel.h"
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
#include "ui/OutboxIndicator.h"
#include "ui/dossier/CreonCorrectionDialog.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/login/SessionController.h"

#include <QAbstractSpinBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using lars::test::FaultyClient;
using lars::test::LoginHarness;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;
using lars::ui::CreonCorrectionDialog;
using State = lars::models::Session::State;

namespace {
constexpr qint64 kPupil = 3; // in An Peeters' team
} // namespace

class TestCreonCorrectionGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;
    QString m_token;
    qint64 m_consult = 0;

    QString consultPath() const
    {
        return QStringLiteral("/api/v1/pupils/%1/measurements/%2").arg(kPupil).arg(m_consult);
    }
    // The ministry refused the newest version of the registrations that match (as the receiver would).
    bool refuse(const QString &which, qint64 id)
    {
        QString error;
        m_server->sql(QStringLiteral("UPDATE creon_outbox SET state = 'refused', reason = 'Onwaarschijnlijk' "
                                     "WHERE registration_id IN (SELECT id FROM creon_registrations WHERE %1) "
                                     "AND state <> 'superseded'")
                          .arg(which),
                      {id}, &error);
        return error.isEmpty();
    }
    bool refuseLength()
    {
        return refuse(QStringLiteral("source = 'measurement' AND source_id = ? AND item_code = 'lengte'"),
                      m_consult);
    }
    // The registration of the item that comes from the consult source (0: a manual one), or 0.
    static qint64 registrationOf(lars::ui::DossierView *view, const QString &item, qint64 source)
    {
        for (const QJsonObject &r : view->dossier()->creonRegistrations())
            if (r.value(QLatin1String("itemCode")).toString() == item &&
                r.value(QLatin1String("source")).toObject().value(QLatin1String("id")).toInteger() == source)
                return r.value(QLatin1String("id")).toInteger();
        return 0;
    }
    static qint64 lengthRegistration(lars::ui::DossierView *view, qint64 consult)
    {
        return registrationOf(view, QStringLiteral("lengte"), consult);
    }
    // Selects the item's row in the CREON tab and presses "Verbeteren…".
    static CreonCorrectionDialog *openCorrection(LoginHarness &client, lars::ui::DossierView *view,
                                                 qint64 consult,
                                                 const QString &item = QStringLiteral("lengte"))
    {
        view->dossier()->reloadCreon();
        auto *table = view->findChild<QTableView *>(QStringLiteral("creonTable"));
        auto *model = qobject_cast<QStandardItemModel *>(table->model());
        auto *correct = view->findChild<QPushButton *>(QStringLiteral("creonCorrect"));
        const bool selected = QTest::qWaitFor(
            [&] {
                const qint64 id = registrationOf(view, item, consult);
                for (int row = 0; row < model->rowCount(); ++row)
                    if (id && model->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                        table->selectRow(row);
                return correct->isEnabled();
            },
            10000);
        if (!selected)
            return nullptr;
        QTest::mouseClick(correct, Qt::LeftButton);
        CreonCorrectionDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (dialog = client.window().findChild<CreonCorrectionDialog *>()) &&
                           dialog->isVisible();
                },
                5000))
            return nullptr;
        return dialog;
    }
    static void typeHeight(CreonCorrectionDialog *dialog, const QString &text)
    {
        auto *height = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("creonQuantity"));
        height->setFocus();
        height->selectAll();
        QTest::keyClicks(height, text);
    }
    static void save(CreonCorrectionDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }
    // Logs An Peeters in through the proxy and opens the pupil's CREON tab.
    static lars::ui::DossierView *logInAndOpen(FaultyClient &faulty)
    {
        if (!faulty.logIn())
            return nullptr;
        LoginHarness &client = faulty.harness();
        lars::ui::DossierWorkspace *workspace = client.window().workspace();
        workspace->openDossier(kPupil);
        lars::ui::DossierView *view = workspace->dossierView(kPupil);
        if (!view || !QTest::qWaitFor([&] { return view->dossier()->loadMs() >= 0; }, 30000))
            return nullptr;
        view->showSection(lars::ui::DossierView::Creon);
        return view;
    }
    QStringList audit(QWidget *dialog) const
    {
        return UiAudit::accessibilityProblems(dialog, m_setup->translator().untranslated()) +
               UiAudit::layoutProblems(dialog);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LARS_PCSCD_CTL"), "run through scripts/with-services");
        m_setup = std::make_unique<UiTestSetup>();
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60, lars::test::trustAnchorArguments()),
                 qPrintable(m_server->errorString()));
        m_token = m_server->token(QStringLiteral("85071512397"), 1);
        // A typing slip in last week's consult made the pupil 2.12 m tall.
        const auto consult =
            m_server->send("POST", QStringLiteral("/api/v1/pupils/%1/measurements").arg(kPupil), m_token,
                           {{"contact", "L4"},
                            {"date", QDate::currentDate().addDays(-7).toString(Qt::ISODate)},
                            {"heightCm", 212.0},
                            {"weightKg", 31.5},
                            {"eyeAlignment", "normaal"},
                            {"oralHealth", "gezond"}},
                           {{"Idempotency-Key", "creon-correction-gui-consult"}});
        QCOMPARE(consult.status, 201);
        m_consult = consult.json().value(QLatin1String("id")).toInteger();
        QVERIFY(refuseLength());
    }

    void correctionIsDraftedWaitsAndConflicts()
    {
        FaultyClient faulty(*m_server, 12);
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        LoginHarness &client = faulty.harness();
        lars::ui::DossierView *view = logInAndOpen(faulty);
        QVERIFY(view);
        lars::ui::LocalWork *local = client.window().localWork();
        lars::models::Outbox *outbox = local->outbox();

        // Typed, kept as a sealed draft; the dialog gone without "Annuleren" (a crash): offered back.
        QPointer<CreonCorrectionDialog> dialog = openCorrection(client, view, m_consult);
        QVERIFY(dialog);
        QSignalSpy kept(local->drafts(), &lars::models::Drafts::kept);
        typeHeight(dialog, QStringLiteral("131,2"));
        QVERIFY(kept.wait(5000));
        const QString draftName = QStringLiteral("creon/%1").arg(lengthRegistration(view, m_consult));
        QTRY_COMPARE(
            local->drafts()->find(draftName).value_or(QJsonObject()).value(QLatin1String("quantity")),
            QJsonValue(131.2));
        bool onDisk = false;
        local->whenWritten(this, [&] { onDisk = true; });
        QTRY_VERIFY(onDisk);
        delete dialog;
        dialog = openCorrection(client, view, m_consult);
        QVERIFY(dialog);
        auto *offer = dialog->findChild<QWidget *>(QStringLiteral("creonCorrectionDraftOffer"));
        QTRY_VERIFY(offer->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("creonCorrectionDraftText"))->text(),
                 QStringLiteral("Een verbetering die u hier typte, werd niet bewaard. Terugzetten?"));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QStringList problems = audit(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(dialog, QStringLiteral("creon-correction-draft"));
        dialog->findChild<QPushButton *>(QStringLiteral("creonCorrectionDraftRestore"))->click();
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("creonQuantity"))->value(), 131.2);

        // The server cannot be reached: saved, it waits in the outbox, the dialog closes and says so.
        const QByteArray before = m_server->get(consultPath(), m_token).header("ETag");
        QVERIFY(!before.isEmpty()); // a single consult is read with its version
        faulty.cut();
        save(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(outbox->waitingCount(), 1);
        auto *indicator = client.find<lars::ui::OutboxIndicator>("outboxIndicator");
        QTRY_COMPARE(indicator->text(), QStringLiteral("1 wijziging wacht op verbinding…"));
        auto *message = view->findChild<QLabel *>(QStringLiteral("creonMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 QStringLiteral("De verbetering wordt op deze computer bewaard en wacht in de "
                                "lijst van wijzigingen (onderaan het venster) tot ze "
                                "verzonden is."));
        // Back online it arrives, once: the consult's version moved by one.
        faulty.restore();
        outbox->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(outbox->changes().size(), 0, 20000);
        const auto saved = m_server->get(consultPath(), m_token);
        QCOMPARE(saved.json().value(QLatin1String("heightCm")).toDouble(), 131.2);
        QCOMPARE(saved.header("ETag"),
                 '"' + QByteArray::number(before.mid(1).chopped(1).toLongLong() + 1) + '"');
        QTRY_VERIFY(message->isHidden());
        // The dossier reads the corrected consult again.
        QTRY_COMPARE_WITH_TIMEOUT(view->dossier()->measurement(m_consult)->heightCm.value_or(0), 131.2,
                                  10000);

        // Refused again; meanwhile a colleague corrects the weight of the same consult.
        QVERIFY(refuseLength());
        dialog = openCorrection(client, view, m_consult);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("creonQuantity"))->value(), 131.2);
        QJsonObject elsewhere = saved.json();
        for (const char *derived : {"id", "bmi", "staff", "createdAt", "version", "advice"})
            elsewhere.remove(QLatin1String(derived));
        elsewhere.insert(QStringLiteral("weightKg"), 33.0);
        const QString jan = m_server->token(QStringLiteral("77030245655"), 1);
        QCOMPARE(
            m_server->send("PUT", consultPath(), jan, elsewhere, {{"If-Match", saved.header("ETag")}}).status,
            200);
        typeHeight(dialog, QStringLiteral("132,5"));
        save(dialog);
        lars::ui::ConflictDialog *conflict = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(dialog && (conflict = dialog->findChild<lars::ui::ConflictDialog *>()) &&
                                     conflict->isVisible(),
                                 20000);
        QVERIFY(QTest::qWaitForWindowActive(conflict));
        // Only what differs is a choice: her height, the colleague's weight (kept unless she chooses).
        QCOMPARE(conflict->findChild<QRadioButton *>(QStringLiteral("mine_heightCm"))->text(),
                 QStringLiteral("132,5"));
        QVERIFY(conflict->findChild<QRadioButton *>(QStringLiteral("mine_heightCm"))->isChecked());
        QCOMPARE(conflict->findChild<QRadioButton *>(QStringLiteral("theirs_weightKg"))->text(),
                 QStringLiteral("33"));
        QVERIFY(conflict->findChild<QRadioButton *>(QStringLiteral("theirs_weightKg"))->isChecked());
        QVERIFY(!conflict->findChild<QRadioButton *>(QStringLiteral("mine_oralHealth")));
        problems = audit(conflict);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        UiTestSetup::screenshot(conflict, QStringLiteral("creon-correction-conflict"));
        conflict->findChild<QPushButton *>(QStringLiteral("conflictSend"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->changes().size(), 0, 20000);
        const QJsonObject merged = m_server->get(consultPath(), m_token).json();
        QCOMPARE(merged.value(QLatin1String("heightCm")).toDouble(), 132.5);
        QCOMPARE(merged.value(QLatin1String("weightKg")).toDouble(), 33.0);

        // Refused once more; the colleague withdraws the consult before her correction arrives.
        QVERIFY(refuseLength());
        dialog = openCorrection(client, view, m_consult);
        QVERIFY(dialog);
        const auto current = m_server->get(consultPath(), jan);
        QCOMPARE(m_server
                     ->request("DELETE", consultPath(), {},
                               {{"If-Match", current.header("ETag")},
                                {"Authorization", "Bearer " + jan.toLatin1()}})
                     .status,
                 204);
        typeHeight(dialog, QStringLiteral("133"));
        save(dialog);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("creonCorrectionStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                  QStringLiteral("Niet bewaard: dit werd intussen ingetrokken."), 20000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(outbox->changes().size(), 0); // seen here, with her value still there: not also in the list
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("creonQuantity"))->value(), 133.0);
        problems = audit(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!dialog);
        client.window().sessionController()->logout();
        faulty.card().stop();
    }

    // A manual registration (pesten) whose date is corrected: it waits without a server and arrives once
    // (its version moves by one); corrected after she lost her team, the server's refusal (403) is shown
    // in the dialog with her date still there.
    void manualRegistrationWaitsAndTeamLossIsShown()
    {
        const auto created = m_server->send(
            "POST", QStringLiteral("/api/v1/pupils/%1/creon-registrations").arg(kPupil), m_token,
            {{"itemCode", "pesten"},
             {"date", QDate::currentDate().addDays(-20).toString(Qt::ISODate)},
             {"value", QJsonValue::Null}},
            {{"Idempotency-Key", "creon-correction-gui-pesten"}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QLatin1String("id")).toInteger();
        const QString path = QStringLiteral("/api/v1/pupils/%1/creon-registrations/%2").arg(kPupil).arg(id);
        QVERIFY(refuse(QStringLiteral("id = ?"), id));

        FaultyClient faulty(*m_server, 14);
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        LoginHarness &client = faulty.harness();
        lars::ui::DossierView *view = logInAndOpen(faulty);
        QVERIFY(view);
        lars::models::Outbox *outbox = client.window().localWork()->outbox();

        // A day earlier, typed with the arrow key; saved while the server cannot be reached: it waits.
        QPointer<CreonCorrectionDialog> dialog = openCorrection(client, view, 0, QStringLiteral("pesten"));
        QVERIFY(dialog);
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("creonDate"));
        const QDate wanted = date->date().addDays(-1);
        date->setFocus();
        QTest::keyClick(date, Qt::Key_Down);
        QCOMPARE(date->date(), wanted);
        QStringList problems = audit(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QByteArray before = m_server->get(path, m_token).header("ETag");
        QVERIFY(!before.isEmpty()); // a single registration is read with its version
        faulty.cut();
        save(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(outbox->waitingCount(), 1);
        faulty.restore();
        outbox->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(outbox->changes().size(), 0, 20000);
        const auto saved = m_server->get(path, m_token);
        QCOMPARE(saved.json().value(QLatin1String("date")).toString(), wanted.toString(Qt::ISODate));
        QCOMPARE(saved.header("ETag"),
                 '"' + QByteArray::number(before.mid(1).chopped(1).toLongLong() + 1) + '"');

        // Refused again; she is taken out of her teams before her next correction arrives.
        QVERIFY(refuse(QStringLiteral("id = ?"), id));
        dialog = openCorrection(client, view, 0, QStringLiteral("pesten"));
        QVERIFY(dialog);
        QString error;
        m_server->sql(QStringLiteral("DELETE FROM team_members WHERE staff_id = (SELECT id FROM staff WHERE "
                                     "national_number = ?)"),
                      {QStringLiteral("85071512397")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        date = dialog->findChild<QDateEdit *>(QStringLiteral("creonDate"));
        date->setFocus();
        QTest::keyClick(date, Qt::Key_Down);
        const QDate typed = date->date();
        save(dialog);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("creonCorrectionStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(
            status->text(), QStringLiteral("Niet bewaard: u hebt geen toegang meer tot dit dossier."), 20000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(date->date(), typed);
        QCOMPARE(outbox->changes().size(), 0); // seen here: not also in the list
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!dialog);
        client.window().sessionController()->logout();
        faulty.card().stop();
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestCreonCorrectionGui)
#include "tst_creon_correction_gui.moc"
