#include "reports/DossierLetters.h"

#include "models/api/DossierModel.h"
#include "reports/AdviceCheck.h"
#include "reports/LetterTemplate.h"
#include "reports/ModelLetters.h"

namespace lars::reports {

namespace {

// The consult with this id, the latest (by date) for 0; null when there is none.
const models::Measurement *consultOf(const models::DossierModel &dossier, qint64 consultId)
{
    if (consultId != 0)
        return dossier.measurement(consultId);
    const models::Measurement *latest = nullptr;
    for (const models::Measurement &m : dossier.measurements())
        if (!latest || m.date >= latest->date)
            latest = &m;
    return latest;
}

QString withPupil(const char *key, const models::DossierModel &dossier, qint64 id = 0)
{
    return LetterTemplate::fill(dossierText(u"dossierLetters", key),
                                {{QStringLiteral("firstName"), dossier.pupil().firstName},
                                 {QStringLiteral("id"), QString::number(id)}});
}

} // namespace

DossierLetters::DossierLetters(const models::DossierModel &dossier, const ClbInfo &clb,
                               const StaffInfo &staff)
    : m_dossier(dossier)
    , m_clb(clb)
    , m_staff(staff)
{}

ComposedLetter DossierLetters::parentLetter(qint64 consultId) const
{
    const models::Measurement *consult = consultOf(m_dossier, consultId);
    if (!consult)
        return refused(withPupil(consultId ? "noSuchConsult" : "noConsult", m_dossier, consultId));
    const models::ParentHeights &heights = m_dossier.parentHeights();
    ParentLetter letter = reports::parentLetter(m_dossier.pupil(), m_dossier.measurements(), *consult,
                                                heights.fatherCm, heights.motherCm, m_clb, m_staff);
    if (const QString refusal = AdviceCheck(letter).refusal(); !refusal.isEmpty())
        return refused(refusal);
    return {std::move(letter), {}};
}

ComposedLetter DossierLetters::referralLetter(qint64 referralId, qint64 consultId, qint64 activityId) const
{
    const models::Referral *referral = nullptr;
    for (const models::Referral &r : m_dossier.referrals()) // newest first
        if (!referral && (referralId   ? r.id == referralId
                          : activityId ? r.activityId == activityId
                          : consultId  ? r.consultId == consultId
                                       : true))
            referral = &r;
    if (!referral)
        return refused(withPupil(referralId ? "noSuchReferral" : "noReferral", m_dossier, referralId));
    const models::Measurement *consult =
        referral->consultId ? m_dossier.measurement(referral->consultId) : nullptr;
    return {reports::referralLetter(m_dossier.pupil(), *referral,
                                    consult ? std::optional<models::Measurement>(*consult) : std::nullopt,
                                    m_clb, m_staff),
            {}};
}

ComposedLetter DossierLetters::attest(qint64 attestId) const
{
    for (const models::Attest &a : m_dossier.attests())
        if (a.id == attestId)
            return {attestLetter(m_dossier.pupil(), a, m_clb, m_staff), {}};
    return refused(withPupil("noSuchAttest", m_dossier, attestId));
}

} // namespace lars::reports
