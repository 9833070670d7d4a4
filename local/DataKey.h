#pragma once
// The key that seals what LARS keeps on this computer (drafts, changes waiting for the server): 32 random
// bytes in the OS keychain, made at the first start. Without a keychain nothing of a dossier may be
// written to disk: mode() is MemoryOnly and the callers keep their data in memory. A keychain that fails
// to answer (Secret Service busy under load, still starting) is asked again a few times, a little later
// each time, before the data stays in memory only: a slow keychain must not cost the user her drafts.
#include "local/Keychain.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <memory>

namespace lars::local {

class DataKey final : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Unknown,
        Keychain,
        MemoryOnly
    };
    Q_ENUM(Mode)

    // Asks the given keychain (default: the OS keychain).
    explicit DataKey(QObject *parent = nullptr, std::unique_ptr<local::Keychain> keychain = {});
    ~DataKey() override;

    // The keychain service name; the same one SessionStore uses ("be.clb." + application name).
    void setService(const QString &service) { m_service = service; }
    static QString keychainKey() { return QStringLiteral("local-data-key"); }
    // How often the keychain is asked before giving up, and the first pause (quadrupled after each try).
    static constexpr int kTries = 4;
    void setFirstRetryPause(int ms) { m_firstPauseMs = ms; }

    // Reads the key, or makes and stores one; ready() afterwards (also when no keychain answered).
    void load();
    Mode mode() const { return m_mode; }
    QString keychainError() const { return m_error; }
    QByteArray key() const { return m_key; }

signals:
    void ready(lars::local::DataKey::Mode mode);

private:
    void read(bool createWhenMissing);
    void create();
    // A failed answer: the same step again after a pause, or memory only once the tries are used up.
    void retryOrGiveUp(const QString &error, std::function<void()> step);
    void finish(Mode mode, const QString &error = {});

    std::unique_ptr<local::Keychain> m_keychain;
    QString m_service;
    Mode m_mode = Mode::Unknown;
    QString m_error;
    QByteArray m_key;
    int m_failures = 0;
    int m_firstPauseMs = 250;
};

} // namespace lars::local
