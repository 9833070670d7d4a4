#pragma once
// The rules of a session, without widgets: keeps the open session in the keychain and resumes it after a
// restart for its lifetime (an eID session only while the same card is in the reader; another card logs
// it out); locks an eID session when its card is removed (when the user chose that); ends the session
// when the server no longer accepts its token; revokes a kept session it will not resume. The main
// window shows what it says.
#include "local/SessionStore.h"
#include "models/api/AuthError.h"
#include "smartcard/ReaderMonitor.h"

#include <QObject>

namespace lars::models {
class ApiClient;
class AuthClient;
class Session;
} // namespace lars::models

namespace lars::ui {

class SessionController final : public QObject
{
    Q_OBJECT
public:
    enum class Resume
    {
        None,            // nothing kept, or done
        Loading,         // reading the keychain
        WaitingForCard,  // an eID session waits for its card
        Checking,        // asking the server whether the token still holds (GET /me)
        WaitingForServer // the server did not answer: tried again when it is reachable
    };
    Q_ENUM(Resume)

    // auth: the window's AuthClient, whose failures tell when the server rejects the token.
    SessionController(models::ApiClient *api, models::AuthClient *auth, models::Session *session,
                      local::SessionStore *store, QObject *parent = nullptr);
    ~SessionController() override;

    local::SessionStore *store() const { return m_store; }
    Resume resumeState() const { return m_resume; }
    // Lock an eID session when its card leaves the reader (the user's setting; default on).
    void setLockOnCardRemoval(bool lock) { m_lockOnRemoval = lock; }

    // Reads the session an earlier run kept and resumes it when it may.
    void start();
    // The card reader's state: serial is the card's when an eID is present.
    void cardStateChanged(smartcard::ReaderState state, const QByteArray &serial);
    // The server answers again: a resume that waited for it goes on.
    void serverReachable();
    // Unlocking was tried with another eID than the session's: log out.
    void differentCardUsed();
    // Revokes the token at the server, forgets the session everywhere and says why (message may be empty).
    void logout(const QString &message = {});
    // Locks now, as taking the eID out does (Ctrl+Shift+L); a session without an eID logs out instead.
    void lockNow();

signals:
    void resumeStateChanged(lars::ui::SessionController::Resume state);
    // The session ended (logged out, expired, another card); the start page shows the message.
    void ended(const QString &message);
    // The locked session's card is back: ask its PIN.
    void unlockWanted();

private:
    void setResume(Resume state);
    void onLoaded(const local::SavedSession &saved);
    void onTokenChanged();
    void onSessionState();
    void tryResume();
    void checkKept();
    void discardKept(const QString &message);
    void onAuthFailed(int operation, const models::AuthError &error);

    models::ApiClient *m_api;
    models::AuthClient *m_auth;
    models::AuthClient *m_resumeAuth; // its own, so the login controllers never see its answers
    models::Session *m_session;
    local::SessionStore *m_store;
    bool m_lockOnRemoval = true;
    Resume m_resume = Resume::None;
    local::SavedSession m_kept;
    smartcard::ReaderState m_cardState = smartcard::ReaderState::NoReader;
    bool m_cardStateKnown = false;
    QByteArray m_cardSerial;
};

} // namespace lars::ui
