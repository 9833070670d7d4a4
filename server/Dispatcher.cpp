#include "server/Dispatcher.h"

#include "models/JsonReader.h"
#include "server/Logging.h"
#include "server/routes/RouteSupport.h"
#include "server/store/IdempotencyStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QStringDecoder>

namespace lars::server {

using http::Request;
using http::Response;
using http::Route;
using http::problems::uri;

namespace {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

Response badRequest(const char *type, const QString &title, const QString &detail = {})
{
    return Response::problem(400, uri(type), title, detail);
}

} // namespace

Dispatcher::Dispatcher(http::Router &router, Services &services)
    : m_router(router)
    , m_services(services)
{}

Response Dispatcher::handle(Request &request)
{
    Response response = attempt(request);
    // The connection was lost (a database restart, a failover) and is back: a read, or a write that its
    // Idempotency-Key makes safe to repeat, is tried once more instead of failing the user.
    const bool repeatable = request.method == "GET" || !request.header("idempotency-key").isEmpty();
    if (response.status == 503 && m_services.db.reconnectIfLost() && repeatable) {
        request.pendingAudit.clear();
        request.afterTransaction.clear();
        response = attempt(request);
    }
    return response;
}

Response Dispatcher::attempt(Request &request)
{
    try {
        Response response = dispatch(request);
        for (const auto &write : std::as_const(request.afterTransaction))
            write();
        // Refusals and replays are audited even though their transaction (if any) was rolled back.
        for (const auto &[pupilId, action, detail] : std::as_const(request.pendingAudit))
            m_services.audit.record(request, pupilId, action, detail);
        return response;
    } catch (const store::DbError &e) {
        if (m_services.db.inTransaction())
            m_services.db.rollback();
        qCWarning(lcServer) << "database error" << e.what() << "request" << request.requestId;
        return Response::problem(503, uri("service-unavailable"),
                                 QStringLiteral("The service is temporarily unavailable"),
                                 QStringLiteral("Try again in a moment."))
            .withHeader("Retry-After", "2");
    }
}

Response Dispatcher::dispatch(Request &request)
{
    const http::Router::Match match = m_router.match(request.method, request.path);
    if (!match.route && match.allowed.isEmpty())
        return Response::problem(404, uri("not-found"), QStringLiteral("No such resource"));
    if (!match.route)
        return Response::problem(405, uri("method-not-allowed"), QStringLiteral("Method not allowed"))
            .withHeader("Allow", match.allowed.join(", "));
    const Route &route = *match.route;
    request.params = match.params;
    if (auto unknown = routes::RouteSupport::checkQuery(request, route.query))
        return *unknown;
    for (auto it = request.query.cbegin(); it != request.query.cend(); ++it)
        if (!models::JsonReader::isCleanText(it.value(), true) ||
            !models::JsonReader::isCleanText(it.key(), false))
            return badRequest("invalid-text",
                              QStringLiteral("The URL holds a character that no text may hold"),
                              QStringLiteral("Control characters and unpaired surrogates are refused."));

    const ServerConfig &config = m_services.config;
    if (request.body.size() > config.maxBodyBytes)
        return Response::problem(413, uri("body-too-large"), QStringLiteral("The request body is too large"),
                                 QStringLiteral("At most %1 bytes.").arg(config.maxBodyBytes));
    if (route.flags & Route::TakesBody) {
        const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
        if (type != "application/json")
            return Response::problem(415, uri("unsupported-media-type"),
                                     QStringLiteral("The body must be application/json"));
        if (!isUtf8(request.body))
            return badRequest("invalid-utf8", QStringLiteral("The body is not valid UTF-8"));
        if (const qsizetype at = models::JsonReader::forbiddenEscape(request.body); at >= 0)
            return badRequest("invalid-text",
                              QStringLiteral("The body holds a character that no text may hold"),
                              QStringLiteral("\\u0000 or an unpaired surrogate at offset %1.").arg(at));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return badRequest("malformed-json", QStringLiteral("The body is not valid JSON"),
                              QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));
        if (!doc.isObject())
            return badRequest("malformed-json", QStringLiteral("The body must be a JSON object"));
        request.json = doc.object();
    } else if (!request.body.isEmpty()) {
        return badRequest("unexpected-body", QStringLiteral("This request takes no body"));
    }

