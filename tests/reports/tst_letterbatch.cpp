// A class batch through LetterBatchJob: progress and the merged PDF; cancelling halfway leaves no file.
#include "PdfTools.h"
#include "reports/LetterBatchJob.h"
#include "reports/LetterOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace lars::reports;

namespace {
QList<AnyLetter> classOf(int n)
{
    QFile f(pdftools::example(QStringLiteral("ouderbrief.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject base = QJsonDocument::fromJson(f.readAll()).object();
    QList<AnyLetter> letters;
    for (int i = 0; i < n; ++i) {
        QJsonObject json = base;
        QJsonObject pupil = json[u"pupil"].toObject();
        pupil[u"firstName"] = QStringLiteral("Leerling %1").arg(i + 1);
        json[u"pupil"] = pupil;
        letters.append(*letterFromJson(LetterType::ParentLetter, json));
    }
    return letters;
}
} // namespace

class TestLetterBatch final : public QObject
{
    Q_OBJECT
private slots:
    void cancelHalfwayLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("klas.pdf"));
        LetterBatchJob job(classOf(100), {}, path);
        QSignalSpy finished(&job, &LetterBatchJob::finished);
        int last = 0;
        bool cancelAsked = false;
        connect(&job, &LetterBatchJob::progress, this, [&](int done, int total) {
            QCOMPARE(total, 100);
            QVERIFY(done > last);
            last = done;
            // A batch this size runs in two halves: the count can step over 50.
            if (done >= 50 && !cancelAsked) {
                cancelAsked = true;
                job.cancel();
            }
        });
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(120000));
        const auto result = job.result();
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(result.letters < 100);
        QVERIFY(result.letters >= 50);
        QVERIFY(!job.isRunning());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
                 0); // no temporary file either
    }

    void completeBatchIsOnePdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("klas.pdf"));
        LetterBatchJob job(classOf(30), {}, path);
        QSignalSpy progress(&job, &LetterBatchJob::progress);
        QSignalSpy finished(&job, &LetterBatchJob::finished);
        job.start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(job.result().ok, qPrintable(job.result().error));
        QCOMPARE(progress.size(), 30);
        QCOMPARE(progress.last().at(0).toInt(), 30);
        QVERIFY(QFile::exists(path));
        QCOMPARE(pdftools::pages(path), job.result().pages);
        QCOMPARE(int(pdftools::text(path).count(u"Aan de ouders van Leerling")), 30);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    // More than 64 letters are rendered in two halves on two threads and joined: still one PDF with
    // every letter in order, every page numbered, fonts and logos readable, page streams compressed at
    // zlib level 1 (FastDeflate).
    void largeBatchInTwoPartsIsOnePdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("school.pdf"));
        int last = 0;
        bool increasing = true;
        const auto result = LetterOutput::writePdf(path, classOf(80), {}, [&](int done, int total) {
            increasing = increasing && done > last && total == 80;
            last = done;
            return true;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(increasing);
        QCOMPARE(last, 80);
        QCOMPARE(result.letters, 80);
        QCOMPARE(pdftools::pages(path), result.pages);
        const QString text = pdftools::text(path);
        qsizetype at = -1;
        for (int i = 1; i <= 80; ++i) {
            const qsizetype next = text.indexOf(QStringLiteral("Aan de ouders van Leerling %1 Van").arg(i));
            QVERIFY2(next > at, qPrintable(QString::number(i)));
            at = next;
        }
        const QRegularExpression number(QStringLiteral("pagina (\\d+)/(\\d+)"));
        for (int p = 1; p <= result.pages; ++p) {
            const auto m = number.match(pdftools::text(path, p));
            QVERIFY2(m.hasMatch(), qPrintable(QString::number(p)));
            QCOMPARE(m.captured(1).toInt(), (p - 1) % 2 + 1);
        }
        const QStringList fonts = pdftools::fonts(path);
        QVERIFY(!fonts.isEmpty());
        QVERIFY(pdftools::images(path) == 80);
        QVERIFY(pdftools::uniqueImages(path) <= 2); // the logo once per half
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.count("stream\n\x78\x01") > 100);
        QCOMPARE(bytes.count("stream\n\x78\x9c"), 0);
    }

    void failedBatchKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("klas.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        LetterBatchJob job(classOf(10), {}, path);
        QSignalSpy finished(&job, &LetterBatchJob::finished);
        connect(&job, &LetterBatchJob::progress, &job, &LetterBatchJob::cancel);
        job.start();
        QVERIFY(finished.wait(120000));
        QVERIFY(job.result().cancelled);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }
};

QTEST_MAIN(TestLetterBatch)
#include "tst_letterbatch.moc"
