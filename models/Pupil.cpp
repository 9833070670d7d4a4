#include "models/Pupil.h"

#include "models/JsonReader.h"

namespace lars::models {

QJsonObject Pupil::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("nationalNumber"),
             nationalNumber.isEmpty() ? QJsonValue() : QJsonValue(nationalNumber)},
            {QStringLiteral("bisNumber"), bisNumber.isEmpty() ? QJsonValue() : QJsonValue(bisNumber)},
            {QStringLiteral("firstName"), firstName},
            {QStringLiteral("lastName"), lastName},
            {QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate)},
            {QStringLiteral("sex"), sex},
            {QStringLiteral("clbId"), clbId},
            {QStringLiteral("school"),
             QJsonObject{{QStringLiteral("id"), schoolId}, {QStringLiteral("name"), schoolName}}},
            {QStringLiteral("class"),
             QJsonObject{{QStringLiteral("id"), classId}, {QStringLiteral("name"), className}}},
            {QStringLiteral("attributes"), PupilAttributes{bridgingHelp}.toJson()},
            {QStringLiteral("contactLanguage"), contactLanguage},
            {QStringLiteral("version"), version}};
}

Pupil Pupil::fromJson(const QJsonObject &o)
{
    Pupil p;
    p.id = o.value(QLatin1String("id")).toInteger();
    p.nationalNumber = o.value(QLatin1String("nationalNumber")).toString();
    p.bisNumber = o.value(QLatin1String("bisNumber")).toString();
    p.firstName = o.value(QLatin1String("firstName")).toString();
    p.lastName = o.value(QLatin1String("lastName")).toString();
    p.birthDate = QDate::fromString(o.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
    p.sex = o.value(QLatin1String("sex")).toString();
    p.clbId = o.value(QLatin1String("clbId")).toInteger();
    const QJsonObject school = o.value(QLatin1String("school")).toObject();
    p.schoolId = school.value(QLatin1String("id")).toInteger();
    p.schoolName = school.value(QLatin1String("name")).toString();
    const QJsonObject cls = o.value(QLatin1String("class")).toObject();
    p.classId = cls.value(QLatin1String("id")).toInteger();
    p.className = cls.value(QLatin1String("name")).toString();
    p.bridgingHelp =
        o.value(QLatin1String("attributes")).toObject().value(QLatin1String("bridgingHelp")).toBool();
    const QString language = o.value(QLatin1String("contactLanguage")).toString();
    if (contactLanguages().contains(language))
        p.contactLanguage = language;
    p.version = o.value(QLatin1String("version")).toInteger();
    return p;
}

QStringList Pupil::contactLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de")};
}

std::optional<PupilAttributes> PupilAttributes::parse(const QJsonObject &o, FieldErrors *errors)
{
    JsonReader r(o);
    const auto bridging = r.boolean(QStringLiteral("bridgingHelp"), JsonReader::Required);
    *errors += r.finish();
    if (!errors->isEmpty())
        return std::nullopt;
    return PupilAttributes{*bridging};
}

} // namespace lars::models
