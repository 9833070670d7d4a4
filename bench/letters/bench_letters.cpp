// bench_letters [--count N] [--no-libreoffice] [--keep DIR]
// Renders N parent letters (logo + growth chart) into one PDF with lars_reports and reports wall time,
// pages/s and peak RSS; then writes the same letters as HTML documents (logo and chart as images) and
// times `soffice --headless --convert-to pdf` on them in the same run.
#include "reports/Branding.h"
#include "reports/LetterData.h"
#include "reports/LetterOutput.h"
#include "reports/LetterRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lars::reports;

namespace {
QString source(const QString &rel)
{
    return QStringLiteral(LARS_SOURCE_DIR "/") + rel;
}

QList<AnyLetter> makeLetters(int n)
{
    QFile f(source(QStringLiteral("examples/letters/ouderbrief.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject base = QJsonDocument::fromJson(f.readAll()).object();
    const auto letter = letterFromJson(LetterType::ParentLetter, base);
    QList<AnyLetter> letters;
    for (int i = 0; i < n; ++i) {
        ParentLetter l = std::get<ParentLetter>(*letter);
        l.pupil.firstName = QStringLiteral("Leerling %1").arg(i + 1);
        l.pupil.sex =
            i % 2 ? lars::models::GrowthReference::Sex::Male : lars::models::GrowthReference::Sex::Female;
        for (Measurement &m : l.measurements)
            m.heightCm = *m.heightCm + (i % 13) - 6;
        letters.append(l);
    }
    return letters;
}

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The machine's load (1, 5, 15 minutes): a figure taken under load is labelled as such (docs/benchmarks.md).
QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    return f.readAll().split(' ').mid(0, 3).join(' ');
}

double maxRssMb(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_maxrss / 1024.0;
}

QString html(const ParentLetter &l, const QList<ResultRow> &rows, const QString &logo, const QString &chart)
{
    auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ouderbrief</title>"
                       "<style>body{font-family:'DejaVu Sans';font-size:9.5pt;color:#222}"
                       "h1{color:#c0392b;font-size:13pt}h2{color:#c0392b;font-size:10.5pt}"
                       "table{border-collapse:collapse;width:100%}th{background:#f8e6e4;text-align:left}"
                       "td,th{padding:4px;border-bottom:1px solid #bbb}</style></head><body>");
    h += QStringLiteral(
             "<table style=\"border:none\"><tr><td style=\"border:none\"><img src=\"%1\" height=\"80\"></td>"
             "<td style=\"border:none;text-align:right;color:#c0392b\"><b>%2</b><br>%3<br>%4 · "
             "%5</td></tr></table>")
             .arg(logo, e(l.clb.name), e(l.clb.addressLines.join(QStringLiteral(", "))), e(l.clb.phone),
                  e(l.clb.email));
    h += QStringLiteral("<p style=\"text-align:right\">%1, 9 oktober 2025</p>").arg(e(l.clb.place));
    h += QStringLiteral("<p><b>Aan de ouders van %1<br>%2 – %3</b></p>")
             .arg(e(l.pupil.fullName()), e(l.pupil.className), e(l.pupil.school));
    h += QStringLiteral(
             "<h1>Resultaten van het %1</h1><p>Beste ouders,</p><p>Op 7 oktober 2025 kwam %2 op %1 bij het "
             "CLB.</p><h2>Resultaten</h2><table><tr><th>Onderzoek</th><th>Resultaat</th><th>Toelichting</"
             "th></tr>")
             .arg(e(l.consultName), e(l.pupil.firstName));
    for (const ResultRow &r : rows)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(e(r.label), e(r.value), e(r.remark));
    h += QStringLiteral("</table><h2>Groei</h2><img src=\"%1\" width=\"640\">").arg(chart);
    h += QStringLiteral("<h2>Advies</h2><p>%1</p><h2>Wat nu?</h2><p>%2</p><h2>Vragen?</h2><p>%3 (%4): %5</p>"
                        "<p>Met vriendelijke groeten,</p><p><b>%3</b><br>%4</p>")
             .arg(e(l.advice).replace(u'\n', QStringLiteral("<br>")), e(l.nextSteps), e(l.staff.name),
                  e(l.staff.function), e(l.staff.email));
    h += QStringLiteral("<p style=\"font-size:8pt;color:#c0392b\">Vertrouwelijk</p></body></html>");
    return h;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Letters (500)."),
                                         QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption noLoOption(QStringLiteral("no-libreoffice"),
                                        QStringLiteral("Skip LibreOffice."));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep outputs in DIR."),
                                        QStringLiteral("dir"));
    parser.addOptions({countOption, noLoOption, keepOption});
    parser.process(app);
    const int n = parser.value(countOption).toInt();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : tmp.path();
    QDir().mkpath(dir);

    QString error;
    const auto branding =
        Branding::fromDirectory(source(QStringLiteral("examples/letters/branding-png")), &error);
    if (!branding) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QList<AnyLetter> letters = makeLetters(n);
    const double rssBefore = maxRssMb(RUSAGE_SELF);
    std::printf("load average before: %s (%d cores)\n", loadAverage().constData(),
                QThread::idealThreadCount());

    // --- lars_reports: one PDF ---------------------------------------------------------------------
    LetterOutput::Options options;
    options.branding = *branding;
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    timer.start();
    const auto result =
        LetterOutput::writePdf(QDir(dir).filePath(QStringLiteral("lars-batch.pdf")), letters, options);
    const double larsSeconds = timer.nsecsElapsed() / 1e9;
    const double larsRss = maxRssMb(RUSAGE_SELF);
    const double larsCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!result.ok) {
        std::fprintf(stderr, "render failed: %s\n", qPrintable(result.error));
        return 1;
    }
    const qint64 pdfSize = QFileInfo(QDir(dir).filePath(QStringLiteral("lars-batch.pdf"))).size();
    std::printf("lars_reports: %d letters, %d pages, %.2f s (CPU %.2f s), %.1f pages/s, peak RSS %.0f MB "
                "(%.0f MB before), "
                "PDF %.1f MB\n",
                result.letters, result.pages, larsSeconds, larsCpu, result.pages / larsSeconds, larsRss,
                rssBefore, pdfSize / 1048576.0);
    std::fflush(stdout);
    if (parser.isSet(noLoOption)) {
        std::printf("load average after: %s\n", loadAverage().constData());
        return 0;
    }

