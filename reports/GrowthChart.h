#pragma once
// Height-for-age (or BMI-for-age) chart of one pupil on a growth reference: percentile bands P3–P97,
// the pupil's measurements and the target-height range at adult age. Painted with any QPainter into
// any rectangle, so the parent letter (PDF/printer) and the dossier's medical tab share one drawing.
#include "models/GrowthReference.h"
#include "models/TargetHeight.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

namespace lars::reports {

class GrowthChart final
{
public:
    struct Sample
    {
        double ageYears;
        double value;
    };
    // A reference percentile curve as (age, value) points.
    struct Curve
    {
        int percentile;
        double z;
        QList<QPointF> points;
    };
    // A filled band between two curves (P3–P97, P10–P90, P25–P75).
    struct Band
    {
        int lowPercentile;
        int highPercentile;
        QList<QPointF> polygon; // low curve forward, high curve backward, in (age, value)
    };
    struct Point
    {
        double ageYears;
        double value;
        std::optional<double> z;
    };
    // Everything the chart shows, in data units; what tests and a screen tooltip look at.
    struct Geometry
    {
        double minAge = 0;
        double maxAge = 0;
        double minValue = 0;
        double maxValue = 0;
        QList<Curve> curves;
        QList<Band> bands;
        QList<Point> points;
        std::optional<models::TargetHeight::Result> target;
        double targetAge = 0; // where the target range is drawn (adult age)
    };
    struct Style
    {
        QColor brand = QColor(0x0b, 0x5d, 0x7a);
        QColor point = QColor(0xc0, 0x39, 0x2b);
        QColor target = QColor(0x2e, 0x7d, 0x32);
        QColor text = QColor(0x33, 0x33, 0x33);
        QColor grid = QColor(0xd0, 0xd0, 0xd0);
        QColor background = Qt::white;
        double fontPointSize = 7.5;
        // Labels in the letter's (or the UI's) language; %1 is the target-height formula's name.
        QString ageLabel = QStringLiteral("leeftijd (jaar)");
        QString referenceLabel = QStringLiteral("P3–P97 (Vlaamse groeicurven 2009)");
        QString pointsLabel = QStringLiteral("metingen");
        QString targetLabel = QStringLiteral("streeflengte (%1, ± 8,5 cm)");
        QString valueLabel; // the value axis; empty: the measure's Dutch name ("lengte (cm)")
    };

    GrowthChart(const models::GrowthReference &reference, models::GrowthReference::Measure measure,
                models::GrowthReference::Sex sex, QList<Sample> samples,
                std::optional<models::TargetHeight::Result> target = std::nullopt);

    const Geometry &geometry() const { return m_geometry; }
    Style &style() { return m_style; }
    void setStyle(const Style &style) { m_style = style; }

    // Draws the whole chart (axes, labels, legend) inside rect.
    void paint(QPainter &painter, const QRectF &rect) const;
    // The plot area inside rect (without axis labels) and the mapping of data to it.
    QRectF plotRect(QPainter &painter, const QRectF &rect) const;
    static QPointF map(const Geometry &g, const QRectF &plot, double ageYears, double value);
    // The measurement nearest to a position (for hover tooltips); -1 when none within radius.
    int pointAt(QPainter &painter, const QRectF &rect, QPointF position, double radius) const;

    QString axisTitle() const;

private:
    models::GrowthReference::Measure m_measure;
    Geometry m_geometry;
    Style m_style;
};

} // namespace lars::reports
