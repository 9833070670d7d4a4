#include "reports/DossierLetters.h"

#include "models/api/DossierModel.h"
#include "reports/AdviceCheck.h"
#include "reports/LetterTemplate.h"
#include "reports/ModelLetters.h"

namespace lars::reports {

namespace {

QString text(const char *key)
{
    return dossierTexts()[u"dossierLetters"].toObject()[QLatin1String(key)].toString();
}

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
    return LetterTemplate::fill(text(key), {{QStringLiteral("firstName"), dossier.pupil().firstName},
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

ComposedLetter DossierLetters::referralLetter(qint64 consultId, qint64 activityId) const
{
    std::optional<models::Activity> activity;
    if (activityId != 0) {
        for (const models::Activity &a : m_dossier.journal())
            if (a.id == activityId)
                activity = a;
        if (!activity)
            return refused(withPupil("noSuchActivity", m_dossier, activityId));
    }
    const models::Measurement *consult = consultOf(m_dossier, consultId);
    if (consultId != 0 && !consult)
        return refused(withPupil("noSuchConsult", m_dossier, consultId));
    return {reports::referralLetter(m_dossier.pupil(),
                                    consult ? std::optional<models::Measurement>(*consult) : std::nullopt,
                                    activity, m_clb, m_staff),
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
