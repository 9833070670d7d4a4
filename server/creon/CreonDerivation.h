#pragma once
// Which CREON items a consult's results or an activity yield, by the rules in creon_rules (data: the list
// of items grows without a release). Pure: the same source and rules always give the same items.
#include "models/Activity.h"
#include "models/Measurement.h"

#include <QJsonValue>
#include <QList>

namespace lars::server::creon {

struct CreonRule
{
    QString itemCode;
    QString source;           // "measurement" or "activity"
    QString measurementField; // JSON name of a consult result: heightCm, farVision, oralHealth, …
    QString pupilSex;         // "M"/"F": only for pupils of that sex; empty: all
    QString functionCode;     // activity function that must match; empty: any
    QString subjectCode;      // activity subject that must match; empty: any
};

struct DerivedItem
{
    QString itemCode;
    QDate date;
    QString contact;  // the systematic contact (K1…S3) for consult results; empty for activities
    QJsonValue value; // null, {"quantity","unit"}, {"left","right"} or {"result"}: only what the item needs

    bool operator==(const DerivedItem &other) const = default;
};

class CreonDerivation final
{
public:
    // The consult result fields a rule may name.
    static QStringList measurementFields();
    static QList<DerivedItem> fromMeasurement(const models::Measurement &m, const QString &pupilSex,
                                              const QList<CreonRule> &rules);
    static QList<DerivedItem> fromActivity(const models::Activity &a, const QList<CreonRule> &rules);
    // The value of one consult result field, or undefined when the consult did not measure it.
    static QJsonValue measurementValue(const models::Measurement &m, const QString &field);
};

} // namespace lars::server::creon
