#pragma once
// The letters of one open dossier, composed from the models it already holds (models::DossierModel, loaded):
// the parent letter of a systematic contact, the referral letter, an attest. The client's letters area and
// `lars-render --server` compose through this one class; a letter that may not be printed comes back as a
// refusal that says why, in Dutch (e.g. a deviating result without an advice: AdviceCheck).
#include "reports/LetterData.h"

#include <optional>

namespace lars::models {
class DossierModel;
}

namespace lars::reports {

struct ComposedLetter
{
    std::optional<AnyLetter> letter;
    QString refusal; // set when letter is empty

    bool ok() const { return letter.has_value(); }
};

class DossierLetters final
{
public:
    DossierLetters(const models::DossierModel &dossier, const ClbInfo &clb, const StaffInfo &staff);

    // After the systematic contact consultId (0: the latest).
    ComposedLetter parentLetter(qint64 consultId = 0) const;
    // The letter of a stored referral (models::Referral): by its id, else the newest made from the journal
    // activity activityId, else the newest after the consult consultId, else the newest. A letter says only
    // what was recorded: without a referral there is no letter.
    ComposedLetter referralLetter(qint64 referralId, qint64 consultId = 0, qint64 activityId = 0) const;
    ComposedLetter attest(qint64 attestId) const;

private:
    static ComposedLetter refused(const QString &reason) { return {std::nullopt, reason}; }

    const models::DossierModel &m_dossier;
    ClbInfo m_clb;
    StaffInfo m_staff;
};

} // namespace lars::reports
