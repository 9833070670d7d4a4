#include "local/DataKey.h"

#include "local/Logging.h"
#include "local/SealedBox.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace lars::local {

DataKey::DataKey(QObject *parent)
    : QObject(parent)
    , m_service(QStringLiteral("be.clb.") + QCoreApplication::applicationName())
{}

DataKey::~DataKey()
{
    m_key.fill('\0');
}

void DataKey::load()
{
    read(true);
}

void DataKey::read(bool createWhenMissing)
{
    // Jobs delete themselves once finished, so they outlive this object if they must (see SessionStore).
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this, createWhenMissing](QKeychain::Job *done) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (reader->error() == QKeychain::NoError && reader->binaryData().size() == SealedBox::kKeyBytes) {
            m_key = reader->binaryData();
            finish(Mode::Keychain);
        } else if (createWhenMissing &&
                   (reader->error() == QKeychain::EntryNotFound || reader->error() == QKeychain::NoError)) {
            create();
        } else {
            finish(Mode::MemoryOnly, reader->errorString());
        }
    });
    job->start();
}

void DataKey::create()
{
    const QByteArray key = SealedBox::newKey();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            return finish(Mode::MemoryOnly, done->errorString());
        // Read back: when two LARS processes made a key at the same moment, both use the one that stayed.
        read(false);
    });
    job->start();
}

void DataKey::finish(Mode mode, const QString &error)
{
    m_mode = mode;
    m_error = error;
    if (mode == Mode::MemoryOnly) {
        // Still sealed in memory (the same code path), but never written to disk.
        m_key = SealedBox::newKey();
        qCWarning(lcLocal).noquote() << "no keychain for the local data key; drafts and waiting changes stay "
                                        "in memory only:"
                                     << error;
    }
    emit ready(mode);
}

} // namespace lars::local
