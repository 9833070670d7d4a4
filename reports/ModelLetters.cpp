#include "reports/ModelLetters.h"

namespace lars::reports {

PupilInfo pupilInfo(const models::Pupil &pupil)
{
    PupilInfo p;
    p.firstName = pupil.firstName;
    p.lastName = pupil.lastName;
    p.birthDate = pupil.birthDate;
    p.sex = pupil.sex == u"M" ? models::GrowthReference::Sex::Male : models::GrowthReference::Sex::Female;
    p.school = pupil.schoolName;
    p.className = pupil.className;
    p.reference = QStringLiteral("LARS-%1").arg(pupil.id);
    return p;
}

StaffInfo staffInfo(const QString &name, const QString &function, const models::ContactData &contact)
{
    return {name, function, contact.phone.isEmpty() ? contact.gsm : contact.phone, contact.email};
}

AttestLetter attestLetter(const models::Pupil &pupil, const models::Attest &attest, const ClbInfo &clb,
                          const StaffInfo &staff)
{
    AttestLetter letter;
    letter.clb = clb;
    letter.staff = staff;
    if (letter.staff.name.isEmpty())
        letter.staff.name = attest.staff.name;
    letter.pupil = pupilInfo(pupil);
    letter.attestType = attest.type.isEmpty() ? QStringLiteral("ADBIB") : attest.type;
    letter.activityDate = attest.activityDate;
    letter.text = attest.text;
    return letter;
}

} // namespace lars::reports
