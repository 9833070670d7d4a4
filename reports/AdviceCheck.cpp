#include "reports/AdviceCheck.h"

#include "reports/LetterTemplate.h"
#include "reports/ModelLetters.h"

#include <QLocale>
#include <cmath>

namespace lars::reports {

using models::GrowthReference;

namespace {

constexpr double kP97 = 1.881;

} // namespace

AdviceCheck::Band AdviceCheck::band(double z)
{
    if (z < -kP97)
        return Band::Below;
    if (z > kP97)
        return Band::Above;
    return Band::Within;
}

const Measurement *AdviceCheck::consultMeasurement(const ParentLetter &letter)
{
    const Measurement *m = nullptr;
    for (const Measurement &candidate : letter.measurements)
        if (!m || candidate.date == letter.consultDate ||
            (m->date != letter.consultDate && candidate.date > m->date))
            m = &candidate;
    return m;
}

AdviceCheck::AdviceCheck(const ParentLetter &letter)
    : m_firstName(letter.pupil.firstName)
{
    checkGrowth(letter);
    for (const ResultRow &row : letter.results)
        if (row.deviating)
            m_findings.append(LetterTemplate::fill(
                dossierText(u"adviceCheck", "finding"),
                {{QStringLiteral("label"), row.label}, {QStringLiteral("value"), row.value}}));
    if (m_findings.isEmpty() || !letter.advice.trimmed().isEmpty())
        return;
    m_refusal = LetterTemplate::fill(dossierText(u"adviceCheck", "refusal"),
                                     {{QStringLiteral("pupil"), letter.pupil.fullName()},
                                      {QStringLiteral("consult"), letter.consultName},
                                      {QStringLiteral("findings"), m_findings.join(u' ')}});
}

void AdviceCheck::checkGrowth(const ParentLetter &letter)
{
    const Measurement *m = consultMeasurement(letter);
    if (!m || !letter.pupil.birthDate.isValid() || !m->date.isValid())
        return;
    const double age = letter.pupil.birthDate.daysTo(m->date) / 365.25;
    const QLocale locale(QLocale::Dutch, QLocale::Belgium);
    const auto check = [&](GrowthReference::Measure measure, const char *what, double value,
                           const QString &shown) {
        const auto z = GrowthReference::flemish2009().zScore(measure, letter.pupil.sex, age, value);
        if (!z || !std::isfinite(*z) || band(*z) == Band::Within)
            return;
        m_findings.append(LetterTemplate::fill(
            dossierText(u"adviceCheck", band(*z) == Band::Below ? "growthBelow" : "growthAbove"),
            {{QStringLiteral("what"), dossierText(u"adviceCheck", what)},
             {QStringLiteral("firstName"), letter.pupil.firstName},
             {QStringLiteral("value"), shown}}));
    };
    if (m->heightCm)
        check(GrowthReference::Measure::Height, "height", *m->heightCm,
              locale.toString(*m->heightCm, 'f', 1) + QStringLiteral(" cm"));
    if (m->weightKg)
        check(GrowthReference::Measure::Weight, "weight", *m->weightKg,
              locale.toString(*m->weightKg, 'f', 1) + QStringLiteral(" kg"));
    if (m->heightCm && m->weightKg && *m->heightCm > 0) {
        const double bmi = *m->weightKg / std::pow(*m->heightCm / 100.0, 2);
        check(GrowthReference::Measure::Bmi, "bmi", bmi, locale.toString(bmi, 'f', 1));
    }
}

QString AdviceCheck::suggestion() const
{
    if (m_findings.isEmpty())
        return {};
    return LetterTemplate::fill(
        dossierText(u"adviceCheck", "suggestion"),
        {{QStringLiteral("findings"), m_findings.join(u'\n')}, {QStringLiteral("firstName"), m_firstName}});
}

} // namespace lars::reports
