#pragma once
// Letter data from the shared domain types (models/): what the dossier calls to preview an attest.
#include "models/Activity.h"
#include "models/Attest.h"
#include "models/ContactData.h"
#include "models/Measurement.h"
#include "models/Pupil.h"
#include "models/Referral.h"
#include "reports/Branding.h"
#include "reports/LetterData.h"

#include <QJsonObject>

namespace lars::reports {

// dossier.json: how dossier data become letter text (letter content is data, like the templates), in the
// language of the parent letter being composed (the parents' contact language), else Dutch.
const QJsonObject &dossierTexts();
// One text of a section of dossier.json, e.g. dossierText(u"adviceCheck", "finding").
QString dossierText(QStringView section, const char *key);

// Name, birth date, sex, school and class; the dossier reference is "LARS-<pupil id>".
PupilInfo pupilInfo(const models::Pupil &pupil);
// The staff member with their contact data for the current CLB (phone, else GSM; e-mail).
StaffInfo staffInfo(const QString &name, const QString &function, const models::ContactData &contact);
// An ADBIB (or other) attest from a registered activity: dated on the activity, text as typed.
AttestLetter attestLetter(const models::Pupil &pupil, const models::Attest &attest, const ClbInfo &clb,
                          const StaffInfo &staff);

// The letterhead of a CLB from GET /api/v1/branding (name, address "street, town", phone, e-mail, website).
ClbInfo clbInfo(const QJsonObject &branding);
// Colours and logos from GET /api/v1/branding (logos side by side: first left, last right, others centred).
Branding brandingFromServer(const QJsonObject &branding);

// The parent letter after the systematic contact `consult`: its results (vision, hearing, …; height and
// weight with percentiles come from the growth history), the growth history up to that contact, the
// parents' heights for the target height, and the advice exactly as typed for that contact (check it with
// AdviceCheck before printing).
ParentLetter parentLetter(const models::Pupil &pupil, const QList<models::Measurement> &history,
                          const models::Measurement &consult, std::optional<double> fatherHeightCm,
                          std::optional<double> motherHeightCm, const ClbInfo &clb, const StaffInfo &staff);
// The letter of a stored referral: addressed to its doctor or partner, the finding and question as typed,
// exactly the ticked results of consult (the referral's consult), and the consent sentence only when the
// parents' consent was recorded as given.
ReferralLetter referralLetter(const models::Pupil &pupil, const models::Referral &referral,
                              const std::optional<models::Measurement> &consult, const ClbInfo &clb,
                              const StaffInfo &staff);
// A made-up letter with this letterhead, to preview colours and logos.
AttestLetter sampleLetter(const ClbInfo &clb, const StaffInfo &staff);
// The systematic contact's name on letters ("systematisch contact 1ste leerjaar").
QString consultName(const QString &contactCode);

} // namespace lars::reports
