#include "models/api/PendingChange.h"

#include <QUuid>

namespace lars::models {

namespace {
QString stateName(PendingChange::State s)
{
    switch (s) {
    case PendingChange::State::Waiting:
        return QStringLiteral("waiting");
    case PendingChange::State::Conflict:
        return QStringLiteral("conflict");
    case PendingChange::State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}
PendingChange::State stateOf(const QString &name)
{
    if (name == QLatin1String("conflict"))
        return PendingChange::State::Conflict;
    if (name == QLatin1String("refused"))
        return PendingChange::State::Refused;
    return PendingChange::State::Waiting;
}
QString latin(const QByteArray &b)
{
    return QString::fromLatin1(b);
}
QByteArray latin(const QJsonValue &v)
{
    return v.toString().toLatin1();
}
} // namespace

QJsonObject PendingChange::toJson() const
{
    return {{QStringLiteral("id"), latin(id)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("method"), latin(method)},
            {QStringLiteral("path"), path},
            {QStringLiteral("readPath"), readPath},
            {QStringLiteral("readField"), readField},
            {QStringLiteral("body"), body},
            {QStringLiteral("ifMatch"), latin(ifMatch)},
            {QStringLiteral("base"), base},
            {QStringLiteral("pupilId"), pupilId},
            {QStringLiteral("clbId"), clbId},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("notBefore"), notBefore.toString(Qt::ISODateWithMs)},
            {QStringLiteral("state"), stateName(state)},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("status"), status},
            {QStringLiteral("lastError"), lastError},
            {QStringLiteral("theirs"), theirs},
            {QStringLiteral("theirsTag"), latin(theirsTag)}};
}

PendingChange PendingChange::fromJson(const QJsonObject &o)
{
    PendingChange c;
    c.id = latin(o.value(QLatin1String("id")));
    c.kind = o.value(QLatin1String("kind")).toString();
    c.method = latin(o.value(QLatin1String("method")));
    c.path = o.value(QLatin1String("path")).toString();
    c.readPath = o.value(QLatin1String("readPath")).toString();
    c.readField = o.value(QLatin1String("readField")).toString();
    c.body = o.value(QLatin1String("body")).toObject();
    c.ifMatch = latin(o.value(QLatin1String("ifMatch")));
    c.base = o.value(QLatin1String("base")).toObject();
    c.pupilId = o.value(QLatin1String("pupilId")).toInteger();
    c.clbId = o.value(QLatin1String("clbId")).toInteger();
    c.summary = o.value(QLatin1String("summary")).toString();
    c.createdAt = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    c.notBefore = QDateTime::fromString(o.value(QLatin1String("notBefore")).toString(), Qt::ISODateWithMs);
    c.state = stateOf(o.value(QLatin1String("state")).toString());
    c.attempts = o.value(QLatin1String("attempts")).toInt();
    c.status = o.value(QLatin1String("status")).toInt();
    c.lastError = o.value(QLatin1String("lastError")).toString();
    c.theirs = o.value(QLatin1String("theirs")).toObject();
    c.theirsTag = latin(o.value(QLatin1String("theirsTag")));
    return c;
}

PendingChange PendingChange::make(const QString &kind, const QByteArray &method, const QString &path,
                                  const QJsonObject &body)
{
    PendingChange c;
    c.id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    c.kind = kind;
    c.method = method;
    c.path = path;
    c.body = body;
    c.createdAt = QDateTime::currentDateTimeUtc();
    return c;
}

} // namespace lars::models
