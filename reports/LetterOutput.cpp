#include "reports/LetterOutput.h"

#include "reports/FastDeflate.h"
#include "reports/LetterRenderer.h"
#include "reports/Logging.h"
#include "reports/PdfMerge.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QThread>
#include <atomic>

namespace lars::reports {

namespace {
// Letters before a batch is rendered in two parts on two threads; below it one part (one PDF engine
// stores the logo once; a class is done in a fraction of a second anyway).
constexpr qsizetype kParallelFrom = 64;

// Paints the letters; perLetter is called after each and returning false stops the run.
LetterOutput::Result paintAll(QPainter &painter, LetterRenderer &renderer, const QList<AnyLetter> &letters,
                              const std::function<bool()> &perLetter)
{
    LetterOutput::Result result;
    for (const AnyLetter &letter : letters) {
        const int pages = renderer.paint(painter, letter, result.pages > 0);
        if (pages == 0) {
            result.error = QStringLiteral("letter %1 could not be laid out").arg(result.letters + 1);
            return result;
        }
        result.pages += pages;
        ++result.letters;
        if (perLetter && !perLetter()) {
            result.cancelled = true;
            return result;
        }
    }
    result.ok = true;
    return result;
}

QByteArray xmpMetadata(const QString &title, const QString &author)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
    return QByteArray("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                      "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                      "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                      "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
                      " xmlns:pdf='http://ns.adobe.com/pdf/1.3/' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
                      "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>") +
           esc(title) + "</rdf:li></rdf:Alt></dc:title>\n<dc:creator><rdf:Seq><rdf:li>" + esc(author) +
           "</rdf:li></rdf:Seq></dc:creator>\n<pdf:Producer>LARS " LARS_VERSION
           "</pdf:Producer>\n<xmp:CreatorTool>LARS " LARS_VERSION "</xmp:CreatorTool>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
}

// One PDF of these letters written to out, with its own renderer (so it can run on any thread).
LetterOutput::Result renderPdf(QIODevice &out, const QList<AnyLetter> &letters,
                               const LetterOutput::Options &options, const QString &title,
                               const QString &author, const std::function<bool()> &perLetter)
{
    LetterOutput::Result result;
    LetterRenderer renderer(options.branding, options.language, options.templateDirectory);
    if (!renderer.error().isEmpty()) {
        result.error = renderer.error();
        return result;
    }
    const FastDeflate::Scope fastCompression;
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("LARS " LARS_VERSION));
    // QPdfWriter has no author field; the XMP metadata carries it (dc:creator).
    writer.setDocumentXmpMetadata(xmpMetadata(title, author));
    LetterRenderer::preparePage(writer);
    QPainter painter;
    if (!painter.begin(&writer)) {
        result.error = QStringLiteral("could not start the PDF");
        return result;
    }
    result = paintAll(painter, renderer, letters, perLetter);
    painter.end();
    return result;
}

// The batch in two halves rendered at once on two threads, joined into one PDF.
LetterOutput::Result renderInParts(QIODevice &out, const QList<AnyLetter> &letters,
                                   const LetterOutput::Options &options, const QString &title,
                                   const QString &author, const LetterOutput::Progress &progress)
{
    const int total = int(letters.size());
    const qsizetype half = letters.size() / 2;
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    QByteArray second;
    LetterOutput::Result secondResult;
    QThread *worker = QThread::create([&] {
        QBuffer buffer(&second);
        buffer.open(QIODevice::WriteOnly);
        secondResult = renderPdf(buffer, letters.mid(half), options, title, author, [&] {
            ++done;
            return !cancelled.load();
        });
    });
    worker->start();
    QByteArray first;
    LetterOutput::Result result;
    int reported = 0;
    {
        QBuffer buffer(&first);
        buffer.open(QIODevice::WriteOnly);
        // Progress is reported from this thread only (the caller's), counting both halves.
        result = renderPdf(buffer, letters.first(half), options, title, author, [&] {
            reported = ++done;
            if (progress && !progress(reported, total))
                cancelled = true;
            return !cancelled.load();
        });
    }
    if (!result.ok)
        cancelled = true;
    worker->wait();
    delete worker;
    // What was painted in both halves, also when the run stopped.
    result.letters = done.load();
    result.pages += secondResult.pages;
    if (!result.ok)
        return result;
    if (!secondResult.ok) {
        secondResult.letters = result.letters;
        return secondResult;
    }
    if (progress && reported < total && !progress(total, total)) {
        result.ok = false;
        result.cancelled = true;
        return result;
    }
    if (const QString error = PdfMerge::merge({first, second}, out); !error.isEmpty()) {
        result.ok = false;
        result.error = QStringLiteral("could not join the two halves of the batch: %1").arg(error);
        return result;
    }
    return result;
}
} // namespace

QString LetterOutput::documentTitle(const QList<AnyLetter> &letters, const Options &options)
{
    if (!options.title.isEmpty())
        return options.title;
    if (letters.isEmpty())
        return {};
    LetterRenderer renderer(options.branding, options.language, options.templateDirectory);
    const QString first = renderer.documentTitle(letters.first());
    if (letters.size() == 1)
        return first;
    return QStringLiteral("%1 (+%2)").arg(first).arg(letters.size() - 1);
}

LetterOutput::Result LetterOutput::writePdf(const QString &path, const QList<AnyLetter> &letters,
                                            const Options &options, const Progress &progress)
{
    Result result;
    if (letters.isEmpty()) {
        result.error = QStringLiteral("no letters");
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
        return result;
    }
    const QString title = options.title.isEmpty() ? documentTitle(letters, options) : options.title;
    const QString author = options.author.isEmpty() ? common(letters.first()).staff.name : options.author;
    if (letters.size() >= kParallelFrom && QThread::idealThreadCount() >= 2) {
        result = renderInParts(file, letters, options, title, author, progress);
    } else {
        int done = 0;
        const int total = int(letters.size());
        result = renderPdf(file, letters, options, title, author,
                           [&] { return !progress || progress(++done, total); });
    }
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = file.errorString();
    }
    qCInfo(lcReports) << "wrote" << result.letters << "letters," << result.pages << "pages to" << path;
    return result;
}

LetterOutput::Result LetterOutput::print(QPrinter &printer, const QList<AnyLetter> &letters,
                                         const Options &options, const Progress &progress)
{
    Result result;
    LetterRenderer renderer(options.branding, options.language, options.templateDirectory);
    if (!renderer.error().isEmpty()) {
        result.error = renderer.error();
        return result;
    }
    printer.setFullPage(true);
    printer.setDocName(documentTitle(letters, options));
    printer.setCreator(QStringLiteral("LARS " LARS_VERSION));
    LetterRenderer::preparePage(printer);
    QPainter painter;
    if (!painter.begin(&printer)) {
        result.error = QStringLiteral("could not start printing");
        return result;
    }
    int done = 0;
    const int total = int(letters.size());
    result = paintAll(painter, renderer, letters, [&] { return !progress || progress(++done, total); });
    if (result.cancelled)
        printer.abort();
    painter.end();
    return result;
}

} // namespace lars::reports
