#pragma once
// The results of one systematic contact (medical consult) of a pupil.
#include "models/ConsultAdvice.h"
#include "models/FieldError.h"
#include "models/StaffRef.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace lars::models {

struct Measurement
{
    // K1: 1st kleuterklas, L1/L4/L6: 1st/4th/6th leerjaar, S3: 3rd secundair.
    static QStringList contacts()
    {
        return {QStringLiteral("K1"), QStringLiteral("L1"), QStringLiteral("L4"), QStringLiteral("L6"),
                QStringLiteral("S3")};
    }

    qint64 id = 0;
    QString contact;
    QDate date;
    std::optional<double> heightCm;
    std::optional<double> weightKg;
    std::optional<double> farVisionLeft; // decimal acuity
    std::optional<double> farVisionRight;
    QString eyeAlignment; // free result text, e.g. "normaal", "strabisme"
    QString depthVision;
    QString colourVision;
    QString hearingAudiometry;
    QString hearingSpeechInNoise;
    QString pubertyStage; // Tanner stage, e.g. "G2", "B3"
    QString vaccinationStatus;
    QString oralHealth; // mondgezondheid, e.g. "gezond", "cariës"
    qint64 version = 0; // ETag of a correction (PUT)
    StaffRef staff;
    QDateTime createdAt;
    ConsultAdvice advice; // its own resource and version (…/advice); not part of POST/PUT of the results

    std::optional<double> bmi() const;
    QJsonObject toJson() const;
    static Measurement fromJson(const QJsonObject &o);
    // The body of a POST or a correction (PUT): toJson() without what the server decides.
    QJsonObject requestBody() const;
    // Body of POST /pupils/{id}/measurements.
    static std::optional<Measurement> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