    if (route.flags & Route::Authenticated) {
        const auto scope = m_services.tokens.verify(request.header("authorization"));
        if (!scope) {
            if (route.flags & Route::Pupil)
                request.pendingAudit.append(
                    {request.param(0), QStringLiteral("denied.unauthenticated"), request.path});
            return Response::problem(401, uri("unauthenticated"), QStringLiteral("Log in first"),
                                     QStringLiteral("A valid, unexpired bearer token is required."))
                .withHeader("WWW-Authenticate", "Bearer realm=\"lars\"");
        }
        request.staffId = scope->staffId;
        request.clbId = scope->clbId;
        request.staffName = scope->staffName;
        request.inTeam = scope->inTeam;
        request.teamSchools = scope->teamSchools;
    }
    if (route.flags & Route::Pupil) {
        if (auto denied = m_services.access.checkPupil(request, &request.pupil))
            return *denied;
    }

    Response response;
    const bool keyed = (route.flags & Route::Replayable) && !request.header("idempotency-key").isEmpty();
    if ((route.flags & Route::Idempotent) || keyed)
        response = runIdempotent(route, request);
    else if (request.method == "GET")
        response = route.handler(request);
    else
        response = runInTransaction(route, request);
    return response;
}

Response Dispatcher::runInTransaction(const Route &route, Request &request)
{
    store::Database &db = m_services.db;
    db.begin();
    Response response = route.handler(request);
    if (response.status >= 400) {
        db.rollback();
        return response;
    }
    if (!db.commit())
        return Response::problem(409, uri("conflict"),
                                 QStringLiteral("The change conflicted with another change"),
                                 QStringLiteral("Reload and try again."));
    return response;
}

Response Dispatcher::runIdempotent(const Route &route, Request &request)
{
    const QByteArray key = request.header("idempotency-key");
    bool printable = !key.isEmpty() && key.size() <= 200;
    for (const char c : key)
        printable = printable && c > 0x20 && c < 0x7f;
    if (!printable)
        return badRequest(
            "idempotency-key-required",
            QStringLiteral("POST needs an Idempotency-Key header (1-200 visible ASCII characters)"));
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(request.method + ' ' + request.path.toUtf8() + '\n' + request.body,
                                 QCryptographicHash::Sha256)
            .toHex());

    store::Database &db = m_services.db;
    store::IdempotencyStore keys(db);
    const auto replay = [&]() -> std::optional<Response> {
        const auto stored = keys.find(request.staffId, key);
        if (!stored)
            return std::nullopt;
        if (stored->requestHash != requestHash)
            return Response::problem(422, uri("idempotency-key-reused"),
                                     QStringLiteral("This Idempotency-Key was used for a different request"));
        Response r;
        r.status = stored->status;
        r.body = stored->body;
        if (!stored->location.isEmpty())
            r.withHeader("Location", stored->location);
        r.withHeader("Idempotent-Replayed", "true");
        return r;
    };

    db.begin();
    if (auto previous = replay()) {
        db.rollback();
        // A replay is a read of what the first request wrote: allowed only after the access checks above,
        // and audited like any read.
        request.pendingAudit.append({request.pupil.id, QStringLiteral("request.replayed"),
                                     QString::fromLatin1(request.method) + u' ' + request.path});
        return *previous;
    }
    Response response = route.handler(request);
    if (response.status >= 400) {
        db.rollback();
        return response;
    }
    if (keys.tryInsert(request.staffId, key,
                       {requestHash, response.status, response.body, response.header("Location")}) &&
        db.commit())
        return response;
    // Another server process committed the same key first: undo ours and answer as it did.
    db.rollback();
    if (auto previous = replay())
        return *previous;
    return Response::problem(409, uri("conflict"),
                             QStringLiteral("The change conflicted with another change"),
                             QStringLiteral("Retry with the same Idempotency-Key."));
}

} // namespace lars::server
