#pragma once
// The TCP listener of lars-server: accepts connections and, with TLS, hands a socket to the HTTP layer only
// once its handshake is done. Qt 6.4's QSslServer pauses accepting when 30 handshakes are in progress and
// resumes only from its handshake timer or nextPendingConnection(); when those 30 clients hang up first
// (a port scan, a load balancer's TCP check) their sockets are deleted, no timer is left and the server
// never accepts again. Here a handshake in progress never pauses accepting: it has a deadline, the number
// in progress is capped (the oldest gives way), and established connections that stay silent are closed.
// Plain HTTP (behind a TLS-terminating proxy) gets the same deadline and cap until its first bytes show
// whether a PROXY v2 header comes first; the header's client address is kept on the socket (proxySource).
#include "server/http/RequestGuard.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <list>

class QSslSocket;

namespace lars::server::http {

class Listener final : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int handshakeTimeoutMs = 5000; // from accept to the end of the TLS handshake
        int maxHandshakes = 256;       // handshakes in progress at once; the oldest is dropped beyond it
        int idleTimeoutMs = 120000;    // an established connection with no traffic for this long is closed
        RequestGuard::Limits requests; // body, header and time limits enforced while a request is read
    };

    // tls: null configuration = plain HTTP.
    Listener(const QSslConfiguration &tls, Limits limits, QObject *parent = nullptr);

    int handshakesInProgress() const { return int(m_handshaking.size()); }
    // The client a PROXY v2 header named for this connection (null without one); who may say so is
    // decided per request (TrustedProxies).
    static QHostAddress proxySource(const QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void established(QTcpSocket *socket);
    void track(QTcpSocket *socket);
    void readProxyHeader(QTcpSocket *socket);
    void drop(QTcpSocket *socket);

    QSslConfiguration m_tls;
    Limits m_limits;
    std::list<QTcpSocket *> m_handshaking; // oldest first (TLS handshake or PROXY header in progress)
    QElapsedTimer m_dropLog;               // a flood is reported every 10 s, not once per connection
    qint64 m_dropped = 0;
};

} // namespace lars::server::http
