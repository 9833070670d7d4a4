#pragma once
// lars-server start-up and shutdown: database and migrations, demo data, TLS (given or ephemeral
// development certificate), listening, and a graceful stop on SIGTERM/SIGINT.
#include "server/ServerConfig.h"

#include <QObject>
#include <memory>

class QSocketNotifier;

namespace lars::server {

class Api;
class ApiServer;
class Database;
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
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ApiServer> m_http;
    std::unique_ptr<Api> m_api;
    std::unique_ptr<creon::CreonSender> m_creonSender;
    QSocketNotifier *m_signalNotifier = nullptr;
    quint16 m_port = 0;
};

} // namespace lars::server
