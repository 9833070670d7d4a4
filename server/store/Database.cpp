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
    m_statements.clear(); // prepared statements belong to the connection: gone before it closes
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
    if (d->m_dialect ==
        Dialect::Sqlite) // WAL lets readers in other server processes continue while one writes
        QSqlQuery(d->m_db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    d->applyConnectionSettings();
    return d;
}

void Database::applyConnectionSettings()
{
    if (m_dialect != Dialect::Sqlite)
        return;
    // The pages of a 1.2 million pupil database are read through the OS page cache mapped into the
    // process (mmap) and a 64 MB page cache per connection instead of a pread per page per statement;
    // synchronous=NORMAL in WAL mode syncs at checkpoints only, which a power cut cannot corrupt.
    for (const char *pragma :
         {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA mmap_size=1073741824",
          "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"})
        QSqlQuery(m_db).exec(QLatin1String(pragma));
}

QString Database::inIds(const QString &column) const
{
    return isPostgres() ? column + QStringLiteral(" = ANY (CAST(? AS BIGINT[]))")
                        : column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

QVariant Database::ids(const QList<qint64> &ids) const
{
    QByteArray text = isPostgres() ? "{" : "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            text += ',';
        text += QByteArray::number(ids.at(i));
    }
    text += isPostgres() ? '}' : ']';
    return QString::fromLatin1(text);
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
    bind(q, values, false);
    return q.exec();
}

void Database::bind(QSqlQuery &q, const QVariantList &values, bool positional)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // Only a typed null QVariant means SQL NULL; a QString that is merely empty-and-null (an optional
        // text field left out) is the empty text that NOT NULL columns expect.
        const bool emptyText = !v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull();
        const QVariant value = emptyText ? QVariant(QStringLiteral("")) : v;
        if (positional)
            q.bindValue(int(i), value);
        else
            q.addBindValue(value);
    }
}

std::shared_ptr<Database::Statement> Database::statement(const QString &sql)
{
    if (auto found = m_statements.value(sql); found && !found->busy)
        return found;
    if (m_statements.contains(sql))
        return nullptr;
    // The cached texts are the server's own constants (values are always bound): a handful. The bound
    // only guards against a future caller that builds texts from data.
    if (m_statements.size() >= 128)
        m_statements.clear();
    auto s = std::make_shared<Statement>();
    s->query = QSqlQuery(m_db);
    s->query.setForwardOnly(m_dialect == Dialect::Sqlite);
    if (!s->query.prepare(sql))
        throw DbError(QStringLiteral("%1 [%2]").arg(s->query.lastError().text(), sql.left(120)));
    m_statements.insert(sql, s);
    return s;
}

void Database::withStatement(const QString &sql, const QVariantList &values,
                             const std::function<void(QSqlQuery &)> &use)
{
    std::shared_ptr<Statement> s = statement(sql);
    if (!s) {
        QSqlQuery q = run(sql, values);
        use(q);
        return;
    }
    // finish() resets the statement: an SQLite statement left mid-result would keep its read snapshot
    // (stale reads, a WAL that cannot be checkpointed).
    struct Release
    {
        Statement &s;
        ~Release()
        {
            s.query.finish();
            s.busy = false;
        }
    } release{*s};
    s->busy = true;
    bind(s->query, values, true);
    if (!s->query.exec())
        throw DbError(QStringLiteral("%1 [%2]").arg(s->query.lastError().text(), sql.left(120)));
    use(s->query);
}

void Database::each(const QString &sql, const QVariantList &values,
                    const std::function<void(const QSqlQuery &)> &row)
{
    withStatement(sql, values, [&](QSqlQuery &q) {
        while (q.next())
            row(q);
    });
}

int Database::exec(const QString &sql, const QVariantList &values)
{
    int affected = 0;
    withStatement(sql, values, [&](QSqlQuery &q) { affected = q.numRowsAffected(); });
    return affected;
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
    m_statements.clear();
    m_db.close();
    if (!m_db.open()) {
        qCWarning(lcServer).noquote() << "database still unreachable:" << m_db.lastError().text();
        return false;
    }
    applyConnectionSettings();
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
