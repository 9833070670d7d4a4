#include "tests/support/OidcProviderProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>

namespace lars::test {

OidcProviderProcess::OidcProviderProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_secret = QString::number(QRandomGenerator::system()->generate64(), 36) +
               QString::number(QRandomGenerator::system()->generate64(), 36);
    QFile secret(m_dir.filePath(QStringLiteral("client-secret")));
    if (secret.open(QIODevice::WriteOnly))
        secret.write(m_secret.toUtf8());
}

OidcProviderProcess::~OidcProviderProcess()
{
    stop();
}

quint16 OidcProviderProcess::freePort()
{
    // Never the same port twice in one test: two servers started one after the other must not collide.
    static QSet<quint16> given;
    for (;;) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        if (!given.contains(probe.serverPort())) {
            given.insert(probe.serverPort());
            return probe.serverPort();
        }
    }
}

bool OidcProviderProcess::start(const QList<quint16> &serverPorts, quint16 port)
{
    const QString dir = qEnvironmentVariable("LARS_SOURCE_DIR") + QStringLiteral("/tools/oidc-provider");
    if (!QDir(dir + QStringLiteral("/node_modules/oidc-provider")).exists()) {
        m_error = QStringLiteral("%1/node_modules is missing: run scripts/setup (npm ci)").arg(dir);
        return false;
    }
    if (port != 0)
        m_port = port;
    QStringList args{QStringLiteral("provider.mjs"),
                     QStringLiteral("--port"),
                     QString::number(m_port),
                     QStringLiteral("--client-id"),
                     clientId(),
                     QStringLiteral("--client-secret-file"),
                     m_dir.filePath(QStringLiteral("client-secret")),
                     QStringLiteral("--test-faults")};
    for (const quint16 serverPort : serverPorts)
        args << QStringLiteral("--redirect-uri")
             << QStringLiteral("https://127.0.0.1:%1/api/v1/auth/oidc/callback").arg(serverPort);
    m_process.setWorkingDirectory(dir);
    m_process.start(QStringLiteral("node"), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(30000);
    QByteArray pending;
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000))) &&
            m_process.state() != QProcess::Running)
            break;
        const QByteArray chunk = m_process.readAll();
        m_log += chunk;
        pending += chunk;
        for (int nl; (nl = pending.indexOf('\n')) >= 0; pending.remove(0, nl + 1)) {
            const QJsonObject line = QJsonDocument::fromJson(pending.left(nl)).object();
            if (line.value(QLatin1String("event")).toString() == QLatin1String("listening")) {
                m_port = quint16(line.value(QLatin1String("port")).toInt());
                m_issuer = QUrl(line.value(QLatin1String("issuer")).toString());
                return true;
            }
        }
    }
    m_error = QStringLiteral("the OIDC provider did not start: ") + QString::fromUtf8(m_log.right(2000));
    return false;
}

bool OidcProviderProcess::stop()
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

QByteArray OidcProviderProcess::log()
{
    m_log += m_process.readAll();
    return m_log;
}

QStringList OidcProviderProcess::serverArguments(quint16 serverPort) const
{
    return {QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(serverPort),
            QStringLiteral("--oidc-issuer"),
            m_issuer.toString(),
            QStringLiteral("--oidc-client-id"),
            clientId(),
            QStringLiteral("--oidc-client-secret-file"),
            m_dir.filePath(QStringLiteral("client-secret"))};
}

bool OidcProviderProcess::setFault(const QString &fault)
{
    QUrl url = m_issuer;
    url.setPath(QStringLiteral("/test/fault"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_nam.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("fault"), fault}}).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool ok = (reply->isFinished() || done.wait(10000)) &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204;
    reply->deleteLater();
    return ok;
}

} // namespace lars::test
