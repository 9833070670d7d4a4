#pragma once
// One connection to the server's database (SQLite file or PostgreSQL), the dialect differences the
// rest of the server needs, and the versioned schema migrations applied at start.
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>
#include <stdexcept>

namespace lars::server::store {

// A database failure that is not the client's fault (connection lost, disk full): answered with 503.
class DbError final : public std::runtime_error
{
public:
    explicit DbError(const QString &what)
        : std::runtime_error(what.toStdString())
    {}
};

class Database final
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    ~Database();
    static std::unique_ptr<Database> open(const QString &url, const QString &connectionName, QString *error);

    QSqlDatabase &db() { return m_db; }
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }

    bool migrate(QString *error);
    int schemaVersion();

    // Prepares and runs sql with positional values; throws DbError on failure.
    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    // Like run() but returns false instead of throwing (for statements expected to hit a constraint).
    bool tryRun(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

    // The hot paths (every request verifies a token, searches, audits) run the same few statements:
    // these keep each statement prepared once per connection instead of compiling it per call (on
    // PostgreSQL a fresh statement costs PREPARE, EXECUTE and DEALLOCATE: three round trips). A text
    // already running further up the stack gets a fresh statement. Both throw DbError on failure.
    void each(const QString &sql, const QVariantList &values,
              const std::function<void(const QSqlQuery &)> &row);
    int exec(const QString &sql, const QVariantList &values);

    // Write transactions: SQLite takes the write lock up front (BEGIN IMMEDIATE) so that two server
    // processes never deadlock upgrading read locks.
    void begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // After a DbError: true when the connection had been lost (the database restarted, the network
    // dropped) and is open again. Tries at most every 250 ms so that a database that is down is not
    // hammered by every request.
    bool reconnectIfLost();
    bool isAlive();

    // A list of ids bound as one parameter, so that the statement text (and its prepared plan) is the
    // same for any list: "column matches one of ?" and the value to bind for it.
    QString inIds(const QString &column) const;
    QVariant ids(const QList<qint64> &ids) const;

    static QString now(); // UTC, ISO 8601 with milliseconds: sorts as text on both databases

private:
    struct Statement
    {
        QSqlQuery query;
        bool busy = false;
    };
    Database() = default;
    void applyConnectionSettings();
    std::shared_ptr<Statement> statement(const QString &sql);
    void bind(QSqlQuery &query, const QVariantList &values, bool positional);
    void withStatement(const QString &sql, const QVariantList &values,
                       const std::function<void(QSqlQuery &)> &use);
    QString m_connectionName;
    QSqlDatabase m_db;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_inTransaction = false;
    QElapsedTimer m_lastReconnect;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
};

} // namespace lars::server::store
