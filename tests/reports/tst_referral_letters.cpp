// Referrals and attests made in the dossier, end to end, in the Dutch UI: the real dossier workspace, the
// referral and attest dialogs (found by objectName, driven with QTest) saving through the outbox to the real
// lars-server, the letter preview saved to PDF and read back with pdftotext. A draaischijf referral to the
// youth court is addressed to it, carries no measurement and no consent sentence; a medical referral carries
// exactly the ticked results and the consent line; the slip names the real recipient; an attest made from an
// activity carries the activity's date. Both dialogs pass UiAudit and give the screenshots in docs/.
#include "PdfTools.h"
#include "models/api/ApiClient.h"
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "models/api/Drafts.h"
#include "models/api/Outbox.h"
#include "models/api/PupilSearchModel.h"
#include "server/demodata/DemoData.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/UiAudit.h"
#include "tests/ui/UiTestSetup.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/dossier/PupilSearchPanel.h"
#include "ui/letters/AttestDialog.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/LettersController.h"
#include "ui/letters/ReferralDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace lars;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;

namespace {
// The Dutch labels a letter gives the results (resources/templates/nl/dossier.json).
const QHash<QString, QString> letterLabels = {
    {QStringLiteral("height"), QStringLiteral("Lengte")},
    {QStringLiteral("weight"), QStringLiteral("Gewicht")},
    {QStringLiteral("bmi"), QStringLiteral("BMI")},
    {QStringLiteral("farVision"), QStringLiteral("Gezichtsscherpte")},
    {QStringLiteral("eyeAlignment"), QStringLiteral("Oogstand")},
    {QStringLiteral("depthVision"), QStringLiteral("Dieptezicht")},
    {QStringLiteral("colourVision"), QStringLiteral("Kleurenzien")},
    {QStringLiteral("hearingAudiometry"), QStringLiteral("audiometrie")},
    {QStringLiteral("hearingSpeechInNoise"), QStringLiteral("spraak-in-ruis")},
    {QStringLiteral("pubertyStage"), QStringLiteral("Puberteit")},
    {QStringLiteral("vaccinationStatus"), QStringLiteral("Vaccinaties")},
    {QStringLiteral("oralHealth"), QStringLiteral("Mondgezondheid")}};
} // namespace

