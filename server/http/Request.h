#pragma once
// One HTTP request as route handlers see it: decoded path and query, lower-case headers, the JSON body,
// the numeric path parameters, and who is asking once authentication has run.
#include "models/Pupil.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <tuple>

namespace lars::server::http {

struct Request
{
    QByteArray method; // "GET", "PUT", ...
    QString path;
    QHash<QString, QString> query;         // decoded and checked for valid UTF-8
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json;     // the body, when the route takes one
    QList<qint64> params; // numeric path parameters, in order
    QString requestId;
    QHostAddress remote; // the socket's peer: behind HAProxy, the proxy
    QHostAddress client; // who is asking: see clientAddress()

    // Filled in by authentication.
    qint64 staffId = 0;
    qint64 clbId = 0;
    QString staffName;
    bool inTeam = false;       // a member of a team of this CLB
    QList<qint64> teamSchools; // the schools those teams cover, ascending
    // On a Route::Pupil route: the pupil of param(0), once the caller's teams are known to cover it.
    models::Pupil pupil;

    // Audit entries that must survive a rolled-back transaction (refused access); written last.
    QList<std::tuple<qint64, QString, QString>> pendingAudit;
    // Writes that must survive a rolled-back transaction too (rate-limit hits of a refusal); run before
    // the pending audit entries.
    QList<std::function<void()>> afterTransaction;

    QByteArray header(const char *lowerName) const { return headers.value(QByteArray(lowerName)); }
    qint64 param(int i) const { return params.value(i); }
    // Who is asking, as far as the network tells: the one source address that rate limits, the audit log
    // and the access log use. What the trusted proxy reported (PROXY v2 header or X-Forwarded-For), else
    // the socket's peer (http/TrustedProxies).
    QString clientAddress() const { return (client.isNull() ? remote : client).toString(); }
};

} // namespace lars::server::http
