#pragma once
// Checks that many routes share: If-Match against the current version, known query parameters, the page
// size, an unusable cursor, and the Location of a created resource.
#include "server/http/Request.h"
#include "server/http/Response.h"

#include <QStringList>
#include <optional>

namespace lars::server::routes {

class RouteSupport final
{
public:
    // nullopt when If-Match names currentVersion, else 428 (missing) or 412 (stale, with the current ETag).
    static std::optional<http::Response> checkIfMatch(const http::Request &r, qint64 currentVersion);
    // nullopt when every query parameter is one of known, else 400.
    static std::optional<http::Response> checkQuery(const http::Request &r, const QStringList &known);
    // The page size of ?limit= (default 50, at most maxPageSize); nullopt with *error set when invalid.
    static std::optional<int> pageLimit(const http::Request &r, int maxPageSize, http::Response *error);
    static http::Response invalidCursor();
    // "/api/v1/pupils/{pupilId}/{collection}/{id}"
    static QByteArray location(qint64 pupilId, const char *collection, qint64 id);
    static QString apiPath(const char *tail) { return QStringLiteral("/api/v1") + QLatin1String(tail); }
};

} // namespace lars::server::routes