    // --- LibreOffice headless: the same letters as HTML documents ------------------------------------
    const QString docs = QDir(dir).filePath(QStringLiteral("html"));
    const QString pdfs = QDir(dir).filePath(QStringLiteral("lo-pdf"));
    QDir().mkpath(docs);
    QDir().mkpath(pdfs);
    QFile::copy(source(QStringLiteral("examples/letters/branding-png/logo.png")),
                QDir(docs).filePath(QStringLiteral("logo.png")));
    LetterRenderer renderer(*branding);
    QStringList files;
    for (int i = 0; i < letters.size(); ++i) {
        const auto &l = std::get<ParentLetter>(letters[i]);
        const QString chartName = QStringLiteral("chart-%1.svg").arg(i + 1);
        QSvgGenerator svg;
        svg.setFileName(QDir(docs).filePath(chartName));
        svg.setSize(QSize(640, 300));
        svg.setViewBox(QRect(0, 0, 640, 300));
        {
            QPainter p(&svg);
            LetterRenderer::growthChart(l, *branding)->paint(p, QRectF(0, 0, 640, 300));
        }
        const QString name =
            QDir(docs).filePath(QStringLiteral("letter-%1.html").arg(i + 1, 4, 10, QLatin1Char('0')));
        QFile f(name);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(html(l, renderer.resultRows(l), QStringLiteral("logo.png"), chartName).toUtf8());
        files << name;
    }
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://") + QDir(dir).filePath(QStringLiteral("lo-profile"));
    auto soffice = [&](const QStringList &inputs) {
        // fork/exec + waitpid so getrusage(RUSAGE_CHILDREN) sees LibreOffice's peak memory.
        QList<QByteArray> args{"soffice",      profile.toUtf8(),        "--headless",
                               "--convert-to", "pdf:writer_pdf_Export", "--outdir",
                               pdfs.toUtf8()};
        for (const QString &in : inputs)
            args << in.toUtf8();
        std::vector<char *> argvv;
        for (QByteArray &a : args)
            argvv.push_back(a.data());
        argvv.push_back(nullptr);
        const pid_t pid = fork();
        if (pid == 0) {
            const int null = ::open("/dev/null", O_WRONLY);
            dup2(null, 1);
            dup2(null, 2);
            execvp("soffice", argvv.data());
            _exit(127);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    // Warm-up: the first start creates the profile; not counted.
    soffice({files.first()});
    const double loCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    // One soffice run for many files is LibreOffice's fastest path; it stops silently after a few hundred
    // files here, so the files go in chunks of 100 and any file still without a PDF goes again.
    auto pending = [&] {
        QStringList left;
        for (const QString &f : files)
            if (!QFile::exists(QDir(pdfs).filePath(QFileInfo(f).completeBaseName() + QStringLiteral(".pdf"))))
                left << f;
        return left;
    };
    QDir(pdfs).removeRecursively();
    QDir().mkpath(pdfs);
    timer.restart();
    int rc = 0;
    int invocations = 0;
    for (QStringList left = pending(); !left.isEmpty() && invocations < 20; left = pending()) {
        rc = soffice(left.mid(0, 100));
        ++invocations;
    }
    const double loSeconds = timer.nsecsElapsed() / 1e9;
    const double loRss = maxRssMb(RUSAGE_CHILDREN);
    const double loCpu = cpuSeconds(RUSAGE_CHILDREN) - loCpuBefore;
    int loPages = 0;
    const int loFiles = int(QDir(pdfs).entryList({QStringLiteral("*.pdf")}).size());
    for (const QString &pdf : QDir(pdfs).entryList({QStringLiteral("*.pdf")})) {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {QDir(pdfs).filePath(pdf)});
        info.waitForFinished();
        for (const QByteArray &line : info.readAllStandardOutput().split('\n'))
            if (line.startsWith("Pages:"))
                loPages += line.mid(6).trimmed().toInt();
    }
    std::printf(
        "libreoffice: exit %d, %d soffice runs, %d PDFs, %d pages, %.2f s (CPU %.2f s), %.1f pages/s, peak "
        "RSS %.0f MB\n",
        rc, invocations, loFiles, loPages, loSeconds, loCpu, loPages / loSeconds, loRss);
    // How a script that converts letter by letter fares: one soffice start per document, on a sample.
    const int sample = std::min(10, int(files.size()));
    QDir(pdfs).removeRecursively();
    QDir().mkpath(pdfs);
    const double singleCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    timer.restart();
    for (int i = 0; i < sample; ++i)
        soffice({files[i]});
    const double perDocument = timer.nsecsElapsed() / 1e9 / sample;
    const double perDocumentCpu = (cpuSeconds(RUSAGE_CHILDREN) - singleCpuBefore) / sample;
    std::printf(
        "libreoffice, one soffice run per letter (sample of %d): %.2f s per letter (CPU %.2f s) -> %.0f s "
        "for %d letters\n",
        sample, perDocument, perDocumentCpu, perDocument * files.size(), int(files.size()));
    std::printf("speed-up: %.1fx wall time, %.1fx CPU time\n", loSeconds / larsSeconds, loCpu / larsCpu);
    std::printf("load average after: %s\n", loadAverage().constData());
    std::printf("\n| path | letters | pages | wall time | pages/s | CPU time (user+sys) | peak RSS |\n"
                "|---|---|---|---|---|---|---|\n");
    std::printf("| lars_reports, one PDF | %d | %d | %.2f s | %.0f | %.2f s | %.0f MB |\n", result.letters,
                result.pages, larsSeconds, result.pages / larsSeconds, larsCpu, larsRss);
    std::printf("| LibreOffice headless, HTML → PDF (%d soffice runs) | %d | %d | %.2f s | %.1f | %.2f s | "
                "%.0f MB |\n",
                invocations, loFiles, loPages, loSeconds, loPages / loSeconds, loCpu, loRss);
    std::printf(
        "| LibreOffice headless, one soffice run per letter (%d measured, × %d) | %d | %d | %.0f s | %.1f | "
        "%.0f s | – |\n",
        sample, int(files.size()), int(files.size()), loPages, perDocument * files.size(),
        loPages / (perDocument * files.size()), perDocumentCpu * files.size());
    return rc == 0 ? 0 : 1;
}
