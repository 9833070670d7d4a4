#pragma once
// The advice a nurse typed in the demo: for most consults whose growth lies outside P3–P97 or whose eye
// alignment or colour vision deviates, so the demo's parent letters carry a typed advice; every fourth
// pupil has none yet, so the demo also shows a letter refused until the advice is written.
#include <QDate>
#include <QString>

namespace lars::server::demodata {

class DemoAdvice final
{
public:
    // Empty when this consult gets no advice in the demo.
    static QString text(qint64 pupilId, char sex, const QDate &birth, const QDate &measured, double heightCm,
                        double weightKg, bool deviatingFinding);
};

} // namespace lars::server::demodata
