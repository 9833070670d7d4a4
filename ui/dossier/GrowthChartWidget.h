#pragma once
// Shows one pupil's growth chart (height-for-age or BMI-for-age) on screen with the reports area's
// GrowthChart painter, the same drawing the parent letter prints; hovering a point shows its z-score.
#include "models/GrowthReference.h"
#include "models/TargetHeight.h"
#include "reports/GrowthChart.h"

#include <QWidget>
#include <memory>

namespace lars::ui {

class GrowthChartWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit GrowthChartWidget(QWidget *parent = nullptr);

    void setData(models::GrowthReference::Measure measure, models::GrowthReference::Sex sex,
                 QList<reports::GrowthChart::Sample> samples,
                 std::optional<models::TargetHeight::Result> target);
    models::GrowthReference::Measure measure() const { return m_measure; }
    // Nullptr until setData(); tests read its geometry().
    const reports::GrowthChart *chart() const { return m_chart.get(); }
    // The tooltip text for a measurement point, or empty when position is on no point.
    QString toolTipAt(QPoint position) const;

    QSize sizeHint() const override { return {520, 360}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::unique_ptr<reports::GrowthChart> m_chart;
    models::GrowthReference::Measure m_measure = models::GrowthReference::Measure::Height;
};

} // namespace lars::ui
