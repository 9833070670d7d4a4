#include "models/Attest.h"

#include "models/JsonReader.h"

namespace lars::models {

QJsonObject Attest::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("activityId"), activityId},
            {QStringLiteral("activityDate"), activityDate.toString(Qt::ISODate)},
            {QStringLiteral("text"), text},
            {QStringLiteral("staff"), staff.toJson()},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)}};
}

QJsonObject Attest::createBody() const
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("activityId"), activityId},
            {QStringLiteral("text"), text}};
}

Attest Attest::fromJson(const QJsonObject &o)
{
    Attest a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.type = o.value(QLatin1String("type")).toString();
    a.activityId = o.value(QLatin1String("activityId")).toInteger();
    a.activityDate = QDate::fromString(o.value(QLatin1String("activityDate")).toString(), Qt::ISODate);
    a.text = o.value(QLatin1String("text")).toString();
    a.staff = StaffRef::fromJson(o.value(QLatin1String("staff")));
    a.createdAt = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    return a;
}

std::optional<Attest> Attest::parse(const QJsonObject &o, FieldErrors *errors)
{
    JsonReader r(o);
    Attest a;
    a.type = r.string(QStringLiteral("type"), JsonReader::Required, 64).value_or(QString());
    a.activityId = r.integer(QStringLiteral("activityId"), JsonReader::Required, 1,
                             std::numeric_limits<qint64>::max() / 2)
                       .value_or(0);
    a.text = r.string(QStringLiteral("text"), JsonReader::Optional, 20000, true).value_or(QString());
    *errors += r.finish();
    if (!errors->isEmpty())
        return std::nullopt;
    return a;
}

} // namespace lars::models
