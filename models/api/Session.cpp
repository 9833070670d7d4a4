#include "models/api/Session.h"

#include "models/Logging.h"
#include "models/api/ApiClient.h"

namespace lars::models {

Session::Session(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

Session::~Session()
{
    m_token.fill('\0');
}

QString Session::clbName() const
{
    const SessionClb *clb = m_profile.activeClb();
    return clb ? clb->name : QString();
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcApi) << "session" << state;
    emit stateChanged(state);
}

void Session::setToken(const QByteArray &token, const QDateTime &expiresAt)
{
    m_token.fill('\0');
    m_token = token;
    m_expiresAt = expiresAt;
    m_api->setBearerToken(token);
    emit tokenChanged();
}

void Session::forgetToken()
{
    m_api->clearBearerToken();
    m_token.fill('\0');
    m_token.clear();
    m_expiresAt = {};
    emit tokenChanged();
}

void Session::open(Method method, const QByteArray &token, const QDateTime &expiresAt,
                   const SessionProfile &profile, const QByteArray &cardSerial, State state)
{
    m_method = method;
    m_profile = profile;
    m_cardSerial = cardSerial;
    setToken(token, expiresAt);
    emit profileChanged();
    setState(state);
    emit clbChanged(m_profile.activeClbId);
}

void Session::begin(Method method, const QByteArray &token, const QDateTime &expiresAt,
                    const SessionProfile &profile, const QByteArray &cardSerial)
{
    open(method, token, expiresAt, profile, cardSerial,
         profile.clbs.size() > 1 ? State::ChoosingClb : State::Active);
}

void Session::resume(Method method, const QByteArray &token, const QDateTime &expiresAt,
                     const SessionProfile &profile, const QByteArray &cardSerial)
{
    open(method, token, expiresAt, profile, cardSerial, State::Active);
}

void Session::replaceToken(const QByteArray &token, const QDateTime &expiresAt, qint64 clbId)
{
    m_profile.activeClbId = clbId;
    setToken(token, expiresAt);
    if (m_state == State::ChoosingClb)
        setState(State::Active);
    emit clbChanged(clbId);
}

void Session::updateProfile(const SessionProfile &profile)
{
    m_profile = profile;
    emit profileChanged();
}

void Session::updateContact(qint64 clbId, const ContactData &contact)
{
    for (SessionClb &clb : m_profile.clbs)
        if (clb.id == clbId)
            clb.contact = contact;
    emit profileChanged();
}

void Session::lock()
{
    if (m_state != State::Active && m_state != State::ChoosingClb)
        return;
    // A locked session holds no token: unlocking is a new eID login with the same card.
    forgetToken();
    setState(State::Locked);
}

void Session::unlock(const QByteArray &token, const QDateTime &expiresAt)
{
    if (m_state != State::Locked)
        return;
    setToken(token, expiresAt);
    setState(State::Active);
}

void Session::end()
{
    forgetToken();
    m_profile = {};
    m_cardSerial.clear();
    emit profileChanged();
    setState(State::LoggedOut);
}

} // namespace lars::models
