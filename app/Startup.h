#pragma once
// Start-up of the client: identity, command line, translations, settings, and the main window.
#include <QObject>
#include <memory>

class QApplication;

namespace lars::models {
class ApiClient;
class ConnectionMonitor;
} // namespace lars::models
namespace lars::smartcard {
class ReaderMonitor;
}
namespace lars::ui {
class MainWindow;
}

namespace lars::app {

class Startup final : public QObject
{
    Q_OBJECT
public:
    Startup();
    ~Startup() override;

    int run(QApplication &application);

private:
    void applyServerSettings();
    int takeScreenshot(const QString &path);

    std::unique_ptr<models::ApiClient> m_api;
    std::unique_ptr<models::ConnectionMonitor> m_connection;
    std::unique_ptr<smartcard::ReaderMonitor> m_reader;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace lars::app
