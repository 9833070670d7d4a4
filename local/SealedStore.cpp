#include "local/SealedStore.h"

#include "local/Logging.h"
#include "local/SealedBox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

namespace lars::local {

namespace {
QByteArray place(const QString &kind, const QString &name)
{
    return kind.toUtf8() + '\n' + name.toUtf8();
}
} // namespace

// Lives on the worker thread and owns the database connection (a connection belongs to one thread).
class SealedStore::Worker final : public QObject
{
public:
    ~Worker() override
    {
        m_key.fill('\0');
        if (!m_connection.isEmpty()) {
            QSqlDatabase::database(m_connection).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    void open(const QString &path, const QByteArray &key)
    {
        m_key = key;
        m_connection = QStringLiteral("sealed-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        if (!path.isEmpty())
            QDir().mkpath(QFileInfo(path).absolutePath());
        db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
        if (!db.open()) {
            qCWarning(lcLocal) << "cannot open the local data file:" << db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        // WAL + FULL: a row whose put() finished survives a kill -9 or a power cut.
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        if (!q.exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS sealed (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "kind TEXT NOT NULL, name TEXT NOT NULL, value BLOB NOT NULL, "
                               "UNIQUE (kind, name))")))
            qCWarning(lcLocal) << "cannot prepare the local data file:" << q.lastError().text();
        if (!path.isEmpty())
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void put(const QString &kind, const QString &name, const QByteArray &value)
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT INTO sealed (kind, name, value) VALUES (?, ?, ?) "
                                 "ON CONFLICT (kind, name) DO UPDATE SET value = excluded.value"));
        q.addBindValue(kind);
        q.addBindValue(name);
        q.addBindValue(SealedBox::seal(m_key, value, place(kind, name)));
        if (!q.exec())
            qCWarning(lcLocal) << "cannot write to the local data file:" << q.lastError().text();
    }

    void remove(const QString &kind, const QString &name)
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("DELETE FROM sealed WHERE kind = ? AND name = ?"));
        q.addBindValue(kind);
        q.addBindValue(name);
        if (!q.exec())
            qCWarning(lcLocal) << "cannot delete from the local data file:" << q.lastError().text();
    }

    Rows load(const QString &kind)
    {
        Rows rows;
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("SELECT name, value FROM sealed WHERE kind = ? ORDER BY seq"));
        q.addBindValue(kind);
        if (!q.exec())
            qCWarning(lcLocal) << "cannot read the local data file:" << q.lastError().text();
        while (q.next()) {
            const QString name = q.value(0).toString();
            const auto value = SealedBox::open(m_key, q.value(1).toByteArray(), place(kind, name));
            if (value)
                rows.append({name, *value});
            else
                qCWarning(lcLocal) << "a" << kind << "row does not open with this computer's key; left out";
        }
        return rows;
    }

private:
    QString m_connection;
    QByteArray m_key;
};

SealedStore::SealedStore(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("lars-local-data"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SealedStore::~SealedStore()
{
    m_thread->quit();
    m_thread->wait();
}

QString SealedStore::fileFor(const QString &dir, const QString &server, qint64 staffId)
{
    const QByteArray hash = QCryptographicHash::hash((server + u'\n' + QString::number(staffId)).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(24);
    return QDir(dir).filePath(QStringLiteral("lars-%1.sqlite").arg(QString::fromLatin1(hash)));
}

void SealedStore::open(const QString &path, const QByteArray &key)
{
    m_path = path;
    m_open = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path, key] { w->open(path, key); });
}

void SealedStore::put(const QString &kind, const QString &name, const QByteArray &value,
                      std::function<void()> written)
{
    // Answers are posted to this store (it outlives its worker: the destructor waits for the thread), and
    // only then handed to their context, checked on this thread.
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, kind, name, value, written] {
        w->put(kind, name, value);
        if (written)
            QMetaObject::invokeMethod(this, written);
    });
}

void SealedStore::remove(const QString &kind, const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, kind, name] { w->remove(kind, name); });
}

void SealedStore::load(const QString &kind, QObject *context, std::function<void(const Rows &)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, guard, kind, done] {
        const Rows rows = w->load(kind);
        QMetaObject::invokeMethod(this, [rows, guard, done] {
            if (guard)
                done(rows);
        });
    });
}

void SealedStore::whenWritten(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, guard, done] {
        QMetaObject::invokeMethod(this, [guard, done] {
            if (guard)
                done();
        });
    });
}

} // namespace lars::local
