#pragma once
// The CREON sender of one lars-server process. Every process runs one; the lease in the database makes
// exactly one of them send. On its tick the holder resends the open batch when it is due, or forms the
// period's batch, and POSTs it to the configured endpoint; the answer is applied per record.
#include "models/JsonSchema.h"
#include "server/creon/CreonConfig.h"
#include "server/creon/CreonOutbox.h"
#include "server/creon/CreonSchedule.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>
#include <memory>

class QNetworkReply;

namespace lars::server::store {
class Database;
}

namespace lars::server::creon {

class CreonSender final : public QObject
{
    Q_OBJECT
public:
    CreonSender(CreonConfig config, QString databaseUrl, QObject *parent = nullptr);
    ~CreonSender() override;

    // Opens the sender's own database connection and starts ticking; false with *error when it cannot.
    bool start(QString *error);
    // Gives the lease back (graceful shutdown) so another process takes over at once.
    void stop();

private:
    void tick();
    void send(const CreonBatch &batch);
    void answered(QNetworkReply *reply, const QString &batchId);

    CreonConfig m_config;
    QString m_databaseUrl;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<CreonOutbox> m_outbox;
    CreonSchedule m_schedule;
    RetryPolicy m_policy;
    models::JsonSchema m_resultsSchema;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration(); // plus creon-ca
    QTimer m_timer;
    QPointer<QNetworkReply> m_inFlight;
    QRandomGenerator m_random;
};

} // namespace lars::server::creon
