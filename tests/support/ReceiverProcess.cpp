#include "tests/support/ReceiverProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>

namespace lars::test {

ReceiverProcess::ReceiverProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ReceiverProcess::~ReceiverProcess()
{
    stop();
}

QString ReceiverProcess::binary()
{
    return qEnvironmentVariable("LARS_BINARY_DIR") +
           QStringLiteral("/tools/creon-receiver/lars-creon-receiver");
}

QString ReceiverProcess::caFile()
{
    return qEnvironmentVariable("LARS_BINARY_DIR") + QStringLiteral("/test-pki/tls/ca.pem");
}

QUrl ReceiverProcess::endpoint() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/creon/v1/batches")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

bool ReceiverProcess::start(const QStringList &extraArgs, quint16 port)
{
    stop();
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--store"), m_store.path()};
    if (m_tls) {
        const QString tls = qEnvironmentVariable("LARS_BINARY_DIR") + QStringLiteral("/test-pki/tls/");
        args << QStringLiteral("--cert") << tls + QStringLiteral("localhost.pem") << QStringLiteral("--key")
             << tls + QStringLiteral("localhost.key.pem");
    }
    m_process.start(binary(), args << extraArgs);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:([0-9]+)"));
    QDeadlineTimer deadline(20000);
    QByteArray out;
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = QStringLiteral("the receiver did not start: %1").arg(QString::fromUtf8(log()));
    return false;
}

void ReceiverProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    log();
}

QByteArray ReceiverProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

bool ReceiverProcess::control(const QJsonObject &settings)
{
    QNetworkAccessManager network;
    QUrl control = endpoint();
    control.setPath(QStringLiteral("/control"));
    QNetworkRequest request(control);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (m_tls) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(caFile()));
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = network.post(request, QJsonDocument(settings).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok =
        finished.wait(10000) && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    if (!ok)
        m_error = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    return ok;
}

QList<QJsonObject> ReceiverProcess::readLog(const QString &name) const
{
    QFile f(m_store.filePath(name));
    QList<QJsonObject> lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    return lines;
}

QList<QJsonObject> ReceiverProcess::accepted() const
{
    return readLog(QStringLiteral("accepted.jsonl"));
}

QList<QJsonObject> ReceiverProcess::refused() const
{
    return readLog(QStringLiteral("refused.jsonl"));
}

QList<QJsonObject> ReceiverProcess::batches() const
{
    return readLog(QStringLiteral("batches.jsonl"));
}

} // namespace lars::test
