#pragma once
// One asynchronous card operation started by EidSession: runs on the session's worker thread and
// signals finished() on the thread that started it. Owned by the caller (parented to the session);
// deleteLater() it after finished().
#include "smartcard/EidReader.h"

#include <QObject>

namespace lars::smartcard {

class EidTask final : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        ReadCard,
        ReadLoginData,
        PinStatus,
        VerifyPin,
        SignAuthentication
    };
    Q_ENUM(Kind)

    Kind kind() const { return m_kind; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !error().isError(); }
    CardError error() const;

    // Valid after finished(), for the matching kind.
    const ReadResult &readResult() const { return m_read; }
    const LoginData &loginData() const { return m_login; }
    const AuthenticationResult &authentication() const { return m_auth; }
    const PinResult &pinResult() const { return m_pin; }

signals:
    void finished(lars::smartcard::EidTask *task);

private:
    friend class EidSession;
    EidTask(Kind kind, QObject *parent);
    void complete();

    Kind m_kind;
    bool m_finished = false;
    ReadResult m_read;
    LoginData m_login;
    AuthenticationResult m_auth;
    PinResult m_pin;
};

} // namespace lars::smartcard
