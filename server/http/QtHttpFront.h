#pragma once
// The HTTP(S) transport of lars-server on Qt's QAbstractHttpServer: turns each parsed request into a
// Request (path and query decoded and checked for UTF-8), hands it to the handler, writes the Response
// with the security headers every answer carries, and logs one access line per request. The client
// address comes from a trusted proxy or the socket (see Request::clientAddress).
#include "server/http/Request.h"
#include "server/http/Response.h"
#include "server/http/TrustedProxies.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <functional>

namespace lars::server::http {

class Wait;

class QtHttpFront final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<Response(Request &)>;
    struct Options
    {
        bool https = true;      // what the client sees (also behind a TLS-terminating proxy): sends HSTS
        TrustedProxies proxies; // who may name the client
        QByteArray instance;    // X-Lars-Instance on every answer when set
    };
    QtHttpFront(Handler handler, Options options, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Response::waitFor: a deferred answer that runs the same request through the handler again once the
    // wait is done.
    Response runAgainWhenDone(const Request &request, const std::shared_ptr<Wait> &wait);
    void write(QHttpServerResponder &responder, const Response &response, const QString &requestId);
    static void logRequest(const Request &request, int status, qint64 elapsedNs);

    Handler m_handler;
    Options m_options;
};

} // namespace lars::server::http
