#include "tests/support/HaproxyProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>

namespace lars::test {

namespace {
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

HaproxyProcess::HaproxyProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

HaproxyProcess::~HaproxyProcess()
{
    stop();
}

QString HaproxyProcess::binary()
{
    return QStringLiteral("/usr/sbin/haproxy");
}

QString HaproxyProcess::configFor(const QList<Server> &servers, const QString &pem) const
{
    QFile shipped(qEnvironmentVariable("LARS_SOURCE_DIR") + QStringLiteral("/packaging/server/haproxy.cfg"));
    if (!shipped.open(QIODevice::ReadOnly))
        return {};
    // The shipped file as an administrator installs it, minus what needs root and a system HAProxy
    // (chroot, user, syslog, the admin socket, daemon mode, 20000 connections: the test harness allows
    // fewer descriptors), with the test's port, certificate and servers.
    static const QStringList dropped = {QStringLiteral("log /dev/log"),  QStringLiteral("chroot "),
                                        QStringLiteral("stats socket "), QStringLiteral("user "),
                                        QStringLiteral("group "),        QStringLiteral("daemon"),
                                        QStringLiteral("server ")};
    QStringList out;
    bool bound = false;
    for (QString line : QString::fromUtf8(shipped.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (std::any_of(dropped.begin(), dropped.end(),
                        [&](const QString &p) { return trimmed.startsWith(p); }))
            continue;
        if (trimmed == QLatin1String("maxconn 20000"))
            line.replace(QStringLiteral("20000"), QStringLiteral("2000"));
        if (trimmed.startsWith(QLatin1String("bind :443 "))) {
            line.replace(QStringLiteral("bind :443 "), QStringLiteral("bind 127.0.0.1:%1 ").arg(m_port));
            line.replace(QStringLiteral("/etc/lars-server/tls/haproxy.pem"), pem);
            bound = true;
        }
        out << line;
    }
    if (!bound || !out.join(u'\n').contains(QLatin1String("backend lars_servers")))
        return {};
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    for (const Server &s : servers) // the backend is the file's last section
        out << QStringLiteral("    server %1 127.0.0.1:%2").arg(s.name).arg(s.port);
    return out.join(u'\n') + u'\n';
}

bool HaproxyProcess::start(const QList<Server> &servers)
{
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl req failed: ") + QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    QFile certFile(cert), keyFile(key);
    const QString pem = m_dir.filePath(QStringLiteral("haproxy.pem"));
    QFile pemFile(pem);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly) ||
        !pemFile.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the HAProxy certificate");
        return false;
    }
    const QByteArray certPem = certFile.readAll();
    pemFile.write(certPem + keyFile.readAll());
    pemFile.close();
    m_certificate = QSslCertificate::fromData(certPem).value(0);

    // A free port can be taken by someone else before HAProxy binds it: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        m_config = configFor(servers, pem);
        if (m_config.isEmpty()) {
            m_error = QStringLiteral("packaging/server/haproxy.cfg is missing or no longer has 'bind :443' "
                                     "and 'backend lars_servers'");
            return false;
        }
        const QString path = m_dir.filePath(QStringLiteral("haproxy.cfg"));
        QFile cfg(path);
        if (!cfg.open(QIODevice::WriteOnly) || cfg.write(m_config.toUtf8()) < 0) {
            m_error = QStringLiteral("cannot write the HAProxy configuration");
            return false;
        }
        cfg.close();
        m_process.start(binary(), {QStringLiteral("-db"), QStringLiteral("-f"), path});
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        // HAProxy accepts connections once it has bound its port; then one request proves the path.
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(500)) {
                probe.abort();
                const HttpReply health = request("GET", QStringLiteral("/api/v1/health"));
                if (health.status == 200)
                    return true;
                m_error = QStringLiteral("health through HAProxy: %1 %2")
                              .arg(health.status)
                              .arg(health.networkError);
                return false;
            }
            m_process.waitForFinished(100); // returns at once while it runs: a pause between probes
        }
        log();
        if (!m_log.contains("cannot bind") && !m_log.contains("Address already in use"))
            break;
        m_process.kill();
        m_process.waitForFinished(5000);
        m_log.clear();
    }
    m_error = QStringLiteral("HAProxy did not start: ") + QString::fromUtf8(log().right(2000));
    return false;
}

bool HaproxyProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }
    log();
    return true;
}

QByteArray HaproxyProcess::log()
{
    m_log += m_process.readAll();
    return m_log;
}

QNetworkReply *HaproxyProcess::startRequest(const QByteArray &method, const QString &path,
                                            const QByteArray &body,
                                            const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
    const int q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({m_certificate});
    request.setSslConfiguration(ssl);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return m_nam.sendCustomRequest(request, method, body);
}

HttpReply HaproxyProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return ServerProcess::finish(startRequest(method, path, body, headers));
}

} // namespace lars::test
