#include "tests/support/ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslConfiguration>

namespace lars::test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ServerProcess::ServerProcess(Backend backend)
    : m_backend(backend)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
    if (m_ownsDb)
        dropPgDatabase(m_dbUrl);
}

QString ServerProcess::binary()
{
    return qEnvironmentVariable("LARS_BINARY_DIR") + QStringLiteral("/server/lars-server");
}

namespace {
QSqlDatabase adminConnection(const QUrl &url, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    return db;
}
} // namespace

QString ServerProcess::createPgDatabase(QString *error)
{
    const QString base = qEnvironmentVariable("LARS_TEST_PG_URL");
    if (base.isEmpty()) {
        *error = QStringLiteral("LARS_TEST_PG_URL is not set: run the tests through scripts/with-services");
        return {};
    }
    QUrl url(base);
    const QString name = QStringLiteral("lars_t_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate() % 1000000);
    const QString connection = QStringLiteral("admin-") + name;
    {
        QSqlDatabase db = adminConnection(url, connection);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error->isEmpty())
        return {};
    url.setPath(u'/' + name);
    return url.toString();
}

void ServerProcess::dropPgDatabase(const QString &dbUrl)
{
    QUrl url(qEnvironmentVariable("LARS_TEST_PG_URL"));
    const QString name = QUrl(dbUrl).path().mid(1);
    const QString connection = QStringLiteral("drop-") + name;
    {
        QSqlDatabase db = adminConnection(url, connection);
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

bool ServerProcess::start(int demoPupils, const QStringList &extraArgs, const QString &sharedDbUrl)
{
    if (!sharedDbUrl.isEmpty()) {
        m_dbUrl = sharedDbUrl;
    } else if (m_backend == Backend::Sqlite) {
        m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("lars.sqlite"));
    } else {
        m_dbUrl = createPgDatabase(&m_error);
        if (m_dbUrl.isEmpty())
            return false;
        m_ownsDb = true;
    }
    const QString certPath = m_dir.filePath(QStringLiteral("server-cert.pem"));
    QStringList args{QStringLiteral("--db"),
                     m_dbUrl,
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--cert-out"),
                     certPath,
                     QStringLiteral("--enable-test-tokens")};
    if (demoPupils >= 0)
        args << QStringLiteral("--demo") << QString::number(demoPupils);
    args << extraArgs;
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    // The server logs one JSON line {"event":"listening","port":N} once it accepts connections.
    QDeadlineTimer deadline(60000);
    QByteArray pending;
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(
                int(std::max<qint64>(1, std::min<qint64>(1000, deadline.remainingTime())))) &&
            m_process.state() != QProcess::Running)
            break;
        const QByteArray chunk = m_process.readAllStandardError() + m_process.readAllStandardOutput();
        m_log += chunk;
        pending += chunk;
        int nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QJsonObject line = QJsonDocument::fromJson(pending.left(nl)).object();
            pending.remove(0, nl + 1);
            if (line.value(QLatin1String("event")).toString() == QLatin1String("listening")) {
                const int port = line.value(QLatin1String("port")).toInt();
                const bool https = line.value(QLatin1String("scheme")).toString() == QLatin1String("https");
                m_baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                                     .arg(https ? QStringLiteral("https") : QStringLiteral("http"))
                                     .arg(port));
                if (https) {
                    const auto certs = QSslCertificate::fromPath(certPath);
                    if (certs.isEmpty()) {
                        m_error = QStringLiteral("no certificate written to --cert-out");
                        return false;
                    }
                    m_certificate = certs.first();
                }
                return true;
            }
        }
    }
    m_process.waitForFinished(100);
    log();
    m_error = QStringLiteral("lars-server did not start: ") + QString::fromUtf8(m_log.right(2000));
    return false;
}

QByteArray ServerProcess::log()
{
    m_log += m_process.readAllStandardError() + m_process.readAllStandardOutput();
    return m_log;
}

bool ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
        return false;
    }
    log();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QNetworkReply *ServerProcess::startRequest(const QByteArray &method, const QString &path,
                                           const QByteArray &body,
                                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    const int q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!m_certificate.isNull()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({m_certificate});
        request.setSslConfiguration(ssl);
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_nam.sendCustomRequest(request, method, body);
}

