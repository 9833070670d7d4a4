#pragma once
// Target height (streeflengte) from the parents' heights: a named, replaceable formula
// (Tanner's mid-parental height by default) and the validation of entered adult heights.
#include "models/GrowthReference.h"

#include <QString>
#include <functional>
#include <optional>

namespace lars::models {

class TargetHeight final
{
public:
    // A formula is data: its name is shown wherever its result is shown.
    struct Formula
    {
        QString id;
        QString name;
        std::function<double(double fatherCm, double motherCm, GrowthReference::Sex sex)> midParental;
        double rangeCm = 8.5;
    };
    struct Result
    {
        double targetCm = 0;
        double lowCm = 0;
        double highCm = 0;
        QString formulaName;
    };

    static constexpr double minAdultHeightCm = 120;
    static constexpr double maxAdultHeightCm = 230;

    // Tanner: boys (father + mother + 13) / 2, girls (father + mother − 13) / 2, range ± 8.5 cm.
    static const Formula &tanner();
    // The formula in use; tanner() unless setDefaultFormula() chose another.
    static const Formula &defaultFormula();
    static void setDefaultFormula(const Formula &formula);

    // Empty when the height is plausible for an adult; otherwise a message for the user.
    static QString validateParentHeight(double cm);
    // nullopt when a parent height is not valid.
    static std::optional<Result> compute(double fatherCm, double motherCm, GrowthReference::Sex sex,
                                         const Formula &formula = defaultFormula());
};

} // namespace lars::models
