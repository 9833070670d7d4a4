#include "server/http/Listener.h"

#include "server/Logging.h"

#include <QSslSocket>
#include <QTimer>
#include <algorithm>

namespace lars::server::http {

Listener::Listener(const QSslConfiguration &tls, Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_tls(tls)
    , m_limits(limits)
{}

void Listener::incomingConnection(qintptr descriptor)
{
    if (m_tls.isNull()) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        established(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (int(m_handshaking.size()) >= m_limits.maxHandshakes) {
        // A flood of connections that never finish their handshake: the oldest makes room. A real
        // client finishes in milliseconds, so it is never the oldest for long.
        ++m_dropped;
        if (!m_dropLog.isValid() || m_dropLog.hasExpired(10000)) {
            qCWarning(lcServer) << "too many TLS handshakes in progress: dropped the oldest" << m_dropped
                                << "times since the last report";
            m_dropped = 0;
            m_dropLog.start();
        }
        drop(m_handshaking.front());
    }
    m_handshaking.push_back(socket);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] { drop(socket); });
    deadline->start(m_limits.handshakeTimeoutMs);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, deadline] {
        m_handshaking.remove(socket);
        delete deadline;
        socket->disconnect(this);
        established(socket);
    });
    // A client that hangs up or sends garbage before the handshake ends: free the socket at once.
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (!socket->isEncrypted())
            drop(socket);
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        if (!socket->isEncrypted())
            drop(socket);
    });
    socket->setSslConfiguration(m_tls);
    socket->startServerEncryption();
}

void Listener::drop(QSslSocket *socket)
{
    const auto it = std::find(m_handshaking.begin(), m_handshaking.end(), socket);
    if (it == m_handshaking.end())
        return; // already dropped (errorOccurred and disconnected both arrive)
    m_handshaking.erase(it);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void Listener::established(QTcpSocket *socket)
{
    // Idle connections (kept alive, or opened and left silent) hold a descriptor each: close them after
    // a while. Any traffic in either direction restarts the clock.
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    connect(socket, &QIODevice::readyRead, idle, qOverload<>(&QTimer::start));
    connect(socket, &QIODevice::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();
    addPendingConnection(socket);
}

} // namespace lars::server::http
