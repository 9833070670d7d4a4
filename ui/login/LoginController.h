#pragma once
// Runs one eID login: asks the PIN (through pinRequested, answered with submitPin), fetches a challenge,
// lets the card sign it on the eID worker thread, sends the assertion to the server, loads the profile
// and opens the session. Also unlocks a locked session with the same card. A card removed during the
// login cancels it with the reason. Measures the path from the
// accepted PIN to the open session and logs it at debug level.
#include "models/api/AuthClient.h"
#include "smartcard/SecureBytes.h"

#include <QElapsedTimer>
#include <QObject>

namespace lars::models {
class Session;
}
namespace lars::smartcard {
class EidSession;
class EidTask;
class ReaderMonitor;
} // namespace lars::smartcard

namespace lars::ui {

struct LoginTimings
{
    qint64 totalUs = 0;  // PIN accepted → session open (main window shown)
    qint64 cardUs = 0;   // the card task: card data, certificate, MSE SET, VERIFY, PSO
    qint64 serverUs = 0; // challenge + login + profile round trips
    bool certificateFromCache = false;
    int applet = 0; // 17 or 18
};

class LoginController final : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Idle,
        WaitingForPin,
        Challenge,
        Card,
        Server,
        Profile
    };
    Q_ENUM(Step)

    LoginController(models::AuthClient *auth, models::Session *session, smartcard::EidSession *eid,
                    smartcard::ReaderMonitor *reader, QObject *parent = nullptr);

    Step step() const { return m_step; }
    bool isBusy() const { return m_step != Step::Idle; }
    bool isUnlocking() const { return m_unlock; }

    // Starts a login (or, with unlock, re-authenticates the locked session's card).
    void start(bool unlock = false);
    void submitPin(const smartcard::SecureBytes &pin);
    // Stops the login (PIN dialog cancelled, card removed); the card task in flight is ignored.
    void cancel(const QString &reason = {});
    // A readable word for the current step (progress line).
    QString stepText() const;

signals:
    void stepChanged(lars::ui::LoginController::Step step);
    // Open the PIN dialog; triesLeft >= 0 after a wrong PIN.
    void pinRequested(int triesLeft, bool pinpad);
    void failed(const QString &message);
    void succeeded(const lars::ui::LoginTimings &timings);
    // Unlocking with a different card: the session must end.
    void differentCard();

private:
    void setStep(Step step);
    void fail(const QString &message);
    void onChallenge(const QString &nonce);
    void onCardDone(smartcard::EidTask *task);
    void onLoggedIn(const models::LoginGrant &grant);
    void onProfile(const models::SessionProfile &profile);
    void onFailed(models::AuthClient::Operation operation, const models::AuthError &error);

    models::AuthClient *m_auth;
    models::Session *m_session;
    smartcard::EidSession *m_eid;
    smartcard::ReaderMonitor *m_reader;
    Step m_step = Step::Idle;
    bool m_unlock = false;
    bool m_pinpad = false;
    smartcard::SecureBytes m_pin;
    smartcard::EidTask *m_task = nullptr;
    QString m_nonce;
    QByteArray m_token;
    QDateTime m_expiresAt;
    QByteArray m_cardSerial;
    QElapsedTimer m_timer;
    qint64 m_serverNs = 0;
    qint64 m_stepStartNs = 0;
    LoginTimings m_timings;
};

QString loginErrorText(const models::AuthError &error);

} // namespace lars::ui

Q_DECLARE_METATYPE(lars::ui::LoginTimings)
