#include "models/api/DossierApi.h"

#include "models/Logging.h"
#include "models/api/ApiClient.h"
#include "models/api/Drafts.h"
#include "models/api/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace lars::models {

QString DossierReply::problemCode() const
{
    return problemType.section(u'/', -1);
}

QString DossierReply::fieldMessage(const QString &field) const
{
    for (const FieldError &e : fieldErrors)
        if (e.field == field)
            return e.message;
    return {};
}

DossierReply DossierReply::fromNetworkReply(QNetworkReply *reply)
{
    DossierReply r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.httpStatus == 0)
        r.networkErrorText = reply->errorString();
    r.etag = reply->rawHeader("ETag");
    const QByteArray data = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    r.body = doc.object();
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (type.startsWith("application/problem+json") || (!r.ok() && r.body.contains(QLatin1String("type")))) {
        r.problemType = r.body.value(QLatin1String("type")).toString();
        r.problemTitle = r.body.value(QLatin1String("title")).toString();
        r.problemDetail = r.body.value(QLatin1String("detail")).toString();
        for (const QJsonValue &e : r.body.value(QLatin1String("errors")).toArray())
            r.fieldErrors.append(FieldError::fromJson(e.toObject()));
    }
    return r;
}

DossierApi::DossierApi(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void DossierApi::setOutbox(Outbox *outbox)
{
    m_outbox = outbox;
}

Outbox *DossierApi::outbox() const
{
    return m_outbox.data();
}

void DossierApi::setDrafts(Drafts *drafts)
{
    m_drafts = drafts;
}

Drafts *DossierApi::drafts() const
{
    return m_drafts.data();
}

void DossierApi::clearReadCopies()
{
    m_readCopies.clear();
}

void DossierApi::setRetryPolicy(int maxRetries, int firstDelayMs)
{
    m_maxRetries = maxRetries;
    m_firstDelayMs = firstDelayMs;
}

QByteArray DossierApi::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString DossierApi::pupilPath(qint64 pupilId, const QString &sub)
{
    QString path = QStringLiteral("/api/v1/pupils/%1").arg(pupilId);
    if (!sub.isEmpty())
        path += u'/' + sub;
    return path;
}

void DossierApi::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    getAttempt(path, query, context, std::move(done), 0);
}

void DossierApi::getAttempt(const QString &path, const QUrlQuery &query, QPointer<QObject> context,
                            Callback done, int attempt)
{
    QNetworkReply *reply = m_api->get(path, query);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        if (!context)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool cancelled = reply->error() == QNetworkReply::OperationCanceledError;
        // No answer, or "try again in a moment" (503): a GET changes nothing, so asking again is safe.
        if ((status == 0 || status == 503) && !cancelled && attempt < m_maxRetries) {
            qCInfo(lcApi) << "GET" << path << "failed:" << reply->errorString() << "- retry" << attempt + 1;
            emit retrying(path, attempt + 1);
            QTimer::singleShot(m_firstDelayMs << attempt, this,
                               [=, this] { getAttempt(path, query, context, done, attempt + 1); });
            return;
        }
        DossierReply r = DossierReply::fromNetworkReply(reply);
        if (!r.ok())
            qCInfo(lcApi) << "GET" << path << "->" << r.httpStatus << r.problemType << r.networkErrorText;
        const QString key = path + u'?' + query.toString(QUrl::FullyEncoded);
        // Only the parts of dossiers are kept (not searches: an old result list would look current).
        const bool dossierPart = path.startsWith(QLatin1String("/api/v1/pupils/"));
        if (dossierPart && r.ok()) {
            m_readCopies.insert(key, {r, QDateTime::currentDateTime()});
        } else if (dossierPart && r.isNetworkFailure() && !cancelled && m_readCopies.contains(key)) {
            // No server: what was read earlier in this session, marked with when it was read.
            const ReadCopy &copy = m_readCopies[key];
            qCInfo(lcApi) << "GET" << path << "unreachable: the copy read at"
                          << copy.at.toString(Qt::ISODate);
            r = copy.reply;
            r.readAt = copy.at;
        }
        done(r);
    });
}

void DossierApi::put(const QString &path, const QJsonObject &body, const QByteArray &ifMatch,
                     QObject *context, Callback done)
{
    QNetworkReply *reply = m_api->put(path, QJsonDocument(body).toJson(QJsonDocument::Compact), ifMatch);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [=, this] { finish(reply, guard, done); });
}

void DossierApi::post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey,
                      QObject *context, Callback done)
{
    QNetworkReply *reply =
        m_api->post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), idempotencyKey);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [=, this] { finish(reply, guard, done); });
}

void DossierApi::finish(QNetworkReply *reply, QPointer<QObject> context, const Callback &done)
{
    reply->deleteLater();
    if (!context)
        return;
    const DossierReply r = DossierReply::fromNetworkReply(reply);
    if (!r.ok())
        qCInfo(lcApi) << reply->operation() << reply->url().path() << "->" << r.httpStatus << r.problemType
                      << r.networkErrorText;
    done(r);
}

} // namespace lars::models
