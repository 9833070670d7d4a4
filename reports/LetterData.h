#pragma once
// The data a letter is composed from: one struct per document type (ADBIB attest, parent letter,
// referral letter) with what they share, and their JSON form (the input of lars-render).
#include "models/GrowthReference.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace lars::reports {

struct ClbInfo
{
    QString name;
    QStringList addressLines;
    QString phone;
    QString email;
    QString website;
    QString place; // the town on the place/date line
};

// The staff member signing the letter, with their contact data for the current CLB.
struct StaffInfo
{
    QString name;
    QString function;
    QString phone;
    QString email;
};

struct PupilInfo
{
    QString firstName;
    QString lastName;
    QDate birthDate;
    models::GrowthReference::Sex sex = models::GrowthReference::Sex::Female;
    QString school;
    QString className;
    QString reference; // dossier reference printed on the feedback slip
    QString language;  // the parents' contact language (nl, fr, en, de): the parent letter's; empty: Dutch
    QString fullName() const { return (firstName + u' ' + lastName).trimmed(); }
};

// One row of a results or measurements table.
struct ResultRow
{
    QString label;
    QString value;
    QString remark;
    bool deviating = false; // an abnormal finding: the parent letter needs a typed advice (AdviceCheck)
};

struct Measurement
{
    QDate date;
    std::optional<double> heightCm;
    std::optional<double> weightKg;
};

struct LetterCommon
{
    ClbInfo clb;
    StaffInfo staff;
    PupilInfo pupil;
    QDate letterDate; // date line of parent and referral letters; today when empty
};

// ADBIB attest from one registered activity: its date line and body carry the activity's date.
struct AttestLetter : LetterCommon
{
    QString attestType = QStringLiteral("ADBIB");
    QDate activityDate;
    QString activitySubject;
    QString text;
};

// Parent letter after a systematic contact.
struct ParentLetter : LetterCommon
{
    QString consultName;
    QDate consultDate;
    QList<Measurement> measurements; // growth history; the one on consultDate goes in the table
    QList<ResultRow> results;        // vision, hearing, … as typed
    std::optional<double> fatherHeightCm;
    std::optional<double> motherHeightCm;
    QString advice; // printed exactly as typed: line breaks and blank lines kept
    QString nextSteps;
};

struct RecipientInfo
{
    QString name;
    QString role; // huisarts, oogarts, … (a partner: the draaischijf category)
    QStringList addressLines;
    QString withArticle; // a partner as the letter names it, e.g. "de jeugdrechtbank" (empty: the name)
};

// Referral letter to a doctor (GP, specialist) or to a non-medical partner (youth court, CAW, …), with the
// tear-off feedback slip that names the recipient.
struct ReferralLetter : LetterCommon
{
    bool medical = true; // a doctor: "Geachte collega"; a partner gets its own wording
    RecipientInfo recipient;
    QString finding;
    QString question;
    QList<ResultRow> measurements; // exactly the results that go along
    QString consent;               // printed only when the parents' consent was recorded as given
};

using AnyLetter = std::variant<AttestLetter, ParentLetter, ReferralLetter>;

enum class LetterType
{
    Attest,
    ParentLetter,
    Referral
};

// Template names as used by lars-render: adbib, ouderbrief, doorverwijsbrief.
QString templateName(LetterType type);
std::optional<LetterType> letterTypeFromName(const QString &name);
LetterType letterType(const AnyLetter &letter);
const LetterCommon &common(const AnyLetter &letter);

// JSON codec (see examples/letters/); fromJson returns nullopt and *error for unusable input.
std::optional<AnyLetter> letterFromJson(LetterType type, const QJsonObject &json, QString *error = nullptr);

} // namespace lars::reports
