#include "ui/login/LoginController.h"

#include "models/api/ApiClient.h"
#include "models/api/Session.h"
#include "smartcard/EidSession.h"
#include "smartcard/ReaderMonitor.h"
#include "ui/Logging.h"

#include <QCryptographicHash>

namespace lars::ui {

QString loginErrorText(const models::AuthError &error)
{
    using K = models::AuthError::Kind;
    switch (error.kind) {
    case K::None:
        return {};
    case K::Network:
        return LoginController::tr(
            "The server cannot be reached. Check the network connection and try again.");
    case K::ServerNotTrusted:
        return LoginController::tr("The server's certificate is not trusted. Ask your CLB's IT contact.");
    case K::ChallengeExpired:
        return LoginController::tr("The login took too long. Please try again.");
    case K::NonceReplayed:
        return LoginController::tr("This login attempt was already used. Please try again.");
    case K::UnknownPerson:
        return LoginController::tr(
            "Your eID is valid, but you have no LARS account. Accounts are created in the "
            "government's user management: ask your CLB's local administrator.");
    case K::NoClb:
        return LoginController::tr("Your LARS account is not linked to any CLB. Ask your CLB's local "
                                   "administrator.");
    case K::CertificateNotTrusted:
        return LoginController::tr(
            "This card is not accepted: its certificate is not issued by a trusted Belgian "
            "authority.");
    case K::CardExpired:
        return LoginController::tr("Your eID has expired. Apply for a new card at your municipality.");
    case K::CardRevoked:
        return LoginController::tr("This card has been revoked by its issuer and can no longer be used to "
                                   "log in. Apply for a new card at your municipality.");
    case K::RevocationUnavailable:
        return LoginController::tr("The validity of your card cannot be checked right now. Try again in a "
                                   "few minutes.");
    case K::SignatureInvalid:
    case K::CertificateInvalid:
        return LoginController::tr(
            "The card's answer could not be verified. Take the card out, insert it again and "
            "retry.");
    case K::TooManyAttempts:
        return LoginController::tr("Too many login attempts. Wait %n seconds and try again.", nullptr,
                                   int(error.retryAfterSeconds));
    case K::SessionExpired:
        return LoginController::tr("Your session has expired. Log in again.");
    case K::NotStaffOfClb:
        return LoginController::tr("You no longer work for this CLB.");
    case K::Conflict:
        return LoginController::tr(
            "Someone else changed this in the meantime. It was reloaded; check and save "
            "again.");
    case K::Validation:
        return LoginController::tr("Some fields are not valid.");
    case K::Server:
        break;
    }
    return LoginController::tr("The server could not complete the login (%1). Try again later.")
        .arg(error.httpStatus);
}

LoginController::LoginController(models::AuthClient *auth, models::Session *session,
                                 smartcard::EidSession *eid, smartcard::ReaderMonitor *reader,
                                 QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_session(session)
    , m_eid(eid)
    , m_reader(reader)
{
    connect(m_reader, &smartcard::ReaderMonitor::stateChanged, this, [this](smartcard::ReaderState state) {
        using R = smartcard::ReaderState;
        if (isBusy() && (state == R::NoCard || state == R::NoReader || state == R::NoService))
            cancel(tr("The card was removed during login. Insert it again and retry."));
    });
    connect(m_auth, &models::AuthClient::challengeReady, this, &LoginController::onChallenge);
    connect(m_auth, &models::AuthClient::loggedIn, this, &LoginController::onLoggedIn);
    connect(m_auth, &models::AuthClient::profileReady, this, &LoginController::onProfile);
    connect(m_auth, &models::AuthClient::failed, this,
            [this](models::AuthClient::Operation operation, const models::AuthError &error) {
                onFailed(operation, error);
            });
}

void LoginController::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged(step);
}

QString LoginController::stepText() const
{
    switch (m_step) {
    case Step::Idle:
        return {};
    case Step::WaitingForPin:
        return tr("Waiting for your PIN…");
    case Step::Challenge:
        return tr("Contacting the server…");
    case Step::Card:
        return m_pinpad ? tr("Type your PIN on the card reader…") : tr("Your eID is signing in…");
    case Step::Server:
        return tr("Checking your card with the server…");
    case Step::Profile:
        return tr("Loading your profile…");
    }
    return {};
}

void LoginController::start(bool unlock)
{
    if (isBusy())
        return;
    m_unlock = unlock;
    m_pinpad = m_reader->currentCard().pinpad;
    m_timings = {};
    setStep(Step::WaitingForPin);
    emit pinRequested(-1, m_pinpad);
}

void LoginController::submitPin(const smartcard::SecureBytes &pin)
{
    if (m_step != Step::WaitingForPin)
        return;
    m_pin = pin;
    m_timer.start();
    m_serverNs = 0;
    m_stepStartNs = 0;
    setStep(Step::Challenge);
    m_auth->requestChallenge();
}

void LoginController::cancel(const QString &reason)
{
    if (!isBusy())
        return;
    m_pin.clear();
    m_task = nullptr; // a task in flight finishes into the void
    m_token.fill('\0');
    m_token.clear();
    setStep(Step::Idle);
    if (!reason.isEmpty())
        emit failed(reason);
}

void LoginController::fail(const QString &message)
{
    qCInfo(lcUi).noquote() << "login failed:" << message;
    cancel(message);
}

void LoginController::onChallenge(const QString &nonce)
{
    if (m_step != Step::Challenge)
        return;
    m_serverNs += m_timer.nsecsElapsed() - m_stepStartNs;
    m_nonce = nonce;
    // Applet 1.7 keys are RSA (SHA-256, PKCS#1), applet 1.8 keys P-384 (SHA-384): the server expects the
    // same.
    const bool v18 = m_reader->currentCard().applet == smartcard::AppletVersion::V18;
    const QByteArray hash = QCryptographicHash::hash(
        models::AuthClient::signedData(nonce), v18 ? QCryptographicHash::Sha384 : QCryptographicHash::Sha256);
    setStep(Step::Card);
    m_stepStartNs = m_timer.nsecsElapsed();
    smartcard::EidTask *task = m_eid->signAuthentication(hash, std::move(m_pin));
    m_pin.clear();
    m_task = task;
    connect(task, &smartcard::EidTask::finished, this, &LoginController::onCardDone);
}

void LoginController::onCardDone(smartcard::EidTask *task)
{
    task->deleteLater();
    if (task != m_task || m_step != Step::Card)
        return;
    m_task = nullptr;
    const smartcard::AuthenticationResult &result = task->authentication();
    if (!result.ok()) {
        const smartcard::CardError error = result.error;
        qCInfo(lcUi).noquote() << "card:" << error.toString();
        if (error.code == smartcard::CardErrorCode::WrongPin) {
            setStep(Step::WaitingForPin);
            emit pinRequested(error.triesLeft, m_pinpad);
            return;
        }
        if (error.code == smartcard::CardErrorCode::PinBlocked)
            m_reader->refresh();
        if (error.code == smartcard::CardErrorCode::PinCancelled) {
            cancel();
            return;
        }
        if (error.code == smartcard::CardErrorCode::NoCard ||
            error.code == smartcard::CardErrorCode::CardRemoved)
            return fail(tr("The card was removed during login. Insert it again and retry."));
        return fail(error.userMessage());
    }
    m_timings.cardUs = result.elapsedUs;
    m_timings.certificateFromCache = result.certificateFromCache;
    m_timings.applet = result.card.applet == smartcard::AppletVersion::V18 ? 18 : 17;
    m_cardSerial = result.card.serial;
    if (m_unlock && m_cardSerial != m_session->cardSerial()) {
        cancel();
        emit differentCard();
        return;
    }
    setStep(Step::Server);
    m_stepStartNs = m_timer.nsecsElapsed();
    const qint64 preferred = m_unlock ? m_session->clbId() : 0;
    m_auth->loginWithEid(m_nonce, result.authenticationCertificate, result.signature.encoded, preferred);
}

void LoginController::onLoggedIn(const models::LoginGrant &grant)
{
    if (m_step != Step::Server)
        return;
    m_serverNs += m_timer.nsecsElapsed() - m_stepStartNs;
    if (m_unlock) {
        m_session->unlock(grant.token, grant.expiresAt);
        m_timings.totalUs = m_timer.nsecsElapsed() / 1000;
        m_timings.serverUs = m_serverNs / 1000;
        setStep(Step::Idle);
        emit succeeded(m_timings);
        return;
    }
    m_token = grant.token;
    m_expiresAt = grant.expiresAt;
    // GET /me needs the new token; the session takes it over once the profile is in.
    m_auth->api()->setBearerToken(m_token);
    setStep(Step::Profile);
    m_stepStartNs = m_timer.nsecsElapsed();
    m_auth->fetchProfile();
}

void LoginController::onProfile(const models::SessionProfile &profile)
{
    if (m_step != Step::Profile)
        return;
    m_serverNs += m_timer.nsecsElapsed() - m_stepStartNs;
    const QByteArray token = m_token;
    m_token.fill('\0');
    m_token.clear();
    setStep(Step::Idle);
    // The window switches to the workspace (or the CLB choice) inside begin().
    m_session->begin(models::Session::Method::Eid, token, m_expiresAt, profile, m_cardSerial);
    m_timings.totalUs = m_timer.nsecsElapsed() / 1000;
    m_timings.serverUs = m_serverNs / 1000;
    qCDebug(lcUi).nospace() << "login: PIN accepted → main window " << m_timings.totalUs / 1000.0
                            << " ms (card " << m_timings.cardUs / 1000.0 << " ms, server "
                            << m_timings.serverUs / 1000.0 << " ms, rest "
                            << (m_timings.totalUs - m_timings.cardUs - m_timings.serverUs) / 1000.0
                            << " ms; applet " << m_timings.applet << ", certificate "
                            << (m_timings.certificateFromCache ? "cached" : "read") << ")";
    emit succeeded(m_timings);
}

void LoginController::onFailed(models::AuthClient::Operation operation, const models::AuthError &error)
{
    using O = models::AuthClient::Operation;
    const bool mine = (operation == O::Challenge && m_step == Step::Challenge) ||
                      (operation == O::EidLogin && m_step == Step::Server) ||
                      (operation == O::Profile && m_step == Step::Profile);
    if (!mine)
        return;
    if (operation == O::Profile && !m_unlock)
        m_auth->api()->clearBearerToken();
    fail(loginErrorText(error));
}

} // namespace lars::ui
