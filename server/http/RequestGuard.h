#pragma once
// Watches one connection's requests as their bytes arrive, before Qt's HTTP layer reads them (it is
// connected to readyRead first), and ends the connection with a problem+json answer when a request
// breaks a limit: a body over the limit (413, from its Content-Length, before it is buffered), headers
// that never end (431), a body without a length (411), or a request that is not complete within the
// request deadline (408: a client trickling bytes must not hold a connection for ever).
#include "server/http/RequestFramer.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace lars::server::http {

class RequestGuard final : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 256 * 1024;
        qsizetype maxHeaderBytes = 32 * 1024;
        int requestTimeoutMs = 30000;
    };
    // Becomes a child of socket; must be created before the HTTP layer connects to the socket.
    static void attach(QTcpSocket *socket, const Limits &limits);

private:
    RequestGuard(QTcpSocket *socket, const Limits &limits);
    void inspect();
    void refuse(int status, const char *reason, const char *type, const QString &title);

    QTcpSocket *m_socket;
    RequestFramer m_framer;
    QTimer m_deadline;
    bool m_refused = false;
    qint64 m_discarded = 0;
};

} // namespace lars::server::http
