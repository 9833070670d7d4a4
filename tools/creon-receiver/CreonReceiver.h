#pragma once
// A stand-in for the ministry's CREON web service: takes batches (POST /creon/v1/batches), validates them
// against docs/creon/batch.schema.json, de-duplicates on (registrationId, version), stores what it
// accepted and answers per record; GET/POST /control read and change how it misbehaves. HTTP/1.1 with
// keep-alive, one request at a time per connection; plain, or TLS with a given certificate and key.
#include "models/JsonSchema.h"
#include "tools/creon-receiver/ReceiverBehaviour.h"
#include "tools/creon-receiver/ReceiverStore.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <memory>
#include <optional>

class QTcpSocket;

namespace lars::tools {

class CreonReceiver final : public QObject
{
    Q_OBJECT
public:
    CreonReceiver(ReceiverStore &store, ReceiverBehaviour behaviour, QObject *parent = nullptr);

    // Serve https with this certificate chain and private key (PEM files); call before listen().
    bool useTls(const QString &certificateFile, const QString &keyFile, QString *error);
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // an answer is being delayed: read nothing more until it is written
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        bool drop = false;
        int delayMs = 0;
    };

    void onConnection();
    void onReadable(QTcpSocket *socket);
    Answer handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                  const QByteArray &body);
    Answer takeBatch(const QByteArray &body);
    void send(QTcpSocket *socket, const Answer &answer, bool keepAlive);
    static Answer problem(int status, const QString &title, const QJsonArray &errors = {});

    ReceiverStore &m_store;
    ReceiverBehaviour m_behaviour;
    models::JsonSchema m_schema;
    std::optional<QSslConfiguration> m_tls;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    qint64 m_batchesReceived = 0;
};

} // namespace lars::tools
