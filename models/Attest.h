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
    qint64 id = 0;
    QString type; // code from /nomenclature/attest-types (server data), e.g. "ADBIB"
    qint64 activityId = 0;
    QDate activityDate; // always the date of the activity
    QString text;       // line breaks kept
    StaffRef staff;
    QDateTime createdAt;

    QJsonObject toJson() const;
    // The body of its POST: type, activity and text (the date is the activity's, set by the server).
    QJsonObject createBody() const;
    static Attest fromJson(const QJsonObject &o);
    // Body of POST /pupils/{id}/attests: {"type", "activityId", "text"?}; the date comes from the activity;
    // that the type is one of the attest types is the server's check.
    static std::optional<Attest> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
