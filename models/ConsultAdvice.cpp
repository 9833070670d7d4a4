#include "models/ConsultAdvice.h"

#include "models/JsonReader.h"

namespace lars::models {

QJsonObject ConsultAdvice::toJson() const
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("version"), version},
            {QStringLiteral("changedBy"), changedBy.toJson()},
            {QStringLiteral("changedAt"),
             changedAt.isValid() ? QJsonValue(changedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()}};
}

ConsultAdvice ConsultAdvice::fromJson(const QJsonObject &o)
{
    ConsultAdvice a;
    a.text = o.value(QLatin1String("text")).toString();
    a.version = o.value(QLatin1String("version")).toInteger();
    a.changedBy = StaffRef::fromJson(o.value(QLatin1String("changedBy")));
    a.changedAt = QDateTime::fromString(o.value(QLatin1String("changedAt")).toString(), Qt::ISODateWithMs);
    return a;
}

std::optional<ConsultAdvice> ConsultAdvice::parse(const QJsonObject &o, FieldErrors *errors)
{
    JsonReader r(o);
    ConsultAdvice a;
    a.text = r.string(QStringLiteral("text"), JsonReader::Required, maxLength, true).value_or(QString());
    *errors += r.finish();
    if (!errors->isEmpty())
        return std::nullopt;
    return a;
}

} // namespace lars::models
