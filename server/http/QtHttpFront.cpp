#include "server/http/QtHttpFront.h"

#include "server/Logging.h"
#include "server/http/Listener.h"
#include "server/http/Wait.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QUrl>

namespace lars::server::http {

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

} // namespace

QtHttpFront::QtHttpFront(Handler handler, Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_options(std::move(options))
{}

bool QtHttpFront::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Request request;
    request.method = methodName(httpRequest.method());
    request.requestId = QString::number(QRandomGenerator::global()->generate64(), 16);
    request.remote = socket->peerAddress();
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);
    request.client = m_options.proxies.clientOf(request.remote, Listener::proxySource(socket),
                                                request.header("x-forwarded-for"));
    request.body = httpRequest.body();

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

    Response response = queryOk ? m_handler(request)
                                : Response::problem(400, problems::uri("invalid-utf8"),
                                                    QStringLiteral("The URL is not valid UTF-8"));
    if (response.wait)
        response = runAgainWhenDone(request, response.wait);
    if (response.deferred) {
        // The socket may be gone when the answer is ready (the browser gave up): then only the log line.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
        auto pending = std::make_shared<Request>(std::move(request));
        response.deferred(
            [this, responder, pending, timer, alive = QPointer<QTcpSocket>(socket)](const Response &done) {
                if (alive)
                    write(*responder, done, pending->requestId);
                logRequest(*pending, done.status, timer.nsecsElapsed());
            });
        return true;
    }
    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    write(responder, response, request.requestId);
    logRequest(request, response.status, timer.nsecsElapsed());
    return true;
}

Response QtHttpFront::runAgainWhenDone(const Request &request, const std::shared_ptr<Wait> &wait)
{
    // What the first run queued is not carried over: the second run decides everything again.
    Request again = request;
    again.pendingAudit.clear();
    again.afterTransaction.clear();
    return Response::later([this, again, wait](const Response::Completion &done) {
        connect(
            wait.get(), &Wait::done, this,
            [this, again, done]() mutable {
                Response answer = m_handler(again);
                answer.wait.reset(); // waited once: a second wait is answered as it is (503, Retry-After)
                done(answer);
            },
            Qt::SingleShotConnection);
    });
}

void QtHttpFront::logRequest(const Request &request, int status, qint64 elapsedNs)
{
    StructuredLog::event(QLatin1StringView("request"), [&](models::JsonWriter &w) {
        w.field("requestId", request.requestId)
            .field("method", QLatin1StringView(request.method))
            // The path only: queries carry pupils' names.
            .field("path", request.path.left(200))
            .field("status", status)
            .field("ms", double(elapsedNs) / 1e6)
            .field("staffId", request.staffId)
            .field("clbId", request.clbId)
            .field("remote", request.clientAddress())
            .field("peer", request.remote.toString());
    });
}

void QtHttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, Response::problem(404, problems::uri("not-found"), QStringLiteral("No such resource")),
          {});
}

void QtHttpFront::write(QHttpServerResponder &responder, const Response &response, const QString &requestId)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType == "application/json"
                                                  ? QByteArray("application/json; charset=utf-8")
                                                  : response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    // Dossier data must not linger in caches.
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    if (!requestId.isEmpty())
        responder.writeHeader("X-Request-Id", requestId.toLatin1());
    if (m_options.https)
        responder.writeHeader("Strict-Transport-Security", "max-age=31536000");
    if (!m_options.instance.isEmpty())
        responder.writeHeader("X-Lars-Instance", m_options.instance);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace lars::server::http
