#include "reports/ParagraphPainter.h"

#include "reports/LetterContext.h"
#include "reports/TextBlock.h"

#include <QPainter>

namespace lars::reports {

void ParagraphPainter::add(const QString &text, const QFont &font, const QColor &color, Qt::Alignment align,
                           double spaceBefore, bool keepWithNext, bool fixed)
{
    auto block = m_ctx.textBlock(text, font, m_ctx.width(), align, fixed);
    const int n = block->lineCount();
    for (int i = 0; i < n; ++i) {
        auto item = std::make_shared<LetterItem>();
        item->height = block->lineHeight(i);
        item->spaceBefore = i == 0 ? spaceBefore : 0;
        // Short paragraphs stay together; longer ones avoid a single orphan or widow line.
        if (i == n - 1)
            item->keepWithNext = keepWithNext;
        else if (n <= 3)
            item->keepWithNext = true;
        else
            item->keepWithNext = i == 0 || i == n - 2;
        const double x = m_ctx.left();
        item->paint = [block, i, font, color, x](QPainter &painter, double y) {
            painter.setFont(font);
            painter.setPen(color);
            block->paintLines(painter, {x, y}, i, i + 1);
        };
        m_ctx.add(item);
    }
}

} // namespace lars::reports
