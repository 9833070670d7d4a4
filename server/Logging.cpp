#include "server/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "lars.server", QtInfoMsg)

namespace lars::server {

namespace {
void writeBytes(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void writeLine(const QJsonObject &o)
{
    writeBytes(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    writeLine({{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
               {QStringLiteral("level"), QLatin1String(levels[type])},
               {QStringLiteral("category"), QLatin1String(context.category ? context.category : "default")},
               {QStringLiteral("message"), message}});
}
} // namespace

void StructuredLog::install()
{
    qInstallMessageHandler(handler);
}

void StructuredLog::event(const QString &name, QJsonObject fields)
{
    fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QStringLiteral("info"));
    fields.insert(QStringLiteral("category"), QStringLiteral("lars.server"));
    fields.insert(QStringLiteral("event"), name);
    writeLine(fields);
}

void StructuredLog::event(QLatin1StringView name, const std::function<void(models::JsonWriter &)> &fields)
{
    models::JsonWriter w;
    w.beginObject()
        .field("time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .field("level", QLatin1StringView("info"))
        .field("category", QLatin1StringView("lars.server"))
        .field("event", name);
    fields(w);
    w.endObject();
    QByteArray line = w.take();
    line += '\n';
    writeBytes(line);
}

} // namespace lars::server
