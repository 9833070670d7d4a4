#include "reports/ResultsTablePainter.h"

#include "reports/AdviceCheck.h"
#include "reports/LetterContext.h"
#include "reports/LetterStyle.h"
#include "reports/TextBlock.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace lars::reports {

using models::GrowthReference;
using namespace letterstyle;

void ResultsTablePainter::add(const QJsonArray &columns, const QList<ResultRow> &rows, double spaceBefore)
{
    const double left = m_ctx.left();
    const double width = m_ctx.width();
    const int ncol = std::min<int>(int(columns.size()), 3);
    if (ncol == 0 || rows.isEmpty())
        return;
    QList<double> xs, ws;
    double x = left;
    for (int i = 0; i < ncol; ++i) {
        const double w = width * columns[i].toObject()[u"width"].toDouble(1.0 / ncol);
        xs << x;
        ws << w;
        x += w;
    }
    const double pad = m_ctx.mm(1.6);
    const QColor brand = m_ctx.branding().primary;
    const QColor accent = m_ctx.branding().accent;
    auto makeRow = [&](const QStringList &cells, bool header) {
        auto blocks = std::make_shared<std::vector<std::shared_ptr<const TextBlock>>>();
        double h = 0;
        for (int i = 0; i < ncol; ++i) {
            blocks->push_back(m_ctx.textBlock(cells.value(i), font(header ? 8.5 : 9, header), ws[i] - 2 * pad,
                                              Qt::AlignLeft, header));
            h = std::max(h, blocks->back()->height());
        }
        auto item = std::make_shared<LetterItem>();
        item->height = h + 2 * pad;
        item->keepWithNext = header;
        const double l = left, w = width;
        item->paint = [blocks, xs, ws, pad, header, brand, accent, l, w, ncol](QPainter &painter, double y) {
            const double rowH = [&] {
                double m = 0;
                for (const auto &b : *blocks)
                    m = std::max(m, b->height());
                return m + 2 * pad;
            }();
            if (header)
                painter.fillRect(QRectF(l, y, w, rowH), accent);
            painter.setPen(QPen(header ? brand : kRule, pad / 4));
            painter.drawLine(QPointF(l, y + rowH), QPointF(l + w, y + rowH));
            painter.setPen(header ? brand : kText);
            for (int i = 0; i < ncol; ++i) {
                (*blocks)[size_t(i)]->paint(painter, {xs[i] + pad, y + pad});
            }
        };
        return item;
    };
    QStringList headerCells;
    for (int i = 0; i < ncol; ++i)
        headerCells << columns[i].toObject()[u"label"].toString();
    auto header = makeRow(headerCells, true);
    header->spaceBefore = spaceBefore;
    m_ctx.add(header);
    for (const ResultRow &row : rows) {
        auto item = makeRow({row.label, row.value, row.remark}, false);
        item->repeatOnBreak = makeRow(headerCells, true);
        m_ctx.add(item);
    }
}

QList<ResultRow> ResultsTablePainter::resultRows(const LetterTemplate *tpl, const ParentLetter &letter)
{
    QList<ResultRow> rows;
    if (!tpl)
        return letter.results;
    const QJsonObject labels = tpl->object(QStringLiteral("labels"));
    const QLocale locale(tpl->text(QStringLiteral("locale")));
    // The measurement of this consult, and P3/P97, by the rule AdviceCheck applies to the same letter.
    if (const Measurement *m = AdviceCheck::consultMeasurement(letter)) {
        const auto &ref = GrowthReference::flemish2009();
        const auto sex = letter.pupil.sex;
        const double age = letter.pupil.birthDate.isValid() && m->date.isValid()
                               ? letter.pupil.birthDate.daysTo(m->date) / 365.25
                               : -1;
        auto percentile = [&](GrowthReference::Measure measure, double value) -> QString {
            const auto z = age >= 0 ? ref.zScore(measure, sex, age, value) : std::nullopt;
            if (!z || !std::isfinite(*z))
                return {};
            if (AdviceCheck::band(*z) == AdviceCheck::Band::Below)
                return labels[u"below"].toString();
            if (AdviceCheck::band(*z) == AdviceCheck::Band::Above)
                return labels[u"above"].toString();
            return LetterTemplate::fill(
                labels[u"percentile"].toString(),
                {{QStringLiteral("p"), QString::number(std::lround(GrowthReference::percentileOfZ(*z)))}});
        };
        if (m->heightCm)
            rows.append({labels[u"height"].toString(),
                         locale.toString(*m->heightCm, 'f', 1) + QStringLiteral(" cm"),
                         percentile(GrowthReference::Measure::Height, *m->heightCm)});
        if (m->weightKg)
            rows.append({labels[u"weight"].toString(),
                         locale.toString(*m->weightKg, 'f', 1) + QStringLiteral(" kg"),
                         percentile(GrowthReference::Measure::Weight, *m->weightKg)});
        if (m->heightCm && m->weightKg && *m->heightCm > 0) {
            const double bmi = *m->weightKg / std::pow(*m->heightCm / 100.0, 2);
            rows.append({labels[u"bmi"].toString(), locale.toString(bmi, 'f', 1) + QStringLiteral(" kg/m²"),
                         percentile(GrowthReference::Measure::Bmi, bmi)});
        }
    }
    rows += letter.results;
    return rows;
}

} // namespace lars::reports
