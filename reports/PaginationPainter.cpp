#include "reports/PaginationPainter.h"

#include "reports/LetterContext.h"
#include "reports/LetterStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace lars::reports {

using namespace letterstyle;

QList<PaginationPainter::Page> PaginationPainter::paginate(double firstTop, double nextTop) const
{
    const auto &items = m_ctx.items();
    const double bottom = m_ctx.bottom();
    QList<Page> pages(1);
    double top = firstTop;
    double y = top;
    for (size_t i = 0; i < items.size(); ++i) {
        const LetterItem &it = *items[i];
        double space = y > top ? it.spaceBefore : 0;
        // The chain of items that must stay with this one on the same page.
        double chain = space + it.height;
        for (size_t j = i; j + 1 < items.size() && items[j]->keepWithNext; ++j)
            chain += items[j + 1]->spaceBefore + items[j + 1]->height;
        if (chain > bottom - top)
            chain = space + it.height; // a chain taller than a page cannot stay together
        if (y + chain > bottom && y > top) {
            pages.append(Page{});
            top = nextTop;
            y = top;
            space = 0;
            if (it.repeatOnBreak) {
                pages.last().items.append({it.repeatOnBreak.get(), y});
                y += it.repeatOnBreak->height;
            }
        }
        double at = y + space;
        // A slip that fits goes to the bottom of the sheet, ready to cut off; on a page of its own
        // it starts at the top.
        if (it.anchorBottom && y > top)
            at = std::max(at, bottom - it.height);
        pages.last().items.append({&it, at});
        y = at + it.height;
    }
    return pages;
}

void PaginationPainter::footer(int page, int pages) const
{
    QPainter &p = m_ctx.painter();
    const double left = m_ctx.left();
    const double width = m_ctx.width();
    const QColor brand = m_ctx.branding().primary;
    const double y = m_ctx.mm(kFooterBaselineMm);
    p.fillRect(QRectF(left, y - m_ctx.mm(4.5), width, m_ctx.mm(0.3)), brand);
    const QFont bold = font(8, true);
    const QFont normal = font(8);
    p.setFont(bold);
    p.setPen(brand);
    p.drawText(QPointF(left, y), m_ctx.tpl().text(QStringLiteral("footer")));
    QHash<QString, QString> pageCtx = m_ctx.values();
    pageCtx.insert(QStringLiteral("page"), QString::number(page));
    pageCtx.insert(QStringLiteral("pages"), QString::number(pages));
    const QString pageText = LetterTemplate::fill(m_ctx.tpl().text(QStringLiteral("pageOf")), pageCtx);
    p.setFont(normal);
    p.setPen(kMuted);
    const QFontMetricsF fm(normal, p.device());
    p.drawText(QPointF(left + width - fm.horizontalAdvance(pageText), y), pageText);
    const QString middle =
        fm.elidedText(m_ctx.text(QStringLiteral("footerNote")), Qt::ElideRight, width * 0.6);
    p.drawText(QPointF(left + (width - fm.horizontalAdvance(middle)) / 2, y), middle);
}

} // namespace lars::reports
