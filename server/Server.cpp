#include "server/Server.h"

#include "server/DevCertificate.h"
#include "server/Dispatcher.h"
#include "server/Logging.h"
#include "server/Services.h"
#include "server/creon/CreonRegistry.h"
#include "server/creon/CreonSender.h"
#include "server/demodata/DemoData.h"
#include "server/http/Listener.h"
#include "server/http/QtHttpFront.h"
#include "server/http/Router.h"
#include "server/http/TlsPolicy.h"
#include "server/routes/Routes.h"
#include "server/store/AuditIndexer.h"
#include "server/store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace lars::server {

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}
} // namespace

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

Server::~Server() = default;

int Server::start()
{
    QString error;
    m_db = store::Database::open(m_config.db, QStringLiteral("lars-server"), &error);
    if (!m_db) {
        qCCritical(lcServer).noquote() << error;
        return 3;
    }
    if (!m_db->migrate(&error)) {
        qCCritical(lcServer).noquote() << "schema migration failed:" << error;
        return 3;
    }
    qCInfo(lcServer) << "database ready, schema version" << m_db->schemaVersion();
    try {
        // Housekeeping at start (any process may do it): expired tokens and day-old idempotency keys.
        const QString dayAgo = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs);
        m_db->run(QStringLiteral("DELETE FROM auth_tokens WHERE expires_at < ?"), {dayAgo});
        m_db->run(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"), {dayAgo});
    } catch (const store::DbError &e) {
        qCWarning(lcServer) << "housekeeping failed:" << e.what();
    }

    if (m_config.demoPupils >= 0) {
        if (!demodata::DemoData::isEmpty(m_db->db())) {
            qCWarning(lcServer) << "--demo ignored: the database already holds data";
        } else {
            demodata::DemoData demo(m_db->db(), m_db->isPostgres());
            if (!demo.generate(m_config.demoPupils, &error)) {
                qCCritical(lcServer).noquote() << "demo data failed:" << error;
                return 3;
            }
            qCInfo(lcServer) << "demo data written for" << m_config.demoPupils << "pupils";
            // CREON as if staff had registered live: the consults and activities of the last two school
            // years yield their items and wait in the outbox.
            try {
                m_db->begin();
                const int derived = creon::CreonRegistry(*m_db).deriveExisting(
                    demodata::DemoData::schoolYearStart().addYears(-1));
                m_db->commit();
                qCInfo(lcServer) << "demo CREON registrations derived:" << derived;
            } catch (const store::DbError &e) {
                m_db->rollback();
                qCCritical(lcServer) << "demo CREON derivation failed:" << e.what();
                return 3;
            }
            QSqlQuery(m_db->db()).exec(QStringLiteral("ANALYZE")); // planner statistics after the bulk load
        }
    }

    m_services = std::make_unique<Services>(*m_db, m_config);
    // On PostgreSQL the per-pupil index of search listings takes them into its pending list; the indexer
    // merges that list off the request thread (store::AuditStore, store::AuditIndexer).
    m_auditIndexer = std::make_unique<store::AuditIndexer>(*m_db, m_config.db);
    m_services->audit.onListingRecorded([indexer = m_auditIndexer.get()] { indexer->listingRecorded(); });
    m_auditIndexer->start();
    m_router = std::make_unique<http::Router>();
    m_routes = routes::Routes::create(*m_router, *m_services, &error);
    if (!m_routes) {
        qCCritical(lcServer).noquote() << error;
        return 2;
    }
    m_dispatcher = std::make_unique<Dispatcher>(*m_router, *m_services);
    http::QtHttpFront::Options front;
    front.https = !m_config.insecureHttp;
    front.proxies.set(m_config.trustedProxies, &error); // checked by ServerConfig::parse
    front.instance = m_config.instance.toLatin1();
    if (m_config.listenPlain && front.proxies.isEmpty())
        qCWarning(lcServer) << "--listen-plain without --trusted-proxy: every client has the proxy's address "
                               "(one rate-limit bucket, audit without client addresses)";
    m_http = std::make_unique<http::QtHttpFront>([this](http::Request &r) { return m_dispatcher->handle(r); },
                                                 std::move(front));

    QSslConfiguration ssl;
    if (m_config.listenPlain) {
        qCInfo(lcServer) << "plain HTTP behind a TLS-terminating proxy (--listen-plain)";
    } else if (!m_config.insecureHttp) {
        QByteArray certPem, keyPem;
        if (!m_config.certFile.isEmpty()) {
            certPem = readFile(m_config.certFile, &error);
            keyPem = readFile(m_config.keyFile, &error);
        } else {
            const DevCertificate dev = DevCertificate::generate(&error);
            certPem = dev.certificatePem;
            keyPem = dev.privateKeyPem;
            qCInfo(lcServer).noquote() << "using an ephemeral development certificate, SHA-256 fingerprint"
                                       << DevCertificate::fingerprint(certPem);
            if (!m_config.certOut.isEmpty()) {
                QSaveFile out(m_config.certOut);
                if (!out.open(QIODevice::WriteOnly) || out.write(certPem) != certPem.size() ||
                    !out.commit()) {
                    qCCritical(lcServer).noquote() << "cannot write" << m_config.certOut;
                    return 3;
                }
            }
        }
        if (!error.isEmpty()) {
            qCCritical(lcServer).noquote() << error;
            return 3;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            qCCritical(lcServer) << "the certificate or key is not valid PEM";
            return 3;
        }
        ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(chain.first());
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        http::TlsPolicy::apply(ssl);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        qCWarning(lcServer) << "plain HTTP on loopback (--insecure-http): for local tests only";
    }

    // Our own listener instead of QAbstractHttpServer::listen(): Qt 6.4's QSslServer wedges after a burst
    // of aborted handshakes (see http/Listener.h).
    const http::RequestGuard::Limits requestLimits{m_config.maxBodyBytes, 32 * 1024,
                                                   m_config.requestTimeoutSeconds * 1000};
    auto *listener = new http::Listener(ssl, {m_config.handshakeTimeoutMs, m_config.maxHandshakes,
                                              m_config.idleTimeoutSeconds * 1000, requestLimits});
    const QHostAddress address = m_config.listenPlain ? m_config.plainAddress : m_config.listenAddress;
    const quint16 port = m_config.listenPlain ? m_config.plainPort : m_config.listenPort;
    if (listener->listen(address, port)) {
        m_port = listener->serverPort();
        // --listen with port 0: the default government-login callback names the port picked now.
        if (m_config.oidc.redirectUri.port() == 0)
            m_config.oidc.redirectUri.setPort(m_port);
        m_http->bind(listener);
        m_listener = listener;
    } else {
        delete listener;
    }
    if (m_port == 0) {
        qCCritical(lcServer).noquote() << "cannot listen on" << address.toString() << port;
        return 4;
    }
    if (m_config.creon.enabled()) {
        m_creonSender = std::make_unique<creon::CreonSender>(m_config.creon, m_config.db);
        if (!m_creonSender->start(&error)) {
            qCCritical(lcServer).noquote() << "CREON sender:" << error;
            return 3;
        }
    }
    if (m_config.enableTestTokens)
        qCWarning(lcServer) << "test tokens are enabled (POST /api/v1/test/tokens): never in production";
    installSignalHandlers();
    StructuredLog::event(
        QStringLiteral("listening"),
        {{QStringLiteral("address"), address.toString()},
         {QStringLiteral("port"), m_port},
         {QStringLiteral("scheme"), ssl.isNull() ? QStringLiteral("http") : QStringLiteral("https")},
         {QStringLiteral("instance"), m_config.instance},
         {QStringLiteral("database"),
          m_db->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")}});
    return 0;
}

void Server::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        stop(byte);
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

void Server::stop(int signal)
{
    // Requests are handled one at a time on this thread, so none is half done here: stop accepting, let
    // the audit indexer finish its merge, close the database cleanly and leave the event loop.
    qCInfo(lcServer) << "signal" << signal << "received, shutting down";
    if (m_listener)
        m_listener->close();
    if (m_creonSender)
        m_creonSender->stop();
    if (m_auditIndexer)
        m_auditIndexer->stop();
    QCoreApplication::quit();
}

} // namespace lars::server
