#include "server/routes/RouteSupport.h"

namespace lars::server::routes {

using http::Response;
using http::problems::uri;

std::optional<Response> RouteSupport::checkIfMatch(const http::Request &r, qint64 currentVersion)
{
    QByteArray ifMatch = r.header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return Response::problem(428, uri("precondition-required"), QStringLiteral("If-Match is required"),
                                 QStringLiteral("Send the ETag of the version you edited in If-Match."));
    if (ifMatch.startsWith("W/"))
        ifMatch = ifMatch.mid(2);
    if (ifMatch != '"' + QByteArray::number(currentVersion) + '"')
        return Response::problem(412, uri("stale"),
                                 QStringLiteral("Someone else changed this in the meantime"),
                                 QStringLiteral("Reload to see the current version; nothing was changed."))
            .withETag(currentVersion);
    return std::nullopt;
}

std::optional<Response> RouteSupport::checkQuery(const http::Request &r, const QStringList &known)
{
    models::FieldErrors errors;
    for (auto it = r.query.constBegin(); it != r.query.constEnd(); ++it)
        if (!known.contains(it.key()))
            errors.append({it.key().left(64), QStringLiteral("unknown-parameter"),
                           QStringLiteral("is not a known query parameter")});
    if (errors.isEmpty())
        return std::nullopt;
    return Response::problem(400, uri("unknown-parameter"), QStringLiteral("Unknown query parameter"), {},
                             errors);
}

std::optional<int> RouteSupport::pageLimit(const http::Request &r, int maxPageSize, Response *error)
{
    if (!r.query.contains(QStringLiteral("limit")))
        return std::min(50, maxPageSize);
    bool ok = false;
    const int limit = r.query.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > maxPageSize) {
        *error = Response::validation({{QStringLiteral("limit"), QStringLiteral("range"),
                                        QStringLiteral("must be between 1 and %1").arg(maxPageSize)}});
        return std::nullopt;
    }
    return limit;
}

Response RouteSupport::invalidCursor()
{
    return Response::validation({{QStringLiteral("cursor"), QStringLiteral("format"),
                                  QStringLiteral("is not a cursor of this list")}});
}

QByteArray RouteSupport::location(qint64 pupilId, const char *collection, qint64 id)
{
    return "/api/v1/pupils/" + QByteArray::number(pupilId) + '/' + collection + '/' + QByteArray::number(id);
}

} // namespace lars::server::routes
