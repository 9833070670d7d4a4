#pragma once
// Whether a parent letter may be printed as composed: a growth result outside P3–P97 or a deviating
// finding needs the advice the staff member typed, else the letter would say "nothing special" next to its
// own results table. Also the suggested advice generated from those findings, offered in the editor for
// the staff member to accept and edit. The client, lars-render and the renderer ask this one class.
#include "reports/LetterData.h"

#include <QStringList>

namespace lars::reports {

class AdviceCheck final
{
public:
    enum class Band
    {
        Below, // under P3
        Within,
        Above // over P97
    };

    explicit AdviceCheck(const ParentLetter &letter);

    // One sentence per finding, in the letter's words ("De lengte van Arthur ligt onder percentiel 3 …").
    const QStringList &findings() const { return m_findings; }
    bool needsAdvice() const { return !m_findings.isEmpty(); }
    // Empty when the letter may be printed; else why not, in Dutch, for the staff member.
    QString refusal() const { return m_refusal; }
    // A text to start the advice from: the findings and what the parents can do.
    QString suggestion() const;

    // The band of a z-score: P3 and P97 are z = ∓1.881 (the results table uses the same rule).
    static Band band(double z);
    // The growth measurement a parent letter reports: the one on the consult's date, else the latest.
    static const Measurement *consultMeasurement(const ParentLetter &letter);

private:
    void checkGrowth(const ParentLetter &letter);

    QString m_firstName;
    QStringList m_findings;
    QString m_refusal;
};

} // namespace lars::reports
