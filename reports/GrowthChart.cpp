#include "reports/GrowthChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace lars::reports {

using models::GrowthReference;

namespace {
double mmToPx(QPainter &painter, double mm)
{
    const QPaintDevice *d = painter.device();
    return mm * (d ? d->logicalDpiX() : 96) / 25.4;
}

double niceStep(double range)
{
    if (range > 120)
        return 20;
    if (range > 50)
        return 10;
    if (range > 20)
        return 5;
    return 2;
}
} // namespace

GrowthChart::GrowthChart(const GrowthReference &reference, GrowthReference::Measure measure,
                         GrowthReference::Sex sex, QList<Sample> samples,
                         std::optional<models::TargetHeight::Result> target)
    : m_measure(measure)
{
    Geometry &g = m_geometry;
    const auto [refMin, refMax] = reference.ageRange(measure, sex);
    if (refMax <= refMin)
        return;
    std::sort(samples.begin(), samples.end(),
              [](const Sample &a, const Sample &b) { return a.ageYears < b.ageYears; });
    // School-age charts start at 2 years unless a measurement is younger.
    double minAge = std::max(refMin, 2.0);
    for (const Sample &s : samples)
        if (s.ageYears >= refMin)
            minAge = std::min(minAge, std::floor(s.ageYears));
    g.minAge = minAge;
    g.maxAge = refMax;

    // The parameters are interpolated linearly between grid ages, so the curves are sampled at the grid
    // ages (and the ends): more points would only add PDF content, not shape.
    QList<double> ages{g.minAge};
    for (const auto &row : reference.rows(measure, sex))
        if (row.ageYears > g.minAge && row.ageYears < g.maxAge)
            ages.append(row.ageYears);
    ages.append(g.maxAge);
    const auto &percentiles = GrowthReference::standardPercentiles();
    for (const auto &p : percentiles) {
        Curve c{p.percentile, p.z, {}};
        for (double a : ages)
            if (const auto v = reference.valueAtZ(measure, sex, a, p.z); v && std::isfinite(*v))
                c.points.append({a, *v});
        g.curves.append(c);
    }
    auto band = [&](int lo, int hi) {
        Band b{percentiles[lo].percentile, percentiles[hi].percentile, g.curves[lo].points};
        for (auto it = g.curves[hi].points.crbegin(); it != g.curves[hi].points.crend(); ++it)
            b.polygon.append(*it);
        g.bands.append(b);
    };
    band(0, 6);
    band(1, 5);
    band(2, 4);

    for (const Sample &s : samples) {
        if (s.ageYears < g.minAge || s.ageYears > g.maxAge || !(s.value > 0))
            continue;
        g.points.append({s.ageYears, s.value, reference.zScore(measure, sex, s.ageYears, s.value)});
    }
    if (measure == GrowthReference::Measure::Height)
        g.target = target;
    g.targetAge = g.maxAge - 0.5;

    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const Curve &c : g.curves)
        for (const QPointF &p : c.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    for (const Point &p : g.points) {
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
    }
    if (g.target) {
        lo = std::min(lo, g.target->lowCm);
        hi = std::max(hi, g.target->highCm);
    }
    const double step = niceStep(hi - lo);
    g.minValue = std::floor(lo / step) * step;
    g.maxValue = std::ceil(hi / step) * step;
}

QString GrowthChart::axisTitle() const
{
    switch (m_measure) {
    case GrowthReference::Measure::Height:
        return QStringLiteral("lengte (cm)");
    case GrowthReference::Measure::Weight:
        return QStringLiteral("gewicht (kg)");
    case GrowthReference::Measure::Bmi:
        return QStringLiteral("BMI (kg/m²)");
    case GrowthReference::Measure::HeadCircumference:
        return QStringLiteral("hoofdomtrek (cm)");
    }
    return {};
}

QPointF GrowthChart::map(const Geometry &g, const QRectF &plot, double ageYears, double value)
{
    const double ax = g.maxAge > g.minAge ? (ageYears - g.minAge) / (g.maxAge - g.minAge) : 0;
    const double ay = g.maxValue > g.minValue ? (value - g.minValue) / (g.maxValue - g.minValue) : 0;
    return {plot.left() + ax * plot.width(), plot.bottom() - ay * plot.height()};
}

