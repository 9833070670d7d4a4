#include "server/ConfigValue.h"

#include <QHostAddress>

namespace lars::server {

bool ConfigValue::wholeNumber(const QString &key, const QString &value, int min, int max, int *out,
                              QString *error)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max) {
        *error = QStringLiteral("%1 needs a whole number from %2 to %3, got '%4'")
                     .arg(key)
                     .arg(min)
                     .arg(max)
                     .arg(value);
        return false;
    }
    *out = n;
    return true;
}

bool ConfigValue::yesNo(const QString &key, const QString &value, bool *out, QString *error)
{
    if (value != QLatin1String("yes") && value != QLatin1String("no")) {
        *error = QStringLiteral("%1 needs yes or no, got '%2'").arg(key, value);
        return false;
    }
    *out = value == QLatin1String("yes");
    return true;
}

bool ConfigValue::isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

} // namespace lars::server
