#include "reports/SignaturePainter.h"

#include "reports/LetterContext.h"
#include "reports/LetterStyle.h"
#include "reports/TextBlock.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QPainter>
#include <memory>

namespace lars::reports {

using namespace letterstyle;

void SignaturePainter::add(const QJsonObject &block, double spaceBefore)
{
    QPaintDevice *device = m_ctx.device();
    const double width = m_ctx.width();
    const LetterCommon &c = m_ctx.common();
    auto mm = [this](double v) { return m_ctx.mm(v); };
    auto nameBlock = std::make_shared<TextBlock>(c.staff.name, font(kBodyPt, true), width / 2, device);
    auto functionBlock = std::make_shared<TextBlock>(c.staff.function, font(kBodyPt), width / 2, device);
    const bool box = block[u"box"].toBool(true);
    const QString label = m_ctx.fill(block[u"label"].toString());
    auto item = std::make_shared<LetterItem>();
    const double boxH = box ? mm(20) : 0;
    item->height = boxH + mm(box ? 3 : 0) + nameBlock->height() + functionBlock->height();
    item->spaceBefore = spaceBefore;
    const double l = m_ctx.left();
    const double k0 = m_ctx.scale();
    item->paint = [nameBlock, functionBlock, box, boxH, label, l, k0](QPainter &painter, double y) {
        if (box) {
            painter.setPen(QPen(kRule, 0.25 * k0));
            painter.drawRect(QRectF(l, y, 60 * k0, boxH));
            painter.setFont(font(7));
            painter.setPen(kMuted);
            painter.drawText(QRectF(l + 1.5 * k0, y + 1 * k0, 57 * k0, 5 * k0), Qt::AlignLeft | Qt::AlignTop,
                             label);
            y += boxH + 3 * k0;
        }
        painter.setPen(kText);
        nameBlock->paint(painter, {l, y});
        functionBlock->paint(painter, {l, y + nameBlock->height()});
    };
    m_ctx.add(item);
}

} // namespace lars::reports
