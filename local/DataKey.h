#pragma once
// The key that seals what LARS keeps on this computer (drafts, changes waiting for the server): 32 random
// bytes in the OS keychain, made at the first start. Without a keychain nothing of a dossier may be
// written to disk: mode() is MemoryOnly and the callers keep their data in memory.
#include <QByteArray>
#include <QObject>
#include <QString>

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

    explicit DataKey(QObject *parent = nullptr);
    ~DataKey() override;

    // The keychain service name; the same one SessionStore uses ("be.clb." + application name).
    void setService(const QString &service) { m_service = service; }
    static QString keychainKey() { return QStringLiteral("local-data-key"); }

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
    void finish(Mode mode, const QString &error = {});

    QString m_service;
    Mode m_mode = Mode::Unknown;
    QString m_error;
    QByteArray m_key;
};

} // namespace lars::local
