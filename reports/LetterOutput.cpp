#include "reports/LetterOutput.h"

#include "reports/LetterRenderer.h"
#include "reports/Logging.h"

#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace lars::reports {

namespace {
LetterOutput::Result paintAll(QPainter &painter, LetterRenderer &renderer, const QList<AnyLetter> &letters,
                              const LetterOutput::Progress &progress)
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
        if (progress && !progress(result.letters, int(letters.size()))) {
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
    LetterRenderer renderer(options.branding, options.language, options.templateDirectory);
    if (!renderer.error().isEmpty()) {
        result.error = renderer.error();
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
        return result;
    }
    const QString title = options.title.isEmpty() ? documentTitle(letters, options) : options.title;
    const QString author = options.author.isEmpty() ? common(letters.first()).staff.name : options.author;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("LARS " LARS_VERSION));
        // QPdfWriter has no author field; the XMP metadata carries it (dc:creator).
        writer.setDocumentXmpMetadata(xmpMetadata(title, author));
        LetterRenderer::preparePage(writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            result.error = QStringLiteral("could not start the PDF");
            return result;
        }
        result = paintAll(painter, renderer, letters, progress);
        painter.end();
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
    result = paintAll(painter, renderer, letters, progress);
    if (result.cancelled)
        printer.abort();
    painter.end();
    return result;
}

} // namespace lars::reports
