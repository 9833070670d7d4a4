#include "server/creon/CreonDerivation.h"

#include <QJsonObject>

namespace lars::server::creon {

namespace {
QJsonValue result(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                             : QJsonValue(QJsonObject{{QStringLiteral("result"), trimmed}});
}
QJsonValue quantity(const std::optional<double> &v, const char *unit)
{
    return v ? QJsonValue(QJsonObject{{QStringLiteral("quantity"), *v},
                                      {QStringLiteral("unit"), QLatin1String(unit)}})
             : QJsonValue(QJsonValue::Undefined);
}
} // namespace

QStringList CreonDerivation::measurementFields()
{
    return {QStringLiteral("heightCm"),
            QStringLiteral("weightKg"),
            QStringLiteral("farVision"),
            QStringLiteral("eyeAlignment"),
            QStringLiteral("depthVision"),
            QStringLiteral("colourVision"),
            QStringLiteral("pubertyStage"),
            QStringLiteral("hearingAudiometry"),
            QStringLiteral("hearingSpeechInNoise"),
            QStringLiteral("oralHealth")};
}

QJsonValue CreonDerivation::measurementValue(const models::Measurement &m, const QString &field)
{
    if (field == QLatin1String("heightCm"))
        return quantity(m.heightCm, "cm");
    if (field == QLatin1String("weightKg"))
        return quantity(m.weightKg, "kg");
    if (field == QLatin1String("farVision")) {
        QJsonObject o;
        if (m.farVisionLeft)
            o.insert(QStringLiteral("left"), *m.farVisionLeft);
        if (m.farVisionRight)
            o.insert(QStringLiteral("right"), *m.farVisionRight);
        return o.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(o);
    }
    if (field == QLatin1String("eyeAlignment"))
        return result(m.eyeAlignment);
    if (field == QLatin1String("depthVision"))
        return result(m.depthVision);
    if (field == QLatin1String("colourVision"))
        return result(m.colourVision);
    if (field == QLatin1String("pubertyStage"))
        return result(m.pubertyStage);
    if (field == QLatin1String("hearingAudiometry"))
        return result(m.hearingAudiometry);
    if (field == QLatin1String("hearingSpeechInNoise"))
        return result(m.hearingSpeechInNoise);
    if (field == QLatin1String("oralHealth"))
        return result(m.oralHealth);
    return QJsonValue(QJsonValue::Undefined);
}

QList<DerivedItem> CreonDerivation::fromMeasurement(const models::Measurement &m, const QString &pupilSex,
                                                    const QList<CreonRule> &rules)
{
    QList<DerivedItem> items;
    for (const CreonRule &rule : rules) {
        if (rule.source != QLatin1String("measurement") ||
            (!rule.pupilSex.isEmpty() && rule.pupilSex != pupilSex))
            continue;
        const QJsonValue value = measurementValue(m, rule.measurementField);
        if (value.isUndefined())
            continue;
        const DerivedItem item{rule.itemCode, m.date, m.contact, value};
        if (!items.contains(item))
            items.append(item);
    }
    return items;
}

QList<DerivedItem> CreonDerivation::fromActivity(const models::Activity &a, const QList<CreonRule> &rules)
{
    QList<DerivedItem> items;
    for (const CreonRule &rule : rules) {
        if (rule.source != QLatin1String("activity"))
            continue;
        // A rule names a function, a subject or both; a rule naming neither would match every activity.
        if (rule.functionCode.isEmpty() && rule.subjectCode.isEmpty())
            continue;
        if (!rule.functionCode.isEmpty() && rule.functionCode != a.function)
            continue;
        if (!rule.subjectCode.isEmpty() && rule.subjectCode != a.subjectCode)
            continue;
        const DerivedItem item{rule.itemCode, a.date, QString(), QJsonValue::Null};
        bool known = false;
        for (const DerivedItem &i : std::as_const(items))
            known = known || i.itemCode == item.itemCode;
        if (!known)
            items.append(item);
    }
    return items;
}

} // namespace lars::server::creon
