// The typed advice end to end, in Dutch, against the real lars-server: a consult whose height lies below
// P3 and that has no advice is refused with the Dutch reason, in the client (the letters controller behind
// the medical tab's "Ouderbrief…") and by `lars-render --server` (exit code and stderr); the advice editor
// of the medical tab offers the suggested text, saves a typed three-paragraph advice through the outbox,
// and the parent letter then holds exactly those paragraphs and blank lines (pdftotext), in the client and
// headless. Screenshot: docs/screenshots/advice-editor.png.
#include "PdfTools.h"
#include "models/api/ApiClient.h"
#include "models/api/DossierModel.h"
#include "models/api/Drafts.h"
#include "models/api/Outbox.h"
#include "server/demodata/DemoData.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/UiAudit.h"
#include "tests/ui/UiTestSetup.h"
#include "ui/dossier/AdviceEditor.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/DossierWorkspace.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/LettersController.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <memory>

using namespace lars;
using lars::test::ServerProcess;
using lars::test::UiAudit;
using lars::test::UiTestSetup;

namespace {
constexpr qint64 kPupil = 6; // in An Peeters' team
// Three paragraphs: two lines, then one, then two; one blank line between each.
const QStringList kParagraphs = {QStringLiteral("De lengte ligt onder percentiel 3."),
                                 QStringLiteral("We volgen de groei verder op."),
                                 QString(),
                                 QStringLiteral("Ga binnen drie maanden naar de huisarts."),
                                 QString(),
                                 QStringLiteral("Breng deze brief mee."),
                                 QStringLiteral("Bel ons gerust met vragen.")};

// The advice as printed: pdftotext -layout page by page, without the footer (the last line of a page) and
// the running header (the first line of a following page), from the line after the heading "Advies" to
// the line before "Wat nu?", each line trimmed. The white space where a page ends and the next begins is
// left out; *pageBreak is the index of the first line after a page break (-1: none).
QStringList printedAdvice(const QString &pdf, qsizetype *pageBreak)
{
    *pageBreak = -1;
    QStringList advice;
    bool inAdvice = false;
    const QStringList pages = pdftools::text(pdf, 0, true).split(u'\f', Qt::SkipEmptyParts);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QStringList lines = pages.at(p).split(u'\n');
        for (QString &l : lines)
            l = l.trimmed();
        const auto trimBlank = [&lines] {
            while (!lines.isEmpty() && lines.first().isEmpty())
                lines.removeFirst();
            while (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
        };
        trimBlank();
        if (!lines.isEmpty())
            lines.removeLast(); // footer
        if (p > 0 && !lines.isEmpty())
            lines.removeFirst(); // running header
        trimBlank();
        if (inAdvice && !advice.isEmpty() && !lines.isEmpty())
            *pageBreak = advice.size();
        for (const QString &line : std::as_const(lines)) {
            if (!inAdvice) {
                inAdvice = line == QLatin1String("Advies");
                continue;
            }
            if (line == QLatin1String("Wat nu?")) {
                while (!advice.isEmpty() && advice.last().isEmpty())
                    advice.removeLast(); // the space before the next heading
                return advice;
            }
            if (!advice.isEmpty() || !line.isEmpty())
                advice.append(line);
        }
        while (!advice.isEmpty() && advice.last().isEmpty())
            advice.removeLast();
    }
    return {};
}

// Every typed line and blank line is printed, in order; only a blank line that falls exactly where a page
// ends may go (it is the white space at the bottom of the page).
bool printedExactly(const QString &pdf, QString *shown)
{
    qsizetype pageBreak = -1;
    const QStringList printed = printedAdvice(pdf, &pageBreak);
    *shown =
        printed.join(QStringLiteral("⏎")) + QStringLiteral(" (page break before line %1)").arg(pageBreak);
    if (printed == kParagraphs)
        return true;
    QStringList atBreak = kParagraphs;
    if (pageBreak < 0 || pageBreak >= atBreak.size() || !atBreak.at(pageBreak).isEmpty())
        return false;
    atBreak.removeAt(pageBreak);
    return printed == atBreak;
}
} // namespace

