#pragma once
// One entry of the OS keychain, read and written asynchronously (QtKeychain jobs, insecure fallback off).
// An interface so that DataKey's unit test can answer as a keychain under load does: an error first, the
// value on the next try.
#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace lars::local {

class Keychain
{
public:
    enum class Status
    {
        Ok,
        NotFound, // the keychain answered: there is no such entry
        Refused,  // the user said no (asking again would only ask again)
        Failed    // no answer, no backend, another error: maybe better a moment later
    };
    struct Answer
    {
        Status status = Status::Failed;
        QByteArray data;
        QString error;
    };
    using Done = std::function<void(const Answer &)>;

    virtual ~Keychain() = default;
    // done runs on the calling thread, later, and only while context lives.
    virtual void read(const QString &service, const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &service, const QString &key, const QByteArray &data, QObject *context,
                       Done done) = 0;

    // The OS keychain (Secret Service, macOS Keychain, Windows Credential Store).
    static std::unique_ptr<Keychain> system();
};

} // namespace lars::local
