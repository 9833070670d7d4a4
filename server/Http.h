#pragma once
// The request and response values that route handlers see, and problem+json (RFC 9457) answers.
#include "models/FieldError.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lars::server {

struct Request
{
    QByteArray method; // "GET", "PUT", ...
    QString path;
    QHash<QString, QString> query;         // decoded and checked for valid UTF-8
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json;     // the body, when the route takes one
    QList<qint64> params; // numeric path parameters, in order
    QString requestId;
    QHostAddress remote;

    // Filled in by authentication.
    qint64 staffId = 0;
    qint64 clbId = 0;
    QString staffName;

    // Audit entries that must survive a rolled-back transaction (refused access); written last.
    QList<std::tuple<qint64, QString, QString>> pendingAudit;

    QByteArray header(const char *lowerName) const { return headers.value(QByteArray(lowerName)); }
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonValue &value);
    static Response noContent();
    static Response problem(int status, const QString &type, const QString &title, const QString &detail = {},
                            const models::FieldErrors &errors = {});
    static Response validation(const models::FieldErrors &errors);
    Response &withHeader(const QByteArray &name, const QByteArray &value);
    Response &withETag(qint64 version);
};

// Stable problem type URIs; the client explains each to the user.
namespace problems {
inline QString uri(const char *name)
{
    return QStringLiteral("https://lars.example/problems/") + QLatin1String(name);
}
} // namespace problems

} // namespace lars::server
