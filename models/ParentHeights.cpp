#include "models/ParentHeights.h"

#include "models/JsonReader.h"

namespace lars::models {

namespace {
QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue timestamp(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject ParentHeights::toJson() const
{
    return {
        {QStringLiteral("fatherCm"), optionalNumber(fatherCm)},
        {QStringLiteral("motherCm"), optionalNumber(motherCm)},
        {QStringLiteral("father"), QJsonObject{{QStringLiteral("changedBy"), fatherChangedBy.toJson()},
                                               {QStringLiteral("changedAt"), timestamp(fatherChangedAt)}}},
        {QStringLiteral("mother"), QJsonObject{{QStringLiteral("changedBy"), motherChangedBy.toJson()},
                                               {QStringLiteral("changedAt"), timestamp(motherChangedAt)}}},
        {QStringLiteral("version"), version}};
}

ParentHeights ParentHeights::fromJson(const QJsonObject &o)
{
    ParentHeights h;
    if (o.value(QLatin1String("fatherCm")).isDouble())
        h.fatherCm = o.value(QLatin1String("fatherCm")).toDouble();
    if (o.value(QLatin1String("motherCm")).isDouble())
        h.motherCm = o.value(QLatin1String("motherCm")).toDouble();
    const QJsonObject f = o.value(QLatin1String("father")).toObject();
    const QJsonObject m = o.value(QLatin1String("mother")).toObject();
    h.fatherChangedBy = StaffRef::fromJson(f.value(QLatin1String("changedBy")));
    h.fatherChangedAt =
        QDateTime::fromString(f.value(QLatin1String("changedAt")).toString(), Qt::ISODateWithMs);
    h.motherChangedBy = StaffRef::fromJson(m.value(QLatin1String("changedBy")));
    h.motherChangedAt =
        QDateTime::fromString(m.value(QLatin1String("changedAt")).toString(), Qt::ISODateWithMs);
    h.version = o.value(QLatin1String("version")).toInteger();
    return h;
}

std::optional<ParentHeights> ParentHeights::parse(const QJsonObject &o, FieldErrors *errors)
{
    JsonReader r(o);
    ParentHeights h;
    for (const auto &[name, target] : {std::pair{QStringLiteral("fatherCm"), &h.fatherCm},
                                       std::pair{QStringLiteral("motherCm"), &h.motherCm}}) {
        const auto v = r.number(name, JsonReader::RequiredNullable, -1e9, 1e9);
        if (v && (*v < minCm || *v > maxCm))
            r.addError(
                name, QStringLiteral("range"),
                QStringLiteral("a parent's height must be between %1 and %2 cm").arg(minCm).arg(maxCm));
        else
            *target = v;
    }
    *errors += r.finish();
    if (!errors->isEmpty())
        return std::nullopt;
    return h;
}

} // namespace lars::models
