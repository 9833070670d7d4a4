#include "models/api/Session.h"

#include "models/Logging.h"
#include "models/api/ApiClient.h"

namespace lars::models {

Session::Session(ApiClient *api, TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
{}

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

void Session::setToken(const QByteArray &token)
{
    m_api->setBearerToken(token);
    m_tokens->store(token);
}

void Session::begin(const QByteArray &token, const SessionProfile &profile, const QByteArray &cardSerial)
{
    setToken(token);
    m_profile = profile;
    m_cardSerial = cardSerial;
    emit profileChanged();
    setState(profile.clbs.size() > 1 ? State::ChoosingClb : State::Active);
    emit clbChanged(m_profile.activeClbId);
}

void Session::replaceToken(const QByteArray &token, qint64 clbId)
{
    setToken(token);
    m_profile.activeClbId = clbId;
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
    m_api->clearBearerToken();
    m_tokens->wipe();
    setState(State::Locked);
}

void Session::unlock(const QByteArray &token)
{
    if (m_state != State::Locked)
        return;
    setToken(token);
    setState(State::Active);
}

void Session::end()
{
    m_api->clearBearerToken();
    m_tokens->wipe();
    m_profile = {};
    m_cardSerial.clear();
    emit profileChanged();
    setState(State::LoggedOut);
}

} // namespace lars::models
