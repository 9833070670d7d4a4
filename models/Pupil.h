#pragma once
// A pupil as the dossier header shows it: identity, school and class, and the pupil attributes.
#include "models/FieldError.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace lars::models {

class JsonWriter;

struct Pupil
{
    qint64 id = 0;
    QString nationalNumber; // empty when the pupil only has a BIS number
    QString bisNumber;
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString sex; // "F", "M" or "X"
    qint64 clbId = 0;
    qint64 schoolId = 0;
    QString schoolName;
    qint64 classId = 0;
    QString className;
    bool bridgingHelp = false; // overbruggingshulp
    // The language the CLB writes to the parents in (letters to the parents); the UI stays Dutch.
    QString contactLanguage = QStringLiteral("nl");
    qint64 version = 0;

    // THE JSON form of a pupil, written straight into w (the server's answers); toJson() is derived.
    void writeJson(JsonWriter &w) const;
    QJsonObject toJson() const;
    static Pupil fromJson(const QJsonObject &o);
    // The contact languages a pupil's parents can have: nl (the default), fr, en, de.
    static QStringList contactLanguages();
};

// Body of PUT /pupils/{id}/attributes.
struct PupilAttributes
{
    bool bridgingHelp = false;

    QJsonObject toJson() const { return {{QStringLiteral("bridgingHelp"), bridgingHelp}}; }
    static std::optional<PupilAttributes> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
