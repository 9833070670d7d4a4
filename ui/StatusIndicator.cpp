#include "ui/StatusIndicator.h"

#include "ui/widgets/ThemeColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace lars::ui {

namespace {
QColor colourFor(StatusIndicator::Level level, const QPalette &palette)
{
    switch (level) {
    case StatusIndicator::Level::Good:
        return ThemeColors::success(palette);
    case StatusIndicator::Level::Busy:
        return ThemeColors::busy(palette);
    case StatusIndicator::Level::Warning:
        return ThemeColors::warning(palette);
    case StatusIndicator::Level::Error:
        return ThemeColors::error(palette);
    case StatusIndicator::Level::Neutral:
        break;
    }
    return ThemeColors::neutral(palette);
}
} // namespace

StatusIndicator::StatusIndicator(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    m_text->setObjectName(QStringLiteral("statusText"));
    setStatus(Level::Neutral, QString());
}

void StatusIndicator::setStatus(Level level, const QString &text, const QString &toolTip)
{
    m_level = level;
    m_text->setText(text);
    // The status bar must not squeeze the sentence.
    m_text->setMinimumWidth(m_text->sizeHint().width());
    setToolTip(toolTip.isEmpty() ? text : toolTip);
    setAccessibleName(text);
    setAccessibleDescription(toolTip);
    paintDot();
}

void StatusIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintDot();
}

void StatusIndicator::paintDot()
{

    const qreal dpr = devicePixelRatioF();
    const int size = fontMetrics().height() * 6 / 10;
    QPixmap dot(QSize(size, size) * dpr);
    dot.setDevicePixelRatio(dpr);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourFor(m_level, palette()));
    painter.drawEllipse(QRectF(0, 0, size, size));
    m_dot->setPixmap(dot);
}

QString StatusIndicator::text() const
{
    return m_text->text();
}

} // namespace lars::ui
