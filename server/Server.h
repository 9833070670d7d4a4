#pragma once
// lars-server start-up and shutdown: database and migrations, demo data, TLS (given or ephemeral
// development certificate), the routes, listening, and a graceful stop on SIGTERM/SIGINT.
#include "server/ServerConfig.h"

#include <QObject>
#include <memory>

class QSocketNotifier;
class QTcpServer;

namespace lars::server {

class Dispatcher;
struct Services;
namespace http {
class Router;
class QtHttpFront;
} // namespace http
namespace routes {
class Routes;
}
namespace store {
class AuditIndexer;
class Database;
} // namespace store
namespace creon {
class CreonSender;
}

class Server final : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Returns the process exit code on failure, 0 when the server is listening.
    int start();
    quint16 port() const { return m_port; }

private:
    void installSignalHandlers();
    void stop(int signal);

    ServerConfig m_config;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<http::Router> m_router;
    std::unique_ptr<routes::Routes> m_routes;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<http::QtHttpFront> m_http;
    QTcpServer *m_listener = nullptr;
    std::unique_ptr<creon::CreonSender> m_creonSender;
    QSocketNotifier *m_signalNotifier = nullptr;
    std::unique_ptr<store::AuditIndexer> m_auditIndexer;
    quint16 m_port = 0;
};

} // namespace lars::server
