#pragma once
// The answer of a route handler: status, body, headers; JSON and problem+json (RFC 9457) helpers.
#include "models/FieldError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace lars::server::http {

class Wait;

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Set by waitFor(): the request is run again when the wait is done (see Wait.h); the status is 503
    // with Retry-After so that a transport that cannot wait still gives a sensible answer.
    std::shared_ptr<Wait> wait;
    // A response that waits on another server (the government login's provider): the transport keeps the
    // request open and calls deferred with a function that sends the final response, once. A handler that
    // defers does its database work, error handling and auditing in its continuation.
    using Completion = std::function<void(const Response &)>;
    std::function<void(Completion)> deferred;

    static Response json(int status, const QJsonValue &value);
    // JSON already written (models::JsonWriter): the hot paths skip building a QJsonValue.
    static Response json(int status, QByteArray body);
    static Response noContent();
    static Response problem(int status, const QString &type, const QString &title, const QString &detail = {},
                            const models::FieldErrors &errors = {});
    static Response validation(const models::FieldErrors &errors);
    static Response waitFor(std::shared_ptr<Wait> wait);
    static Response later(std::function<void(Completion)> start);
    Response &withHeader(const QByteArray &name, const QByteArray &value);
    Response &withETag(qint64 version);
    QByteArray header(const QByteArray &name) const;
};

// Stable problem type URIs; the client explains each to the user.
namespace problems {
inline QString uri(const char *name)
{
    return QStringLiteral("https://lars.example/problems/") + QLatin1String(name);
}
} // namespace problems

} // namespace lars::server::http
