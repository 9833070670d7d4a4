#include "server/creon/CreonConfig.h"

#include "server/ConfigValue.h"

namespace lars::server::creon {

QStringList CreonConfig::keys()
{
    return {QStringLiteral("creon-endpoint"),
            QStringLiteral("creon-interval-seconds"),
            QStringLiteral("creon-times"),
            QStringLiteral("creon-batch-size"),
            QStringLiteral("creon-max-attempts"),
            QStringLiteral("creon-retry-seconds"),
            QStringLiteral("creon-retry-max-seconds"),
            QStringLiteral("creon-timeout-seconds"),
            QStringLiteral("creon-lease-seconds"),
            QStringLiteral("creon-ca")};
}

QString CreonConfig::usage()
{
    return QStringLiteral(
        "  --creon-endpoint URL      where CREON batches are POSTed (https; http only on loopback); none: "
        "off\n"
        "  --creon-interval-seconds N  send every N seconds (default 3600)\n"
        "  --creon-times HH:MM,...   or: send daily at these Europe/Brussels times\n"
        "  --creon-batch-size N      records per batch (default 1000, at most 5000)\n"
        "  --creon-max-attempts N    attempts before a record is dead (default 10)\n"
        "  --creon-retry-seconds N   first retry delay, doubled per attempt with jitter (default 60)\n"
        "  --creon-retry-max-seconds N  longest retry delay (default 21600)\n"
        "  --creon-timeout-seconds N one attempt's time limit (default 60)\n"
        "  --creon-lease-seconds N   sender lease; another process takes over after it (default 60)\n"
        "  --creon-ca FILE           extra CA certificates (PEM) trusted for the endpoint\n");
}

bool CreonConfig::set(const QString &key, const QString &value, bool *known, QString *error)
{
    *known = true;
    const auto number = [&](int *out, int min, int max) {
        return ConfigValue::wholeNumber(key, value, min, max, out, error);
    };
    if (key == QLatin1String("creon-endpoint")) {
        endpoint = QUrl(value, QUrl::StrictMode);
        if (!endpoint.isValid() || endpoint.host().isEmpty() ||
            (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http"))) {
            *error = QStringLiteral("creon-endpoint needs an http(s) URL, got '%1'").arg(value);
            return false;
        }
        return true;
    }
    if (key == QLatin1String("creon-interval-seconds")) {
        intervalGiven = true;
        return number(&intervalSeconds, 1, 7 * 24 * 3600);
    }
    if (key == QLatin1String("creon-times")) {
        dailyTimes.clear();
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QTime t = QTime::fromString(part.trimmed(), QStringLiteral("HH:mm"));
            if (!t.isValid()) {
                *error = QStringLiteral("creon-times needs HH:MM[,HH:MM…], got '%1'").arg(value);
                return false;
            }
            dailyTimes.append(t);
        }
        std::sort(dailyTimes.begin(), dailyTimes.end());
        return !dailyTimes.isEmpty() || (*error = QStringLiteral("creon-times is empty"), false);
    }
    if (key == QLatin1String("creon-batch-size"))
        return number(&batchSize, 1, 5000);
    if (key == QLatin1String("creon-max-attempts"))
        return number(&maxAttempts, 1, 1000);
    if (key == QLatin1String("creon-retry-seconds"))
        return number(&retrySeconds, 1, 24 * 3600);
    if (key == QLatin1String("creon-retry-max-seconds"))
        return number(&retryMaxSeconds, 1, 7 * 24 * 3600);
    if (key == QLatin1String("creon-timeout-seconds"))
        return number(&timeoutSeconds, 1, 3600);
    if (key == QLatin1String("creon-lease-seconds"))
        return number(&leaseSeconds, 1, 3600);
    if (key == QLatin1String("creon-ca")) {
        caFile = value;
        return true;
    }
    *known = false;
    return false;
}

bool CreonConfig::validate(QString *error) const
{
    if (intervalGiven && !dailyTimes.isEmpty()) {
        *error = QStringLiteral("give creon-interval-seconds or creon-times, not both");
        return false;
    }
    if (enabled() && endpoint.scheme() == QLatin1String("http")) {
        // Pupils' data leave the server only encrypted, except to a receiver on this machine.
        if (!ConfigValue::isLoopbackHost(endpoint.host())) {
            *error = QStringLiteral("creon-endpoint must be https unless it is on this machine (loopback)");
            return false;
        }
    }
    if (retryMaxSeconds < retrySeconds) {
        *error = QStringLiteral("creon-retry-max-seconds must be at least creon-retry-seconds");
        return false;
    }
    return true;
}

} // namespace lars::server::creon
