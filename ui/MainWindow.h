#pragma once
// The main window composes the pages (start/login, CLB choice, workspace or no-team explanation, lock),
// the menus and the status bar; the pages, dialogs and the login controller do the work.
#include "models/api/ConnectionMonitor.h"
#include "smartcard/ReaderMonitor.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace lars::models {
class ApiClient;
class AuthClient;
class Session;
} // namespace lars::models
namespace lars::local {
class SessionStore;
}
namespace lars::smartcard {
class CertificateCache;
class EidSession;
} // namespace lars::smartcard

namespace lars::ui {

class ClbChooser;
class DialogParking;
class DossierWorkspace;
class LettersController;
class LockOverlay;
class LeaveGuard;
class LocalWork;
class LoginController;
class OidcLoginController;
class NoTeamPage;
class PinDialog;
class SessionController;
class StartPage;
class MessageLabel;
class StatusIndicator;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(models::ApiClient *api, models::ConnectionMonitor *connection,
               smartcard::ReaderMonitor *reader, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Locks now, as taking the eID out does (Ctrl+Shift+L): the same card and its PIN unlock.
    void lockNow();

    void openSettings();
    void openPersonalData();
    void openWebAdministration();
    void logout();

    models::Session *session() const { return m_session; }
    local::SessionStore *sessionStore() const { return m_store; }
    SessionController *sessionController() const { return m_sessions; }
    LoginController *loginController() const { return m_login; }
    OidcLoginController *oidcLoginController() const { return m_oidc; }
    smartcard::CertificateCache *certificateCache() const { return m_certificates.get(); }
    DossierWorkspace *workspace() const { return m_workspace; }
    LettersController *letters() const { return m_letters; }
    DialogParking *dialogParking() const { return m_parking; }
    LeaveGuard *leaveGuard() const { return m_leaveGuard; }
    LocalWork *localWork() const { return m_localWork; }
    // How the web browser is opened (web administration, government login); tests play the browser.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

signals:
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreWindowGeometry();
    void saveWorkspaceState();
    void updateDossierActions();
    void createMenus();
    void createUserMenu();
    void showConnectionStatus(models::ConnectionMonitor::Status status);
    void showCardState(smartcard::ReaderState state);
    void showAbout();

    void startLogin();
    void askPin(int triesLeft, bool pinpad);
    void showLoginStep();
    void showLoginFailure(const QString &message);
    void onSessionState();
    void showSessionPage();
    void chooseClb(qint64 clbId);
    void showSessionEnded(const QString &message);
    void showResumeState();
    void updateTitle();
    void showKeychainMode();

    models::ApiClient *m_api;
    models::ConnectionMonitor *m_connection;
    smartcard::ReaderMonitor *m_reader;
    local::SessionStore *m_store;
    models::AuthClient *m_auth;
    models::Session *m_session;
    SessionController *m_sessions;
    smartcard::EidSession *m_eid;
    std::shared_ptr<smartcard::CertificateCache> m_certificates;
    LoginController *m_login;
    OidcLoginController *m_oidc;
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    ClbChooser *m_clbChooser;
    NoTeamPage *m_noTeamPage;
    LockOverlay *m_lockOverlay;
    DossierWorkspace *m_workspace = nullptr;
    LettersController *m_letters = nullptr;
    DialogParking *m_parking;
    LeaveGuard *m_leaveGuard;
    LocalWork *m_localWork;
    QPointer<PinDialog> m_pinDialog;
    QToolButton *m_userButton;
    QMenu *m_userMenu;
    QMenu *m_clbMenu;
    QAction *m_webAdministration = nullptr;
    QAction *m_creonDelivery = nullptr;
    QAction *m_lockAction = nullptr;
    QMenu *m_dossierMenu = nullptr;
    StatusIndicator *m_connectionIndicator;
    StatusIndicator *m_cardIndicator;
    MessageLabel *m_keychainNotice;
    std::function<bool(const QUrl &)> m_openUrl;
    bool m_switchingClb = false;
};

} // namespace lars::ui
