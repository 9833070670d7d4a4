#pragma once
// Letter data from the shared domain types (models/): what the dossier calls to preview an attest.
#include "models/Attest.h"
#include "models/ContactData.h"
#include "models/Pupil.h"
#include "reports/LetterData.h"

namespace lars::reports {

// Name, birth date, sex, school and class; the dossier reference is "LARS-<pupil id>".
PupilInfo pupilInfo(const models::Pupil &pupil);
// The staff member with their contact data for the current CLB (phone, else GSM; e-mail).
StaffInfo staffInfo(const QString &name, const QString &function, const models::ContactData &contact);
// An ADBIB (or other) attest from a registered activity: dated on the activity, text as typed.
AttestLetter attestLetter(const models::Pupil &pupil, const models::Attest &attest, const ClbInfo &clb,
                          const StaffInfo &staff);

} // namespace lars::reports