class TestAdviceLetters final : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSetup> m_setup;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<models::ApiClient> m_api;
    std::unique_ptr<ui::DossierWorkspace> m_workspace;
    models::Outbox *m_outbox = nullptr;
    models::Drafts *m_drafts = nullptr;
    ui::LettersController *m_letters = nullptr;
    ui::DossierView *m_view = nullptr;
    ui::AdviceEditor *m_editor = nullptr;
    QString m_token;
    qint64 m_consult = 0;
    QString m_firstName;
    QTemporaryDir m_dir;

    pdftools::Run renderHeadless(const QString &out)
    {
        const QString ca = m_dir.filePath(QStringLiteral("server.pem"));
        QFile pem(ca);
        if (pem.open(QIODevice::WriteOnly))
            pem.write(m_server->certificate().toPem());
        pem.close();
        return pdftools::run(pdftools::renderTool(),
                             {QStringLiteral("--server"), m_server->baseUrl().toString(),
                              QStringLiteral("--server-ca"), ca, QStringLiteral("--token"), m_token,
                              QStringLiteral("--pupil"), QString::number(kPupil), QStringLiteral("--letter"),
                              QStringLiteral("ouderbrief"), QStringLiteral("--consult"),
                              QString::number(m_consult), QStringLiteral("--out"), out});
    }

    void selectConsult()
    {
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("measurementsTable"));
        const auto &list = m_view->dossier()->measurements();
        for (int row = 0; row < list.size(); ++row)
            if (list.at(row).id == m_consult)
                table->setCurrentIndex(table->model()->index(row, 0));
    }

