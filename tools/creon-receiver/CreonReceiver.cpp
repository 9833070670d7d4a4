#include "tools/creon-receiver/CreonReceiver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReceiver, "lars.creon-receiver")

static void initCreonResources()
{
    Q_INIT_RESOURCE(creon);
}

namespace lars::tools {

namespace {
constexpr qsizetype maxHeaderBytes = 16 * 1024;
constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

CreonReceiver::CreonReceiver(ReceiverStore &store, ReceiverBehaviour behaviour, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_behaviour(std::move(behaviour))
{
    initCreonResources();
    m_schema = models::JsonSchema::fromFile(QStringLiteral(":/creon/batch.schema.json"));
}

bool CreonReceiver::useTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile);
    QFile keyPem(keyFile);
    if (chain.isEmpty() || !keyPem.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificate %1 or the key %2").arg(certificateFile, keyFile);
        return false;
    }
    const QByteArray keyBytes = keyPem.readAll();
    QSslKey key(keyBytes, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Rsa);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no PEM private key (EC or RSA)").arg(keyFile);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls = tls;
    return true;
}

bool CreonReceiver::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_schema.isValid()) {
        *error = m_schema.loadError();
        return false;
    }
    if (m_tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*m_tls);
        // A client that does not trust us (or speaks plain HTTP) is logged, not answered.
        connect(
            server.get(), &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError e) { qCInfo(lcReceiver) << "TLS failed:" << e; });
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // Emitted once a connection is ready for HTTP: after the TLS handshake when serving https.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &CreonReceiver::onConnection);
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

void CreonReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

CreonReceiver::Answer CreonReceiver::problem(int status, const QString &title, const QJsonArray &errors)
{
    QJsonObject o{{QStringLiteral("status"), status}, {QStringLiteral("title"), title}};
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), errors);
    return {status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/problem+json"};
}

void CreonReceiver::onReadable(QTcpSocket *socket)
{
    Connection &c = m_connections[socket];
    if (c.busy)
        return;
    c.buffer += socket->readAll();
    const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (c.buffer.size() > maxHeaderBytes)
            send(socket, problem(400, QStringLiteral("The request header is too large")), false);
        return;
    }
    const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype length = 0;
    bool hasLength = false, keepAlive = true;
    QByteArray contentType;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        bool ok = true;
        if (name == "content-length") {
            length = value.toLongLong(&ok);
            hasLength = ok && length >= 0;
        } else if (name == "connection" && value.toLower() == "close") {
            keepAlive = false;
        } else if (name == "content-type") {
            contentType = value.split(';').first().trimmed().toLower();
        } else if (name == "transfer-encoding") {
            send(socket, problem(411, QStringLiteral("Send a Content-Length, not a chunked body")), false);
            return;
        }
    }
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        send(socket, problem(400, QStringLiteral("Not an HTTP/1.1 request")), false);
        return;
    }
    if (length > maxBodyBytes) {
        send(socket, problem(413, QStringLiteral("The body is too large")), false);
        return;
    }
    if (c.buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    const QByteArray body = c.buffer.mid(headerEnd + 4, length);
    c.buffer.remove(0, headerEnd + 4 + length);
    const QByteArray method = requestLine[0];
    Answer answer;
    if (method == "POST" && !hasLength)
        answer = problem(411, QStringLiteral("A Content-Length is required"));
    else if (method == "POST" && contentType != "application/json")
        answer = problem(415, QStringLiteral("The body must be application/json"));
    else
        answer = handle(socket, method, requestLine[1], body);
    if (answer.drop) {
        qCInfo(lcReceiver) << "dropping the connection without an answer, as told";
        socket->abort();
        return;
    }
    if (answer.delayMs > 0) {
        c.busy = true;
        QTimer::singleShot(answer.delayMs, socket, [this, socket, answer, keepAlive] {
            send(socket, answer, keepAlive);
            if (m_connections.contains(socket)) {
                m_connections[socket].busy = false;
                onReadable(socket);
            }
        });
        return;
    }
    send(socket, answer, keepAlive);
    if (keepAlive && m_connections.contains(socket) && !m_connections[socket].buffer.isEmpty())
        onReadable(socket);
}

void CreonReceiver::send(QTcpSocket *socket, const Answer &answer, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) +
                     "\r\nContent-Type: " + answer.contentType +
                     "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    if (answer.status == 503)
        out += "Retry-After: 1\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    socket->write(out + answer.body);
    if (!keepAlive)
        socket->disconnectFromHost();
}

