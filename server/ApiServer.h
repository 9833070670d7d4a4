#pragma once
// The HTTP(S) front of lars-server: parses and checks every request (route, method, size, media type,
// UTF-8, JSON, bearer token, Idempotency-Key), runs the handler in a transaction when it writes, and
// answers JSON or problem+json. Qt 6.4's QHttpServer router cannot answer 405/413/415 the way the API
// needs, so this derives from QAbstractHttpServer and routes itself.
#include "server/Database.h"
#include "server/Http.h"
#include "server/ServerConfig.h"
#include "server/TokenStore.h"

#include <QAbstractHttpServer>
#include <functional>

namespace lars::server {

struct Route
{
    enum Flag
    {
        Authenticated = 0x1,
        TakesBody = 0x2,
        Idempotent = 0x4
    };
    QByteArray method;
    QString pattern; // e.g. "/api/v1/pupils/{pupilId}/parent-heights"
    int flags = Authenticated;
    std::function<Response(Request &)> handler;
    QStringList segments;
};

class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(const ServerConfig &config, Database &db, QObject *parent = nullptr);

    void addRoute(const QByteArray &method, const QString &pattern, int flags,
                  std::function<Response(Request &)> handler);
    const QList<Route> &routes() const { return m_routes; }

    // Writes an audit entry now (inside the request's transaction when there is one).
    void audit(const Request &request, qint64 pupilId, const QString &action, const QString &detail);
    Database &db() { return m_db; }
    TokenStore &tokens() { return m_tokens; }
    const ServerConfig &config() const { return m_config; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response dispatch(Request &request);
    Response runHandler(const Route &route, Request &request);
    Response runIdempotent(const Route &route, Request &request);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Response &response,
               const Request &parsed);

    const ServerConfig &m_config;
    Database &m_db;
    TokenStore m_tokens;
    QList<Route> m_routes;
};

} // namespace lars::server
