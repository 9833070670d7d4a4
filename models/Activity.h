#pragma once
// A registered activity in a pupil's journal (journaalblad); with the draaischijffunctie it carries the
// referral direction, partner category and detail. Its author may correct or withdraw it: each change is
// a new version (the earlier ones stay readable in its history), a withdrawn activity stays in the journal.
#include "models/FieldError.h"
#include "models/StaffRef.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace lars::models {

struct HubReferral
{
    QString direction; // "referral-to" (doorverwijzing naar) or "feedback-from" (terugkoppeling vanuit)
    QString category;  // code of a draaischijf category, e.g. "juridisch"
    QString detail;    // code of a detail within the category, e.g. "politie"

    static QStringList directions()
    {
        return {QStringLiteral("referral-to"), QStringLiteral("feedback-from")};
    }
};

struct Activity
{
    static inline const QString hubFunction = QStringLiteral("draaischijf");

    qint64 id = 0;
    QDate date;
    StaffRef staff;
    QString function;    // code from /nomenclature/activity-functions
    QString subject;     // the staff member's own short title
    QString subjectCode; // classification in the nomenclature's subjects (empty: none); feeds CREON
    int durationMinutes = 0;
    QString text; // free text; line breaks are kept exactly
    std::optional<HubReferral> hub;
    QDateTime createdAt;
    qint64 version = 1; // also the ETag; 1 until corrected or withdrawn
    bool withdrawn = false;
    QDateTime changedAt;  // when this version was written (invalid for version 1: createdAt)
    QString changeReason; // why (empty for version 1)

    QJsonObject toJson() const;
    static Activity fromJson(const QJsonObject &o);
    // Body of POST /pupils/{id}/activities; the nomenclature check is the server's.
    static std::optional<Activity> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