CreonReceiver::Answer CreonReceiver::handle(QTcpSocket *socket, const QByteArray &method,
                                            const QByteArray &path, const QByteArray &body)
{
    if (path == "/health")
        return method == "GET" ? Answer{200, R"({"status":"ok"})"} : problem(405, QStringLiteral("GET only"));
    if (path == "/control") {
        // Misbehaviour on command is for tests on this machine only.
        if (!socket->peerAddress().isLoopback())
            return problem(403, QStringLiteral("Control is only allowed from this machine"));
        if (method == "POST") {
            QString error;
            const QJsonDocument doc = QJsonDocument::fromJson(body);
            if (!doc.isObject() || !m_behaviour.apply(doc.object(), &error))
                return problem(400,
                               error.isEmpty() ? QStringLiteral("The body must be a JSON object") : error);
            qCInfo(lcReceiver) << "behaviour now"
                               << QJsonDocument(m_behaviour.toJson()).toJson(QJsonDocument::Compact);
        } else if (method != "GET") {
            return problem(405, QStringLiteral("GET or POST"));
        }
        QJsonObject state = m_behaviour.toJson();
        state.insert(QStringLiteral("accepted"), m_store.acceptedCount());
        state.insert(QStringLiteral("batchesReceived"), m_batchesReceived);
        return {200, QJsonDocument(state).toJson(QJsonDocument::Compact)};
    }
    if (path != "/creon/v1/batches")
        return problem(404, QStringLiteral("No such resource"));
    if (method != "POST")
        return problem(405, QStringLiteral("POST a batch"));
    ++m_batchesReceived;
    if (m_behaviour.unavailable != 0) {
        if (m_behaviour.unavailable > 0)
            --m_behaviour.unavailable;
        return problem(503, QStringLiteral("The service is temporarily unavailable"));
    }
    Answer answer = takeBatch(body);
    answer.delayMs = m_behaviour.slowMs;
    if (answer.status == 200 && m_behaviour.drop > 0) {
        --m_behaviour.drop;
        answer.drop = true;
    }
    return answer;
}

CreonReceiver::Answer CreonReceiver::takeBatch(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problem(400, QStringLiteral("The body is not JSON: %1").arg(parseError.errorString()));
    // Errors inside one record refuse that record; any other error refuses the whole batch.
    QHash<int, QStringList> recordErrors;
    QJsonArray envelopeErrors;
    for (const auto &e :
         m_schema.validate(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()))) {
        const QStringList parts = e.path.split(u'/');
        bool isIndex = false;
        const int index = parts.value(2).toInt(&isIndex);
        if (parts.size() > 2 && parts[1] == QLatin1String("records") && isIndex)
            recordErrors[index].append(
                (e.path.mid(parts[1].size() + parts[2].size() + 2) + u' ' + e.message).trimmed());
        else
            envelopeErrors.append(
                QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("message"), e.message}});
    }
    if (!envelopeErrors.isEmpty())
        return problem(400, QStringLiteral("The batch does not follow lars-creon-batch/1"), envelopeErrors);

    const QJsonObject batch = doc.object();
    const QString batchId = batch.value(QLatin1String("batchId")).toString();
    const QJsonArray records = batch.value(QLatin1String("records")).toArray();
    QJsonArray results;
    int accepted = 0, duplicates = 0, refused = 0;
    bool ok = true;
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject record = records[i].toObject();
        const QString id = record.value(QLatin1String("registrationId")).toString();
        const qint64 version = record.value(QLatin1String("version")).toInteger();
        QJsonObject result{{QStringLiteral("registrationId"), id}, {QStringLiteral("version"), version}};
        QString reason;
        if (recordErrors.contains(i))
            reason = QStringLiteral("Ongeldig record: %1").arg(recordErrors[i].join(QLatin1String("; ")));
        for (const RefusalRule &rule : std::as_const(m_behaviour.refusals))
            if (reason.isEmpty() && rule.matches(record))
                reason = rule.reason;
        if (!reason.isEmpty() && !m_store.contains(id, version)) {
            ok = ok && m_store.refuse(record, batchId, reason);
            result.insert(QStringLiteral("status"), QStringLiteral("refused"));
            result.insert(QStringLiteral("reason"), reason.left(500));
            ++refused;
        } else if (m_store.contains(id, version)) {
            result.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            ++duplicates;
        } else {
            ok = ok && m_store.accept(record, batchId);
            result.insert(QStringLiteral("status"), QStringLiteral("accepted"));
            ++accepted;
        }
        results.append(result);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ok = ok && m_store.logBatch({{QStringLiteral("receivedAt"), now},
                                 {QStringLiteral("batchId"), batchId},
                                 {QStringLiteral("period"), batch.value(QLatin1String("period"))},
                                 {QStringLiteral("sequence"), batch.value(QLatin1String("sequence"))},
                                 {QStringLiteral("trigger"), batch.value(QLatin1String("trigger"))},
                                 {QStringLiteral("records"), records.size()},
                                 {QStringLiteral("accepted"), accepted},
                                 {QStringLiteral("duplicate"), duplicates},
                                 {QStringLiteral("refused"), refused}});
    if (!ok || !m_store.sync())
        return problem(500, QStringLiteral("The receiver could not store the batch"));
    qCInfo(lcReceiver).noquote() << "batch" << batchId << ":" << records.size() << "records," << accepted
                                 << "accepted," << duplicates << "duplicates," << refused << "refused";
    const QJsonObject answer{{QStringLiteral("format"), QStringLiteral("lars-creon-results/1")},
                             {QStringLiteral("batchId"), batchId},
                             {QStringLiteral("results"), results}};
    return {200, QJsonDocument(answer).toJson(QJsonDocument::Compact)};
}

} // namespace lars::tools
