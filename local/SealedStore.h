#pragma once
// The encrypted file of what LARS keeps on this computer for one person: rows (kind, name) → value, in
// the order first written. Every value is sealed (SealedBox, AES-256-GCM) with the DataKey, its kind and
// name as associated data; kind and name hold no personal data (ids and fixed words only). The SQLite file
// is read and written on a worker thread, never the GUI thread. Without a file path the rows live in an
// in-memory database (no keychain: nothing of a dossier on disk).
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <utility>

class QThread;

namespace lars::local {

class SealedStore final : public QObject
{
    Q_OBJECT
public:
    using Rows = QList<std::pair<QString, QByteArray>>; // name, value; in the order first written

    explicit SealedStore(QObject *parent = nullptr);
    ~SealedStore() override; // finishes every write asked before

    // path empty: in memory only. key: SealedBox::kKeyBytes bytes.
    void open(const QString &path, const QByteArray &key);
    bool isOpen() const { return m_open; }
    bool isMemoryOnly() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }

    // Writes (or replaces) one row; written runs on this object's thread once it is on disk.
    void put(const QString &kind, const QString &name, const QByteArray &value,
             std::function<void()> written = {});
    void remove(const QString &kind, const QString &name);
    // Reads every row of a kind; done runs on context's thread while context lives. Rows that do not open
    // with the key (another key, changed bytes) are left out and logged.
    void load(const QString &kind, QObject *context, std::function<void(const Rows &)> done);
    // done runs once everything asked before has been written.
    void whenWritten(QObject *context, std::function<void()> done);

    // The file of one person on one server: <dir>/lars-<hash>.sqlite (the hash names no one).
    static QString fileFor(const QString &dir, const QString &server, qint64 staffId);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
    QString m_path;
    bool m_open = false;
};

} // namespace lars::local
