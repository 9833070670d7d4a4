#include "smartcard/EidTask.h"

namespace lars::smartcard {

EidTask::EidTask(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{}

CardError EidTask::error() const
{
    switch (m_kind) {
    case Kind::ReadCard:
        return m_read.error;
    case Kind::ReadLoginData:
        return m_login.error;
    case Kind::SignAuthentication:
        return m_auth.error;
    case Kind::PinStatus:
    case Kind::VerifyPin:
        return m_pin.error;
    }
    return {};
}

void EidTask::complete()
{
    m_finished = true;
    emit finished(this);
}

} // namespace lars::smartcard
