#include "server/http/Response.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lars::server::http {

Response Response::json(int status, const QJsonValue &value)
{
    Response r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(int status, QByteArray body)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Response Response::waitFor(std::shared_ptr<Wait> wait)
{
    Response r = problem(503, problems::uri("try-again"), QStringLiteral("The answer is not ready yet"),
                         QStringLiteral("Try again in a moment."));
    r.withHeader("Retry-After", "1");
    r.wait = std::move(wait);
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response Response::problem(int status, const QString &type, const QString &title, const QString &detail,
                           const models::FieldErrors &errors)
{
    QJsonObject o{
        {QStringLiteral("type"), type}, {QStringLiteral("title"), title}, {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const auto &e : errors)
            list.append(e.toJson());
        o.insert(QStringLiteral("errors"), list);
    }
    Response r = json(status, o);
    r.contentType = "application/problem+json";
    return r;
}

Response Response::validation(const models::FieldErrors &errors)
{
    return problem(422, problems::uri("validation"), QStringLiteral("The request has invalid fields"),
                   QStringLiteral("See errors for each field."), errors);
}

Response &Response::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

Response &Response::withETag(qint64 version)
{
    return withHeader("ETag", '"' + QByteArray::number(version) + '"');
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

Response Response::later(std::function<void(Completion)> start)
{
    Response r;
    r.status = 0;
    r.deferred = std::move(start);
    return r;
}

} // namespace lars::server::http
