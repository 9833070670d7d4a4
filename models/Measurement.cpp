#include "models/Measurement.h"

#include "models/JsonReader.h"

namespace lars::models {

namespace {
QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue optText(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
std::optional<double> optNumber(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
const char *const textFields[] = {
    "eyeAlignment",         "depthVision",  "colourVision",      "hearingAudiometry",
    "hearingSpeechInNoise", "pubertyStage", "vaccinationStatus", "oralHealth"};
constexpr int textFieldCount = 8;
QString *textField(Measurement &m, int i)
{
    QString *fields[] = {&m.eyeAlignment,         &m.depthVision,  &m.colourVision,      &m.hearingAudiometry,
                         &m.hearingSpeechInNoise, &m.pubertyStage, &m.vaccinationStatus, &m.oralHealth};
    return fields[i];
}
} // namespace

std::optional<double> Measurement::bmi() const
{
    if (!heightCm || !weightKg || *heightCm <= 0)
        return std::nullopt;
    const double m = *heightCm / 100.0;
    return qRound(*weightKg / (m * m) * 10.0) / 10.0;
}

QJsonObject Measurement::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("contact"), contact},
                  {QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("heightCm"), opt(heightCm)},
                  {QStringLiteral("weightKg"), opt(weightKg)},
                  {QStringLiteral("bmi"), opt(bmi())},
                  {QStringLiteral("farVisionLeft"), opt(farVisionLeft)},
                  {QStringLiteral("farVisionRight"), opt(farVisionRight)},
                  {QStringLiteral("staff"), staff.toJson()},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("advice"), advice.toJson()}};
    Measurement copy = *this;
    for (int i = 0; i < textFieldCount; ++i)
        o.insert(QLatin1String(textFields[i]), optText(*textField(copy, i)));
    return o;
}

QJsonObject Measurement::requestBody() const
{
    QJsonObject body = toJson();
    for (const char *derived : {"id", "bmi", "staff", "createdAt", "version", "advice"})
        body.remove(QLatin1String(derived));
    return body;
}

Measurement Measurement::fromJson(const QJsonObject &o)
{
    Measurement m;
    m.id = o.value(QLatin1String("id")).toInteger();
    m.contact = o.value(QLatin1String("contact")).toString();
    m.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
    m.heightCm = optNumber(o, "heightCm");
    m.weightKg = optNumber(o, "weightKg");
    m.farVisionLeft = optNumber(o, "farVisionLeft");
    m.farVisionRight = optNumber(o, "farVisionRight");
    for (int i = 0; i < textFieldCount; ++i)
        *textField(m, i) = o.value(QLatin1String(textFields[i])).toString();
    m.staff = StaffRef::fromJson(o.value(QLatin1String("staff")));
    m.version = o.value(QLatin1String("version")).toInteger();
    m.createdAt = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    m.advice = ConsultAdvice::fromJson(o.value(QLatin1String("advice")).toObject());
    return m;
}

std::optional<Measurement> Measurement::parse(const QJsonObject &o, FieldErrors *errors)
{
    JsonReader r(o);
    Measurement m;
    m.contact = r.oneOf(QStringLiteral("contact"), JsonReader::Required, contacts()).value_or(QString());
    m.date = r.date(QStringLiteral("date"), JsonReader::Required).value_or(QDate());
    m.heightCm = r.number(QStringLiteral("heightCm"), JsonReader::Nullable, 40, 230);
    m.weightKg = r.number(QStringLiteral("weightKg"), JsonReader::Nullable, 5, 250);
    m.farVisionLeft = r.number(QStringLiteral("farVisionLeft"), JsonReader::Nullable, 0, 2.5);
    m.farVisionRight = r.number(QStringLiteral("farVisionRight"), JsonReader::Nullable, 0, 2.5);
    for (int i = 0; i < textFieldCount; ++i)
        *textField(m, i) =
            r.string(QLatin1String(textFields[i]), JsonReader::Nullable, 200).value_or(QString());
    if (m.date.isValid() && m.date > QDate::currentDate())
        r.addError(QStringLiteral("date"), QStringLiteral("range"),
                   QStringLiteral("must not be in the future"));
    *errors += r.finish();
    if (!errors->isEmpty())
        return std::nullopt;
    return m;
}

} // namespace lars::models
