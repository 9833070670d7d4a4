#include "server/creon/CreonSender.h"

#include "server/Logging.h"
#include "server/store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUuid>

namespace lars::server::creon {

CreonSender::CreonSender(CreonConfig config, QString databaseUrl, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_databaseUrl(std::move(databaseUrl))
    , m_schedule(m_config.intervalSeconds, m_config.dailyTimes)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_policy = {m_config.maxAttempts, m_config.retrySeconds, m_config.retryMaxSeconds,
                [this] { return m_random.generateDouble(); }};
    // Often enough to keep the lease and to see an administrator's "send now" within a second or so.
    m_timer.setInterval(std::clamp(m_config.intervalSeconds * 250, 100, 1000));
    connect(&m_timer, &QTimer::timeout, this, &CreonSender::tick);
}

CreonSender::~CreonSender() = default;

bool CreonSender::start(QString *error)
{
    m_db = store::Database::open(m_databaseUrl, QStringLiteral("creon-sender"), error);
    if (!m_db)
        return false;
    m_resultsSchema = models::JsonSchema::fromFile(QStringLiteral(":/creon/results.schema.json"));
    if (!m_resultsSchema.isValid()) {
        *error = m_resultsSchema.loadError();
        return false;
    }
    if (!m_config.caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(m_config.caFile);
        if (certificates.isEmpty()) {
            *error = QStringLiteral("creon-ca: no PEM certificate in %1").arg(m_config.caFile);
            return false;
        }
        // Only for the requests to the endpoint: the process-wide default stays as it is.
        m_ssl.addCaCertificates(certificates);
    }
    m_outbox = std::make_unique<CreonOutbox>(*m_db, QUuid::createUuid().toString(QUuid::WithoutBraces));
    qCInfo(lcServer).noquote() << "CREON sender" << m_outbox->holder() << "ready for"
                               << m_config.endpoint.toString()
                               << (m_config.dailyTimes.isEmpty()
                                       ? QStringLiteral("every %1 s").arg(m_config.intervalSeconds)
                                       : QStringLiteral("at fixed times"));
    m_timer.start();
    QTimer::singleShot(0, this, &CreonSender::tick);
    return true;
}

void CreonSender::stop()
{
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
    if (m_outbox) {
        try {
            m_outbox->releaseLease();
        } catch (const store::DbError &e) {
            qCWarning(lcServer) << "CREON sender: could not give the lease back:" << e.what();
        }
    }
}

void CreonSender::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    try {
        if (!m_outbox->holdLease(now, m_config.leaseSeconds) || m_inFlight)
            return;
        const CreonOutbox::Position position = m_outbox->position();
        const bool sendNow = !position.sendNowAt.isEmpty() && position.sendNowAt != position.sendNowDone;
        if (const auto open = m_outbox->openBatch()) {
            // Batches go one at a time and in order: the open one first, with its own id, until answered.
            if (sendNow)
                m_outbox->markSendNowHandled(position.sendNowAt, open->id, now);
            if (sendNow || !open->nextAttemptAt.isValid() || open->nextAttemptAt <= now)
                send(*open);
            return;
        }
        std::optional<CreonBatch> batch;
        const QDateTime period = m_schedule.periodStart(now);
        if (sendNow) {
            const QDateTime asked = QDateTime::fromString(position.sendNowAt, Qt::ISODateWithMs);
            batch = m_outbox->formBatch(asked, 1, QStringLiteral("administrator"), m_config.batchSize, now,
                                        position.sendNowAt);
        } else if (!position.lastPeriod.isValid() || period > position.lastPeriod) {
            batch = m_outbox->formBatch(period, 1, QStringLiteral("schedule"), m_config.batchSize, now, {});
        } else if (position.backlog) {
            batch = m_outbox->formBatch(position.lastPeriod, position.lastSequence + 1,
                                        QStringLiteral("schedule"), m_config.batchSize, now, {});
        }
        if (batch)
            send(*batch);
    } catch (const store::DbError &e) {
        // The database is away for a moment: the next tick tries again, nothing is lost.
        if (m_db->inTransaction())
            m_db->rollback();
        qCWarning(lcServer) << "CREON sender: database error:" << e.what();
        m_db->reconnectIfLost();
    }
}

void CreonSender::send(const CreonBatch &batch)
{
    if (!m_outbox->attemptStarted(batch.id, QDateTime::currentDateTimeUtc()))
        return;
    QNetworkRequest request(m_config.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", batch.id.toLatin1());
    request.setRawHeader("User-Agent", "lars-server/" LARS_VERSION);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_config.timeoutSeconds * 1000);
    request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = m_network.post(request, batch.body);
    m_inFlight = reply;
    const QString id = batch.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { answered(reply, id); });
}

void CreonSender::answered(QNetworkReply *reply, const QString &batchId)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    QJsonArray results;
    if (status == 0) {
        error = reply->error() == QNetworkReply::OperationCanceledError
                    ? QStringLiteral("geen antwoord binnen %1 s").arg(m_config.timeoutSeconds)
                    : QStringLiteral("geen verbinding: %1").arg(reply->errorString());
    } else if (status != 200) {
        error = QStringLiteral("HTTP %1 %2")
                    .arg(status)
                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        const auto problems = m_resultsSchema.validate(doc.object());
        if (!doc.isObject() || !problems.isEmpty())
            error = QStringLiteral("onleesbaar antwoord: %1")
                        .arg(problems.isEmpty() ? QStringLiteral("geen JSON-object")
                                                : problems.first().path + u' ' + problems.first().message);
        else if (doc.object().value(QLatin1String("batchId")).toString() != batchId)
            error = QStringLiteral("antwoord voor een andere zending");
        else
            results = doc.object().value(QLatin1String("results")).toArray();
    }
    try {
        if (error.isEmpty())
            m_outbox->complete(batchId, results, now, m_policy);
        else
            m_outbox->fail(batchId, error, now, m_policy);
    } catch (const store::DbError &e) {
        // Not recorded: the batch stays open and is sent again with the same id; the receiver de-duplicates.
        if (m_db->inTransaction())
            m_db->rollback();
        qCWarning(lcServer) << "CREON sender: could not record the answer:" << e.what();
        m_db->reconnectIfLost();
    }
}

} // namespace lars::server::creon
