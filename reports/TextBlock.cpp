#include "reports/TextBlock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace lars::reports {

TextBlock::TextBlock(const QString &text, const QFont &font, double width, QPaintDevice *device,
                     Qt::Alignment alignment)
{
    const QFontMetricsF fm(font, device);
    const double leading = fm.lineSpacing() * 1.12;
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    double y = 0;
    for (const QString &para : normalised.split(u'\n')) {
        if (para.isEmpty()) {
            m_lines.push_back({-1, -1, y, leading});
            y += leading;
            continue;
        }
        auto layout = std::make_unique<QTextLayout>(para, font, device);
        layout->setTextOption(option);
        layout->beginLayout();
        double ly = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, ly));
            m_lines.push_back({int(m_layouts.size()), line.lineNumber(), y, leading});
            m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
            ly += leading;
            y += leading;
        }
        layout->endLayout();
        m_layouts.push_back(std::move(layout));
    }
    m_height = y;
}

TextBlock::~TextBlock() = default;

void TextBlock::paintLines(QPainter &painter, QPointF topLeft, int first, int last) const
{
    if (first >= lineCount())
        return;
    const double origin = m_lines[size_t(first)].top;
    for (int i = first; i < last && i < lineCount(); ++i) {
        const Line &l = m_lines[size_t(i)];
        if (l.line < 0)
            continue;
        const QTextLine line = m_layouts[size_t(l.layout)]->lineAt(l.line);
        // Each QTextLayout positions its own lines from 0; shift them to the block's running y.
        line.draw(&painter, QPointF(topLeft.x(), topLeft.y() + (l.top - origin) - line.position().y()));
    }
}

} // namespace lars::reports
