#include "ui/login/SessionController.h"

#include "models/api/ApiClient.h"
#include "models/api/AuthClient.h"
#include "models/api/Session.h"
#include "ui/Logging.h"
#include "ui/login/LoginController.h"

namespace lars::ui {

namespace {
QString methodName(models::Session::Method method)
{
    return method == models::Session::Method::Oidc ? QStringLiteral("oidc") : QStringLiteral("eid");
}
} // namespace

SessionController::SessionController(models::ApiClient *api, models::AuthClient *auth,
                                     models::Session *session, local::SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_auth(auth)
    , m_resumeAuth(new models::AuthClient(api, this))
    , m_session(session)
    , m_store(store)
{
    connect(m_session, &models::Session::tokenChanged, this, &SessionController::onTokenChanged);
    connect(m_session, &models::Session::stateChanged, this, &SessionController::onSessionState);
    connect(m_store, &local::SessionStore::loaded, this, &SessionController::onLoaded);
    connect(m_auth, &models::AuthClient::failed, this,
            [this](models::AuthClient::Operation operation, const models::AuthError &error) {
                onAuthFailed(int(operation), error);
            });
    connect(
        m_resumeAuth, &models::AuthClient::profileReady, this, [this](const models::SessionProfile &profile) {
            if (m_resume != Resume::Checking || !m_kept.isValid())
                return;
            const bool eid = m_kept.method == QLatin1String("eid");
            // The card may have left (or another one come) while the server answered.
            if (eid &&
                (m_cardState != smartcard::ReaderState::EidPresent || m_cardSerial != m_kept.cardSerial)) {
                tryResume();
                return;
            }
            local::SavedSession kept = m_kept;
            m_kept.wipe();
            setResume(Resume::None);
            qCInfo(lcUi) << "resuming the session kept from an earlier run";
            m_session->resume(eid ? models::Session::Method::Eid : models::Session::Method::Oidc, kept.token,
                              kept.expiresAt, profile, kept.cardSerial);
            kept.wipe();
        });
    connect(m_resumeAuth, &models::AuthClient::failed, this,
            [this](models::AuthClient::Operation operation, const models::AuthError &error) {
                if (operation != models::AuthClient::Operation::Profile || m_resume != Resume::Checking)
                    return;
                using K = models::AuthError::Kind;
                if (error.kind == K::Network || error.kind == K::Server ||
                    error.kind == K::ServerNotTrusted) {
                    // Poor Wi-Fi at a school: keep the session and try again once the server answers.
                    setResume(Resume::WaitingForServer);
                    return;
                }
                qCInfo(lcUi) << "the kept session is no longer valid:" << error.problemType;
                m_kept.wipe();
                m_store->wipe();
                setResume(Resume::None);
                emit ended(tr("Your session has ended. Log in again."));
            });
}

SessionController::~SessionController()
{
    m_kept.wipe();
}

void SessionController::setResume(Resume state)
{
    if (state == m_resume)
        return;
    m_resume = state;
    emit resumeStateChanged(state);
}

void SessionController::start()
{
    setResume(Resume::Loading);
    m_store->load();
}

void SessionController::onLoaded(const local::SavedSession &saved)
{
    if (m_resume != Resume::Loading)
        return;
    m_kept.wipe();
    if (!saved.isValid()) {
        setResume(Resume::None);
        return;
    }
    if (m_session->isLoggedIn()) {
        // A login finished before the keychain answered; it replaced the kept session there already.
        if (saved.token != m_session->token())
            m_resumeAuth->revoke(saved.token);
        setResume(Resume::None);
        return;
    }
    // A token belongs to one server; a changed server address or an expired token is simply forgotten.
    if (saved.server != m_api->baseUrl().toString() || saved.isExpired()) {
        qCInfo(lcUi) << "forgetting a kept session that expired or belongs to another server";
        m_store->wipe();
        setResume(Resume::None);
        return;
    }
    m_kept = saved;
    tryResume();
}

void SessionController::tryResume()
{
    if (!m_kept.isValid())
        return;
    if (m_kept.method == QLatin1String("eid")) {
        if (m_cardState != smartcard::ReaderState::EidPresent) {
            setResume(Resume::WaitingForCard);
            return;
        }
        if (m_cardSerial != m_kept.cardSerial) {
            discardKept(tr("Another eID was inserted, so you were logged out."));
            return;
        }
    }
    checkKept();
}

void SessionController::checkKept()
{
    setResume(Resume::Checking);
    m_resumeAuth->fetchProfile(m_kept.token);
}

void SessionController::discardKept(const QString &message)
{
    if (m_kept.isValid())
        m_resumeAuth->revoke(m_kept.token);
    m_kept.wipe();
    if (!m_session->isLoggedIn())
        m_store->wipe();
    setResume(Resume::None);
    if (!message.isEmpty())
        emit ended(message);
}

void SessionController::onTokenChanged()
{
    const QByteArray token = m_session->token();
    if (token.isEmpty()) {
        m_store->wipe();
        return;
    }
    // A new login while a kept session waited (for its card or the server): the new one wins.
    if (m_kept.isValid())
        discardKept({});
    local::SavedSession saved;
    saved.token = token;
    saved.method = methodName(m_session->method());
    saved.cardSerial = m_session->cardSerial();
    saved.clbId = m_session->clbId();
    saved.expiresAt = m_session->expiresAt();
    saved.server = m_api->baseUrl().toString();
    m_store->save(saved);
    saved.wipe();
}

void SessionController::onSessionState()
{
    if (m_session->isLoggedIn() && m_kept.isValid())
        discardKept({});
}

void SessionController::cardStateChanged(smartcard::ReaderState state, const QByteArray &serial)
{
    using R = smartcard::ReaderState;
    using S = models::Session::State;
    m_cardState = state;
    m_cardSerial = state == R::EidPresent ? serial : QByteArray();

    if (m_kept.isValid() && (m_resume == Resume::WaitingForCard || m_resume == Resume::Checking) &&
        state == R::EidPresent)
        tryResume();

    if (!m_session->isLoggedIn() || m_session->method() != models::Session::Method::Eid)
        return;
    const S sessionState = m_session->state();
    const bool cardGone = state == R::NoCard || state == R::NoReader || state == R::NoService;
    if (cardGone && m_lockOnRemoval && (sessionState == S::Active || sessionState == S::ChoosingClb)) {
        qCInfo(lcUi) << "card removed: locking the session";
        // Revoke the token first (the request carries it), then forget it.
        m_auth->logout();
        m_session->lock();
        return;
    }
    if (state != R::EidPresent || m_cardSerial.isEmpty())
        return;
    if (m_cardSerial != m_session->cardSerial()) {
        logout(tr("Another eID was inserted, so you were logged out."));
        return;
    }
    if (sessionState == S::Locked)
        emit unlockWanted();
}

void SessionController::lockNow()
{
    using S = models::Session::State;
    if (!m_session->isLoggedIn() || (m_session->state() != S::Active && m_session->state() != S::ChoosingClb))
        return;
    if (m_session->method() != models::Session::Method::Eid) {
        logout();
        return;
    }
    qCInfo(lcUi) << "locking the session on request";
    m_auth->logout();
    m_session->lock();
}

void SessionController::serverReachable()
{
    if (m_resume == Resume::WaitingForServer)
        tryResume();
}

void SessionController::differentCardUsed()
{
    logout(tr("Another eID was used, so you were logged out."));
}

void SessionController::logout(const QString &message)
{
    discardKept({});
    if (m_session->isLoggedIn()) {
        if (!m_session->token().isEmpty())
            m_auth->logout();
        m_session->end();
    }
    emit ended(message);
}

void SessionController::onAuthFailed(int operation, const models::AuthError &error)
{
    if (error.kind != models::AuthError::Kind::SessionExpired ||
        operation == int(models::AuthClient::Operation::Logout) || !m_session->isLoggedIn() ||
        m_session->state() == models::Session::State::Locked || m_session->token().isEmpty())
        return;
    // The server no longer accepts the token: nothing to revoke, only to forget.
    m_session->end();
    emit ended(loginErrorText(error));
}

} // namespace lars::ui
