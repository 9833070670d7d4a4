#include "server/http/RequestGuard.h"

#include "server/Logging.h"
#include "server/http/Response.h"

#include <QTcpSocket>

namespace lars::server::http {

namespace {
constexpr qint64 kMaxDiscard = 4 * 1024 * 1024; // read and dropped after a refusal before resetting
constexpr int kLingerMs = 2000;                 // after a refusal, the client has this long to close
} // namespace

void RequestGuard::attach(QTcpSocket *socket, const Limits &limits)
{
    new RequestGuard(socket, limits);
}

RequestGuard::RequestGuard(QTcpSocket *socket, const Limits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_framer(limits.maxBodyBytes, limits.maxHeaderBytes)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(limits.requestTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        refuse(408, "Request Timeout", "request-timeout",
               QStringLiteral("The request was not complete in time"));
    });
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::inspect);
    if (socket->bytesAvailable() > 0)
        inspect();
}

void RequestGuard::inspect()
{
    if (m_refused) {
        // What a refused client still sends is read and dropped, up to a point: closing with unread data
        // would reset the connection and the client would lose the answer before reading it.
        m_discarded += m_socket->readAll().size();
        if (m_discarded > kMaxDiscard)
            m_socket->abort();
        return;
    }
    // Only the bytes not yet read by the HTTP layer are buffered: peek sees each byte once.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    switch (m_framer.feed(fresh)) {
    case RequestFramer::Verdict::Ok:
        break;
    case RequestFramer::Verdict::BodyTooLarge:
        refuse(413, "Content Too Large", "body-too-large", QStringLiteral("The request body is too large"));
        return;
    case RequestFramer::Verdict::HeadersTooLarge:
        refuse(431, "Request Header Fields Too Large", "headers-too-large",
               QStringLiteral("The request headers are too large"));
        return;
    case RequestFramer::Verdict::LengthRequired:
        refuse(411, "Length Required", "length-required",
               QStringLiteral("A request body needs a Content-Length header"));
        return;
    case RequestFramer::Verdict::Malformed:
        refuse(400, "Bad Request", "malformed-request", QStringLiteral("The request is malformed"));
        return;
    }
    if (!m_framer.inRequest())
        m_deadline.stop();
    else if (!m_deadline.isActive())
        m_deadline.start();
}

void RequestGuard::refuse(int status, const char *reason, const char *type, const QString &title)
{
    m_refused = true;
    m_deadline.stop();
    qCWarning(lcServer).noquote() << "refused a request from" << m_socket->peerAddress().toString()
                                  << "before reading it:" << status << reason;
    // The HTTP layer must not parse the rest of a refused request: it is read here and discarded.
    m_socket->readAll();
    const QByteArray body = Response::problem(status, problems::uri(type), title).body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: application/problem+json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\r\n";
    m_socket->write(head + body);
    // A lingering close: the client's remaining bytes are read and dropped until it has read the answer
    // and closes (the answer says Connection: close), or until it has sent too much or taken too long.
    // Closing at once would reset the connection and the client would lose the answer unread.
    m_deadline.disconnect(this);
    connect(&m_deadline, &QTimer::timeout, m_socket, &QAbstractSocket::abort);
    m_deadline.start(kLingerMs);
}

} // namespace lars::server::http
