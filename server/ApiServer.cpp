#include "server/ApiServer.h"

#include "server/Logging.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QUrl>

namespace lars::server {

namespace {

bool decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

Response badRequest(const char *type, const QString &title, const QString &detail = {})
{
    return Response::problem(400, problems::uri(type), title, detail);
}

} // namespace

ApiServer::ApiServer(const ServerConfig &config, Database &db, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_db(db)
    , m_tokens(db)
{}

void ApiServer::addRoute(const QByteArray &method, const QString &pattern, int flags,
                         std::function<Response(Request &)> handler)
{
    m_routes.append({method, pattern, flags, std::move(handler), pattern.split(u'/', Qt::SkipEmptyParts)});
}

void ApiServer::audit(const Request &request, qint64 pupilId, const QString &action, const QString &detail)
{
    m_db.run(
        QStringLiteral("INSERT INTO audit_log (at, staff_id, clb_id, pupil_id, action, detail, request_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {Database::now(),
         request.staffId ? QVariant(request.staffId) : QVariant(QMetaType::fromType<qint64>()),
         request.clbId ? QVariant(request.clbId) : QVariant(QMetaType::fromType<qint64>()),
         pupilId ? QVariant(pupilId) : QVariant(QMetaType::fromType<qint64>()), action,
         detail.isNull() ? QStringLiteral("") : detail, request.requestId});
}

bool ApiServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Request request;
    request.method = methodName(httpRequest.method());
    request.requestId = QString::number(QRandomGenerator::global()->generate64(), 16);
    request.remote = httpRequest.remoteAddress();
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);
    request.body = httpRequest.body();

    Response response;
    const QUrl url = httpRequest.url();
    const QByteArray rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    QString path;
    bool queryOk = decodeUtf8(QByteArray::fromPercentEncoding(rawPath), &path);
    const QByteArray rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        QString k, v;
        queryOk = queryOk && decodeUtf8(QByteArray::fromPercentEncoding(key), &k) &&
                  decodeUtf8(QByteArray::fromPercentEncoding(value), &v);
        request.query.insert(k, v);
    }
    request.path = path;

    if (!queryOk) {
        response = badRequest("invalid-utf8", QStringLiteral("The URL is not valid UTF-8"));
    } else {
        try {
            response = dispatch(request);
        } catch (const DbError &e) {
            if (m_db.inTransaction())
                m_db.rollback();
            qCWarning(lcServer) << "database error" << e.what() << "request" << request.requestId;
            response = Response::problem(503, problems::uri("service-unavailable"),
                                         QStringLiteral("The service is temporarily unavailable"),
                                         QStringLiteral("Try again in a moment."));
        }
    }
    write(httpRequest, socket, response, request);

    StructuredLog::event(QStringLiteral("request"),
                         {{QStringLiteral("requestId"), request.requestId},
                          {QStringLiteral("method"), QString::fromLatin1(request.method)},
                          // The path only: queries carry pupils' names.
                          {QStringLiteral("path"), request.path.left(200)},
                          {QStringLiteral("status"), response.status},
                          {QStringLiteral("ms"), double(timer.nsecsElapsed()) / 1e6},
                          {QStringLiteral("staffId"), request.staffId},
                          {QStringLiteral("clbId"), request.clbId},
                          {QStringLiteral("remote"), request.remote.toString()}});
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request parsed;
    write(request, socket,
          Response::problem(404, problems::uri("not-found"), QStringLiteral("No such resource")), parsed);
}

void ApiServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const Response &response,
                      const Request &parsed)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType == "application/json"
                                                  ? QByteArray("application/json; charset=utf-8")
                                                  : response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    // Dossier data must not linger in caches.
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    if (!parsed.requestId.isEmpty())
        responder.writeHeader("X-Request-Id", parsed.requestId.toLatin1());
    if (!m_config.insecureHttp)
        responder.writeHeader("Strict-Transport-Security", "max-age=31536000");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

