#include "server/demodata/DemoAdvice.h"

#include "models/GrowthReference.h"

#include <cmath>

namespace lars::server::demodata {

QString DemoAdvice::text(qint64 pupilId, char sex, const QDate &birth, const QDate &measured, double heightCm,
                         double weightKg, bool deviatingFinding)
{
    if (pupilId % 4 == 3)
        return {};
    using models::GrowthReference;
    const auto s = sex == 'F' ? GrowthReference::Sex::Female : GrowthReference::Sex::Male;
    const double age = birth.daysTo(measured) / 365.25;
    bool outside = deviatingFinding;
    for (const auto &[measure, value] :
         {std::pair{GrowthReference::Measure::Height, heightCm},
          std::pair{GrowthReference::Measure::Weight, weightKg},
          std::pair{GrowthReference::Measure::Bmi, weightKg / std::pow(heightCm / 100.0, 2)}}) {
        const auto z = GrowthReference::flemish2009().zScore(measure, s, age, value);
        outside = outside || (z && std::abs(*z) > 1.881);
    }
    if (!outside)
        return {};
    return QStringLiteral("Bij het onderzoek vonden we een resultaat dat we verder willen opvolgen.\n"
                          "We raden aan om dit te laten nakijken door uw huisarts.\n\n"
                          "Breng deze brief mee naar de afspraak.");
}

} // namespace lars::server::demodata
