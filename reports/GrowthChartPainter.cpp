#include "reports/GrowthChartPainter.h"

#include "reports/LetterContext.h"
#include "reports/LetterStyle.h"
#include "reports/ParagraphPainter.h"

#include <QJsonObject>
#include <memory>
#include <utility>

namespace lars::reports {

using models::GrowthReference;
using namespace letterstyle;

void GrowthChartPainter::add(const QJsonObject &block, double spaceBefore)
{
    const auto *parent = std::get_if<ParentLetter>(&m_ctx.letter());
    if (!parent)
        return;
    auto grown = chart(*parent, m_ctx.branding());
    if (!grown)
        return;
    // The chart's words in the letter's language, where its template gives them.
    const QJsonObject labels = m_ctx.tpl().object(QStringLiteral("chartLabels"));
    auto &style = grown->style();
    for (const auto &[key, label] :
         {std::pair{u"age", &style.ageLabel}, std::pair{u"reference", &style.referenceLabel},
          std::pair{u"points", &style.pointsLabel}, std::pair{u"target", &style.targetLabel},
          std::pair{u"height", &style.valueLabel}})
        if (const QString text = labels[QStringView(key)].toString(); !text.isEmpty())
            *label = text;
    auto shared = std::make_shared<GrowthChart>(std::move(*grown));
    auto item = std::make_shared<LetterItem>();
    item->height = m_ctx.mm(block[u"heightMm"].toDouble(95));
    item->spaceBefore = spaceBefore;
    item->keepWithNext = true; // with its caption
    const double l = m_ctx.left(), w = m_ctx.width(), h = item->height;
    item->paint = [shared, l, w, h](QPainter &painter, double y) {
        shared->paint(painter, QRectF(l, y, w, h));
    };
    m_ctx.add(item);
    ParagraphPainter(m_ctx).add(m_ctx.values().value(QStringLiteral("target.text")), font(8.5), kMuted,
                                Qt::AlignLeft, m_ctx.mm(1.5), false);
}

std::optional<GrowthChart> GrowthChartPainter::chart(const ParentLetter &letter, const Branding &branding)
{
    QList<GrowthChart::Sample> samples;
    for (const Measurement &m : letter.measurements)
        if (m.heightCm && m.date.isValid() && letter.pupil.birthDate.isValid())
            samples.append({letter.pupil.birthDate.daysTo(m.date) / 365.25, *m.heightCm});
    if (samples.isEmpty())
        return std::nullopt;
    std::optional<models::TargetHeight::Result> target;
    if (letter.fatherHeightCm && letter.motherHeightCm)
        target =
            models::TargetHeight::compute(*letter.fatherHeightCm, *letter.motherHeightCm, letter.pupil.sex);
    GrowthChart chart(GrowthReference::flemish2009(), GrowthReference::Measure::Height, letter.pupil.sex,
                      samples, target);
    chart.style().brand = branding.primary;
    return chart;
}

} // namespace lars::reports
