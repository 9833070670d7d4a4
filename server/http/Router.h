#pragma once
// The routing table of lars-server: method + path pattern ("/api/v1/pupils/{pupilId}/journal") with what
// the route needs (authentication, a JSON body, an Idempotency-Key) and its handler. Route groups in
// server/routes/ add themselves here; the Dispatcher looks requests up.
#include "server/http/Request.h"
#include "server/http/Response.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace lars::server::http {

struct Route
{
    enum Flag
    {
        Authenticated = 0x1,
        TakesBody = 0x2,
        Idempotent = 0x4,
        // {pupilId} is the first path parameter: the caller's teams must cover the pupil (403/404, audited)
        // before the handler runs or an idempotent request is replayed; the handler finds it in r.pupil.
        Pupil = 0x8,
        // A PUT (If-Match) that takes an Idempotency-Key when one is sent: the key is stored with the
        // answer, so a repeat whose first attempt was applied (its answer lost) answers as the first did
        // instead of 412. Without a key it runs as any PUT.
        Replayable = 0x10
    };
    QByteArray method;
    QString pattern; // e.g. "/api/v1/pupils/{pupilId}/parent-heights"
    int flags = Authenticated;
    std::function<Response(Request &)> handler;
    QStringList segments;
    QStringList query; // the query parameters it takes; any other one is refused with 400
};

class Router final
{
public:
    struct Match
    {
        const Route *route = nullptr; // the route of this method, if any
        QList<QByteArray> allowed;    // the methods of every route whose pattern matches the path
        QList<qint64> params;         // the numeric {parameters} of the matched route
    };

    void add(const QByteArray &method, const QString &pattern, int flags,
             std::function<Response(Request &)> handler, const QStringList &query = {});
    // A path parameter: a strict decimal id, 1 to 2^53 - 1, no sign, no leading zero, nothing around it.
    static std::optional<qint64> parseId(const QString &segment);
    const QList<Route> &routes() const { return m_routes; }
    Match match(const QByteArray &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace lars::server::http
