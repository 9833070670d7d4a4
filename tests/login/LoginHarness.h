#pragma once
// A client wired like app/Startup (API client, connection monitor, reader monitor, main window) against a
// running lars-server, plus the steps every login GUI test repeats: wait for the card, click "Log in",
// type the PIN in the PIN dialog. The keychain entry of the session is wiped when the harness goes, unless
// a test restarts the client on purpose (keepSessionOnExit).
#include "models/api/ApiClient.h"
#include "models/api/ConnectionMonitor.h"
#include "smartcard/ReaderMonitor.h"
#include "ui/MainWindow.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace lars::test {

class ServerProcess;

class LoginHarness final
{
public:
    // settingsDir: where the client keeps its preferences (a fresh temporary directory when empty; the
    // same directory for two harnesses is a restart of the client).
    explicit LoginHarness(ServerProcess &server, const QString &settingsDir = {});
    // A server another process started (a client process of a crash test).
    LoginHarness(const QUrl &server, const QSslCertificate &certificate, const QString &settingsDir = {});
    ~LoginHarness();

    ui::MainWindow &window() { return *m_window; }
    models::ApiClient &api() { return *m_api; }
    smartcard::ReaderMonitor &reader() { return *m_reader; }
    QList<QUrl> openedUrls;

    template <typename T>
    T *find(const char *objectName) const
    {
        return m_window->findChild<T *>(QLatin1String(objectName));
    }
    QWidget *currentPage() const;
    // Waits until the card is identified and the login button is enabled, then clicks it.
    bool clickLogin();
    // Waits for the PIN dialog, types the PIN and presses OK.
    bool enterPin(const QString &pin);
    QString loginError() const;
    void keepSessionOnExit() { m_keepSession = true; }

private:
    QTemporaryDir m_settings; // each client starts with fresh preferences (no window state of a former run)
    std::unique_ptr<models::ApiClient> m_api;
    std::unique_ptr<models::ConnectionMonitor> m_connection;
    std::unique_ptr<smartcard::ReaderMonitor> m_reader;
    std::unique_ptr<ui::MainWindow> m_window;
    bool m_keepSession = false;
};

} // namespace lars::test
