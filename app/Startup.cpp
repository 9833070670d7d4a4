#include "app/Startup.h"

#include "models/api/ApiClient.h"
#include "models/api/ConnectionMonitor.h"
#include "smartcard/ReaderMonitor.h"
#include "translations/Translations.h"
#include "ui/Logging.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

namespace lars::app {

Startup::Startup() = default;
Startup::~Startup() = default;

int Startup::run(QApplication &application)
{
    QApplication::setApplicationName(QStringLiteral("lars"));
    QApplication::setApplicationDisplayName(QStringLiteral("LARS"));
    QApplication::setOrganizationName(QStringLiteral("LARS"));
    QApplication::setOrganizationDomain(QStringLiteral("lars.clb.be"));
    QApplication::setApplicationVersion(QStringLiteral(LARS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("be.clb.lars"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LARS desktop client for CLB staff"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("Server address (https://…), remembered in the settings."),
        QStringLiteral("URL"));
    const QCommandLineOption caOption(
        QStringLiteral("server-ca"),
        QStringLiteral("PEM certificate to trust for the server (local test server)."),
        QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("UI language for this run: nl_BE, fr_BE or en."),
                                            QStringLiteral("LOCALE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main window offscreen to FILE (PNG) and exit."), QStringLiteral("FILE"));
    parser.addOptions({serverOption, caOption, languageOption, screenshotOption});
    parser.process(application);

    if (parser.isSet(serverOption)) {
        QString error;
        const QUrl url(parser.value(serverOption));
        if (!models::ApiClient::isAllowedServerUrl(url, &error)) {
            qCritical().noquote() << "lars:" << error;
            return 2;
        }
        ui::Settings::setServerUrl(url);
    }
    if (parser.isSet(caOption))
        ui::Settings::setServerCaCertificate(parser.value(caOption));

    const QString locale =
        parser.isSet(languageOption) ? parser.value(languageOption) : ui::Settings::language();
    if (!translations::install(application, locale))
        qCWarning(lcUi) << "no translation for" << locale;

    m_api = std::make_unique<models::ApiClient>();
    m_connection = std::make_unique<models::ConnectionMonitor>(m_api.get());
    m_reader = std::make_unique<smartcard::ReaderMonitor>();
    applyServerSettings();

    m_window = std::make_unique<ui::MainWindow>(m_api.get(), m_connection.get(), m_reader.get());
    connect(m_window.get(), &ui::MainWindow::settingsChanged, this, &Startup::applyServerSettings);

    m_reader->start();
    m_connection->start();

    if (parser.isSet(screenshotOption))
        return takeScreenshot(parser.value(screenshotOption));

    m_window->show();
    return application.exec();
}

void Startup::applyServerSettings()
{
    const QUrl url = ui::Settings::serverUrl();
    QString error;
    if (!url.isEmpty() && !m_api->setBaseUrl(url, &error))
        qCWarning(lcUi).noquote() << error;
    const QString ca = ui::Settings::serverCaCertificate();
    if (!ca.isEmpty() && !m_api->loadExtraCaCertificates(ca, &error))
        qCWarning(lcUi).noquote() << error;
    if (m_connection)
        m_connection->checkNow();
}

int Startup::takeScreenshot(const QString &path)
{
    m_window->show();
    // Grab once both the server and the card reader have answered, or after five seconds at most.
    auto done = std::make_shared<bool>(false);
    auto grab = [this, path, done] {
        if (*done)
            return;
        *done = true;
        // A state that has just arrived (the card reader's, the server's) wraps labels anew, and a wrapped
        // label's height takes more than one layout pass: run them all before the picture is taken.
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const bool saved = m_window->grab().save(path, "PNG");
        if (!saved)
            qCritical().noquote() << "lars: cannot write" << path;
        QApplication::exit(saved ? 0 : 1);
    };
    auto maybeGrab = [this, grab] {
        if (m_connection->status() != models::ConnectionMonitor::Status::Checking)
            QTimer::singleShot(0, this, grab);
    };
    connect(m_connection.get(), &models::ConnectionMonitor::statusChanged, this, maybeGrab);
    maybeGrab();
    QTimer::singleShot(5000, this, grab);
    return QApplication::exec();
}

} // namespace lars::app
