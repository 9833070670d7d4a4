#include "models/ActivityCorrection.h"

#include "models/JsonReader.h"

namespace lars::models {

QStringList ActivityCorrection::writtenFields()
{
    return {QStringLiteral("date"),        QStringLiteral("function"),        QStringLiteral("subject"),
            QStringLiteral("subjectCode"), QStringLiteral("durationMinutes"), QStringLiteral("text"),
            QStringLiteral("hub")};
}

QJsonObject ActivityCorrection::toJson() const
{
    const QJsonObject all = activity.toJson();
    QJsonObject body;
    for (const QString &field : writtenFields())
        body.insert(field, all.value(field));
    body.insert(QStringLiteral("withdrawn"), withdrawn);
    body.insert(QStringLiteral("reason"), reason);
    return body;
}

std::optional<ActivityCorrection> ActivityCorrection::parse(const QJsonObject &o, FieldErrors *errors)
{
    // The activity's own fields are read (and checked) as when it was registered; the rest here.
    QJsonObject rest;
    QJsonObject fields = o;
    for (const QString &key : {QStringLiteral("withdrawn"), QStringLiteral("reason")})
        if (fields.contains(key))
            rest.insert(key, fields.take(key));
    JsonReader r(rest);
    ActivityCorrection c;
    c.withdrawn = r.boolean(QStringLiteral("withdrawn"), JsonReader::Optional).value_or(false);
    c.reason = r.string(QStringLiteral("reason"), JsonReader::Required, maxReasonLength).value_or(QString());
    if (r.contains(QStringLiteral("reason")) && c.reason.trimmed().isEmpty() && r.errors().isEmpty())
        r.addError(QStringLiteral("reason"), QStringLiteral("required"),
                   QStringLiteral("say why the activity is corrected or withdrawn"));
    *errors += r.finish();
    FieldErrors activityErrors;
    const auto activity = Activity::parse(fields, &activityErrors);
    *errors += activityErrors;
    if (!activity || !errors->isEmpty())
        return std::nullopt;
    c.activity = *activity;
    return c;
}

} // namespace lars::models
