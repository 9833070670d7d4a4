#pragma once
// Keeps the open session in the OS keychain (QtKeychain, insecure fallback off), so that it survives a
// restart for its lifetime: the token, how it was opened (the eID card's serial, or the government
// login), the CLB it acts for, when it expires and for which server. When no keychain answers, the
// session stays in this object's memory only and mode() says so, so the UI can tell the user.
#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace lars::local {

struct SavedSession
{
    QByteArray token;
    QString method;        // "eid" or "oidc"
    QByteArray cardSerial; // eID sessions: only this card resumes them
    qint64 clbId = 0;
    QDateTime expiresAt;
    QString server; // the server URL the token belongs to

    bool isValid() const { return !token.isEmpty(); }
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return !expiresAt.isValid() || expiresAt <= now;
    }
    QByteArray toJson() const;
    // An empty (invalid) session for anything that is not a saved session of this version.
    static SavedSession fromJson(const QByteArray &json);
    // Overwrites the token's bytes before forgetting it.
    void wipe();
};

class SessionStore final : public QObject
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

    explicit SessionStore(QObject *parent = nullptr);
    ~SessionStore() override;

    // The keychain service name: "be.clb." + the application name ("be.clb.lars"), so each test program
    // has its own entry and never touches a user's.
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }
    static QString keychainKey() { return QStringLiteral("session"); }

    Mode mode() const { return m_mode; }
    // Why the keychain could not be used (technical; for logs and the tooltip).
    QString keychainError() const { return m_keychainError; }

    const SavedSession &current() const { return m_current; }
    QByteArray token() const { return m_current.token; }

    // Keeps the session in memory at once, then writes it to the keychain (saved() afterwards).
    void save(const SavedSession &session);
    // Forgets the session in memory (wiped) and deletes the keychain entry (wiped() afterwards).
    void wipe();
    // Reads the session a previous run left behind (loaded(session), invalid when there was none).
    void load();

signals:
    void modeChanged(lars::local::SessionStore::Mode mode);
    void saved();
    void wiped();
    void loaded(const lars::local::SavedSession &session);

private:
    void setMode(Mode mode, const QString &error = {});

    QString m_service;
    Mode m_mode = Mode::Unknown;
    QString m_keychainError;
    SavedSession m_current;
};

} // namespace lars::local

Q_DECLARE_METATYPE(lars::local::SavedSession)