QRectF GrowthChart::plotRect(QPainter &painter, const QRectF &rect) const
{
    QFont font = painter.font();
    font.setPointSizeF(m_style.fontPointSize);
    const QFontMetricsF fm(font, painter.device());
    const double pad = mmToPx(painter, 1.5);
    const double left = fm.horizontalAdvance(QStringLiteral("000")) + fm.height() + 2 * pad;
    const double right = fm.horizontalAdvance(QStringLiteral("P97")) + 2 * pad;
    const double bottom = 2 * fm.height() + 2 * pad;
    const double top = pad + fm.height() / 2;
    return rect.adjusted(left, top, -right, -bottom);
}

void GrowthChart::paint(QPainter &painter, const QRectF &rect) const
{
    const Geometry &g = m_geometry;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPointSizeF(m_style.fontPointSize);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double hair = std::max(1.0, mmToPx(painter, 0.15));
    const double pad = mmToPx(painter, 1.5);
    painter.fillRect(rect, m_style.background);
    const QRectF plot = plotRect(painter, rect);
    if (g.curves.isEmpty() || plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    const QLocale nl(QLocale::Dutch, QLocale::Belgium);

    // Grid and axis labels.
    painter.setPen(QPen(m_style.grid, hair));
    const double step = niceStep(g.maxValue - g.minValue);
    for (double v = g.minValue; v <= g.maxValue + 1e-9; v += step / 2) {
        const QPointF p = map(g, plot, g.minAge, v);
        const bool major = std::fmod(v - g.minValue, step) < 1e-9;
        painter.setPen(QPen(major ? m_style.grid : m_style.grid.lighter(115), hair));
        painter.drawLine(QPointF(plot.left(), p.y()), QPointF(plot.right(), p.y()));
        if (major) {
            painter.setPen(m_style.text);
            painter.drawText(
                QRectF(rect.left(), p.y() - fm.height() / 2, plot.left() - rect.left() - pad, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, nl.toString(v, 'f', 0));
        }
    }
    for (int age = int(std::ceil(g.minAge)); age <= int(g.maxAge); ++age) {
        const QPointF p = map(g, plot, age, g.minValue);
        painter.setPen(QPen(m_style.grid, hair));
        painter.drawLine(QPointF(p.x(), plot.top()), QPointF(p.x(), plot.bottom()));
        if (age % 2 == 0 || g.maxAge - g.minAge < 10) {
            painter.setPen(m_style.text);
            painter.drawText(QRectF(p.x() - 20 * pad, plot.bottom() + pad / 2, 40 * pad, fm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(age));
        }
    }
    painter.setPen(m_style.text);
    painter.drawText(QRectF(plot.left(), plot.bottom() + pad / 2 + fm.height(), plot.width(), fm.height()),
                     Qt::AlignHCenter | Qt::AlignTop, m_style.ageLabel);
    painter.save();
    painter.translate(rect.left() + fm.height() / 2 + pad / 2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()),
                     Qt::AlignCenter, m_style.valueLabel.isEmpty() ? axisTitle() : m_style.valueLabel);
    painter.restore();

    // Percentile bands, inner bands drawn over outer ones.
    const int alphas[] = {45, 55, 70};
    for (int i = 0; i < g.bands.size(); ++i) {
        QPolygonF poly;
        for (const QPointF &d : g.bands[i].polygon)
            poly.append(map(g, plot, d.x(), d.y()));
        QColor c = m_style.brand;
        c.setAlpha(alphas[std::min(i, 2)]);
        painter.setPen(Qt::NoPen);
        painter.setBrush(c);
        painter.drawPolygon(poly);
    }
    painter.setBrush(Qt::NoBrush);
    for (const Curve &c : g.curves) {
        QPolygonF line;
        for (const QPointF &d : c.points)
            line.append(map(g, plot, d.x(), d.y()));
        QColor col = m_style.brand;
        col.setAlpha(c.percentile == 50 ? 255 : 150);
        painter.setPen(QPen(col, c.percentile == 50 ? 2.5 * hair : hair));
        painter.drawPolyline(line);
    }
    // Curve labels at the right edge: P3, P50 and P97 first, the others where there is room.
    QList<double> labelYs;
    for (const bool mainPass : {true, false}) {
        for (const Curve &c : g.curves) {
            const bool mainCurve = c.percentile == 3 || c.percentile == 50 || c.percentile == 97;
            if (c.points.isEmpty() || mainCurve != mainPass)
                continue;
            const double y = map(g, plot, c.points.last().x(), c.points.last().y()).y();
            const bool room = std::all_of(labelYs.begin(), labelYs.end(), [&](double other) {
                return std::abs(other - y) >= fm.height() * 0.95;
            });
            if (!mainCurve && !room)
                continue;
            labelYs.append(y);
            painter.setPen(m_style.text);
            painter.drawText(
                QRectF(plot.right() + pad / 2, y - fm.height() / 2, 4 * fm.height(), fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("P%1").arg(c.percentile));
        }
    }
    painter.setPen(QPen(m_style.text, hair));
    painter.drawRect(plot);

    // Target-height range at adult age.
    if (g.target) {
        const QPointF lo = map(g, plot, g.targetAge, g.target->lowCm);
        const QPointF hi = map(g, plot, g.targetAge, g.target->highCm);
        const QPointF mid = map(g, plot, g.targetAge, g.target->targetCm);
        const double w = mmToPx(painter, 1.6);
        QColor fill = m_style.target;
        fill.setAlpha(90);
        painter.setPen(QPen(m_style.target, 1.5 * hair));
        painter.setBrush(fill);
        painter.drawRect(QRectF(QPointF(lo.x() - w, hi.y()), QPointF(lo.x() + w, lo.y())));
        painter.setPen(QPen(m_style.target, 3 * hair));
        painter.drawLine(QPointF(mid.x() - 2 * w, mid.y()), QPointF(mid.x() + 2 * w, mid.y()));
        painter.setBrush(Qt::NoBrush);
    }

    // The pupil's measurements.
    if (!g.points.isEmpty()) {
        QPolygonF line;
        for (const Point &p : g.points)
            line.append(map(g, plot, p.ageYears, p.value));
        painter.setPen(QPen(m_style.point, 1.5 * hair));
        painter.drawPolyline(line);
        painter.setBrush(m_style.point);
        const double r = mmToPx(painter, 0.9);
        for (const QPointF &p : line)
            painter.drawEllipse(p, r, r);
        painter.setBrush(Qt::NoBrush);
    }

    // Legend in the top-left corner, where the curves leave room.
    const double sw = mmToPx(painter, 4);
    QPointF at(plot.left() + pad, plot.top() + pad);
    auto legendLine = [&](const QColor &color, bool dot, const QString &text) {
        const double cy = at.y() + fm.height() / 2;
        if (dot) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(QPointF(at.x() + sw / 2, cy), mmToPx(painter, 0.9), mmToPx(painter, 0.9));
        } else {
            QColor c = color;
            c.setAlpha(110);
            painter.fillRect(QRectF(at.x(), cy - fm.height() / 3, sw, fm.height() * 2 / 3), c);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(m_style.text);
        painter.drawText(QPointF(at.x() + sw + pad, at.y() + fm.ascent()), text);
        at.ry() += fm.height() * 1.15;
    };
    const QString targetText = g.target ? m_style.targetLabel.arg(g.target->formulaName) : QString();
    const double legendWidth =
        std::max({fm.horizontalAdvance(m_style.referenceLabel), fm.horizontalAdvance(m_style.pointsLabel),
                  fm.horizontalAdvance(targetText)});
    const int legendLines = 1 + (g.points.isEmpty() ? 0 : 1) + (g.target ? 1 : 0);
    painter.fillRect(QRectF(at.x() - pad / 2, at.y() - pad / 2, sw + 2 * pad + legendWidth,
                            fm.height() * 1.15 * legendLines + pad / 2),
                     QColor(255, 255, 255, 220));
    legendLine(m_style.brand, false, m_style.referenceLabel);
    if (!g.points.isEmpty())
        legendLine(m_style.point, true, m_style.pointsLabel);
    if (g.target)
        legendLine(m_style.target, false, targetText);
    painter.restore();
}

int GrowthChart::pointAt(QPainter &painter, const QRectF &rect, QPointF position, double radius) const
{
    const QRectF plot = plotRect(painter, rect);
    int best = -1;
    double bestDist = radius;
    for (int i = 0; i < m_geometry.points.size(); ++i) {
        const auto &p = m_geometry.points[i];
        const double d = QLineF(map(m_geometry, plot, p.ageYears, p.value), position).length();
        if (d <= bestDist) {
            bestDist = d;
            best = i;
        }
    }
    return best;
}

} // namespace lars::reports