HttpReply ServerProcess::finish(QNetworkReply *reply, int timeoutMs)
{
    HttpReply r;
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(timeoutMs);
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

HttpReply ServerProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers,
                                 const QByteArray &contentType)
{
    auto all = headers;
    if (!body.isEmpty() && !contentType.isEmpty())
        all.append({"Content-Type", contentType});
    return finish(startRequest(method, path, body, all));
}

HttpReply ServerProcess::get(const QString &path, const QString &token)
{
    return request("GET", path, {}, {{"Authorization", "Bearer " + token.toLatin1()}});
}

HttpReply ServerProcess::send(const QByteArray &method, const QString &path, const QString &token,
                              const QJsonObject &body,
                              const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.append({"Authorization", "Bearer " + token.toLatin1()});
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

QString ServerProcess::token(const QString &nationalNumber, qint64 clbId)
{
    const HttpReply r = request("POST", QStringLiteral("/api/v1/test/tokens"),
                                QJsonDocument(QJsonObject{{QStringLiteral("nationalNumber"), nationalNumber},
                                                          {QStringLiteral("clbId"), clbId}})
                                    .toJson(QJsonDocument::Compact));
    return r.json().value(QLatin1String("token")).toString();
}

QSqlDatabase ServerProcess::database(const QString &connectionName) const
{
    if (!m_dbUrl.startsWith(QLatin1String("sqlite:")))
        return adminConnection(QUrl(m_dbUrl), connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_dbUrl.mid(7));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    return db;
}

QList<QVariantList> ServerProcess::sql(const QString &statement, const QVariantList &values, QString *error)
{
    QList<QVariantList> rows;
    const QString connection = QStringLiteral("sql-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = database(connection);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(statement);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (q.exec()) {
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row.append(q.value(i));
                    rows.append(row);
                }
            } else if (error) {
                *error = q.lastError().text();
            }
            db.close();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

QMap<QString, qint64> ServerProcess::tableCounts()
{
    QMap<QString, qint64> counts;
    const QString connection = QStringLiteral("counts-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db;
        if (m_dbUrl.startsWith(QLatin1String("sqlite:"))) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_dbUrl.mid(7));
        } else {
            db = adminConnection(QUrl(m_dbUrl), connection);
        }
        if (db.open()) {
            for (const char *table : {"clbs",
                                      "staff",
                                      "staff_clbs",
                                      "schools",
                                      "classes",
                                      "teams",
                                      "team_members",
                                      "team_schools",
                                      "pupils",
                                      "pupil_search",
                                      "parent_heights",
                                      "measurements",
                                      "consult_advice",
                                      "activities",
                                      "activity_versions",
                                      "attests",
                                      "referrals",
                                      "creon_registrations",
                                      "idempotency_keys",
                                      "activity_functions",
                                      "hub_categories",
                                      "hub_details",
                                      "creon_items",
                                      "creon_outbox",
                                      "creon_batches"}) {
                QSqlQuery q(db);
                // The sum of versions also catches an UPDATE that changed no row count.
                const bool versioned = QByteArray(table) == "pupils" ||
                                       QByteArray(table) == "parent_heights" ||
                                       QByteArray(table) == "consult_advice" ||
                                       QByteArray(table) == "staff_clbs" || QByteArray(table) == "activities";
                q.exec(
                    QStringLiteral("SELECT COUNT(*)%2 FROM %1")
                        .arg(QLatin1String(table), versioned ? QStringLiteral(", SUM(version)") : QString()));
                if (q.next()) {
                    counts.insert(QLatin1String(table), q.value(0).toLongLong());
                    if (versioned)
                        counts.insert(QLatin1String(table) + QStringLiteral(".versions"),
                                      q.value(1).toLongLong());
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return counts;
}

QList<std::pair<QString, qint64>> ServerProcess::auditOfRequest(const QByteArray &requestId)
{
    QList<std::pair<QString, qint64>> rows;
    const auto result =
        sql(QStringLiteral("SELECT action, COALESCE(pupil_id, 0), id, 0 FROM audit_log WHERE request_id = ? "
                           "UNION ALL SELECT 'pupil.listed', l.pupil_id, l.audit_id, l.pupil_id FROM "
                           "audit_listed l JOIN audit_log a ON a.id = l.audit_id WHERE a.request_id = ? "
                           "ORDER BY 3, 4"),
            {QString::fromLatin1(requestId), QString::fromLatin1(requestId)});
    for (const QVariantList &row : result)
        rows.append({row.value(0).toString(), row.value(1).toLongLong()});
    return rows;
}

} // namespace lars::test
