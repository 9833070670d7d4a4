#pragma once
// Test helpers around poppler-utils (pdftotext, pdfimages, pdftoppm, pdfinfo) and lars-render.
#include <QColor>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pdftools {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString sourceDir()
{
    return qEnvironmentVariable("LARS_SOURCE_DIR");
}

inline QString example(const QString &name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("examples/letters/") + name);
}

inline QString renderTool()
{
    return QDir(qEnvironmentVariable("LARS_BINARY_DIR")).filePath(QStringLiteral("tools/render/lars-render"));
}

// Text of a PDF (or of one page), UTF-8, with the layout's line breaks.
inline QString text(const QString &pdf, int page = 0, bool layout = false)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args).out);
}

inline int pages(const QString &pdf)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}).out);
    for (const QString &line : info.split(u'\n'))
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    return 0;
}

inline QString info(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}).out);
}

// Number of raster images (not masks) in the PDF.
inline int images(const QString &pdf)
{
    const QString list =
        QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out);
    int n = 0;
    for (const QString &line : list.split(u'\n').mid(2)) {
        const QStringList f = line.simplified().split(u' ');
        if (f.size() > 2 && f[2] == u"image")
            ++n;
    }
    return n;
}

// Number of distinct image objects: an image drawn on every page but stored once counts once.
inline int uniqueImages(const QString &pdf)
{
    const QString list =
        QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out);
    QSet<QString> objects;
    for (const QString &line : list.split(u'\n').mid(2)) {
        const QStringList f = line.simplified().split(u' ');
        if (f.size() > 11 && f[2] == u"image")
            objects.insert(f[10] + u' ' + f[11]);
    }
    return int(objects.size());
}

inline QStringList fonts(const QString &pdf)
{
    const QString list = QString::fromUtf8(run(QStringLiteral("pdffonts"), {pdf}).out);
    return list.split(u'\n', Qt::SkipEmptyParts).mid(2);
}

// One page rendered at dpi into an image.
inline QImage page(const QString &pdf, int pageNo, int dpi, const QString &dir)
{
    const QString prefix = QDir(dir).filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                     QStringLiteral("-f"), QString::number(pageNo), QStringLiteral("-l"),
                                     QString::number(pageNo), QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

// Pixels within tolerance of a colour inside a rectangle given in millimetres of an A4 page image.
inline int countColour(const QImage &img, const QColor &colour, QRectF mm = QRectF(0, 0, 210, 297),
                       int tolerance = 40)
{
    const double k = img.width() / 210.0;
    const QRect r = QRectF(mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k).toRect() & img.rect();
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) +
                    qAbs(c.blue() - colour.blue()) <=
                tolerance)
                ++n;
        }
    return n;
}

} // namespace pdftools