Response ApiServer::dispatch(Request &request)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    const Route *match = nullptr;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QList<qint64> params;
        bool same = true;
        for (int i = 0; same && i < segments.size(); ++i) {
            if (route.segments[i].startsWith(u'{')) {
                bool ok = false;
                const qint64 v = segments[i].toLongLong(&ok);
                same =
                    ok && v > 0 && v < (qint64(1) << 53) && segments[i].size() < 17 && segments[i][0] != u'+';
                params.append(v);
            } else {
                same = route.segments[i] == segments[i];
            }
        }
        if (!same)
            continue;
        allowed.append(route.method);
        if (route.method == request.method) {
            match = &route;
            request.params = params;
        }
    }
    if (!match && allowed.isEmpty())
        return Response::problem(404, problems::uri("not-found"), QStringLiteral("No such resource"));
    if (!match)
        return Response::problem(405, problems::uri("method-not-allowed"),
                                 QStringLiteral("Method not allowed"))
            .withHeader("Allow", allowed.join(", "));

    if (request.body.size() > m_config.maxBodyBytes)
        return Response::problem(413, problems::uri("body-too-large"),
                                 QStringLiteral("The request body is too large"),
                                 QStringLiteral("At most %1 bytes.").arg(m_config.maxBodyBytes));
    if (match->flags & Route::TakesBody) {
        const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
        if (type != "application/json")
            return Response::problem(415, problems::uri("unsupported-media-type"),
                                     QStringLiteral("The body must be application/json"));
        QString text;
        if (!decodeUtf8(request.body, &text))
            return badRequest("invalid-utf8", QStringLiteral("The body is not valid UTF-8"));
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

    if (match->flags & Route::Authenticated) {
        const auto scope = m_tokens.verify(request.header("authorization"));
        if (!scope)
            return Response::problem(401, problems::uri("unauthenticated"), QStringLiteral("Log in first"),
                                     QStringLiteral("A valid, unexpired bearer token is required."))
                .withHeader("WWW-Authenticate", "Bearer realm=\"lars\"");
        request.staffId = scope->staffId;
        request.clbId = scope->clbId;
        request.staffName = scope->staffName;
    }

    Response response;
    if (match->flags & Route::Idempotent)
        response = runIdempotent(*match, request);
    else if (request.method == "GET")
        response = match->handler(request);
    else
        response = runHandler(*match, request);
    for (const auto &[pupilId, action, detail] : std::as_const(request.pendingAudit))
        audit(request, pupilId, action, detail);
    return response;
}

Response ApiServer::runHandler(const Route &route, Request &request)
{
    m_db.begin();
    Response response = route.handler(request);
    if (response.status >= 400) {
        m_db.rollback();
        return response;
    }
    if (!m_db.commit())
        return Response::problem(409, problems::uri("conflict"),
                                 QStringLiteral("The change conflicted with another change"),
                                 QStringLiteral("Reload and try again."));
    return response;
}

Response ApiServer::runIdempotent(const Route &route, Request &request)
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

    const auto replay = [&]() -> std::optional<Response> {
        QSqlQuery q =
            m_db.run(QStringLiteral("SELECT request_hash, status, response, location FROM idempotency_keys "
                                    "WHERE staff_id = ? AND idem_key = ?"),
                     {request.staffId, QString::fromLatin1(key)});
        if (!q.next())
            return std::nullopt;
        if (q.value(0).toString() != requestHash)
            return Response::problem(422, problems::uri("idempotency-key-reused"),
                                     QStringLiteral("This Idempotency-Key was used for a different request"));
        Response r;
        r.status = q.value(1).toInt();
        r.body = q.value(2).toString().toUtf8();
        if (!q.value(3).toString().isEmpty())
            r.withHeader("Location", q.value(3).toString().toUtf8());
        r.withHeader("Idempotent-Replayed", "true");
        return r;
    };

    m_db.begin();
    if (auto previous = replay()) {
        m_db.rollback();
        return *previous;
    }
    Response response = route.handler(request);
    if (response.status >= 400) {
        m_db.rollback();
        return response;
    }
    QByteArray location;
    for (const auto &[name, value] : response.headers)
        if (name == "Location")
            location = value;
    QSqlQuery insert(m_db.db());
    const bool stored =
        m_db.tryRun(insert,
                    QStringLiteral("INSERT INTO idempotency_keys (staff_id, idem_key, request_hash, "
                                   "status, response, location, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {request.staffId, QString::fromLatin1(key), requestHash, response.status,
                     QString::fromUtf8(response.body),
                     // Not every idempotent answer has a Location (e.g. 200/202 of an action): '' not NULL.
                     location.isEmpty() ? QStringLiteral("") : QString::fromUtf8(location), Database::now()});
    if (stored && m_db.commit())
        return response;
    // Another server process committed the same key first: undo ours and answer as it did.
    m_db.rollback();
    if (auto previous = replay())
        return *previous;
    return Response::problem(409, problems::uri("conflict"),
                             QStringLiteral("The change conflicted with another change"),
                             QStringLiteral("Retry with the same Idempotency-Key."));
}

} // namespace lars::server
