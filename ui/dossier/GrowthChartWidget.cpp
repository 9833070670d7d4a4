#include "ui/dossier/GrowthChartWidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace lars::ui {

GrowthChartWidget::GrowthChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("growthChart"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void GrowthChartWidget::setData(models::GrowthReference::Measure measure, models::GrowthReference::Sex sex,
                                QList<reports::GrowthChart::Sample> samples,
                                std::optional<models::TargetHeight::Result> target)
{
    m_measure = measure;
    m_chart = std::make_unique<reports::GrowthChart>(models::GrowthReference::flemish2009(), measure, sex,
                                                     std::move(samples), target);
    auto &style = m_chart->style();
    style.background = palette().color(QPalette::Base);
    style.text = palette().color(QPalette::Text);
    style.fontPointSize = font().pointSizeF() > 0 ? font().pointSizeF() * 0.9 : 8;
    style.ageLabel = tr("age (years)");
    style.referenceLabel = tr("P3–P97 (Flemish growth curves 2009)");
    style.pointsLabel = tr("measurements");
    style.targetLabel = tr("target height (%1, ± 8.5 cm)");
    update();
}

void GrowthChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_chart) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No measurements yet."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    m_chart->paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4));
}

QString GrowthChartWidget::toolTipAt(QPoint position) const
{
    if (!m_chart)
        return {};
    QImage scratch(1, 1, QImage::Format_ARGB32); // pointAt needs a painter for font metrics only
    QPainter painter(&scratch);
    painter.setFont(font());
    const int index = m_chart->pointAt(painter, QRectF(rect()).adjusted(4, 4, -4, -4), position, 8);
    if (index < 0)
        return {};
    const auto &p = m_chart->geometry().points.at(index);
    const QLocale locale;
    const QString value = m_measure == models::GrowthReference::Measure::Bmi
                              ? tr("BMI %1").arg(locale.toString(p.value, 'f', 1))
                              : tr("%1 cm").arg(locale.toString(p.value, 'f', 1));
    QString text = tr("Age %1 years: %2").arg(locale.toString(p.ageYears, 'f', 1), value);
    if (p.z)
        text += u'\n' + tr("z-score %1 (P%2)")
                            .arg(locale.toString(*p.z, 'f', 2))
                            .arg(qRound(models::GrowthReference::percentileOfZ(*p.z)));
    return text;
}

bool GrowthChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace lars::ui
