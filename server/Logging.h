#pragma once
// Logging category of the server and its structured (one JSON object per line) log output.
#include "models/JsonWriter.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace lars::server {

class StructuredLog final
{
public:
    // Routes every qDebug/qInfo/qWarning of the process to stderr as one JSON object per line.
    static void install();
    // Writes one event (e.g. an access log entry) as a JSON line with time, level and event name.
    static void event(const QString &name, QJsonObject fields);
    // The same line with the fields written straight into it (the access log: one line per request).
    static void event(QLatin1StringView name, const std::function<void(models::JsonWriter &)> &fields);
};

} // namespace lars::server
