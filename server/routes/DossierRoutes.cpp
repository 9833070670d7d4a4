#include "server/routes/DossierRoutes.h"

#include "models/DossierParts.h"

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

namespace {

// An ETag as a JSON string: it is a quoted number ("\"7\""), so only the quotes need escaping.
QByteArray jsonString(const QByteArray &text)
{
    QByteArray out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace

DossierRoutes::DossierRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
{
    add("GET", "/pupils/{pupilId}/dossier", Route::Authenticated | Route::Pupil, &DossierRoutes::getDossier,
        {QStringLiteral("journalLimit")});
}

Response DossierRoutes::getDossier(Request &r)
{
    const QString base = r.path.left(r.path.size() - int(qstrlen("/dossier")));
    QByteArray body = "{";
    // One transaction: the parts are read together and their audit rows are written with one commit.
    m_db.begin();
    for (const models::DossierPart &part : models::dossierParts::all) {
        Request sub = r;
        sub.path = base + QLatin1String(part.path);
        sub.query.clear();
        if (qstrcmp(part.name, models::dossierParts::journal.name) == 0 &&
            r.query.contains(QStringLiteral("journalLimit")))
            sub.query.insert(QStringLiteral("limit"), r.query.value(QStringLiteral("journalLimit")));
        const http::Router::Match match = m_router.match("GET", sub.path);
        Q_ASSERT(match.route);
        Response answer = match.route->handler(sub);
        r.pendingAudit += sub.pendingAudit;
        r.afterTransaction += sub.afterTransaction;
        if (answer.status != 200 || answer.wait || answer.deferred) {
            m_db.rollback();
            return answer;
        }
        if (body.size() > 1)
            body += ',';
        body += jsonString(part.name) + ":{\"etag\":" +
                (answer.header("ETag").isEmpty() ? QByteArray("null") : jsonString(answer.header("ETag"))) +
                ",\"body\":" + answer.body + '}';
    }
    if (!m_db.commit())
        // The reads could not be audited, so they are not handed out.
        return Response::problem(503, http::problems::uri("service-unavailable"),
                                 QStringLiteral("The service is temporarily unavailable"),
                                 QStringLiteral("Try again in a moment."))
            .withHeader("Retry-After", "2");
    body += '}';
    Response response;
    response.body = body;
    return response;
}

} // namespace lars::server::routes
