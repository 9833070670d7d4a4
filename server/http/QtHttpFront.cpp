#include "server/http/QtHttpFront.h"

#include "server/Logging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
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

QtHttpFront::QtHttpFront(Handler handler, bool https, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_https(https)
{}

bool QtHttpFront::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
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
    write(httpRequest, socket, response, request.requestId);

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
    if (m_https)
        responder.writeHeader("Strict-Transport-Security", "max-age=31536000");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace lars::server::http
