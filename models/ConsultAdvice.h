#pragma once
// The advice for the parents that the staff member types per systematic contact (medical consult): kept
// exactly as typed (line breaks, blank lines) and printed as such in the parent letter.
#include "models/FieldError.h"
#include "models/StaffRef.h"

#include <QDateTime>
#include <optional>

namespace lars::models {

struct ConsultAdvice
{
    // About two pages of a letter: an advice is a few paragraphs, not a report.
    static constexpr int maxLength = 4000;

    QString text;
    qint64 version = 0; // ETag of the advice; 0: never written
    StaffRef changedBy;
    QDateTime changedAt;

    // Nothing but white space was typed: the letter has no advice.
    bool isBlank() const { return text.trimmed().isEmpty(); }
    QJsonObject toJson() const;
    static ConsultAdvice fromJson(const QJsonObject &o);
    // Body of PUT /pupils/{id}/measurements/{id}/advice: {"text": string} (line feeds, tabs allowed; ""
    // clears the advice).
    static std::optional<ConsultAdvice> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
