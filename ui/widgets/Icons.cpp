#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace lars::ui {

namespace {
class ThemedSvgEngine final : public QIconEngine
{
public:
    explicit ThemedSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("lars-themed-svg"); }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        const QColor colour =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                          mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::ButtonText);
        return QByteArray(m_svg).replace("currentColor", colour.name().toLatin1());
    }

    QByteArray m_svg;
};

QByteArray read(const QString &name)
{
    initIconResources();
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QIcon Icons::themed(const QString &name)
{
    return QIcon(new ThemedSvgEngine(read(name)));
}

QIcon Icons::application()
{
    initIconResources();
    return QIcon(QStringLiteral(":/icons/lars.svg"));
}

} // namespace lars::ui
