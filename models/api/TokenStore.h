#pragma once
// Keeps the session token in the OS keychain (QtKeychain, insecure fallback off). When no keychain
// answers, the token stays in this object's memory only and mode() says so, so the UI can tell the user.
#include <QByteArray>
#include <QObject>
#include <QString>

namespace lars::models {

class TokenStore final : public QObject
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

    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // The keychain service name; tests use their own so they never touch a user's entry.
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }

    Mode mode() const { return m_mode; }
    // Why the keychain could not be used (technical; for logs and the tooltip).
    QString keychainError() const { return m_keychainError; }

    QByteArray token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    // Keeps the token in memory at once, then writes it to the keychain (stored() afterwards).
    void store(const QByteArray &token);
    // Forgets the token in memory (wiped) and deletes the keychain entry (wiped() afterwards).
    void wipe();
    // Reads a token a previous run left behind (loaded(token), empty when there was none).
    void load();

signals:
    void modeChanged(lars::models::TokenStore::Mode mode);
    void stored();
    void wiped();
    void loaded(const QByteArray &token);

private:
    void setMode(Mode mode, const QString &error = {});
    void clearMemory();

    QString m_service = QStringLiteral("be.clb.lars");
    QString m_key = QStringLiteral("session-token");
    Mode m_mode = Mode::Unknown;
    QString m_keychainError;
    QByteArray m_token;
};

} // namespace lars::models
