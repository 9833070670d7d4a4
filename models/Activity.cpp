#include "models/Activity.h"

#include "models/JsonReader.h"

namespace lars::models {

QJsonObject Activity::toJson() const
{
    QJsonValue hubJson;
    if (hub)
        hubJson = QJsonObject{{QStringLiteral("direction"), hub->direction},
                              {QStringLiteral("category"), hub->category},
                              {QStringLiteral("detail"), hub->detail}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("staff"), staff.toJson()},
            {QStringLiteral("function"), function},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("subjectCode"), subjectCode.isEmpty() ? QJsonValue() : QJsonValue(subjectCode)},
            {QStringLiteral("durationMinutes"), durationMinutes},
            {QStringLiteral("text"), text},
            {QStringLiteral("hub"), hubJson},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("version"), version},
            {QStringLiteral("withdrawn"), withdrawn},
            {QStringLiteral("changedAt"),
             changedAt.isValid() ? QJsonValue(changedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
            {QStringLiteral("reason"), changeReason.isEmpty() ? QJsonValue() : QJsonValue(changeReason)}};
}

Activity Activity::fromJson(const QJsonObject &o)
{
    Activity a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
    a.staff = StaffRef::fromJson(o.value(QLatin1String("staff")));
    a.function = o.value(QLatin1String("function")).toString();
    a.subject = o.value(QLatin1String("subject")).toString();
    a.subjectCode = o.value(QLatin1String("subjectCode")).toString();
    a.durationMinutes = o.value(QLatin1String("durationMinutes")).toInt();
    a.text = o.value(QLatin1String("text")).toString();
    if (o.value(QLatin1String("hub")).isObject()) {
        const QJsonObject h = o.value(QLatin1String("hub")).toObject();
        a.hub = HubReferral{h.value(QLatin1String("direction")).toString(),
                            h.value(QLatin1String("category")).toString(),
                            h.value(QLatin1String("detail")).toString()};
    }
    a.createdAt = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    a.version = o.value(QLatin1String("version")).toInteger(1);
    a.withdrawn = o.value(QLatin1String("withdrawn")).toBool();
    a.changedAt = QDateTime::fromString(o.value(QLatin1String("changedAt")).toString(), Qt::ISODateWithMs);
    a.changeReason = o.value(QLatin1String("reason")).toString();
    return a;
}

std::optional<Activity> Activity::parse(const QJsonObject &o, FieldErrors *errors)
{
    JsonReader r(o);
    Activity a;
    a.date = r.date(QStringLiteral("date"), JsonReader::Required).value_or(QDate());
    a.function = r.string(QStringLiteral("function"), JsonReader::Required, 64).value_or(QString());
    a.subject = r.string(QStringLiteral("subject"), JsonReader::Required, 200).value_or(QString());
    a.subjectCode = r.string(QStringLiteral("subjectCode"), JsonReader::Nullable, 64).value_or(QString());
    a.durationMinutes =
        int(r.integer(QStringLiteral("durationMinutes"), JsonReader::Required, 0, 24 * 60).value_or(0));
    a.text = r.string(QStringLiteral("text"), JsonReader::Optional, 20000, true).value_or(QString());
    if (const auto hub = r.object(QStringLiteral("hub"), JsonReader::Nullable)) {
        JsonReader h(*hub, QStringLiteral("hub"));
        HubReferral ref;
        ref.direction = h.oneOf(QStringLiteral("direction"), JsonReader::Required, HubReferral::directions())
                            .value_or(QString());
        ref.category = h.string(QStringLiteral("category"), JsonReader::Required, 64).value_or(QString());
        ref.detail = h.string(QStringLiteral("detail"), JsonReader::Required, 64).value_or(QString());
        *errors += h.finish();
        a.hub = ref;
    }
    if (a.function == hubFunction && !a.hub)
        r.addError(QStringLiteral("hub"), QStringLiteral("required"),
                   QStringLiteral("the draaischijf function needs direction, category and detail"));
    if (a.function != hubFunction && a.hub && !a.function.isEmpty())
        r.addError(QStringLiteral("hub"), QStringLiteral("not-allowed"),
                   QStringLiteral("only the draaischijf function has hub fields"));
    if (a.date.isValid() && a.date > QDate::currentDate().addDays(1))
        r.addError(QStringLiteral("date"), QStringLiteral("range"),
                   QStringLiteral("must not be in the future"));
    *errors += r.finish();
    if (!errors->isEmpty())
        return std::nullopt;
    return a;
}

} // namespace lars::models
