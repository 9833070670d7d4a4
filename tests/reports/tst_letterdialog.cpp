// The letter preview dialog (offscreen, Dutch, on a 1366×768 screen): page numbers in the preview and on
// every PDF page, live branding change, save through the test hook and through the real file dialog (in
// the Documents folder), and the class batch dialog's progress and cancel. No modal dialog is left open.
#include "PdfTools.h"
#include "reports/LetterData.h"
#include "translations/Translations.h"
#include "ui/letters/BrandingEditor.h"
#include "ui/letters/ClassBatchDialog.h"
#include "ui/letters/LetterPreviewDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace lars::reports;
using namespace lars::ui;

namespace {
AnyLetter example(LetterType type)
{
    QFile f(pdftools::example(templateName(type) + QStringLiteral(".json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString error;
    const auto letter = letterFromJson(type, QJsonDocument::fromJson(f.readAll()).object(), &error);
    if (!letter) {
        qWarning() << f.fileName() << error;
        return {};
    }
    return *letter;
}

bool noModalLeft()
{
    return QApplication::activeModalWidget() == nullptr;
}
} // namespace

class TestLetterDialog final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lars-test-letterdialog"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        // The UI as the user sees it: Dutch.
        QVERIFY(lars::translations::install(*qApp, QStringLiteral("nl_BE")));
        QStandardPaths::setTestModeEnabled(true);
    }

    // A three-page letter: every page carries its own number, in the PDF and in the preview's page label.
    void everyPageShowsItsOwnNumber()
    {
        auto letter = std::get<ParentLetter>(example(LetterType::ParentLetter));
        for (int i = 0; i < 26; ++i)
            letter.results.append({QStringLiteral("Onderzoek %1").arg(i + 1), QStringLiteral("normaal"),
                                   QStringLiteral("Opmerking bij onderzoek %1").arg(i + 1)});
        LetterPreviewDialog dialog({AnyLetter(letter)}, Branding::defaults());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(dialog.pageCount(), 3);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("pageLabel"));
        QCOMPARE(label->text(), QStringLiteral("Pagina 1 van 3"));
        auto *next = dialog.findChild<QToolButton *>(QStringLiteral("nextPageButton"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.previewWidget()->currentPage(), 2);
        QCOMPARE(label->text(), QStringLiteral("Pagina 2 van 3"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(label->text(), QStringLiteral("Pagina 3 van 3"));
        QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("previousPageButton")),
                          Qt::LeftButton);
        QCOMPARE(label->text(), QStringLiteral("Pagina 2 van 3"));

        const QString path = m_dir.filePath(QStringLiteral("three-pages.pdf"));
        LetterPreviewDialog::setNextSaveFileName(path);
        QSignalSpy saved(&dialog, &LetterPreviewDialog::saved);
        dialog.saveAsPdf();
        QVERIFY(saved.wait(60000));
        QCOMPARE(pdftools::pages(path), 3);
        for (int page = 1; page <= 3; ++page) {
            const QString text = pdftools::text(path, page, true);
            const QRegularExpression number(QStringLiteral("pagina (\\d+)/(\\d+)"));
            QStringList found;
            for (auto it = number.globalMatch(text); it.hasNext();)
                found << it.next().captured(0);
            QCOMPARE(found, QStringList{QStringLiteral("pagina %1/3").arg(page)});
            // Right-aligned: the number ends its line, at the right margin.
            const QString line = text.split(u'\n').filter(found.first()).first();
            QVERIFY2(line.trimmed().endsWith(found.first()), qPrintable(line));
            QVERIFY2(line.indexOf(found.first()) > 60, qPrintable(line));
        }
    }

    // The preview, the save dialog and the branding editor as a CLB nurse sees them on a 1366×768 laptop.
    void dutchWordsLaptopScreenDocumentsFolder()
    {
        LetterPreviewDialog dialog({example(LetterType::ParentLetter)}, Branding::defaults());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect screen = dialog.screen()->availableGeometry();
        QCOMPARE(screen.size(), QSize(1366, 768));
        QVERIFY2(dialog.frameGeometry().height() <= screen.height() &&
                     dialog.frameGeometry().width() <= screen.width(),
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(dialog.frameGeometry().width())
                                .arg(dialog.frameGeometry().height())));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QCOMPARE(save->text(), QStringLiteral("Bewaren als PDF…"));

        // No hook: the real file dialog, in the user's Documents folder.
        QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QTest::mouseClick(save, Qt::LeftButton);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = dialog.findChild<QFileDialog *>()) && files->isVisible());
        QCOMPARE(QDir(files->directory()).canonicalPath(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).canonicalPath());
        QVERIFY(files->selectedFiles().value(0).endsWith(u".pdf"));
        files->reject();
        QTRY_VERIFY(noModalLeft());

        // The logo list says where each logo goes in Dutch, as the position list does.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("brandingToggle")), Qt::LeftButton);
        auto *editor = dialog.findChild<BrandingEditor *>(QStringLiteral("brandingEditor"));
        QVERIFY(editor->addLogoFile(pdftools::example(QStringLiteral("branding-png/logo.png")),
                                    Logo::Position::Right));
        auto *logos = editor->findChild<QListWidget *>(QStringLiteral("logoList"));
        auto *positions = editor->findChild<QComboBox *>(QStringLiteral("logoPosition"));
        QStringList positionWords;
        for (int i = 0; i < positions->count(); ++i)
            positionWords << positions->itemText(i);
        QCOMPARE(positionWords,
                 (QStringList{QStringLiteral("Links"), QStringLiteral("Midden"), QStringLiteral("Rechts")}));
        QCOMPARE(logos->item(0)->text(), QStringLiteral("Links"));
        QCOMPARE(logos->item(logos->count() - 1)->text(), QStringLiteral("Rechts"));
    }

    void previewAndSaveEachDocument()
    {
        for (LetterType type : {LetterType::Attest, LetterType::ParentLetter, LetterType::Referral}) {
            LetterPreviewDialog dialog({example(type)}, Branding::defaults());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *preview = dialog.findChild<QPrintPreviewWidget *>(QStringLiteral("letterPreview"));
            QVERIFY(preview);
            QTRY_VERIFY(dialog.pageCount() >= 1);
            const QString path = m_dir.filePath(templateName(type) + QStringLiteral(".pdf"));
            LetterPreviewDialog::setNextSaveFileName(path);
            QSignalSpy saved(&dialog, &LetterPreviewDialog::saved);
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
            QVERIFY(saved.wait(60000));
            QCOMPARE(saved.first().first().toString(), path);
            QCOMPARE(pdftools::pages(path), dialog.pageCount());
            QVERIFY(pdftools::text(path).contains(u"Vertrouwelijk"));
            QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(path));
            QVERIFY(noModalLeft());
        }
    }

    void cancelledSaveWritesNothing()
    {
        LetterPreviewDialog dialog({example(LetterType::Attest)}, Branding::defaults());
        dialog.show();
        LetterPreviewDialog::setNextSaveFileName(QString()); // the user cancels the file dialog
        QSignalSpy saved(&dialog, &LetterPreviewDialog::saved);
        dialog.saveAsPdf();
        QVERIFY(noModalLeft());
        QCOMPARE(saved.size(), 0);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    }

    void brandingChangesShowLive()
    {
        LetterPreviewDialog dialog({example(LetterType::ParentLetter)}, Branding::defaults());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.pageCount() >= 1);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("brandingToggle")), Qt::LeftButton);
        auto *editor = dialog.findChild<BrandingEditor *>(QStringLiteral("brandingEditor"));
        QVERIFY(editor->isVisible());
        QSignalSpy repaint(dialog.previewWidget(), &QPrintPreviewWidget::paintRequested);
        const QColor red(220, 0, 0);
        editor->setPrimaryColor(red);
        QTRY_VERIFY(repaint.size() >= 1);
        QCOMPARE(dialog.branding().primary, red);
        QCOMPARE(dialog.branding().accent, Branding::tint(red)); // the table colour follows, never chosen
        editor->setAccentColor(QColor(250, 250, 200));
        editor->setPrimaryColor(Qt::darkBlue);
        QCOMPARE(dialog.branding().accent, QColor(250, 250, 200)); // a chosen one stays
        editor->setPrimaryColor(red);
        QTRY_VERIFY(pdftools::countColour(dialog.previewWidget()->grab().toImage().scaledToWidth(210), red,
                                          QRectF(0, 0, 210, 400), 60) > 0);
        // A logo added in the editor is in the saved PDF.
        QVERIFY(editor->addLogoFile(pdftools::example(QStringLiteral("branding-png/logo.png")),
                                    Logo::Position::Right));
        QVERIFY(!editor->addLogoFile(pdftools::example(QStringLiteral("adbib.json"))));
        QCOMPARE(dialog.branding().logos.size(), 2);
        const QString path = m_dir.filePath(QStringLiteral("branded.pdf"));
        LetterPreviewDialog::setNextSaveFileName(path);
        QSignalSpy saved(&dialog, &LetterPreviewDialog::saved);
        dialog.saveAsPdf();
        QVERIFY(saved.wait(60000));
        QCOMPARE(pdftools::images(path), 2); // the default (SVG, rasterised) logo and the added PNG
        const QImage page = pdftools::page(path, 1, 60, m_dir.path());
        QVERIFY(pdftools::countColour(page, red) > 100);
        QVERIFY(pdftools::countColour(page, QColor(255, 127, 0), QRectF(120, 5, 90, 40)) >
                20); // logo on the right
        // Kept for this computer: the next letter uses it.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveBrandingButton")),
                          Qt::LeftButton);
        QCOMPARE(LetterPreviewDialog::effectiveBranding(Branding::defaults()).primary, red);
        QSettings().clear();
        QCOMPARE(LetterPreviewDialog::effectiveBranding(Branding::defaults()).primary,
                 Branding::defaults().primary);
    }

    void printThroughTheHook()
    {
        LetterPreviewDialog dialog({example(LetterType::Referral)}, Branding::defaults());
        dialog.show();
        QTRY_VERIFY(dialog.pageCount() >= 1);
        // A PDF file stands in for the printer the user would choose in the print dialog.
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        dialog.printer()->setOutputFormat(QPrinter::PdfFormat);
        dialog.printer()->setOutputFileName(path);
        LetterPreviewDialog::setNextPrintAccepted(true);
        QSignalSpy printed(&dialog, &LetterPreviewDialog::printed);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("printButton")), Qt::LeftButton);
        QCOMPARE(printed.size(), 1);
        QCOMPARE(printed.first().first().toInt(), dialog.pageCount());
        QVERIFY(noModalLeft());
        QVERIFY(pdftools::text(path).contains(u"Terugkoppeling aan het CLB"));
        LetterPreviewDialog::setNextPrintAccepted(false); // the user cancels the print dialog
        dialog.print();
        QCOMPARE(printed.size(), 1);
        QVERIFY(noModalLeft());
    }

    void classBatchProgressAndCancel()
    {
        QList<AnyLetter> letters(100, example(LetterType::ParentLetter));
        const QString path = m_dir.filePath(QStringLiteral("klas.pdf"));
        ClassBatchDialog dialog(letters, Branding::defaults(), path);
        dialog.show();
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("batchProgress"));
        QSignalSpy finished(&dialog, &ClassBatchDialog::finished);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 10, 60000);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(bar->value() < 100);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("batchLabel"))->text().contains(u"geen bestand"));

        ClassBatchDialog small(QList<AnyLetter>(5, example(LetterType::ParentLetter)), Branding::defaults(),
                               path);
        QSignalSpy done(&small, &ClassBatchDialog::finished);
        small.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(small.findChild<QProgressBar *>(QStringLiteral("batchProgress"))->value(), 5);
        QVERIFY(QFile::exists(path));
        QVERIFY(small.findChild<QPushButton *>(QStringLiteral("openButton"))->isVisibleTo(&small));
    }
};

QTEST_MAIN(TestLetterDialog)
#include "tst_letterdialog.moc"
