#include "models/api/TokenStore.h"

#include "models/Logging.h"

#include <qt6keychain/keychain.h>

namespace lars::models {

namespace {
// Errors that mean "there is no usable keychain here", as opposed to "no entry yet".
bool isUnavailable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return false;
    default:
        return true;
    }
}
} // namespace

// Jobs have no parent: the keychain backend calls back into a job asynchronously, so a job must live until
// it finished (it deletes itself), even when this store is gone first; its connection to us then drops.

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{}

TokenStore::~TokenStore()
{
    clearMemory();
}

void TokenStore::setMode(Mode mode, const QString &error)
{
    m_keychainError = error;
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (mode == Mode::MemoryOnly)
        qCWarning(lcApi).noquote() << "no keychain; the session stays in memory only:" << error;
    emit modeChanged(mode);
}

void TokenStore::clearMemory()
{
    m_token.fill('\0');
    m_token.clear();
}

void TokenStore::store(const QByteArray &token)
{
    clearMemory();
    m_token = token;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_key);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            setMode(Mode::Keychain);
        else
            setMode(Mode::MemoryOnly, done->errorString());
        emit stored();
    });
    job->start();
}

void TokenStore::wipe()
{
    clearMemory();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (isUnavailable(done->error()) && done->error() != QKeychain::CouldNotDeleteEntry)
            setMode(Mode::MemoryOnly, done->errorString());
        else if (done->error() == QKeychain::CouldNotDeleteEntry)
            qCWarning(lcApi).noquote()
                << "could not delete the session token from the keychain:" << done->errorString();
        emit wiped();
    });
    job->start();
}

void TokenStore::load()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        QByteArray token;
        if (read->error() == QKeychain::NoError) {
            setMode(Mode::Keychain);
            token = read->binaryData();
        } else if (read->error() == QKeychain::EntryNotFound) {
            setMode(Mode::Keychain);
        } else {
            setMode(Mode::MemoryOnly, read->errorString());
        }
        emit loaded(token);
        token.fill('\0');
    });
    job->start();
}

} // namespace lars::models