class TestReferralLetters final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<models::ApiClient> m_api;
    std::unique_ptr<ui::DossierWorkspace> m_workspace;
    ui::LettersController *m_letters = nullptr;
    models::Outbox *m_outbox = nullptr;
    models::Drafts *m_drafts = nullptr;
    ui::DossierView *m_view = nullptr;
    QString m_token;
    QTemporaryDir m_dir;
    qint64 m_courtActivity = 0; // the draaischijf activity the youth-court referral was made from
    models::Attest m_attest;    // the attest made from an activity

    template <typename T>
    static T *find(QObject *root, const char *name)
    {
        T *w = root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }

    // Typed as a person types it, line by line.
    static void type(QWidget *edit, const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines.at(i));
        }
    }

    static QString dutchDate(const QDate &date)
    {
        return QLocale(QLocale::Dutch, QLocale::Belgium).toString(date, QStringLiteral("d MMMM yyyy"));
    }

    ui::DossierView *open(const QString &text, const QString &lastName)
    {
        auto *model = m_workspace->searchPanel()->model();
        QSignalSpy arrived(model, &models::PupilSearchModel::firstPageArrived);
        auto *field = find<QLineEdit>(m_workspace.get(), "searchField");
        QTest::keyClicks(field, text);
        if (!arrived.wait())
            return nullptr;
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, models::PupilSearchModel::LastName).data().toString() == lastName)
                row = r;
        if (row < 0)
            return nullptr;
        find<QTableView>(m_workspace.get(), "searchResults")->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(field, Qt::Key_Return);
        ui::DossierView *view = m_workspace->dossierView(
            model->data(model->index(row, 0), models::PupilSearchModel::PupilIdRole).toLongLong());
        if (!view || !QTest::qWaitFor([&] { return view->dossier()->loadMs() >= 0; }, 15000))
            return nullptr;
        return view;
    }

    // A draaischijf activity registered by someone else meanwhile; the journal is read again.
    qint64 registerHubActivity(const QString &category, const QString &detail, const QDate &date)
    {
        const QJsonObject body{
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("function"), QStringLiteral("draaischijf")},
            {QStringLiteral("subject"), QStringLiteral("Melding %1").arg(detail)},
            {QStringLiteral("durationMinutes"), 30},
            {QStringLiteral("text"), QStringLiteral("Gesprek met moeder over de afwezigheden.")},
            {QStringLiteral("hub"), QJsonObject{{QStringLiteral("direction"), QStringLiteral("referral-to")},
                                                {QStringLiteral("category"), category},
                                                {QStringLiteral("detail"), detail}}}};
        const auto reply = m_server->send(
            "POST", QStringLiteral("/api/v1/pupils/%1/activities").arg(m_view->dossier()->pupilId()), m_token,
            body, {{"Idempotency-Key", "hub-" + detail.toLatin1()}});
        const qint64 id = reply.json().value(QLatin1String("id")).toInteger();
        QSignalSpy loaded(m_view->dossier(), &models::DossierModel::journalLoaded);
        m_view->dossier()->reloadJournal();
        return loaded.wait() ? id : 0;
    }

    bool selectJournalRow(qint64 activityId)
    {
        m_view->showSection(ui::DossierView::Journal);
        auto *table = find<QTableView>(m_view, "journalTable");
        for (int r = 0; table && r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(Qt::UserRole).toLongLong() == activityId) {
                table->setCurrentIndex(table->model()->index(r, 0));
                return true;
            }
        return false;
    }

    template <typename Dialog>
    Dialog *openedDialog(const std::function<void()> &open)
    {
        open();
        Dialog *dialog = nullptr;
        // The one on screen (a closed one may wait for its deleteLater).
        const auto shown = [&] {
            for (Dialog *d : m_view->findChildren<Dialog *>())
                if (d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        };
        if (!QTest::qWaitFor(shown, 5000) || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    QStringList audit(QWidget *dialog)
    {
        QStringList problems = UiAudit::accessibilityProblems(dialog, m_setup->translator().untranslated());
        problems += UiAudit::layoutProblems(dialog);
        return problems;
    }

    // Presses the dialog's save button; the preview the letters area opens is saved as name, read back.
    QString saveAndRead(QDialog *dialog, const char *saveButton, const QString &name)
    {
        QSignalSpy opened(m_letters, &ui::LettersController::previewOpened);
        QTest::mouseClick(find<QPushButton>(dialog, saveButton), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 20000))
            return {};
        QPointer<ui::LetterPreviewDialog> preview = opened.first().first().value<ui::LetterPreviewDialog *>();
        if (!QTest::qWaitForWindowExposed(preview) ||
            !QTest::qWaitFor([&] { return preview->pageCount() > 0; }, 20000))
            return {};
        const QString path = m_dir.filePath(name);
        QSignalSpy saved(preview.data(), &ui::LetterPreviewDialog::saved);
        ui::LetterPreviewDialog::setNextSaveFileName(path);
        QTest::mouseClick(find<QPushButton>(preview, "saveButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !saved.isEmpty(); }, 30000))
            return {};
        preview->close();
        return pdftools::text(path);
    }

    QJsonArray serverReferrals()
    {
        return m_server
            ->get(QStringLiteral("/api/v1/pupils/%1/referrals").arg(m_view->dossier()->pupilId()), m_token)
            .json()
            .value(QLatin1String("items"))
            .toArray();
    }

private slots:
    void initTestCase()
    {
        m_setup = std::make_unique<UiTestSetup>();
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60), qPrintable(m_server->errorString()));
        m_api = std::make_unique<models::ApiClient>();
        QVERIFY(m_api->setBaseUrl(m_server->baseUrl()));
        m_api->setExtraCaCertificates({m_server->certificate()});
        m_token = m_server->token(QString::fromLatin1(server::demodata::DemoData::anPeeters), 1);
        QVERIFY(!m_token.isEmpty());
        m_api->setBearerToken(m_token.toLatin1());
        m_workspace = std::make_unique<ui::DossierWorkspace>(m_api.get());
        // Changes go through the outbox and typed work into drafts, as in the desktop client.
        m_outbox = new models::Outbox(m_api.get(), m_workspace.get());
        m_outbox->setSending(true, 1);
        m_drafts = new models::Drafts(m_workspace.get());
        m_drafts->restore({});
        m_workspace->dossierApi()->setOutbox(m_outbox);
        m_workspace->dossierApi()->setDrafts(m_drafts);
        m_workspace->resize(UiTestSetup::windowSize());
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        m_letters = new ui::LettersController(m_api.get(), m_workspace.get(), m_workspace.get());
        m_letters->attach(m_workspace.get());
        QTRY_VERIFY(m_workspace->nomenclature()->isLoaded());
        QTRY_VERIFY(!m_workspace->nomenclature()->attestTypes().isEmpty());
        // Jérôme De Smet (demo pupil 5): systematic contacts with results.
        m_view = open(QStringLiteral("jerome de smet"), QStringLiteral("De Smet"));
        QVERIFY(m_view);
        QVERIFY(!m_view->dossier()->measurements().isEmpty());
    }

    void cleanupTestCase()
    {
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        m_workspace.reset();
        m_server.reset();
    }

    void draaischijfReferralToTheYouthCourt()
    {
        const qint64 activity = registerHubActivity(
            QStringLiteral("juridisch"), QStringLiteral("jeugdrechtbank"), QDate::currentDate().addDays(-3));
        QVERIFY(activity > 0);
        m_courtActivity = activity;
        QVERIFY(selectJournalRow(activity));
        auto *button = find<QPushButton>(m_view, "journalReferralButton");
        QTRY_VERIFY(button->isEnabled());
        auto *dialog = openedDialog<ui::ReferralDialog>([&] { QTest::mouseClick(button, Qt::LeftButton); });
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("jeugdrechtbank")),
                 qPrintable(dialog->windowTitle()));
        const QString partner = find<QLabel>(dialog, "referralPartner")->text();
        QVERIFY2(partner.startsWith(QStringLiteral("jeugdrechtbank (")) && partner.endsWith(u')'),
                 qPrintable(partner));
        // Nothing medical goes to a partner unless ticked on purpose; nothing is ticked.
        auto *items = find<QListWidget>(dialog, "referralItems");
        QVERIFY(items->count() > 0);
        for (int i = 0; i < items->count(); ++i)
            QCOMPARE(items->item(i)->checkState(), Qt::Unchecked);
        type(find<QPlainTextEdit>(dialog, "referralFinding"),
             QStringLiteral("Hij is sinds oktober 14 halve dagen afwezig.\nDe school meldde dit."));
        type(find<QPlainTextEdit>(dialog, "referralQuestion"),
             QStringLiteral("Kan de jeugdrechtbank de situatie thuis laten onderzoeken?"));
        auto *save = find<QPushButton>(dialog, "saveReferral");
        QVERIFY(!save->isEnabled()); // the consent is a fact to record, not a default
        // What is typed is a draft until the outbox has it.
        QTRY_VERIFY(m_drafts->find(
            QStringLiteral("referral/%1/activity-%2").arg(m_view->dossier()->pupilId()).arg(activity)));
        find<QRadioButton>(dialog, "referralConsent-not-asked")->click();
        QVERIFY(save->isEnabled());
        QVERIFY(!find<QDateEdit>(dialog, "referralConsentDate")->isEnabled());
        QVERIFY(UiTestSetup::screenshot(dialog, QStringLiteral("dialog-referralDialog-partner")));
        const QStringList problems = audit(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const QString text = saveAndRead(dialog, "saveReferral", QStringLiteral("jeugdrechtbank.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Aan de jeugdrechtbank")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Geachte collega")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("behandelende arts")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("toestemming")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Meegestuurde resultaten")), qPrintable(text));
        for (const QString &label : letterLabels)
            QVERIFY2(!text.contains(label), qPrintable(label + u'\n' + text));
        QVERIFY2(text.contains(QStringLiteral("14 halve dagen afwezig")), qPrintable(text));
        // The slip names the partner it went to.
        QVERIFY2(text.contains(QStringLiteral("naar de jeugdrechtbank")), qPrintable(text));
        const QJsonObject stored = serverReferrals().first().toObject();
        QCOMPARE(stored[u"recipient"].toObject()[u"name"].toString(), QStringLiteral("jeugdrechtbank"));
        QCOMPARE(stored[u"consent"].toObject()[u"status"].toString(), QStringLiteral("not-asked"));
        QTRY_VERIFY(m_drafts->names().isEmpty());
    }

    void medicalReferralWithConsent()
    {
        m_view->showSection(ui::DossierView::Medical);
        auto *dialog = openedDialog<ui::ReferralDialog>(
            [&] { QTest::mouseClick(find<QPushButton>(m_view, "referralLetterButton"), Qt::LeftButton); });
        QVERIFY(dialog);
        auto *items = find<QListWidget>(dialog, "referralItems");
        QVERIFY2(items->count() >= 3, "the demo consult has at least three results");
        // Tick the first and the last result: exactly those go along.
        QStringList ticked, unticked;
        for (int i = 0; i < items->count(); ++i) {
            const QString code = items->item(i)->data(Qt::UserRole).toString();
            if (i == 0 || i == items->count() - 1) {
                items->item(i)->setCheckState(Qt::Checked);
                ticked << code;
            } else {
                unticked << code;
            }
        }
        auto *kind = find<QComboBox>(dialog, "referralRecipientKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("huisarts")));
        type(find<QLineEdit>(dialog, "referralRecipientName"), QStringLiteral("Dr. Lieve Janssens"));
        type(find<QPlainTextEdit>(dialog, "referralAddress"), QStringLiteral("Kerkstraat 4\n2000 Antwerpen"));
        type(find<QPlainTextEdit>(dialog, "referralFinding"),
             QStringLiteral("Afwijkend resultaat bij het onderzoek."));
        type(find<QPlainTextEdit>(dialog, "referralQuestion"),
             QStringLiteral("Graag verder onderzoek en uw advies."));
        find<QRadioButton>(dialog, "referralConsent-given")->click();
        const QDate consentDate = QDate::currentDate().addDays(-2);
        find<QDateEdit>(dialog, "referralConsentDate")->setDate(consentDate);
        QVERIFY(UiTestSetup::screenshot(dialog, QStringLiteral("dialog-referralDialog")));
        const QStringList problems = audit(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const QString text = saveAndRead(dialog, "saveReferral", QStringLiteral("huisarts.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Dr. Lieve Janssens")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Kerkstraat 4")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Geachte collega")), qPrintable(text));
        for (const QString &code : ticked)
            QVERIFY2(text.contains(letterLabels.value(code)), qPrintable(code + u'\n' + text));
        for (const QString &code : unticked)
            QVERIFY2(!text.contains(letterLabels.value(code)), qPrintable(code + u'\n' + text));
        QVERIFY2(text.contains(
                     QStringLiteral("De ouders gaven op %1 hun toestemming").arg(dutchDate(consentDate))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("naar Dr. Lieve Janssens (huisarts)")), qPrintable(text));
        const QJsonObject stored = serverReferrals().first().toObject();
        QCOMPARE(stored[u"items"].toArray().toVariantList(), QVariant(ticked).toList());
        QCOMPARE(stored[u"consent"].toObject()[u"date"].toString(), consentDate.toString(Qt::ISODate));
    }

    void attestFromAnActivity()
    {
        const QDate activityDate(2025, 11, 17);
        const qint64 activity =
            registerHubActivity(QStringLiteral("onderwijs"), QStringLiteral("time-out"), activityDate);
        QVERIFY(activity > 0);
        QVERIFY(selectJournalRow(activity));
        auto *dialog = openedDialog<ui::AttestDialog>(
            [&] { find<QAction>(m_view, "journalAttestAction")->trigger(); }); // its context menu
        QVERIFY(dialog);
        QCOMPARE(find<QComboBox>(dialog, "attestActivity")->currentData().toLongLong(), activity);
        auto *type = find<QComboBox>(dialog, "attestType");
        type->setCurrentIndex(type->findData(QStringLiteral("attendance")));
        QVERIFY(type->currentIndex() >= 0);
        QCOMPARE(type->currentText(), QStringLiteral("Attest van aanwezigheid"));
        auto *text = find<QPlainTextEdit>(dialog, "attestText");
        text->clear();
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("was aanwezig op het gesprek op het CLB van 9 tot 11 uur."));
        QVERIFY(find<QLabel>(dialog, "attestDate")->text().contains(QStringLiteral("2025")));
        QVERIFY(UiTestSetup::screenshot(dialog, QStringLiteral("dialog-attestDialog")));
        const QStringList problems = audit(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const QString pdf = saveAndRead(dialog, "saveAttest", QStringLiteral("attest.pdf"));
        QVERIFY2(pdf.contains(dutchDate(activityDate)), qPrintable(pdf));
        QVERIFY2(!pdf.contains(dutchDate(QDate::currentDate())), qPrintable(pdf));
        QVERIFY2(pdf.contains(QStringLiteral("van 9 tot 11 uur")), qPrintable(pdf));
        const models::Attest created = m_view->dossier()->attests().first();
        m_attest = created;
        QCOMPARE(created.activityId, activity);
        QCOMPARE(created.activityDate, activityDate);
    }

    // lars-render --server composes the same letters from the same records (reports::DossierLetters).
    void headlessLettersAreTheSame()
    {
        QVERIFY(m_courtActivity > 0 && m_attest.id > 0);
        const QString ca = m_dir.filePath(QStringLiteral("server.pem"));
        QFile pem(ca);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(m_server->certificate().toPem());
        pem.close();
        const auto render = [&](const QString &letter, const QStringList &which, const QString &out) {
            return pdftools::run(pdftools::renderTool(),
                                 QStringList{QStringLiteral("--server"), m_server->baseUrl().toString(),
                                             QStringLiteral("--server-ca"), ca, QStringLiteral("--token"),
                                             m_token, QStringLiteral("--pupil"),
                                             QString::number(m_view->dossier()->pupilId()),
                                             QStringLiteral("--letter"), letter, QStringLiteral("--out"),
                                             m_dir.filePath(out)} +
                                     which);
        };
        const auto court = render(QStringLiteral("doorverwijsbrief"),
                                  {QStringLiteral("--activity"), QString::number(m_courtActivity)},
                                  QStringLiteral("court-headless.pdf"));
        QVERIFY2(court.exitCode == 0, court.err.constData());
        const QString text = pdftools::text(m_dir.filePath(QStringLiteral("court-headless.pdf")));
        QVERIFY2(text.contains(QStringLiteral("Aan de jeugdrechtbank")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("toestemming")) &&
                     !text.contains(QStringLiteral("Geachte collega")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("naar de jeugdrechtbank")), qPrintable(text));
        const auto attest =
            render(QStringLiteral("attest"), {QStringLiteral("--attest"), QString::number(m_attest.id)},
                   QStringLiteral("attest-headless.pdf"));
        QVERIFY2(attest.exitCode == 0, attest.err.constData());
        QVERIFY(pdftools::text(m_dir.filePath(QStringLiteral("attest-headless.pdf")))
                    .contains(dutchDate(m_attest.activityDate)));
        // An activity without a recorded referral gets no letter: refused with the Dutch reason.
        const auto none = render(QStringLiteral("doorverwijsbrief"),
                                 {QStringLiteral("--activity"), QString::number(m_attest.activityId)},
                                 QStringLiteral("none.pdf"));
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(QString::fromUtf8(none.err).contains(QStringLiteral("geen doorverwijzing geregistreerd")),
                 none.err.constData());
    }

    void attestsTabOpensTheDialogAndCancelKeepsNothing()
    {
        m_view->showSection(ui::DossierView::Attests);
        const qsizetype before = m_view->dossier()->attests().size();
        auto *dialog = openedDialog<ui::AttestDialog>(
            [&] { QTest::mouseClick(find<QPushButton>(m_view, "newAttest"), Qt::LeftButton); });
        QVERIFY(dialog);
        type(find<QPlainTextEdit>(dialog, "attestText"), QStringLiteral(" extra"));
        const QString draft = QStringLiteral("attest/%1").arg(m_view->dossier()->pupilId());
        QTRY_VERIFY(m_drafts->find(draft));
        QPointer<QDialog> guard(dialog);
        QTest::mouseClick(find<QPushButton>(dialog, "cancelAttest"), Qt::LeftButton);
        QTRY_VERIFY(!guard);
        QVERIFY(!m_drafts->find(draft));
        QCOMPARE(m_view->dossier()->attests().size(), before);
    }

    // The dialog gone without "Annuleren" (a crash): the next one offers the draft; restored it is the
    // typed text, discarded it is gone.
    void attestDraftIsOfferedRestoredAndDiscarded()
    {
        m_view->showSection(ui::DossierView::Attests);
        const auto open = [&] {
            return openedDialog<ui::AttestDialog>(
                [&] { QTest::mouseClick(find<QPushButton>(m_view, "newAttest"), Qt::LeftButton); });
        };
        QPointer<ui::AttestDialog> dialog = open();
        QVERIFY(dialog);
        auto *text = find<QPlainTextEdit>(dialog, "attestText");
        text->setFocus();
        type(text, QStringLiteral(" kladversie"));
        const QString draft = QStringLiteral("attest/%1").arg(m_view->dossier()->pupilId());
        QTRY_VERIFY(m_drafts->find(draft) &&
                    m_drafts->find(draft)->value(QLatin1String("text")).toString().contains(u"kladversie"));
        const QString typed = text->toPlainText();
        delete dialog;
        dialog = open();
        QVERIFY(dialog);
        auto *offer = find<QWidget>(dialog, "attestDraftOffer");
        QTRY_VERIFY(offer->isVisible());
        QCOMPARE(
            find<QLabel>(dialog, "attestDraftText")->text(),
            QStringLiteral("Een attest dat u voor deze leerling typte, werd niet bewaard. Terugzetten?"));
        QCOMPARE(find<QPushButton>(dialog, "attestDraftRestore")->text(),
                 QStringLiteral("Concept &terugzetten"));
        QStringList problems = audit(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QTest::mouseClick(find<QPushButton>(dialog, "attestDraftRestore"), Qt::LeftButton);
        QVERIFY(offer->isHidden());
        QCOMPARE(find<QPlainTextEdit>(dialog, "attestText")->toPlainText(), typed);
        QTRY_VERIFY(find<QPlainTextEdit>(dialog, "attestText")->hasFocus());
        delete dialog;
        dialog = open();
        QVERIFY(dialog);
        offer = find<QWidget>(dialog, "attestDraftOffer");
        QTRY_VERIFY(offer->isVisible());
        QTest::mouseClick(find<QPushButton>(dialog, "attestDraftDiscard"), Qt::LeftButton);
        QVERIFY(offer->isHidden());
        QVERIFY(!m_drafts->find(draft));
        QVERIFY(!find<QPlainTextEdit>(dialog, "attestText")->toPlainText().contains(u"kladversie"));
        QTest::mouseClick(find<QPushButton>(dialog, "cancelAttest"), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
    }
};

QTEST_MAIN(TestReferralLetters)
#include "tst_referral_letters.moc"
