#include "local/Keychain.h"

#include <qt6keychain/keychain.h>

namespace lars::local {

namespace {

Keychain::Answer answerOf(QKeychain::Job *job, QByteArray data = {})
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {Keychain::Status::Ok, std::move(data), {}};
    case QKeychain::EntryNotFound:
        return {Keychain::Status::NotFound, {}, job->errorString()};
    case QKeychain::AccessDeniedByUser:
        return {Keychain::Status::Refused, {}, job->errorString()};
    default:
        return {Keychain::Status::Failed, {}, job->errorString()};
    }
}

// Jobs have no parent and delete themselves once finished: the backend calls back into a job
// asynchronously, so it must outlive the object that asked; the connection to context then drops.
class QtKeychain final : public Keychain
{
public:
    void read(const QString &service, const QString &key, QObject *context, Done done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [done = std::move(done)](QKeychain::Job *j) {
                             done(answerOf(j, static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData()));
                         });
        job->start();
    }

    void write(const QString &service, const QString &key, const QByteArray &data, QObject *context,
               Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(key);
        job->setBinaryData(data);
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [done = std::move(done)](QKeychain::Job *j) { done(answerOf(j)); });
        job->start();
    }
};

} // namespace

std::unique_ptr<Keychain> Keychain::system()
{
    return std::make_unique<QtKeychain>();
}

} // namespace lars::local
