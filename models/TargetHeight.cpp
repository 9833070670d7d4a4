#include "models/TargetHeight.h"

#include <QCoreApplication>
#include <cmath>

namespace lars::models {

namespace {
TargetHeight::Formula &currentFormula()
{
    static TargetHeight::Formula formula = TargetHeight::tanner();
    return formula;
}
} // namespace

const TargetHeight::Formula &TargetHeight::tanner()
{
    static const Formula formula{
        QStringLiteral("tanner"),
        QStringLiteral("Tanner"), // a proper name: the same in every language
        [](double father, double mother, GrowthReference::Sex sex) {
            return (father + mother + (sex == GrowthReference::Sex::Male ? 13.0 : -13.0)) / 2.0;
        },
        8.5};
    return formula;
}

const TargetHeight::Formula &TargetHeight::defaultFormula()
{
    return currentFormula();
}

void TargetHeight::setDefaultFormula(const Formula &formula)
{
    currentFormula() = formula;
}

QString TargetHeight::validateParentHeight(double cm)
{
    if (!std::isfinite(cm) || cm < minAdultHeightCm || cm > maxAdultHeightCm)
        return QCoreApplication::translate("lars::models::TargetHeight",
                                           "Enter an adult height between %1 and %2 cm.")
            .arg(minAdultHeightCm)
            .arg(maxAdultHeightCm);
    return {};
}

std::optional<TargetHeight::Result> TargetHeight::compute(double fatherCm, double motherCm,
                                                          GrowthReference::Sex sex, const Formula &formula)
{
    if (!validateParentHeight(fatherCm).isEmpty() || !validateParentHeight(motherCm).isEmpty() ||
        !formula.midParental)
        return std::nullopt;
    const double target = formula.midParental(fatherCm, motherCm, sex);
    return Result{target, target - formula.rangeCm, target + formula.rangeCm, formula.name};
}

} // namespace lars::models
