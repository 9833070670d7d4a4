#pragma once
// Runs one login with the other digital keys (itsme, SMS security code, mobile app) through the government
// login in the system browser: a loopback listener on 127.0.0.1, a fresh state and PKCE verifier (S256) from
// the system's random source, the browser opened on the server's /auth/oidc/start, then the one-time code
// from the redirect exchanged with the verifier for a session, the profile loaded and the session opened
// (as an eID login does). Cancel, a time limit, and a new attempt cancels the old one. Never waits on the
// GUI thread.
#include "models/api/AuthClient.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace lars::models {
class ApiClient;
class Session;
} // namespace lars::models

namespace lars::ui {

class LoginPanel;
class OidcLoopback;

class OidcLoginController final : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Idle,
        WaitingForBrowser,
        Exchanging,
        Profile
    };
    Q_ENUM(Step)

    OidcLoginController(models::ApiClient *api, models::Session *session, QObject *parent = nullptr);
    ~OidcLoginController() override;

    // How the browser is opened (the main window's opener: QDesktopServices by default).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // How long the login in the browser may take (default 5 minutes).
    void setTimeout(int ms) { m_timeout.setInterval(ms); }
    // A fixed loopback port (0: one the system picks, the default).
    void setLoopbackPort(quint16 port) { m_port = port; }
    // Shows this login's progress on the start page and takes its button presses.
    void attach(LoginPanel *panel);

    Step step() const { return m_step; }
    bool isBusy() const { return m_step != Step::Idle; }
    QUrl startUrl() const { return m_startUrl; }

    void start();
    // Stops the attempt; the message (if any) says why.
    void cancel(const QString &reason = {});

signals:
    void stepChanged(lars::ui::OidcLoginController::Step step);
    void failed(const QString &message);
    void succeeded();

private:
    void setStep(Step step);
    void onRedirected(const QUrlQuery &query, bool stateMatches);
    void onFailed(models::AuthClient::Operation operation, const models::AuthError &error);
    static QString errorText(const QString &code);

    models::Session *m_session;
    models::AuthClient *m_auth; // its own, so the eID login never sees these answers
    OidcLoopback *m_loopback;
    std::function<bool(const QUrl &)> m_openUrl;
    QTimer m_timeout;
    quint16 m_port = 0;
    Step m_step = Step::Idle;
    QString m_state;
    QString m_verifier;
    QUrl m_startUrl;
    models::LoginGrant m_grant;
};

} // namespace lars::ui
