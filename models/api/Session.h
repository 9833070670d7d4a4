#pragma once
// The logged-in session: the token (in the keychain via TokenStore, or memory only), the profile, the CLB
// the session acts for, and whether the window is locked. Sets and clears the API client's bearer token;
// logout revokes the token at the server and wipes it everywhere.
#include "models/api/SessionProfile.h"
#include "models/api/TokenStore.h"

#include <QDateTime>
#include <QObject>

namespace lars::models {

class ApiClient;

class Session final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        LoggedOut,
        ChoosingClb,
        Active,
        Locked
    };
    Q_ENUM(State)

    Session(ApiClient *api, TokenStore *tokens, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state != State::LoggedOut; }
    const SessionProfile &profile() const { return m_profile; }
    qint64 clbId() const { return m_profile.activeClbId; }
    QString clbName() const;
    // The serial of the card the session was opened with: only that card unlocks it.
    QByteArray cardSerial() const { return m_cardSerial; }
    TokenStore *tokenStore() const { return m_tokens; }

    // After the eID login and GET /me: staff of several CLBs choose next (ChoosingClb), others are Active.
    void begin(const QByteArray &token, const SessionProfile &profile, const QByteArray &cardSerial);
    // After switching CLB: the new CLB-scoped token replaces the old one (already revoked by the server).
    void replaceToken(const QByteArray &token, qint64 clbId);
    void updateProfile(const SessionProfile &profile);
    void updateContact(qint64 clbId, const ContactData &contact);
    // Forgets the token (the caller revoked it) but keeps who is logged in, so the same card can unlock.
    void lock();
    // The same card logged in again: a fresh token, the rest of the session stays.
    void unlock(const QByteArray &token);
    // Forgets everything locally (token wiped from memory, keychain and the API client).
    void end();

signals:
    void stateChanged(lars::models::Session::State state);
    void clbChanged(qint64 clbId);
    void profileChanged();

private:
    void setState(State state);
    void setToken(const QByteArray &token);

    ApiClient *m_api;
    TokenStore *m_tokens;
    State m_state = State::LoggedOut;
    SessionProfile m_profile;
    QByteArray m_cardSerial;
};

} // namespace lars::models
