#include "ui/login/OidcLoopback.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace lars::ui {

namespace {
constexpr qsizetype kMaxRequest = 16 * 1024;
constexpr int kRequestTimeoutMs = 10000;
} // namespace

OidcLoopback::OidcLoopback(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &OidcLoopback::onConnection);
}

OidcLoopback::~OidcLoopback() = default;

bool OidcLoopback::listen(quint16 port)
{
    close();
    // A path of its own per attempt: a stray request to the port is not mistaken for the redirect.
    m_path =
        QStringLiteral("/lars/%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    // 127.0.0.1 only, never all interfaces: nobody on the school's network may answer in the browser's place.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = m_server->errorString();
        return false;
    }
    m_error.clear();
    return true;
}

void OidcLoopback::close()
{
    m_server->close();
}

bool OidcLoopback::isListening() const
{
    return m_server->isListening();
}

QUrl OidcLoopback::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(m_path);
    return url;
}

void OidcLoopback::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void OidcLoopback::onReadable(QTcpSocket *socket)
{
    if (socket->bytesAvailable() + socket->property("seen").toLongLong() > kMaxRequest) {
        socket->abort();
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    socket->setProperty("seen", buffer.size());
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        socket->abort();
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine[1]), QUrl::StrictMode);
    if (requestLine[0] != "GET" || target.path() != m_path || !m_server->isListening()) {
        reply(socket, 404, tr("Not found"), tr("This page is not part of the LARS login."));
        return;
    }
    const QUrlQuery query(target);
    const bool stateMatches = !m_state.isEmpty() && query.queryItemValue(QStringLiteral("state")) == m_state;
    const bool ok = stateMatches && query.hasQueryItem(QStringLiteral("code"));
    if (ok)
        reply(socket, 200, tr("Logged in to LARS"), tr("You may close this tab and continue in LARS."));
    else
        reply(socket, 200, tr("Login to LARS failed"),
              tr("Go back to LARS to see why and to try again. You may close this tab."));
    // One redirect per attempt: the next request finds the port closed.
    close();
    emit redirected(query, stateMatches);
}

void OidcLoopback::reply(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QByteArray body =
        QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2"
                       "</title></head><body style=\"font-family:sans-serif;max-width:36rem;"
                       "margin:3rem auto\"><h1>%2</h1><p>%3</p></body></html>")
            .arg(tr("en", "HTML language code of this page"), title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    const QByteArray reason = status == 200 ? "OK" : "Not Found";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: "
                  "close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace lars::ui
