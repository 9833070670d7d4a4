#pragma once
// The parent letter's growth chart (height for age on the Flemish reference, with the target-height
// range) followed by its caption, kept on one page together.
#include "reports/Branding.h"
#include "reports/GrowthChart.h"
#include "reports/LetterData.h"

#include <QJsonObject>
#include <optional>

namespace lars::reports {

class LetterContext;

class GrowthChartPainter final
{
public:
    explicit GrowthChartPainter(LetterContext &context)
        : m_ctx(context)
    {}

    // Adds nothing for a letter without height data.
    void add(const QJsonObject &block, double spaceBefore);

    // The chart of a parent letter; nullopt without height data.
    static std::optional<GrowthChart> chart(const ParentLetter &letter, const Branding &branding);

private:
    LetterContext &m_ctx;
};

} // namespace lars::reports
