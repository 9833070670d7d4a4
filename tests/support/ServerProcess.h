#pragma once
// Test helper: runs the real lars-server binary on a free loopback port over HTTPS (its ephemeral
// development certificate via --cert-out), on a fresh SQLite file or a fresh PostgreSQL database made
// from LARS_TEST_PG_URL, and talks to it with QNetworkAccessManager; also mints test tokens.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <utility>

namespace lars::test {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString problemType() const { return json().value(QLatin1String("type")).toString(); }
};

class ServerProcess final
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    explicit ServerProcess(Backend backend);
    ~ServerProcess(); // stops the server and drops the PostgreSQL database it created
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts lars-server with --demo demoPupils and --enable-test-tokens plus extraArgs; returns when
    // it listens. A second process on the same database: start(…, sharedDbUrl).
    bool start(int demoPupils = 60, const QStringList &extraArgs = {}, const QString &sharedDbUrl = {});
    bool stop(int timeoutMs = 10000); // SIGTERM and wait; true when it exited with code 0

    QUrl baseUrl() const { return m_baseUrl; }
    QString dbUrl() const { return m_dbUrl; }
    QSslCertificate certificate() const { return m_certificate; }
    QString errorString() const { return m_error; }
    QByteArray log();
    QProcess &process() { return m_process; }

    // HTTP against this server (blocking for the test: waits on the reply's finished signal).
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                      const QByteArray &contentType = "application/json");
    HttpReply get(const QString &path, const QString &token);
    HttpReply send(const QByteArray &method, const QString &path, const QString &token,
                   const QJsonObject &body, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // Starts a request without waiting (for concurrency tests).
    QNetworkReply *startRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QList<std::pair<QByteArray, QByteArray>> &headers);
    static HttpReply finish(QNetworkReply *reply, int timeoutMs = 20000);

    QString token(const QString &nationalNumber, qint64 clbId); // via POST /api/v1/test/tokens

    // Row counts of every domain table, to prove that a refused request changed nothing.
    QMap<QString, qint64> tableCounts();
    // Runs one statement on the server's database from outside (as an administrator or another
    // application would); the rows of a SELECT. Fails the calling test's expectations with an empty list
    // and *error set when the statement fails.
    QList<QVariantList> sql(const QString &statement, const QVariantList &values = {},
                            QString *error = nullptr);
    // A connection of the test's own to the server's database, not opened yet (e.g. to hold a transaction
    // across requests); close it and QSqlDatabase::removeDatabase(connectionName) when done.
    QSqlDatabase database(const QString &connectionName) const;
    // The audit rows one request left (by its X-Request-Id): action and pupil (0 for none), in order; a
    // listing's pupils (audit_listed) as "pupil.listed" rows after its entry, in pupil order.
    QList<std::pair<QString, qint64>> auditOfRequest(const QByteArray &requestId);

    static QString binary();                         // ${LARS_BINARY_DIR}/server/lars-server
    static QString createPgDatabase(QString *error); // a fresh database on LARS_TEST_PG_URL's cluster
    static void dropPgDatabase(const QString &url);

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    QString m_dbUrl;
    bool m_ownsDb = false;
    QUrl m_baseUrl;
    QSslCertificate m_certificate;
    QNetworkAccessManager m_nam;
    QString m_error;
};

} // namespace lars::test
