#pragma once
// The body of a correction of a journal activity (PUT /pupils/{id}/activities/{id}): the activity as its
// author wants it to read now, whether it is withdrawn, and why. Every correction says why: the reason is
// kept with the new version, next to the earlier ones.
#include "models/Activity.h"

namespace lars::models {

struct ActivityCorrection
{
    Activity activity; // its id, staff and dates are the server's
    bool withdrawn = false;
    QString reason;

    static constexpr int maxReasonLength = 500;

    QJsonObject toJson() const;
    // The fields of activity that a correction writes (for the outbox: what the server must hold after it).
    static QStringList writtenFields();
    static std::optional<ActivityCorrection> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
