#include "local/DataKey.h"

#include "local/Logging.h"
#include "local/SealedBox.h"

#include <QCoreApplication>
#include <QTimer>

namespace lars::local {

DataKey::DataKey(QObject *parent, std::unique_ptr<local::Keychain> keychain)
    : QObject(parent)
    , m_keychain(keychain ? std::move(keychain) : Keychain::system())
    , m_service(QStringLiteral("be.clb.") + QCoreApplication::applicationName())
{}

DataKey::~DataKey()
{
    m_key.fill('\0');
}

void DataKey::load()
{
    m_failures = 0;
    read(true);
}

void DataKey::read(bool createWhenMissing)
{
    m_keychain->read(m_service, keychainKey(), this, [this, createWhenMissing](const Keychain::Answer &a) {
        using S = Keychain::Status;
        if (a.status == S::Ok && a.data.size() == SealedBox::kKeyBytes) {
            m_key = a.data;
            finish(Mode::Keychain);
        } else if (createWhenMissing && (a.status == S::NotFound || a.status == S::Ok)) {
            create();
        } else if (a.status == S::Failed) {
            retryOrGiveUp(a.error, [this, createWhenMissing] { read(createWhenMissing); });
        } else {
            finish(Mode::MemoryOnly, a.error);
        }
    });
}

void DataKey::create()
{
    const QByteArray key = SealedBox::newKey();
    m_keychain->write(m_service, keychainKey(), key, this, [this](const Keychain::Answer &a) {
        if (a.status == Keychain::Status::Failed)
            return retryOrGiveUp(a.error, [this] { read(true); });
        if (a.status != Keychain::Status::Ok)
            return finish(Mode::MemoryOnly, a.error);
        // Read back: when two LARS processes made a key at the same moment, both use the one that stayed.
        read(false);
    });
}

void DataKey::retryOrGiveUp(const QString &error, std::function<void()> step)
{
    if (++m_failures >= kTries)
        return finish(Mode::MemoryOnly, error);
    const int pause = m_firstPauseMs << (2 * (m_failures - 1));
    qCInfo(lcLocal).noquote()
        << QStringLiteral("the keychain did not answer (%1); asking again in %2 ms").arg(error).arg(pause);
    QTimer::singleShot(pause, this, std::move(step));
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
