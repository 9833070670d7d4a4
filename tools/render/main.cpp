// lars-render --template adbib|ouderbrief|doorverwijsbrief --data FILE.json [--branding DIR] --out FILE.pdf
// FILE.json holds one letter (an object) or a batch (an array); the batch becomes one PDF.
#include "reports/Branding.h"
#include "reports/LetterData.h"
#include "reports/LetterOutput.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using namespace lars::reports;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "lars-render: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    // Fonts and SVG need a GUI application; no window is shown (offscreen when there is no display).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lars-render"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LARS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders LARS letters and attests from JSON to PDF."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QStringLiteral("adbib, ouderbrief or doorverwijsbrief."),
                                            QStringLiteral("name"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("One letter or an array of letters."),
                                        QStringLiteral("file.json"));
    const QCommandLineOption brandingOption(
        QStringLiteral("branding"), QStringLiteral("Directory with branding.json (or logo.svg/logo.png)."),
        QStringLiteral("dir"));
    const QCommandLineOption templatesOption(
        QStringLiteral("templates"),
        QStringLiteral("Template directory to check instead of the built-in templates."),
        QStringLiteral("dir"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The PDF to write."),
                                       QStringLiteral("file.pdf"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("No progress output."));
    parser.addOptions({templateOption, dataOption, brandingOption, templatesOption, outOption, quietOption});
    parser.process(app);

    const auto type = letterTypeFromName(parser.value(templateOption));
    if (!type)
        return fail(QStringLiteral("--template must be adbib, ouderbrief or doorverwijsbrief"));
    if (!parser.isSet(dataOption) || !parser.isSet(outOption))
        return fail(QStringLiteral("--data and --out are required (see --help)"));

    QFile data(parser.value(dataOption));
    if (!data.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(data.fileName(), data.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data.readAll(), &pe);
    if (doc.isNull())
        return fail(QStringLiteral("%1: %2").arg(data.fileName(), pe.errorString()));
    QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    QList<AnyLetter> letters;
    letters.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString error;
        auto letter = letterFromJson(*type, items[i].toObject(), &error);
        if (!letter)
            return fail(QStringLiteral("letter %1: %2").arg(i + 1).arg(error));
        letters.append(std::move(*letter));
    }
    items = {};

    LetterOutput::Options options;
    if (parser.isSet(brandingOption)) {
        QString error;
        const auto branding = Branding::fromDirectory(parser.value(brandingOption), &error);
        if (!branding)
            return fail(error);
        options.branding = *branding;
    }
    options.templateDirectory = parser.value(templatesOption);
    const bool quiet = parser.isSet(quietOption) || letters.size() == 1;
    const auto result =
        LetterOutput::writePdf(parser.value(outOption), letters, options, [quiet](int done, int total) {
            if (!quiet && (done % 50 == 0 || done == total))
                std::fprintf(stderr, "%d/%d\n", done, total);
            return true;
        });
    if (!result.ok)
        return fail(result.error);
    std::printf("%d letter(s), %d page(s) -> %s\n", result.letters, result.pages,
                qPrintable(parser.value(outOption)));
    return 0;
}