private slots:
    void initTestCase()
    {
        m_setup = std::make_unique<UiTestSetup>();
        m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::Sqlite);
        QVERIFY2(m_server->start(20), qPrintable(m_server->errorString()));
        m_token = m_server->token(QString::fromLatin1(server::demodata::DemoData::anPeeters), 1);
        QVERIFY(!m_token.isEmpty());
        // A 1st-primary-year consult with a height far below P3, and no advice.
        const lars::test::HttpReply created =
            m_server->send("POST", QStringLiteral("/api/v1/pupils/%1/measurements").arg(kPupil), m_token,
                           {{QStringLiteral("contact"), QStringLiteral("L1")},
                            {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)},
                            {QStringLiteral("heightCm"), 100.0},
                            {QStringLiteral("weightKg"), 16.0}},
                           {{"Idempotency-Key", "advice-letters"}});
        QCOMPARE(created.status, 201);
        m_consult = created.json().value(QLatin1String("id")).toInteger();

        m_api = std::make_unique<models::ApiClient>();
        QVERIFY(m_api->setBaseUrl(m_server->baseUrl()));
        m_api->setExtraCaCertificates({m_server->certificate()});
        m_api->setBearerToken(m_token.toLatin1());
        m_workspace = std::make_unique<ui::DossierWorkspace>(m_api.get());
        // The desktop's way of saving: every change through the outbox, typed text kept as drafts.
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
        m_workspace->openDossier(kPupil);
        m_view = m_workspace->dossierView(kPupil);
        QVERIFY(m_view);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->dossier()->loadMs() >= 0, 15000);
        m_firstName = m_view->dossier()->pupil().firstName;
        m_view->showSection(ui::DossierView::Medical);
        m_editor = m_view->findChild<ui::AdviceEditor *>(QStringLiteral("adviceEditor"));
        QVERIFY(m_editor);
        selectConsult();
        QCOMPARE(m_editor->consult(), m_consult);
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        if (m_server)
            QVERIFY(m_server->stop());
    }

    // Below P3 and no advice: the editor says so and offers a text; the letter is refused, in Dutch.
    void refusedWithoutAdvice()
    {
        auto *findings = m_editor->findChild<QLabel *>(QStringLiteral("adviceFindings"));
        QVERIFY(findings && findings->isVisible());
        const QString below =
            QStringLiteral("De lengte van %1 ligt onder percentiel 3 (100,0 cm).").arg(m_firstName);
        QVERIFY2(findings->text().contains(below), qPrintable(findings->text()));
        QVERIFY(m_editor->suggestion().startsWith(below));
        QVERIFY(m_editor->findChild<QPushButton *>(QStringLiteral("adviceSuggest"))->isVisible());

        QSignalSpy opened(m_letters, &ui::LettersController::previewOpened);
        QSignalSpy failed(m_letters, &ui::LettersController::failed);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("parentLetterButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        const QString reason = failed.first().first().toString();
        QVERIFY2(reason.contains(QStringLiteral("wordt niet gemaakt: er is nog geen advies voor de ouders")),
                 qPrintable(reason));
        QVERIFY2(reason.contains(below), qPrintable(reason));
        QVERIFY(opened.isEmpty());

        const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
        const pdftools::Run headless = renderHeadless(out);
        QCOMPARE(headless.exitCode, 3);
        const QString err = QString::fromUtf8(headless.err);
        QVERIFY2(err.contains(QStringLiteral("wordt niet gemaakt: er is nog geen advies voor de ouders")),
                 qPrintable(err));
        QVERIFY2(err.contains(below), qPrintable(err));
        QVERIFY(!QFile::exists(out));
    }

    // The suggested text goes in as one edit; the staff member types her own three paragraphs over it.
    void typedAdviceIsPrintedExactly()
    {
        auto *edit = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("adviceEdit"));
        m_editor->findChild<QPushButton *>(QStringLiteral("adviceSuggest"))->click();
        QCOMPARE(edit->toPlainText(), m_editor->suggestion());
        QTRY_VERIFY(m_drafts->find(QStringLiteral("advice/%1").arg(m_consult)).has_value());
        QVERIFY(UiTestSetup::screenshot(m_workspace.get(), QStringLiteral("advice-editor")));
        // The window with the editor, in Dutch: every control named and reached by Tab, every text fits.
        const QStringList problems =
            UiAudit::accessibilityProblems(m_workspace.get(), m_setup->translator().untranslated()) +
            UiAudit::layoutProblems(m_workspace.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        for (qsizetype i = 0; i < kParagraphs.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, kParagraphs.at(i));
        }
        const QString typed = kParagraphs.join(u'\n');
        QCOMPARE(edit->toPlainText(), typed);
        QSignalSpy saved(m_view->dossier(), &models::DossierModel::adviceSaved);
        QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("adviceSave")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(m_outbox->changes().size(), 0);
        QVERIFY(!m_drafts->find(QStringLiteral("advice/%1").arg(m_consult)).has_value());
        const lars::test::HttpReply stored = m_server->get(
            QStringLiteral("/api/v1/pupils/%1/measurements/%2/advice").arg(kPupil).arg(m_consult), m_token);
        QCOMPARE(stored.json().value(QLatin1String("text")).toString(), typed);

        // In the client: the preview's PDF.
        QSignalSpy opened(m_letters, &ui::LettersController::previewOpened);
        QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("parentLetterButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QPointer<ui::LetterPreviewDialog> dialog = opened.first().first().value<ui::LetterPreviewDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pageCount() > 0, 20000);
        const QString clientPdf = m_dir.filePath(QStringLiteral("client.pdf"));
        QSignalSpy written(dialog.data(), &ui::LetterPreviewDialog::saved);
        ui::LetterPreviewDialog::setNextSaveFileName(clientPdf);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 30000);
        dialog->close();
        QString shown;
        QVERIFY2(printedExactly(clientPdf, &shown), qPrintable(shown));
        QVERIFY(!pdftools::text(clientPdf).contains(QStringLiteral("geen bijzonder advies")));

        // Headless: the same letter through the same parts.
        const QString headlessPdf = m_dir.filePath(QStringLiteral("headless.pdf"));
        const pdftools::Run headless = renderHeadless(headlessPdf);
        QVERIFY2(headless.exitCode == 0, headless.err.constData());
        QVERIFY2(printedExactly(headlessPdf, &shown), qPrintable(shown));
        QCOMPARE(pdftools::text(headlessPdf), pdftools::text(clientPdf)); // the same letter, word for word
    }

    // Jan Claes changes the advice while An types hers: saving shows both, nothing is overwritten unseen;
    // "Mijn advies houden" sends hers over the version she has now seen.
    void conflictShowsBothAdvices()
    {
        const QString path =
            QStringLiteral("/api/v1/pupils/%1/measurements/%2/advice").arg(kPupil).arg(m_consult);
        const lars::test::HttpReply before = m_server->get(path, m_token);
        const QString jans = QStringLiteral("Advies van Jan.\n\nTweede alinea van Jan.");
        const QString janToken = m_server->token(QStringLiteral("77030245655"), 1);
        QCOMPARE(m_server
                     ->send("PUT", path, janToken, {{QStringLiteral("text"), jans}},
                            {{"If-Match", before.header("ETag")}})
                     .status,
                 200);
        auto *edit = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("adviceEdit"));
        QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("Aanvulling van An."));
        const QString mine = edit->toPlainText();
        QSignalSpy conflict(m_view->dossier(), &models::DossierModel::adviceConflict);
        QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("adviceSave")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 20000);
        auto *box = m_editor->findChild<QWidget *>(QStringLiteral("adviceConflict"));
        QVERIFY(box->isVisible());
        const QString text = m_editor->findChild<QLabel *>(QStringLiteral("adviceConflictText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Jan Claes")) && text.contains(jans), qPrintable(text));
        QCOMPARE(edit->toPlainText(), mine); // what she typed stays
        QCOMPARE(m_server->get(path, m_token).json().value(QLatin1String("text")).toString(), jans);
        QSignalSpy saved(m_view->dossier(), &models::DossierModel::adviceSaved);
        QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("adviceKeepMine")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(m_server->get(path, m_token).json().value(QLatin1String("text")).toString(), mine);
        QVERIFY(!box->isVisible());
        QCOMPARE(m_outbox->changes().size(), 0);
    }

    // No connection: the advice waits in the outbox; another consult and back shows it as it will be
    // saved (not the server's older text), and it arrives once the connection is back.
    void waitingAdviceStaysVisible()
    {
        m_outbox->setSending(false, 1);
        auto *edit = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("adviceEdit"));
        QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("Getypt zonder verbinding."));
        const QString typed = edit->toPlainText();
        QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("adviceSave")), Qt::LeftButton);
        QTRY_COMPARE(m_outbox->waitingCount(), 1);
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("measurementsTable"));
        table->setCurrentIndex(table->model()->index(0, 0)); // the kindergarten consult
        QVERIFY(m_editor->consult() != m_consult);
        selectConsult();
        QCOMPARE(edit->toPlainText(), typed);
        QVERIFY(m_editor->findChild<QLabel *>(QStringLiteral("adviceStatus"))
                    ->text()
                    .contains(QStringLiteral("Wacht op verbinding")));
        QVERIFY(m_editor->unsavedWork().isEmpty()); // kept in the outbox: nothing to lose at a logout
        m_outbox->setSending(true, 1);
        m_outbox->retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->changes().size(), 0, 20000);
        const QString path =
            QStringLiteral("/api/v1/pupils/%1/measurements/%2/advice").arg(kPupil).arg(m_consult);
        QCOMPARE(m_server->get(path, m_token).json().value(QLatin1String("text")).toString(), typed);
        QTRY_VERIFY(!m_editor->findChild<QLabel *>(QStringLiteral("adviceStatus"))
                         ->text()
                         .contains(QStringLiteral("Wacht op verbinding")));
    }
};

QTEST_MAIN(TestAdviceLetters)
#include "tst_advice_letters.moc"
