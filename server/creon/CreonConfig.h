#pragma once
// The CREON delivery settings of lars-server: where and when batches go, how hard to retry. Set with
// --creon-* flags or the same keys in the config file (docs/creon.md). No endpoint: nothing is sent.
#include <QList>
#include <QString>
#include <QTime>
#include <QUrl>

namespace lars::server::creon {

struct CreonConfig
{
    QUrl endpoint;                  // POST target of batches, e.g. https://creon.example/creon/v1/batches
    int intervalSeconds = 3600;     // one schedule period (when no daily times are given)
    QList<QTime> dailyTimes;        // "02:00,14:00": periods start at these local (Europe/Brussels) times
    int batchSize = 1000;           // records per batch (the format allows 5000)
    int maxAttempts = 10;           // a record that failed this often is dead
    int retrySeconds = 60;          // first backoff; doubles per attempt, with jitter
    int retryMaxSeconds = 6 * 3600; // backoff cap
    int timeoutSeconds = 60;        // one delivery attempt, answer included
    int leaseSeconds = 60;          // the sender's lease; another process takes over after this
    QString caFile;                 // extra trusted CA certificates (PEM) for the endpoint
    bool intervalGiven = false;

    bool enabled() const { return endpoint.isValid() && !endpoint.isEmpty(); }
    // Applies one key ("creon-endpoint", …, without dashes in front); false with *error on a bad value.
    // *known is false for keys that are not CREON keys.
    bool set(const QString &key, const QString &value, bool *known, QString *error);
    // Checks the combination once every key is set.
    bool validate(QString *error) const;
    static QStringList keys();
    static QString usage();
};

} // namespace lars::server::creon
