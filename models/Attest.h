#pragma once
// An attest issued from one activity; ADBIB attests carry the activity's date, not the printing date.
#include "models/FieldError.h"
#include "models/StaffRef.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace lars::models {

struct Attest
{
    static QStringList types()
    {
        return {QStringLiteral("ADBIB"), QStringLiteral("attendance"), QStringLiteral("general")};
    }

    qint64 id = 0;
    QString type;
    qint64 activityId = 0;
    QDate activityDate; // always the date of the activity
    QString text;       // line breaks kept
    StaffRef staff;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Attest fromJson(const QJsonObject &o);
    // Body of POST /pupils/{id}/attests: {"type", "activityId", "text"?}; the date comes from the activity.
    static std::optional<Attest> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
