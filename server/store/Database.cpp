#include "server/store/Database.h"

#include "server/Logging.h"
#include "server/store/Schema.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace lars::server::store {

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &url, const QString &connectionName, QString *error)
{
    std::unique_ptr<Database> d(new Database);
    d->m_connectionName = connectionName;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        d->m_dialect = Dialect::Sqlite;
        d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        d->m_db.setDatabaseName(url.mid(7));
        d->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else if (url.startsWith(QLatin1String("postgresql://")) ||
               url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        if (!u.isValid() || u.path().size() < 2) {
            *error = QStringLiteral("invalid PostgreSQL URL (postgresql://USER[:PW]@HOST[:PORT]/DB)");
            return nullptr;
        }
        d->m_dialect = Dialect::Postgres;
        d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        d->m_db.setHostName(u.host());
        d->m_db.setPort(u.port(5432));
        d->m_db.setUserName(u.userName(QUrl::FullyDecoded));
        d->m_db.setPassword(u.password(QUrl::FullyDecoded));
        d->m_db.setDatabaseName(u.path().mid(1));
        QStringList options;
        const auto items = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            options << key + u'=' + value; // e.g. sslmode=verify-full, connect_timeout=5
        d->m_db.setConnectOptions(options.join(u';'));
    } else {
        *error = QStringLiteral("--db must be sqlite:PATH or postgresql://...");
        return nullptr;
    }
    if (!d->m_db.open()) {
        *error = QStringLiteral("cannot open database: %1").arg(d->m_db.lastError().text());
        return nullptr;
    }
    if (d->m_dialect == Dialect::Sqlite) {
        // WAL lets readers in other server processes continue while one writes.
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"})
            QSqlQuery(d->m_db).exec(QLatin1String(pragma));
    }
    return d;
}

QString Database::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!tryRun(q, sql, values))
        throw DbError(QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql.left(120)));
    return q;
}

bool Database::tryRun(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    // Forward-only QPSQL queries use libpq's single-row mode, which allows one active query per
    // connection; handlers nest queries, so only SQLite gets the forward-only speed-up.
    q.setForwardOnly(m_dialect == Dialect::Sqlite);
    if (values.isEmpty())
        return q.exec(sql); // PostgreSQL cannot PREPARE DDL such as CREATE TABLE
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values) {
        // Only a typed null QVariant means SQL NULL; a QString that is merely empty-and-null (an optional
        // text field left out) is the empty text that NOT NULL columns expect.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    return q.exec();
}

void Database::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        throw DbError(q.lastError().text());
    m_inTransaction = true;
}

bool Database::commit()
{
    m_inTransaction = false;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    const QString reason = q.lastError().text();
    // A lost connection is not a conflict: whether the commit happened is unknown, so the caller answers
    // 503 and only an idempotent retry is safe.
    if (!isAlive())
        throw DbError(QStringLiteral("COMMIT failed, connection lost: %1").arg(reason));
    qCWarning(lcServer).noquote() << "COMMIT failed, rolled back:" << reason;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    return false;
}

bool Database::isAlive()
{
    QSqlQuery q(m_db);
    return m_db.isOpen() && q.exec(QStringLiteral("SELECT 1"));
}

bool Database::reconnectIfLost()
{
    if (isAlive())
        return false;
    if (m_lastReconnect.isValid() && !m_lastReconnect.hasExpired(250))
        return false;
    m_lastReconnect.start();
    m_inTransaction = false;
    m_db.close();
    if (!m_db.open()) {
        qCWarning(lcServer).noquote() << "database still unreachable:" << m_db.lastError().text();
        return false;
    }
    if (m_dialect == Dialect::Sqlite)
        for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"})
            QSqlQuery(m_db).exec(QLatin1String(pragma));
    qCInfo(lcServer) << "reconnected to the database" << m_connectionName;
    return true;
}

void Database::rollback()
{
    m_inTransaction = false;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    try {
        begin();
        // Several server processes may start at once on one PostgreSQL: one migrates, the others wait.
        if (isPostgres())
            run(QStringLiteral("SELECT pg_advisory_xact_lock(7342001)"));
        // Every migration not applied yet, by its own number rather than "above the highest": migrations
        // developed side by side land in any order, and a database that already has a later one must
        // still get an earlier one that arrived after it.
        QSet<int> applied;
        for (QSqlQuery rows = run(QStringLiteral("SELECT version FROM schema_migrations")); rows.next();)
            applied.insert(rows.value(0).toInt());
        for (const Migration &m : Schema::migrations(m_dialect)) {
            if (applied.contains(m.version))
                continue;
            for (const QString &statement : m.statements)
                run(statement);
            run(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                {m.version, m.name, now()});
            qCInfo(lcServer) << "applied schema migration" << m.version << m.name;
        }
        if (!commit()) {
            *error = m_db.lastError().text();
            return false;
        }
    } catch (const DbError &e) {
        rollback();
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

} // namespace lars::server::store
