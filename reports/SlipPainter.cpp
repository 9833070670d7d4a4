#include "reports/SlipPainter.h"

#include "reports/LetterContext.h"
#include "reports/LetterStyle.h"
#include "reports/TextBlock.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QPainter>
#include <memory>

namespace lars::reports {

using namespace letterstyle;

void SlipPainter::add(const QJsonObject &block)
{
    QPaintDevice *device = m_ctx.device();
    const double left = m_ctx.left();
    const double width = m_ctx.width();
    const double k = m_ctx.scale();
    auto mm = [this](double v) { return m_ctx.mm(v); };
    const double pad = mm(4);
    const double innerW = width - 2 * pad;
    const QColor brand = m_ctx.branding().primary;
    auto title =
        std::make_shared<TextBlock>(m_ctx.fill(block[u"title"].toString()), font(11, true), innerW, device);
    auto intro = std::make_shared<TextBlock>(m_ctx.fill(block[u"intro"].toString()), font(9), innerW, device);
    auto ret =
        std::make_shared<TextBlock>(m_ctx.fill(block[u"returnAddress"].toString()), font(8), innerW, device);
    const QString cut = m_ctx.fill(block[u"cutLabel"].toString());
    QStringList fields, signFields;
    for (const QJsonValue &v : block[u"fields"].toArray())
        fields << m_ctx.fill(v.toString());
    for (const QJsonValue &v : block[u"signatureFields"].toArray())
        signFields << m_ctx.fill(v.toString());
    const double fieldH = mm(13);
    const double signH = mm(20);
    const double cutH = mm(7);
    auto item = std::make_shared<LetterItem>();
    item->height = cutH + pad + title->height() + mm(1.5) + intro->height() + mm(2) + fields.size() * fieldH +
                   mm(2) + (signFields.isEmpty() ? 0 : signH + mm(2)) + ret->height() + pad;
    item->spaceBefore = mm(6);
    item->anchorBottom = true;
    const double l = left, w = width, k0 = k, h = item->height;
    item->paint = [=](QPainter &painter, double y) {
        // Cut line across the sheet with its label.
        QPen dash(kMuted, 0.3 * k0, Qt::DashLine);
        painter.setPen(dash);
        painter.drawLine(QPointF(l - 8 * k0, y + cutH / 2), QPointF(l + w + 8 * k0, y + cutH / 2));
        painter.setFont(font(7.5));
        const QFontMetricsF fm(painter.font(), painter.device());
        const QString label = QStringLiteral("✂  ") + cut;
        const double lw = fm.horizontalAdvance(label) + 3 * k0;
        painter.fillRect(QRectF(l + 6 * k0, y, lw, cutH), Qt::white);
        painter.setPen(kMuted);
        painter.drawText(QRectF(l + 6 * k0, y, lw, cutH), Qt::AlignCenter, label);
        double yy = y + cutH;
        painter.setPen(QPen(brand, 0.4 * k0));
        painter.drawRect(QRectF(l, yy, w, h - cutH));
        yy += pad;
        painter.setPen(brand);
        title->paint(painter, {l + pad, yy});
        yy += title->height() + 1.5 * k0;
        painter.setPen(kText);
        intro->paint(painter, {l + pad, yy});
        yy += intro->height() + 2 * k0;
        painter.setFont(font(8, true));
        for (const QString &f : fields) {
            painter.setPen(kText);
            painter.drawText(QPointF(l + pad, yy + 4 * k0), f);
            painter.setPen(QPen(kRule, 0.25 * k0, Qt::DotLine));
            painter.drawLine(QPointF(l + pad, yy + 8 * k0), QPointF(l + w - pad, yy + 8 * k0));
            painter.drawLine(QPointF(l + pad, yy + 12.5 * k0), QPointF(l + w - pad, yy + 12.5 * k0));
            yy += fieldH;
        }
        yy += 2 * k0;
        if (!signFields.isEmpty()) {
            const double cw = (w - 2 * pad) / signFields.size();
            for (int i = 0; i < signFields.size(); ++i) {
                const QRectF cell(l + pad + i * cw, yy, cw - 2 * k0, signH);
                painter.setPen(QPen(kRule, 0.25 * k0));
                painter.drawRect(cell);
                painter.setPen(kMuted);
                painter.setFont(font(7));
                painter.drawText(cell.adjusted(1.5 * k0, 1 * k0, -1 * k0, 0), Qt::AlignLeft | Qt::AlignTop,
                                 signFields[i]);
            }
            yy += signH + 2 * k0;
        }
        painter.setPen(kMuted);
        ret->paint(painter, {l + pad, yy});
    };
    m_ctx.add(item);
}

} // namespace lars::reports
