#pragma once
// The HTTP(S) transport of lars-server on Qt's QAbstractHttpServer: turns each parsed request into a
// Request (path and query decoded and checked for UTF-8), hands it to the handler, writes the Response
// with the security headers every answer carries, and logs one access line per request.
#include "server/http/Request.h"
#include "server/http/Response.h"

#include <QAbstractHttpServer>
#include <functional>

namespace lars::server::http {

class QtHttpFront final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<Response(Request &)>;
    QtHttpFront(Handler handler, bool https, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Response &response,
               const QString &requestId);

    Handler m_handler;
    bool m_https;
};

} // namespace lars::server::http
