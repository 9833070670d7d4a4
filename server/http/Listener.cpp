#include "server/http/Listener.h"

#include "server/Logging.h"
#include "server/http/ProxyHeader.h"

#include <QSslSocket>
#include <QTimer>
#include <algorithm>

namespace lars::server::http {

Listener::Listener(const QSslConfiguration &tls, Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_tls(tls)
    , m_limits(limits)
{}

namespace {
const char *const kProxySource = "lars.proxySource";
}

QHostAddress Listener::proxySource(const QTcpSocket *socket)
{
    return QHostAddress(socket->property(kProxySource).toString());
}

void Listener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls.isNull() ? new QTcpSocket(this) : new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    track(socket);
    if (m_tls.isNull()) {
        connect(socket, &QIODevice::readyRead, this, [this, socket] { readProxyHeader(socket); });
        return;
    }
    auto *ssl = static_cast<QSslSocket *>(socket);
    connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
        m_handshaking.remove(ssl);
        delete ssl->findChild<QTimer *>(QStringLiteral("deadline"));
        ssl->disconnect(this);
        established(ssl);
    });
    ssl->setSslConfiguration(m_tls);
    ssl->startServerEncryption();
}

void Listener::track(QTcpSocket *socket)
{
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
    deadline->setObjectName(QStringLiteral("deadline"));
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] { drop(socket); });
    deadline->start(m_limits.handshakeTimeoutMs);
    // A client that hangs up or sends garbage before the handshake ends: free the socket at once.
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
}

void Listener::readProxyHeader(QTcpSocket *socket)
{
    const ProxyHeader header = ProxyHeader::parse(socket->peek(ProxyHeader::kMaxLength));
    if (header.status == ProxyHeader::Status::NeedMore)
        return;
    if (header.status == ProxyHeader::Status::Invalid) {
        qCWarning(lcServer) << "invalid PROXY protocol header from" << socket->peerAddress().toString();
        drop(socket);
        return;
    }
    if (header.status == ProxyHeader::Status::Complete) {
        socket->skip(header.length);
        if (!header.source.isNull())
            socket->setProperty(kProxySource, header.source.toString());
    }
    m_handshaking.remove(socket);
    delete socket->findChild<QTimer *>(QStringLiteral("deadline"));
    socket->disconnect(this);
    established(socket);
    // The request's first bytes may already be buffered: let the HTTP layer see them.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void Listener::drop(QTcpSocket *socket)
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
    // Before addPendingConnection: the guard must see each readyRead before the HTTP layer reads.
    RequestGuard::attach(socket, m_limits.requests);
    addPendingConnection(socket);
}

} // namespace lars::server::http
