// lars-render --template adbib|ouderbrief|doorverwijsbrief --data FILE.json [--branding DIR] --out FILE.pdf
// FILE.json holds one letter (an object) or a batch (an array); the batch becomes one PDF.
// lars-render --server URL [--server-ca PEM] --token TOKEN --pupil ID --letter
// ouderbrief|doorverwijsbrief|attest
//             [--consult ID] [--activity ID] [--attest ID] --out FILE.pdf
// composes one letter of a pupil's dossier on a running lars-server as the client does (ServerRender).
#include "reports/Branding.h"
#include "reports/LetterData.h"
#include "reports/LetterOutput.h"
#include "tools/render/ServerRender.h"

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

const QCommandLineOption serverOption(QStringLiteral("server"),
                                      QStringLiteral("Compose from this lars-server (https://host:port)."),
                                      QStringLiteral("url"));
const QCommandLineOption serverCaOption(QStringLiteral("server-ca"),
                                        QStringLiteral("Also trust this certificate (PEM) for --server."),
                                        QStringLiteral("pem"));
const QCommandLineOption tokenOption(QStringLiteral("token"),
                                     QStringLiteral("Bearer token of the staff member (or set LARS_TOKEN)."),
                                     QStringLiteral("token"));
const QCommandLineOption pupilOption(QStringLiteral("pupil"), QStringLiteral("The pupil's id."),
                                     QStringLiteral("id"));
const QCommandLineOption letterOption(QStringLiteral("letter"),
                                      QStringLiteral("ouderbrief, doorverwijsbrief or attest."),
                                      QStringLiteral("name"));
const QCommandLineOption
    consultOption(QStringLiteral("consult"),
                  QStringLiteral("The systematic contact (measurement id); default the latest."),
                  QStringLiteral("id"));
const QCommandLineOption activityOption(QStringLiteral("activity"),
                                        QStringLiteral("The journal activity a referral letter follows."),
                                        QStringLiteral("id"));
const QCommandLineOption attestOption(QStringLiteral("attest"), QStringLiteral("The attest to print."),
                                      QStringLiteral("id"));

std::optional<qint64> idOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return qint64(0);
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// The --server form: ServerRender answers with the exit code.
int renderFromServer(QCoreApplication &app, const QCommandLineParser &parser,
                     const QCommandLineOption &outOption, std::optional<Branding> branding,
                     const QString &templates)
{
    lars::tools::ServerRender::Request request;
    const QString letter = parser.value(letterOption);
    if (letter == QLatin1String("ouderbrief"))
        request.type = LetterType::ParentLetter;
    else if (letter == QLatin1String("doorverwijsbrief"))
        request.type = LetterType::Referral;
    else if (letter == QLatin1String("attest"))
        request.type = LetterType::Attest;
    else
        return fail(QStringLiteral("--letter must be ouderbrief, doorverwijsbrief or attest"));
    request.server = QUrl(parser.value(serverOption));
    request.serverCa = parser.value(serverCaOption);
    request.token = parser.isSet(tokenOption) ? parser.value(tokenOption).toUtf8() : qgetenv("LARS_TOKEN");
    request.out = parser.value(outOption);
    const auto pupil = idOption(parser, pupilOption);
    const auto consult = idOption(parser, consultOption);
    const auto activity = idOption(parser, activityOption);
    const auto attest = idOption(parser, attestOption);
    if (request.token.isEmpty() || !pupil || *pupil == 0 || request.out.isEmpty())
        return fail(QStringLiteral("--server needs --token, --pupil and --out (see --help)"));
    if (!consult || !activity || !attest)
        return fail(QStringLiteral("--consult, --activity and --attest take a positive number"));
    if (request.type == LetterType::Attest && *attest == 0)
        return fail(QStringLiteral("--letter attest needs --attest ID"));
    request.pupilId = *pupil;
    request.consultId = *consult;
    request.activityId = *activity;
    request.attestId = *attest;
    request.branding = std::move(branding);
    request.templateDirectory = templates;
    lars::tools::ServerRender render(request);
    QObject::connect(&render, &lars::tools::ServerRender::finished, &app, &QCoreApplication::exit);
    if (!render.start())
        return lars::tools::ServerRender::kFailed;
    return app.exec();
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
    parser.addOptions({templateOption, dataOption, brandingOption, templatesOption, outOption, quietOption,
                       serverOption, serverCaOption, tokenOption, pupilOption, letterOption, consultOption,
                       activityOption, attestOption});
    parser.process(app);

    std::optional<Branding> branding;
    if (parser.isSet(brandingOption)) {
        QString error;
        branding = Branding::fromDirectory(parser.value(brandingOption), &error);
        if (!branding)
            return fail(error);
    }
    if (parser.isSet(serverOption))
        return renderFromServer(app, parser, outOption, branding, parser.value(templatesOption));

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
    if (branding)
        options.branding = *branding;
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
