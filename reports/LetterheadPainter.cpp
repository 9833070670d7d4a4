#include "reports/LetterheadPainter.h"

#include "reports/LetterContext.h"
#include "reports/LetterStyle.h"
#include "reports/TextBlock.h"

#include <QPainter>
#include <algorithm>
#include <optional>

namespace lars::reports {

using namespace letterstyle;

double LetterheadPainter::letterhead(bool draw) const
{
    QPainter &p = m_ctx.painter();
    const Branding &b = m_ctx.branding();
    const QList<PreparedLogo> &allLogos = m_ctx.logos();
    const LetterCommon &c = m_ctx.common();
    const double left = m_ctx.left();
    const double width = m_ctx.width();
    auto mm = [this](double v) { return m_ctx.mm(v); };
    const double top = mm(kMarginTopMm);
    const double gap = mm(4);
    struct Placed
    {
        const PreparedLogo *logo;
        QRectF rect;
    };
    QList<Placed> logos;
    // Logo sizes: their maximum height, narrowed so each position group fits its share of the width.
    auto groupWidth = [&](Logo::Position pos, QList<QSizeF> *sizes) {
        int count = 0;
        for (const auto &l : allLogos)
            count += l.position == pos;
        double w = 0;
        const double maxEach = (pos == Logo::Position::Center ? width : width * 0.5) / std::max(count, 1) -
                               (count > 1 ? gap : 0);
        for (const auto &l : allLogos) {
            if (l.position != pos)
                continue;
            double h = mm(l.maxHeightMm);
            double lw = h * l.aspect;
            if (lw > maxEach) {
                lw = maxEach;
                h = lw / l.aspect;
            }
            sizes->append({lw, h});
            w += lw + (w > 0 ? gap : 0);
        }
        return w;
    };
    QList<QSizeF> leftSizes, centerSizes, rightSizes;
    const double leftW = groupWidth(Logo::Position::Left, &leftSizes);
    const double centerW = groupWidth(Logo::Position::Center, &centerSizes);
    const double rightW = groupWidth(Logo::Position::Right, &rightSizes);
    auto place = [&](Logo::Position pos, const QList<QSizeF> &sizes, double x, double y) {
        int i = 0;
        double rowH = 0;
        for (const auto &l : allLogos) {
            if (l.position != pos)
                continue;
            const QSizeF s = sizes[i++];
            logos.append({&l, QRectF(QPointF(x, y), s)});
            x += s.width() + gap;
            rowH = std::max(rowH, s.height());
        }
        return rowH;
    };
    double y = top;
    double rowH = 0;
    if (!centerSizes.isEmpty())
        rowH = std::max(rowH, place(Logo::Position::Center, centerSizes, left + (width - centerW) / 2, y));
    rowH = std::max(rowH, place(Logo::Position::Left, leftSizes, left, y));
    rowH = std::max(rowH, place(Logo::Position::Right, rightSizes, left + width - rightW, y));

    // CLB name and contact data, beside the logos when there is room, else under them.
    double textX = left;
    double textW = width;
    Qt::Alignment align = Qt::AlignLeft;
    bool below = !centerSizes.isEmpty();
    if (!below) {
        const double used = leftW + rightW + (leftW > 0 ? gap * 2 : 0) + (rightW > 0 ? gap * 2 : 0);
        if (width - used < mm(70)) {
            below = rowH > 0;
        } else {
            textX = left + (leftW > 0 ? leftW + gap * 2 : 0);
            textW = width - used;
            if (leftW > 0 && rightW > 0)
                align = Qt::AlignHCenter;
            else if (leftW > 0)
                align = Qt::AlignRight;
        }
    }
    if (below && !centerSizes.isEmpty())
        align = Qt::AlignHCenter;
    QStringList contact;
    if (!c.clb.phone.isEmpty())
        contact << m_ctx.tpl().text(QStringLiteral("phoneLabel")) + c.clb.phone;
    if (!c.clb.email.isEmpty())
        contact << c.clb.email;
    if (!c.clb.website.isEmpty())
        contact << c.clb.website;
    const bool big = allLogos.isEmpty();
    // The CLB's name, address and contact data are the same on every letter: laid out once per batch.
    auto name = m_ctx.textBlock(c.clb.name, font(big ? 15 : 12.5, true), textW, align, true);
    if (name->lineCount() > 2) // a long official name: smaller rather than a tower of lines
        name = m_ctx.textBlock(c.clb.name, font(10, true), textW, align, true);
    const auto address = m_ctx.textBlock(c.clb.addressLines.join(u'\n'), font(8.5), textW, align, true);
    const auto contactText =
        m_ctx.textBlock(contact.join(QStringLiteral("  ·  ")), font(8.5), textW, align, true);
    const double textTop = below ? top + rowH + mm(3) : top;
    const double textH = name->height() + mm(0.8) + address->height() + contactText->height();
    if (draw) {
        for (const auto &placed : logos) {
            p.drawImage(placed.rect, placed.logo->image);
        }
        p.setPen(b.primary);
        name->paint(p, {textX, textTop});
        p.setPen(kText);
        address->paint(p, {textX, textTop + name->height() + mm(0.8)});
        p.setPen(b.primary);
        contactText->paint(p, {textX, textTop + name->height() + mm(0.8) + address->height()});
    }
    const double bottomY = below ? textTop + textH : top + std::max(rowH, textH);
    const double ruleY = bottomY + mm(3);
    if (draw)
        p.fillRect(QRectF(left, ruleY, width, mm(0.7)), b.primary);
    return ruleY + mm(0.7);
}

double LetterheadPainter::dateLine(double y, bool draw) const
{
    QPainter &p = m_ctx.painter();
    const TextBlock line(m_ctx.text(QStringLiteral("dateLine")), font(kBodyPt), m_ctx.width(), p.device(),
                         Qt::AlignRight);
    if (draw) {
        p.setPen(kText);
        line.paint(p, {m_ctx.left(), y + m_ctx.mm(5)});
    }
    return m_ctx.mm(5) + line.height() + m_ctx.mm(6);
}

double LetterheadPainter::runningHeader(bool draw) const
{
    QPainter &p = m_ctx.painter();
    const double top = m_ctx.mm(kMarginTopMm);
    const double left = m_ctx.left();
    const double width = m_ctx.width();
    const QColor brand = m_ctx.branding().primary;
    TextBlock text(m_ctx.fill(QStringLiteral("{{clb.name}}  ·  ")) +
                       m_ctx.text(QStringLiteral("runningTitle")),
                   font(8), width, p.device(), Qt::AlignLeft);
    if (draw) {
        p.setPen(brand);
        text.paint(p, {left, top});
        p.fillRect(QRectF(left, top + text.height() + m_ctx.mm(1.5), width, m_ctx.mm(0.4)), brand);
    }
    return top + text.height() + m_ctx.mm(8);
}

} // namespace lars::reports
