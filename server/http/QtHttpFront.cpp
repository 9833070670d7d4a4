#include "server/http/QtHttpFront.h"

#include "server/Logging.h"
#include "server/http/Listener.h"
#include "server/http/Wait.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
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

    const Response response = queryOk ? m_handler(request)
                                      : Response::problem(400, problems::uri("invalid-utf8"),
                                                          QStringLiteral("The URL is not valid UTF-8"));
    if (response.wait) {
        resumeLater(request, socket, response.wait.get(), timer);
        return true;
    }
    write(httpRequest, socket, response, request.requestId);
    logRequest(request, response, timer);
    return true;
}

void QtHttpFront::resumeLater(Request request, QTcpSocket *socket, Wait *wait, QElapsedTimer timer)
{
    // What the first run queued is not carried over: the second run decides everything again.
    request.pendingAudit.clear();
    request.afterTransaction.clear();
    connect(
        wait, &Wait::done, this,
        [this, request, socket = QPointer<QTcpSocket>(socket), timer]() mutable {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return; // the client has gone: nothing to answer
            Response response = m_handler(request);
            response.wait.reset(); // waited once: a second wait is answered as it is (503, Retry-After)
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                             reasonPhrase(response.status) + "\r\n";
            for (const auto &[name, value] : headersOf(response, request.requestId))
                out += name + ": " + value + "\r\n";
            socket->write(out + "\r\n" + response.body);
            logRequest(request, response, timer);
        },
        Qt::SingleShotConnection);
}

QByteArray QtHttpFront::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

void QtHttpFront::logRequest(const Request &request, const Response &response, const QElapsedTimer &timer)
{
    StructuredLog::event(QStringLiteral("request"),
                         {{QStringLiteral("requestId"), request.requestId},
                          {QStringLiteral("method"), QString::fromLatin1(request.method)},
                          // The path only: queries carry pupils' names.
                          {QStringLiteral("path"), request.path.left(200)},
                          {QStringLiteral("status"), response.status},
                          {QStringLiteral("ms"), double(timer.nsecsElapsed()) / 1e6},
                          {QStringLiteral("staffId"), request.staffId},
                          {QStringLiteral("clbId"), request.clbId},
                          {QStringLiteral("remote"), request.clientAddress()},
                          {QStringLiteral("peer"), request.remote.toString()}});
}

void QtHttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket,
          Response::problem(404, problems::uri("not-found"), QStringLiteral("No such resource")), {});
}

void QtHttpFront::write(const QHttpServerRequest &request, QTcpSocket *socket, const Response &response,
                        const QString &requestId)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : headersOf(response, requestId))
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

QList<std::pair<QByteArray, QByteArray>> QtHttpFront::headersOf(const Response &response,
                                                                const QString &requestId) const
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!response.contentType.isEmpty())
        headers.emplaceBack("Content-Type", response.contentType == "application/json"
                                                ? QByteArray("application/json; charset=utf-8")
                                                : response.contentType);
    headers.emplaceBack("Content-Length", QByteArray::number(response.body.size()));
    // Dossier data must not linger in caches.
    headers.emplaceBack("Cache-Control", "no-store");
    headers.emplaceBack("X-Content-Type-Options", "nosniff");
    if (!requestId.isEmpty())
        headers.emplaceBack("X-Request-Id", requestId.toLatin1());
    if (m_options.https)
        headers.emplaceBack("Strict-Transport-Security", "max-age=31536000");
    if (!m_options.instance.isEmpty())
        headers.emplaceBack("X-Lars-Instance", m_options.instance);
    headers += response.headers;
    return headers;
}

} // namespace lars::server::http
