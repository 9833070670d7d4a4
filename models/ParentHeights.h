#pragma once
// The heights of a pupil's father and mother (for the target height), with who changed each and when.
#include "models/FieldError.h"
#include "models/StaffRef.h"

#include <QDateTime>
#include <optional>

namespace lars::models {

struct ParentHeights
{
    static constexpr double minCm = 120.0; // plausible adult heights (domain brief)
    static constexpr double maxCm = 230.0;

    std::optional<double> fatherCm;
    std::optional<double> motherCm;
    StaffRef fatherChangedBy;
    QDateTime fatherChangedAt;
    StaffRef motherChangedBy;
    QDateTime motherChangedAt;
    qint64 version = 0; // 0: never entered

    QJsonObject toJson() const;
    static ParentHeights fromJson(const QJsonObject &o);
    // Body of PUT /pupils/{id}/parent-heights: {"fatherCm": number|null, "motherCm": number|null}, both
    // present.
    static std::optional<ParentHeights> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
