// Letters from a demo pupil's dossier, end to end: the real dossier workspace and letters dialogs (found by
// objectName, driven with QTest) against the real lars-server with demo data, logged in through the
// test-only token route as An Peeters (nurse, Vrij CLB Antwerpen). Each document is requested from the
// dossier, saved through the preview dialog's test hook and read back with pdftotext; the branding editor's
// change shows in the next letter; class letters for one chosen consult skip the pupils without it, show
// a sample first and run to the end of the batch's progress bar.
#include "PdfTools.h"
#include "models/api/ApiClient.h"
#include "models/api/DossierModel.h"
#include "models/api/PupilSearchModel.h"
#include "reports/ModelLetters.h"
#include "server/demodata/DemoData.h"
#include "tests/support/ServerProcess.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/dossier/PupilSearchPanel.h"
#include "ui/letters/BrandingEditor.h"
#include "ui/letters/ClassBatchDialog.h"
#include "ui/letters/ClassLettersDialog.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/LettersController.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace lars;
using lars::test::ServerProcess;

class TestLettersDossier final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<models::ApiClient> m_api;
    std::unique_ptr<ui::DossierWorkspace> m_workspace;
    ui::LettersController *m_letters = nullptr;
    ui::DossierView *m_view = nullptr;
    QTemporaryDir m_dir;
    QImage m_previewShot;

    template <typename T>
    static T *find(QObject *root, const char *name)
    {
        T *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }

    // Opens the dossier of the pupil whose last name is lastName (and id, when given) through the search
    // (type, Enter).
    ui::DossierView *open(const QString &text, const QString &lastName, qint64 id = 0)
    {
        auto *model = m_workspace->searchPanel()->model();
        QSignalSpy arrived(model, &models::PupilSearchModel::firstPageArrived);
        auto *field = find<QLineEdit>(m_workspace.get(), "searchField");
        field->clear();
        QTest::keyClicks(field, text);
        if (!arrived.wait())
            return nullptr;
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, models::PupilSearchModel::LastName).data().toString() == lastName &&
                (id == 0 ||
                 model->data(model->index(r, 0), models::PupilSearchModel::PupilIdRole).toLongLong() == id))
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

    // Waits for the preview the controller opens after request(), saves it as name through the test hook
    // and returns the PDF's text (empty on failure).
    QString previewAndSave(const std::function<void()> &request, const QString &name,
                           QPointer<ui::LetterPreviewDialog> *keep = nullptr)
    {
        QSignalSpy opened(m_letters, &ui::LettersController::previewOpened);
        QSignalSpy failed(m_letters, &ui::LettersController::failed);
        request();
        if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 20000) ||
            opened.isEmpty()) {
            qWarning() << "no preview:" << failed;
            return {};
        }
        QPointer<ui::LetterPreviewDialog> dialog = opened.first().first().value<ui::LetterPreviewDialog *>();
        if (!QTest::qWaitForWindowExposed(dialog) ||
            !QTest::qWaitFor([&] { return dialog->pageCount() > 0; }, 20000))
            return {};
        const QString path = m_dir.filePath(name);
        QSignalSpy saved(dialog.data(), &ui::LetterPreviewDialog::saved);
        ui::LetterPreviewDialog::setNextSaveFileName(path);
        QTest::mouseClick(find<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !saved.isEmpty(); }, 30000))
            return {};
        if (keep)
            *keep = dialog;
        else
            dialog->close();
        return pdftools::text(path);
    }

    static QString dutchDate(const QDate &date)
    {
        return QLocale(QLocale::Dutch, QLocale::Belgium).toString(date, QStringLiteral("d MMMM yyyy"));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lars-test-letters-dossier"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(60), qPrintable(m_server->errorString()));
        m_api = std::make_unique<models::ApiClient>();
        QVERIFY(m_api->setBaseUrl(m_server->baseUrl()));
        m_api->setExtraCaCertificates({m_server->certificate()});
        const QString token = m_server->token(QString::fromLatin1(server::demodata::DemoData::anPeeters), 1);
        QVERIFY(!token.isEmpty());
        m_api->setBearerToken(token.toLatin1());
        m_workspace = std::make_unique<ui::DossierWorkspace>(m_api.get());
        m_workspace->resize(1280, 800);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        m_letters = new ui::LettersController(m_api.get(), m_workspace.get(), m_workspace.get());
        m_letters->attach(m_workspace.get());
        // Jérôme De Smet (demo pupil 5): an ADBIB attest, parent heights, in Ëlise Van den Bossche's class.
        m_view = open(QStringLiteral("jerome de smet"), QStringLiteral("De Smet"));
        QVERIFY(m_view);
        QVERIFY(!m_view->dossier()->attests().isEmpty());
        QVERIFY(!m_view->dossier()->measurements().isEmpty());
        QVERIFY(m_view->dossier()->parentHeights().fatherCm.has_value());
    }

    void cleanupTestCase()
    {
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        m_workspace.reset();
        m_server.reset();
    }

    void attestFromTheAttestsTab()
    {
        m_view->showSection(ui::DossierView::Attests);
        const models::Attest attest = m_view->dossier()->attests().first();
        auto *table = find<QTableView>(m_view, "attestsTable");
        if (table)
            table->selectRow(0);
        auto *button = find<QPushButton>(m_view, "previewAttest");
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        const QString text =
            previewAndSave([&] { QTest::mouseClick(button, Qt::LeftButton); }, QStringLiteral("attest.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Jérôme De Smet")), qPrintable(text));
        // The activity's date, never today's.
        QVERIFY2(text.contains(dutchDate(attest.activityDate)), qPrintable(text));
        QVERIFY(attest.activityDate != QDate::currentDate());
        QVERIFY2(text.contains(QStringLiteral("Vrij CLB Antwerpen")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ADBIB")), qPrintable(text));
    }

    void parentLetterFromTheMedicalTab()
    {
        m_view->showSection(ui::DossierView::Medical);
        QPointer<ui::LetterPreviewDialog> dialog;
        const QString text = previewAndSave(
            [&] { QTest::mouseClick(find<QPushButton>(m_view, "parentLetterButton"), Qt::LeftButton); },
            QStringLiteral("ouderbrief.pdf"), &dialog);
        QVERIFY2(text.contains(QStringLiteral("Aan de ouders van Jérôme De Smet")), qPrintable(text));
        // Parent heights are known: the target height is on the letter, with its formula's name.
        // (pdftotext may give "fl" as a ligature.)
        QVERIFY2(text.contains(QStringLiteral("engte als volwassene:")),
                 qPrintable(text.mid(text.indexOf(u"Groei"))));
        QVERIFY2(text.contains(QStringLiteral("Tanner")), qPrintable(text));
        // The staff member's contact data for this CLB (from /me).
        QVERIFY2(text.contains(QStringLiteral("An Peeters (verpleegkundige): 04 22 33 40 · an.peeters@")),
                 qPrintable(text));
        // The dossier and the letter preview side by side, for docs/screenshots.
        const QImage dossier = m_workspace->grab().toImage();
        const QImage preview =
            dialog->grab().toImage().scaledToHeight(dossier.height(), Qt::SmoothTransformation);
        QImage shot(dossier.width() + preview.width(), dossier.height(), QImage::Format_RGB32);
        shot.fill(Qt::white);
        {
            QPainter painter(&shot);
            painter.drawImage(0, 0, dossier);
            painter.drawImage(dossier.width(), 0, preview);
        }
        m_previewShot = shot;
        dialog->close();
    }

    void brandingChangeShowsInTheNextLetter()
    {
        QSignalSpy opened(m_letters, &ui::LettersController::brandingEditorOpened);
        m_letters->editBranding();
        QTRY_COMPARE(opened.size(), 1);
        QPointer<QDialog> dialog = opened.first().first().value<QDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *editor = find<ui::BrandingEditor>(dialog, "brandingEditor");
        QVERIFY(editor);
        // The CLB's own colour from the server, before any override.
        QCOMPARE(editor->branding().primary, QColor(QStringLiteral("#7A1F5C")));
        QVERIFY(!editor->branding().logos.isEmpty());
        editor->setPrimaryColor(QColor(0x10, 0x80, 0x20));
        QTest::mouseClick(find<QPushButton>(dialog, "saveBrandingButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_letters->branding().primary, QColor(0x10, 0x80, 0x20));

        QPointer<ui::LetterPreviewDialog> preview;
        m_view->showSection(ui::DossierView::Attests);
        const QString text = previewAndSave(
            [&] { QTest::mouseClick(find<QPushButton>(m_view, "previewAttest"), Qt::LeftButton); },
            QStringLiteral("attest-green.pdf"), &preview);
        QVERIFY(!text.isEmpty());
        QCOMPARE(preview->branding().primary, QColor(0x10, 0x80, 0x20));
        // The brand colour is on the page (the CLB name and rules are drawn in it).
        const QImage page =
            pdftools::page(m_dir.filePath(QStringLiteral("attest-green.pdf")), 1, 50, m_dir.path());
        QVERIFY(!page.isNull());
        QVERIFY(pdftools::countColour(page, QColor(0x10, 0x80, 0x20)) > 20);
        preview->close();
        QSettings settings;
        reports::Branding::saveOverride(settings, std::nullopt);
    }

    void classLettersForOneConsult()
    {
        QSignalSpy opened(m_letters, &ui::LettersController::classLettersOpened);
        QSignalSpy batches(m_letters, &ui::LettersController::batchOpened);
        m_view->showSection(ui::DossierView::Medical);
        QTest::mouseClick(find<QPushButton>(m_view, "classLettersButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QPointer<ui::ClassLettersDialog> dialog = opened.first().first().value<ui::ClassLettersDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const auto consults = dialog->consults();
        QVERIFY(!consults.isEmpty());
        auto *combo = find<QComboBox>(dialog, "consultCombo");
        QCOMPARE(combo->count(), int(consults.size()));

        // Every consult: exactly the pupils who had that one; the others listed as skipped.
        int withSkipped = -1;
        int classSize = -1;
        for (int i = 0; i < consults.size(); ++i) {
            combo->setCurrentIndex(i);
            const int letters = int(dialog->letters().size());
            QCOMPARE(find<QListWidget>(dialog, "skippedList")->count(), int(dialog->skippedPupils().size()));
            if (classSize < 0)
                classSize = letters + int(dialog->skippedPupils().size());
            QCOMPARE(letters + int(dialog->skippedPupils().size()), classSize);
            for (const auto &letter : dialog->letters()) {
                const auto &parent = std::get<reports::ParentLetter>(letter);
                QCOMPARE(models::ClassMedical::schoolYearOf(parent.consultDate), consults[i].schoolYear);
                if (parent.pupil.language == u"nl")
                    QCOMPARE(parent.consultName, reports::consultName(consults[i].contact));
            }
            if (withSkipped < 0 && !dialog->skippedPupils().isEmpty() && letters > 0)
                withSkipped = i;
        }
        QVERIFY2(withSkipped >= 0, "the demo class has a consult some pupils did not have");
        combo->setCurrentIndex(withSkipped);
        const auto chosen = consults[withSkipped];
        const auto letters = dialog->letters();
        const QStringList skipped = dialog->skippedPupils();
        // One sample letter is previewed before anything is written.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->samplePreview()->pageCount() > 0, 20000);
        QVERIFY(find<QLabel>(dialog, "sampleLabel")
                    ->text()
                    .contains(reports::common(letters.first()).pupil.fullName()));

        const QString path = m_dir.filePath(QStringLiteral("klas.pdf"));
        ui::LettersController::setNextBatchFileName(path);
        QTest::mouseClick(find<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 20000);
        QTRY_VERIFY(!dialog);
        QPointer<ui::ClassBatchDialog> batch = batches.first().first().value<ui::ClassBatchDialog *>();
        QSignalSpy finished(batch.data(), &ui::ClassBatchDialog::finished);
        auto *progress = find<QProgressBar>(batch, "batchProgress");
        QCOMPARE(progress->maximum(), int(letters.size()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().first().value<reports::LetterOutput::Result>().ok);
        const QString text = pdftools::text(path);
        // Each letter in its family's language, addressed to that family, with the consult's date.
        const QHash<QString, std::pair<QString, QString>> greeting{
            {QStringLiteral("nl"), {QStringLiteral("Aan de ouders van "), QStringLiteral("nl_BE")}},
            {QStringLiteral("fr"), {QStringLiteral("Aux parents de "), QStringLiteral("fr_BE")}},
            {QStringLiteral("en"), {QStringLiteral("To the parents of "), QStringLiteral("en_BE")}},
            {QStringLiteral("de"), {QStringLiteral("An die Eltern von "), QStringLiteral("de_BE")}}};
        int addressed = 0;
        for (const auto &[start, locale] : greeting)
            addressed += int(text.count(start));
        QCOMPARE(addressed, int(letters.size()));
        for (const auto &letter : letters) {
            const auto &parent = std::get<reports::ParentLetter>(letter);
            const auto [start, locale] = greeting.value(parent.pupil.language);
            QVERIFY2(text.contains(start + parent.pupil.fullName()), qPrintable(parent.pupil.fullName()));
            const QString format = parent.pupil.language == u"de" ? QStringLiteral("d. MMMM yyyy")
                                                                  : QStringLiteral("d MMMM yyyy");
            QVERIFY(text.contains(QLocale(locale).toString(parent.consultDate, format)));
        }
        for (const QString &name : skipped)
            for (const auto &[start, locale] : greeting)
                QVERIFY2(!text.contains(start + name), qPrintable(name));
        QVERIFY(text.contains(reports::consultName(chosen.contact)));
        // The CLB acted for and the staff member's contact data for that CLB.
        QVERIFY2(text.contains(QStringLiteral("Vrij CLB Antwerpen")), qPrintable(text.left(1500)));
        QVERIFY2(text.contains(QStringLiteral("04 22 33 40")), qPrintable(text.left(1500)));
        find<QPushButton>(batch, "closeButton")->click();
        QTRY_VERIFY(!batch);
    }

    // Héloïse Vermeulen's parents read French (demo pupil 8): her parent letter is French from the first line
    // to the page numbers, the typed results and the staff member's function included; the UI stays Dutch.
    void frenchFamilyGetsAFrenchLetter()
    {
        ui::DossierView *view = open(QStringLiteral("heloise vermeulen"), QStringLiteral("Vermeulen"), 8);
        QVERIFY(view);
        QCOMPARE(view->dossier()->pupil().contactLanguage, QStringLiteral("fr"));
        QVERIFY(find<QLabel>(view, "identityLanguage")->text().contains(u"French"));
        view->showSection(ui::DossierView::Medical);
        const QString pdfText = previewAndSave(
            [&] { QTest::mouseClick(find<QPushButton>(view, "parentLetterButton"), Qt::LeftButton); },
            QStringLiteral("ouderbrief-fr.pdf"));
        // One line per paragraph (pdftotext breaks lines as laid out) and no "fi"/"fl" ligatures.
        const QString text =
            pdfText.simplified().replace(u'ﬁ', QStringLiteral("fi")).replace(u'ﬂ', QStringLiteral("fl"));
        QVERIFY2(text.contains(QStringLiteral("Aux parents de Héloïse Vermeulen")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Chers parents,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Résultats du contact systématique")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Acuité visuelle (de loin)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("An Peeters (infirmier·ère)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Confidentiel")), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("page 1/\\d"))), qPrintable(text));
        for (const char *dutch : {"Aan de ouders", "Beste ouders", "Vertrouwelijk", "pagina", "Resultaten",
                                  "normaal", "verpleegkundige"})
            QVERIFY2(!text.contains(QLatin1String(dutch)), dutch);
    }
};

QTEST_MAIN(TestLettersDossier)
#include "tst_letters_dossier.moc"
