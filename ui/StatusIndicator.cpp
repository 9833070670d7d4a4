#include "ui/StatusIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace lars::ui {

namespace {
QColor colourFor(StatusIndicator::Level level)
{
    switch (level) {
    case StatusIndicator::Level::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case StatusIndicator::Level::Busy:
        return QColor(0x15, 0x65, 0xc0);
    case StatusIndicator::Level::Warning:
        return QColor(0xef, 0x6c, 0x00);
    case StatusIndicator::Level::Error:
        return QColor(0xc6, 0x28, 0x28);
    case StatusIndicator::Level::Neutral:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
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
    setToolTip(toolTip.isEmpty() ? text : toolTip);

    const qreal dpr = devicePixelRatioF();
    const int size = fontMetrics().height() * 6 / 10;
    QPixmap dot(QSize(size, size) * dpr);
    dot.setDevicePixelRatio(dpr);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourFor(level));
    painter.drawEllipse(QRectF(0, 0, size, size));
    m_dot->setPixmap(dot);
}

QString StatusIndicator::text() const
{
    return m_text->text();
}

} // namespace lars::ui
