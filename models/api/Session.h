#pragma once
// The logged-in session: the token, how it was opened (eID card or the government login), the profile,
// the CLB the session acts for, and whether the window is locked. Sets and clears the API client's bearer
// token; tokenChanged() tells whoever keeps the session (the keychain store) what to keep or forget.
#include "models/api/SessionProfile.h"

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

    enum class Method
    {
        Eid, // the eID card and its PIN, in the card reader
        Oidc // the government login in the browser (itsme, SMS code, mobile app)
    };
    Q_ENUM(Method)

    explicit Session(ApiClient *api, QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state != State::LoggedOut; }
    const SessionProfile &profile() const { return m_profile; }
    qint64 clbId() const { return m_profile.activeClbId; }
    QString clbName() const;
    // The serial of the card the session was opened with: only that card unlocks it.
    QByteArray cardSerial() const { return m_cardSerial; }
    Method method() const { return m_method; }
    // The bearer token while logged in and not locked (empty otherwise), and when the server lets it expire.
    QByteArray token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }

    // After a login and GET /me: staff of several CLBs choose next (ChoosingClb), others are Active.
    // cardSerial is the eID's serial for an eID login, empty for the government login.
    void begin(Method method, const QByteArray &token, const QDateTime &expiresAt,
               const SessionProfile &profile, const QByteArray &cardSerial);
    // A session kept from an earlier run, checked with GET /me: it continues in the CLB it acted for.
    void resume(Method method, const QByteArray &token, const QDateTime &expiresAt,
                const SessionProfile &profile, const QByteArray &cardSerial);
    // After switching CLB: the new CLB-scoped token replaces the old one (already revoked by the server).
    void replaceToken(const QByteArray &token, const QDateTime &expiresAt, qint64 clbId);
    void updateProfile(const SessionProfile &profile);
    void updateContact(qint64 clbId, const ContactData &contact);
    // Forgets the token (the caller revoked it) but keeps who is logged in, so the same card can unlock.
    void lock();
    // The same card logged in again: a fresh token, the rest of the session stays.
    void unlock(const QByteArray &token, const QDateTime &expiresAt);
    // Forgets everything locally (token wiped from memory, keychain and the API client).
    void end();

signals:
    void stateChanged(lars::models::Session::State state);
    void clbChanged(qint64 clbId);
    void profileChanged();
    // The token was replaced or forgotten (token() tells which).
    void tokenChanged();

private:
    void open(Method method, const QByteArray &token, const QDateTime &expiresAt,
              const SessionProfile &profile, const QByteArray &cardSerial, State state);
    void setState(State state);
    void setToken(const QByteArray &token, const QDateTime &expiresAt);
    void forgetToken();

    ApiClient *m_api;
    State m_state = State::LoggedOut;
    Method m_method = Method::Eid;
    QByteArray m_token;
    QDateTime m_expiresAt;
    SessionProfile m_profile;
    QByteArray m_cardSerial;
};

} // namespace lars::models
