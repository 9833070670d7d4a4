#include "reports/LetterComposer.h"

#include "reports/GrowthChartPainter.h"
#include "reports/LetterContext.h"
#include "reports/LetterStyle.h"
#include "reports/LetterheadPainter.h"
#include "reports/Logging.h"
#include "reports/PaginationPainter.h"
#include "reports/ParagraphPainter.h"
#include "reports/ResultsTablePainter.h"
#include "reports/SignaturePainter.h"
#include "reports/SlipPainter.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace lars::reports {

using namespace letterstyle;

int LetterComposer::run(bool startOnNewPage)
{
    buildBlocks();
    const LetterheadPainter head(m_ctx);
    const PaginationPainter pagination(m_ctx);
    const double firstTop = head.letterhead(false) + head.dateLine(0, false);
    const double nextTop = head.runningHeader(false);
    const QList<PaginationPainter::Page> pages = pagination.paginate(firstTop, nextTop);
    QPainter &p = m_ctx.painter();
    auto *device = static_cast<QPagedPaintDevice *>(p.device());
    for (int i = 0; i < pages.size(); ++i) {
        if (startOnNewPage || i > 0)
            device->newPage();
        if (i == 0)
            head.dateLine(head.letterhead(true), true);
        else
            head.runningHeader(true);
        for (const auto &placed : pages[i].items)
            placed.item->paint(p, placed.y);
        pagination.footer(i + 1, int(pages.size()));
    }
    return int(pages.size());
}

void LetterComposer::buildBlocks()
{
    const QHash<QString, QString> &ctx = m_ctx.values();
    const AnyLetter &letter = m_ctx.letter();
    const QColor brand = m_ctx.branding().primary;
    ParagraphPainter paragraph(m_ctx);
    auto mm = [this](double v) { return m_ctx.mm(v); };
    auto fill = [this](const QString &text) { return m_ctx.fill(text); };
    for (const QJsonValue &v : m_ctx.tpl().blocks()) {
        const QJsonObject block = v.toObject();
        const QString cond = block[u"if"].toString();
        if (!cond.isEmpty() && ctx.value(cond).trimmed().isEmpty())
            continue;
        const QString condEmpty = block[u"ifEmpty"].toString();
        if (!condEmpty.isEmpty() && !ctx.value(condEmpty).trimmed().isEmpty())
            continue;
        const QString type = block[u"type"].toString();
        const double space = mm(block[u"spaceBeforeMm"].toDouble(3));
        const QString text = block[u"text"].toString();
        // A template text without placeholders is the same on every letter of the batch.
        const bool fixed = !text.contains(QLatin1String("{{"));
        if (type == u"title") {
            paragraph.add(fill(text), font(13, true), brand, Qt::AlignLeft, space, true, fixed);
        } else if (type == u"heading") {
            paragraph.add(fill(text), font(10.5, true), brand, Qt::AlignLeft,
                          mm(block[u"spaceBeforeMm"].toDouble(5)), true, fixed);
        } else if (type == u"paragraph") {
            const QString style = block[u"style"].toString();
            const QFont f = font(style == u"small" ? 8.5 : kBodyPt, style == u"bold", style == u"italic");
            const Qt::Alignment a = block[u"align"].toString() == u"right" ? Qt::AlignRight : Qt::AlignLeft;
            paragraph.add(fill(text), f, style == u"small" ? kMuted : kText, a, space, false, fixed);
        } else if (type == u"field") {
            // Typed text (advice, attest text) exactly as entered: no placeholder expansion inside it.
            paragraph.add(ctx.value(block[u"key"].toString()), font(kBodyPt), kText, Qt::AlignLeft, space,
                          false);
        } else if (type == u"results") {
            if (const auto *parent = std::get_if<ParentLetter>(&letter))
                ResultsTablePainter(m_ctx).add(block[u"columns"].toArray(),
                                               ResultsTablePainter::resultRows(&m_ctx.tpl(), *parent), space);
        } else if (type == u"table") {
            if (const auto *referral = std::get_if<ReferralLetter>(&letter))
                ResultsTablePainter(m_ctx).add(block[u"columns"].toArray(), referral->measurements, space);
        } else if (type == u"growthChart") {
            GrowthChartPainter(m_ctx).add(block, space);
        } else if (type == u"signature") {
            SignaturePainter(m_ctx).add(block, space);
        } else if (type == u"slip") {
            SlipPainter(m_ctx).add(block);
        } else {
            qCWarning(lcReports) << "unknown template block" << type;
        }
    }
}

} // namespace lars::reports
