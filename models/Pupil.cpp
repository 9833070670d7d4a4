#include "models/Pupil.h"

#include "models/JsonReader.h"
#include "models/JsonWriter.h"

#include <QJsonDocument>

namespace lars::models {

void Pupil::writeJson(JsonWriter &w) const
{
    // Keys in QJsonObject's (sorted) order: the bytes are those QJsonDocument writes for toJson().
    w.beginObject();
    w.key("attributes").beginObject().field("bridgingHelp", bridgingHelp).endObject();
    w.field("birthDate", birthDate);
    w.key("bisNumber").textOrNull(bisNumber);
    w.key("class").beginObject().field("id", classId).field("name", className).endObject();
    w.field("clbId", clbId);
    w.field("contactLanguage", contactLanguage);
    w.field("firstName", firstName);
    w.field("id", id);
    w.field("lastName", lastName);
    w.key("nationalNumber").textOrNull(nationalNumber);
    w.key("school").beginObject().field("id", schoolId).field("name", schoolName).endObject();
    w.field("sex", sex);
    w.field("version", version);
    w.endObject();
}

QJsonObject Pupil::toJson() const
{
    // Derived from writeJson so that the server's direct bytes and this object can never differ.
    JsonWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.bytes()).object();
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
