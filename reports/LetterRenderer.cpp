#include "reports/LetterRenderer.h"

#include "models/TargetHeight.h"
#include "reports/Logging.h"
#include "reports/TextBlock.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImageReader>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSvgRenderer>
#include <cmath>
#include <functional>

namespace lars::reports {

using models::GrowthReference;

namespace {
constexpr double kPageWidthMm = 210;
constexpr double kPageHeightMm = 297;
constexpr double kMarginLeftMm = 20;
constexpr double kMarginRightMm = 18;
constexpr double kMarginTopMm = 13;
constexpr double kMarginBottomMm = 22;
constexpr double kFooterBaselineMm = 284;
constexpr double kBodyPt = 9.5;

QFont letterFont(double pt, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kRule(0xbb, 0xbb, 0xbb);
} // namespace

struct LetterRenderer::Item
{
    double height = 0;
    double spaceBefore = 0; // dropped at the top of a page
    bool keepWithNext = false;
    bool anchorBottom = false;           // placed at the bottom of the page (the tear-off slip)
    std::shared_ptr<Item> repeatOnBreak; // a table header repeated when the table continues
    std::function<void(QPainter &, double y)> paint;
};

struct LetterRenderer::Page
{
    struct Placed
    {
        const Item *item;
        double y;
    };
    QList<Placed> items;
};

// Builds the items of one letter for one device and paints them; lives for one letter only.
class LetterRenderer::Composer
{
public:
    Composer(LetterRenderer &renderer, QPainter &painter, const LetterTemplate &tpl, const AnyLetter &letter)
        : r(renderer)
        , p(painter)
        , t(tpl)
        , letter(letter)
        , c(common(letter))
        , ctx(renderer.context(letter))
    {
        k = p.device()->logicalDpiX() / 25.4;
        left = mm(kMarginLeftMm);
        width = mm(kPageWidthMm - kMarginLeftMm - kMarginRightMm);
        bottom = mm(kPageHeightMm - kMarginBottomMm);
    }

    int run(bool startOnNewPage)
    {
        buildBlocks();
        const double firstTop = letterhead(false) + dateLine(0, false);
        const double nextTop = runningHeader(false);
        QList<Page> pages = paginate(firstTop, nextTop);
        auto *device = static_cast<QPagedPaintDevice *>(p.device());
        for (int i = 0; i < pages.size(); ++i) {
            if (startOnNewPage || i > 0)
                device->newPage();
            if (i == 0) {
                const double h = letterhead(true);
                dateLine(h, true);
            } else {
                runningHeader(true);
            }
            for (const auto &placed : pages[i].items)
                placed.item->paint(p, placed.y);
            footer(i + 1, int(pages.size()));
        }
        return int(pages.size());
    }

private:
    double mm(double v) const { return v * k; }
    QString fill(const QString &text) const { return LetterTemplate::fill(text, ctx); }
    QString tx(const QString &key) const { return fill(t.text(key)); }

    // --- page furniture -------------------------------------------------------------------------

    double letterhead(bool draw)
    {
        const Branding &b = r.m_branding;
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
            for (const auto &l : r.m_logos)
                count += l.position == pos;
            double w = 0;
            const double maxEach =
                (pos == Logo::Position::Center ? width : width * 0.5) / std::max(count, 1) -
                (count > 1 ? gap : 0);
            for (const auto &l : r.m_logos) {
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
            for (const auto &l : r.m_logos) {
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
            rowH =
                std::max(rowH, place(Logo::Position::Center, centerSizes, left + (width - centerW) / 2, y));
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
            contact << t.text(QStringLiteral("phoneLabel")) + c.clb.phone;
        if (!c.clb.email.isEmpty())
            contact << c.clb.email;
        if (!c.clb.website.isEmpty())
            contact << c.clb.website;
        const bool big = r.m_logos.isEmpty();
        std::optional<TextBlock> name;
        name.emplace(c.clb.name, letterFont(big ? 15 : 12.5, true), textW, p.device(), align);
        if (name->lineCount() > 2) // a long official name: smaller rather than a tower of lines
            name.emplace(c.clb.name, letterFont(10, true), textW, p.device(), align);
        TextBlock address(c.clb.addressLines.join(u'\n'), letterFont(8.5), textW, p.device(), align);
        TextBlock contactText(contact.join(QStringLiteral("  ·  ")), letterFont(8.5), textW, p.device(),
                              align);
        const double textTop = below ? top + rowH + mm(3) : top;
        const double textH = name->height() + mm(0.8) + address.height() + contactText.height();
        if (draw) {
            for (const auto &placed : logos) {
                p.drawImage(placed.rect, placed.logo->image);
            }
            p.setPen(b.primary);
            name->paint(p, {textX, textTop});
            p.setPen(kText);
            address.paint(p, {textX, textTop + name->height() + mm(0.8)});
            p.setPen(b.primary);
            contactText.paint(p, {textX, textTop + name->height() + mm(0.8) + address.height()});
        }
        const double bottomY = below ? textTop + textH : top + std::max(rowH, textH);
        const double ruleY = bottomY + mm(3);
        if (draw)
            p.fillRect(QRectF(left, ruleY, width, mm(0.7)), b.primary);
        return ruleY + mm(0.7);
    }

    double dateLine(double y, bool draw)
    {
        TextBlock line(tx(QStringLiteral("dateLine")), letterFont(kBodyPt), width, p.device(),
                       Qt::AlignRight);
        if (draw) {
            p.setPen(kText);
            line.paint(p, {left, y + mm(5)});
        }
        return mm(5) + line.height() + mm(6);
    }

    double runningHeader(bool draw)
    {
        const double top = mm(kMarginTopMm);
        TextBlock text(fill(QStringLiteral("{{clb.name}}  ·  ")) + tx(QStringLiteral("runningTitle")),
                       letterFont(8), width, p.device(), Qt::AlignLeft);
        if (draw) {
            p.setPen(r.m_branding.primary);
            text.paint(p, {left, top});
            p.fillRect(QRectF(left, top + text.height() + mm(1.5), width, mm(0.4)), r.m_branding.primary);
        }
        return top + text.height() + mm(8);
    }

    void footer(int page, int pages)
    {
        const double y = mm(kFooterBaselineMm);
        p.fillRect(QRectF(left, y - mm(4.5), width, mm(0.3)), r.m_branding.primary);
        const QFont bold = letterFont(8, true);
        const QFont normal = letterFont(8);
        p.setFont(bold);
        p.setPen(r.m_branding.primary);
        p.drawText(QPointF(left, y), t.text(QStringLiteral("footer")));
        QHash<QString, QString> pageCtx = ctx;
        pageCtx.insert(QStringLiteral("page"), QString::number(page));
        pageCtx.insert(QStringLiteral("pages"), QString::number(pages));
        const QString pageText = LetterTemplate::fill(t.text(QStringLiteral("pageOf")), pageCtx);
        p.setFont(normal);
        p.setPen(kMuted);
        const QFontMetricsF fm(normal, p.device());
        p.drawText(QPointF(left + width - fm.horizontalAdvance(pageText), y), pageText);
        const QString middle = fm.elidedText(tx(QStringLiteral("footerNote")), Qt::ElideRight, width * 0.6);
        p.drawText(QPointF(left + (width - fm.horizontalAdvance(middle)) / 2, y), middle);
    }

    // --- blocks ---------------------------------------------------------------------------------

    void buildBlocks()
    {
        for (const QJsonValue &v : t.blocks()) {
            const QJsonObject block = v.toObject();
            const QString cond = block[u"if"].toString();
            if (!cond.isEmpty() && ctx.value(cond).trimmed().isEmpty())
                continue;
            const QString condEmpty = block[u"ifEmpty"].toString();
            if (!condEmpty.isEmpty() && !ctx.value(condEmpty).trimmed().isEmpty())
                continue;
            const QString type = block[u"type"].toString();
            const double space = mm(block[u"spaceBeforeMm"].toDouble(3));
            if (type == u"title") {
                paragraph(fill(block[u"text"].toString()), letterFont(13, true), r.m_branding.primary,
                          Qt::AlignLeft, space, true);
            } else if (type == u"heading") {
                paragraph(fill(block[u"text"].toString()), letterFont(10.5, true), r.m_branding.primary,
                          Qt::AlignLeft, mm(block[u"spaceBeforeMm"].toDouble(5)), true);
            } else if (type == u"paragraph") {
                const QString style = block[u"style"].toString();
                const QFont f =
                    letterFont(style == u"small" ? 8.5 : kBodyPt, style == u"bold", style == u"italic");
                const Qt::Alignment a =
                    block[u"align"].toString() == u"right" ? Qt::AlignRight : Qt::AlignLeft;
                paragraph(fill(block[u"text"].toString()), f, style == u"small" ? kMuted : kText, a, space,
                          false);
            } else if (type == u"field") {
                // Typed text (advice, attest text) exactly as entered: no placeholder expansion inside it.
                paragraph(ctx.value(block[u"key"].toString()), letterFont(kBodyPt), kText, Qt::AlignLeft,
                          space, false);
            } else if (type == u"results") {
                if (const auto *parent = std::get_if<ParentLetter>(&letter))
                    table(block[u"columns"].toArray(), r.resultRows(*parent), space);
            } else if (type == u"table") {
                if (const auto *referral = std::get_if<ReferralLetter>(&letter))
                    table(block[u"columns"].toArray(), referral->measurements, space);
            } else if (type == u"growthChart") {
                growthChart(block, space);
            } else if (type == u"signature") {
                signature(block, space);
            } else if (type == u"slip") {
                slip(block);
            } else {
                qCWarning(lcReports) << "unknown template block" << type;
            }
        }
    }

    void paragraph(const QString &text, const QFont &font, const QColor &color, Qt::Alignment align,
                   double spaceBefore, bool keepWithNext)
    {
        auto block = std::make_shared<TextBlock>(text, font, width, p.device(), align);
        const int n = block->lineCount();
        for (int i = 0; i < n; ++i) {
            auto item = std::make_shared<Item>();
            item->height = block->lineHeight(i);
            item->spaceBefore = i == 0 ? spaceBefore : 0;
            // Short paragraphs stay together; longer ones avoid a single orphan or widow line.
            if (i == n - 1)
                item->keepWithNext = keepWithNext;
            else if (n <= 3)
                item->keepWithNext = true;
            else
                item->keepWithNext = i == 0 || i == n - 2;
            const double x = left;
            item->paint = [block, i, font, color, x](QPainter &painter, double y) {
                painter.setFont(font);
                painter.setPen(color);
                block->paintLines(painter, {x, y}, i, i + 1);
            };
            m_items.push_back(item);
        }
    }

    void table(const QJsonArray &columns, const QList<ResultRow> &rows, double spaceBefore)
    {
        const int ncol = std::min<int>(int(columns.size()), 3);
        if (ncol == 0 || rows.isEmpty())
            return;
        QList<double> xs, ws;
        double x = left;
        for (int i = 0; i < ncol; ++i) {
            const double w = width * columns[i].toObject()[u"width"].toDouble(1.0 / ncol);
            xs << x;
            ws << w;
            x += w;
        }
        const double pad = mm(1.6);
        const QColor brand = r.m_branding.primary;
        const QColor accent = r.m_branding.accent;
        auto makeRow = [&](const QStringList &cells, bool header) {
            auto blocks = std::make_shared<std::vector<std::unique_ptr<TextBlock>>>();
            double h = 0;
            for (int i = 0; i < ncol; ++i) {
                blocks->push_back(std::make_unique<TextBlock>(
                    cells.value(i), letterFont(header ? 8.5 : 9, header), ws[i] - 2 * pad, p.device()));
                h = std::max(h, blocks->back()->height());
            }
            auto item = std::make_shared<Item>();
            item->height = h + 2 * pad;
            item->keepWithNext = header;
            const double l = left, w = width;
            item->paint = [blocks, xs, ws, pad, header, brand, accent, l, w, ncol](QPainter &painter,
                                                                                   double y) {
                const double rowH = [&] {
                    double m = 0;
                    for (const auto &b : *blocks)
                        m = std::max(m, b->height());
                    return m + 2 * pad;
                }();
                if (header)
                    painter.fillRect(QRectF(l, y, w, rowH), accent);
                painter.setPen(QPen(header ? brand : kRule, pad / 4));
                painter.drawLine(QPointF(l, y + rowH), QPointF(l + w, y + rowH));
                painter.setPen(header ? brand : kText);
                for (int i = 0; i < ncol; ++i) {
                    (*blocks)[size_t(i)]->paint(painter, {xs[i] + pad, y + pad});
                }
            };
            return item;
        };
        QStringList headerCells;
        for (int i = 0; i < ncol; ++i)
            headerCells << columns[i].toObject()[u"label"].toString();
        auto header = makeRow(headerCells, true);
        header->spaceBefore = spaceBefore;
        m_items.push_back(header);
        for (const ResultRow &row : rows) {
            auto item = makeRow({row.label, row.value, row.remark}, false);
            item->repeatOnBreak = makeRow(headerCells, true);
            m_items.push_back(item);
        }
    }

    void growthChart(const QJsonObject &block, double spaceBefore)
    {
        const auto *parent = std::get_if<ParentLetter>(&letter);
        if (!parent)
            return;
        auto chart = LetterRenderer::growthChart(*parent, r.m_branding);
        if (!chart)
            return;
        auto shared = std::make_shared<GrowthChart>(std::move(*chart));
        auto item = std::make_shared<Item>();
        item->height = mm(block[u"heightMm"].toDouble(95));
        item->spaceBefore = spaceBefore;
        item->keepWithNext = true; // with its caption
        const double l = left, w = width, h = item->height;
        item->paint = [shared, l, w, h](QPainter &painter, double y) {
            shared->paint(painter, QRectF(l, y, w, h));
        };
        m_items.push_back(item);
        paragraph(ctx.value(QStringLiteral("target.text")), letterFont(8.5), kMuted, Qt::AlignLeft, mm(1.5),
                  false);
    }

    void signature(const QJsonObject &block, double spaceBefore)
    {
        auto nameBlock =
            std::make_shared<TextBlock>(c.staff.name, letterFont(kBodyPt, true), width / 2, p.device());
        auto functionBlock =
            std::make_shared<TextBlock>(c.staff.function, letterFont(kBodyPt), width / 2, p.device());
        const bool box = block[u"box"].toBool(true);
        const QString label = fill(block[u"label"].toString());
        auto item = std::make_shared<Item>();
        const double boxH = box ? mm(20) : 0;
        item->height = boxH + mm(box ? 3 : 0) + nameBlock->height() + functionBlock->height();
        item->spaceBefore = spaceBefore;
        const double l = left;
        const double k0 = k;
        item->paint = [nameBlock, functionBlock, box, boxH, label, l, k0](QPainter &painter, double y) {
            if (box) {
                painter.setPen(QPen(kRule, 0.25 * k0));
                painter.drawRect(QRectF(l, y, 60 * k0, boxH));
                painter.setFont(letterFont(7));
                painter.setPen(kMuted);
                painter.drawText(QRectF(l + 1.5 * k0, y + 1 * k0, 57 * k0, 5 * k0),
                                 Qt::AlignLeft | Qt::AlignTop, label);
                y += boxH + 3 * k0;
            }
            painter.setPen(kText);
            nameBlock->paint(painter, {l, y});
            functionBlock->paint(painter, {l, y + nameBlock->height()});
        };
        m_items.push_back(item);
    }

    // The tear-off feedback slip: one unbreakable item at the bottom of a page.
    void slip(const QJsonObject &block)
    {
        const double pad = mm(4);
        const double innerW = width - 2 * pad;
        const QColor brand = r.m_branding.primary;
        auto title = std::make_shared<TextBlock>(fill(block[u"title"].toString()), letterFont(11, true),
                                                 innerW, p.device());
        auto intro =
            std::make_shared<TextBlock>(fill(block[u"intro"].toString()), letterFont(9), innerW, p.device());
        auto ret = std::make_shared<TextBlock>(fill(block[u"returnAddress"].toString()), letterFont(8),
                                               innerW, p.device());
        const QString cut = fill(block[u"cutLabel"].toString());
        QStringList fields, signFields;
        for (const QJsonValue &v : block[u"fields"].toArray())
            fields << fill(v.toString());
        for (const QJsonValue &v : block[u"signatureFields"].toArray())
            signFields << fill(v.toString());
        const double fieldH = mm(13);
        const double signH = mm(20);
        const double cutH = mm(7);
        auto item = std::make_shared<Item>();
        item->height = cutH + pad + title->height() + mm(1.5) + intro->height() + mm(2) +
                       fields.size() * fieldH + mm(2) + (signFields.isEmpty() ? 0 : signH + mm(2)) +
                       ret->height() + pad;
        item->spaceBefore = mm(6);
        item->anchorBottom = true;
        const double l = left, w = width, k0 = k, h = item->height;
        item->paint = [=](QPainter &painter, double y) {
            // Cut line across the sheet with its label.
            QPen dash(kMuted, 0.3 * k0, Qt::DashLine);
            painter.setPen(dash);
            painter.drawLine(QPointF(l - 8 * k0, y + cutH / 2), QPointF(l + w + 8 * k0, y + cutH / 2));
            painter.setFont(letterFont(7.5));
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
            painter.setFont(letterFont(8, true));
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
                    painter.setFont(letterFont(7));
                    painter.drawText(cell.adjusted(1.5 * k0, 1 * k0, -1 * k0, 0),
                                     Qt::AlignLeft | Qt::AlignTop, signFields[i]);
                }
                yy += signH + 2 * k0;
            }
            painter.setPen(kMuted);
            ret->paint(painter, {l + pad, yy});
        };
        m_items.push_back(item);
    }

    // --- pagination -----------------------------------------------------------------------------

    QList<Page> paginate(double firstTop, double nextTop) const
    {
        QList<Page> pages(1);
        double top = firstTop;
        double y = top;
        for (size_t i = 0; i < m_items.size(); ++i) {
            const Item &it = *m_items[i];
            double space = y > top ? it.spaceBefore : 0;
            // The chain of items that must stay with this one on the same page.
            double chain = space + it.height;
            for (size_t j = i; j + 1 < m_items.size() && m_items[j]->keepWithNext; ++j)
                chain += m_items[j + 1]->spaceBefore + m_items[j + 1]->height;
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

    LetterRenderer &r;
    QPainter &p;
    const LetterTemplate &t;
    const AnyLetter &letter;
    const LetterCommon &c;
    QHash<QString, QString> ctx;
    double k = 1;
    double left = 0;
    double width = 0;
    double bottom = 0;
    std::vector<std::shared_ptr<Item>> m_items;
};

LetterRenderer::LetterRenderer(const Branding &branding, const QString &language,
                               const QString &templateDirectory)
    : m_branding(branding)
    , m_language(language.isEmpty() ? QStringLiteral("nl") : language)
{
    for (LetterType type : {LetterType::Attest, LetterType::ParentLetter, LetterType::Referral}) {
        QString error;
        m_templates[int(type)] = LetterTemplate::load(type, m_language, templateDirectory, &error);
        if (!m_templates[int(type)] && m_error.isEmpty())
            m_error = error;
    }
    for (const Logo &logo : m_branding.logos) {
        PreparedLogo prepared{logo.position, 1, logo.maxHeightMm, {}};
        if (logo.isSvg()) {
            auto svg = std::make_unique<QSvgRenderer>(logo.data);
            if (!svg->isValid()) {
                qCWarning(lcReports) << "logo SVG could not be read; left out";
                continue;
            }
            svg->setAspectRatioMode(Qt::KeepAspectRatio);
            const QRectF box = svg->viewBoxF();
            prepared.aspect = box.height() > 0 ? box.width() / box.height() : 1;
            // Drawn as vectors, an SVG logo costs tens of kilobytes of page content on every letter (its
            // text becomes outlines); rasterised once at 600 dpi it is stored once per PDF and prints as
            // sharp.
            constexpr double dpi = 600;
            constexpr double maxWidthMm = 190;
            double h = logo.maxHeightMm / 25.4 * dpi;
            double w = h * prepared.aspect;
            if (w > maxWidthMm / 25.4 * dpi) {
                w = maxWidthMm / 25.4 * dpi;
                h = w / prepared.aspect;
            }
            QImage raster(QSize(std::max(1, int(std::ceil(w))), std::max(1, int(std::ceil(h)))),
                          QImage::Format_ARGB32_Premultiplied);
            raster.fill(Qt::transparent);
            QPainter rp(&raster);
            rp.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                              QPainter::SmoothPixmapTransform);
            svg->render(&rp, QRectF(QPointF(0, 0), raster.size()));
            rp.end();
            prepared.image = raster;
        } else {
            // One QImage per logo for the whole batch: the PDF engine then stores it only once.
            // Premultiplied up front: the painter would otherwise convert (and so re-embed) it on every page.
            prepared.image = QImage::fromData(logo.data).convertToFormat(QImage::Format_ARGB32_Premultiplied);
            if (prepared.image.isNull()) {
                qCWarning(lcReports) << "logo image could not be read; left out";
                continue;
            }
            prepared.aspect = double(prepared.image.width()) / prepared.image.height();
        }
        m_logos.append(prepared);
    }
}

LetterRenderer::~LetterRenderer() = default;

void LetterRenderer::preparePage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

const LetterTemplate *LetterRenderer::letterTemplate(LetterType type) const
{
    const auto &t = m_templates[int(type)];
    return t ? &*t : nullptr;
}

int LetterRenderer::paint(QPainter &painter, const AnyLetter &letter, bool startOnNewPage)
{
    const LetterTemplate *tpl = letterTemplate(letterType(letter));
    if (!tpl || !painter.isActive() || !dynamic_cast<QPagedPaintDevice *>(painter.device()))
        return 0;
    // Logos stay lossless (no JPEG artefacts around text in a logo).
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform | QPainter::LosslessImageRendering);
    Composer composer(*this, painter, *tpl, letter);
    return composer.run(startOnNewPage);
}

QString LetterRenderer::documentTitle(const AnyLetter &letter) const
{
    const LetterTemplate *tpl = letterTemplate(letterType(letter));
    return tpl ? LetterTemplate::fill(tpl->text(QStringLiteral("documentTitle")), context(letter))
               : QString();
}

namespace {
QString number(const QLocale &locale, double v, int decimals)
{
    return locale.toString(v, 'f', decimals);
}
} // namespace

QHash<QString, QString> LetterRenderer::context(const AnyLetter &letter) const
{
    const LetterTemplate *tpl = letterTemplate(letterType(letter));
    const QString dateFormat = tpl ? tpl->text(QStringLiteral("dateFormat")) : QStringLiteral("d MMMM yyyy");
    const QLocale locale(tpl ? tpl->text(QStringLiteral("locale")) : QStringLiteral("nl_BE"));
    auto date = [&](const QDate &d) { return d.isValid() ? locale.toString(d, dateFormat) : QString(); };
    const LetterCommon &c = common(letter);
    QHash<QString, QString> ctx;
    ctx.insert(QStringLiteral("clb.name"), c.clb.name);
    ctx.insert(QStringLiteral("clb.address"), c.clb.addressLines.join(QStringLiteral(", ")));
    ctx.insert(QStringLiteral("clb.addressLines"), c.clb.addressLines.join(u'\n'));
    ctx.insert(QStringLiteral("clb.phone"), c.clb.phone);
    ctx.insert(QStringLiteral("clb.email"), c.clb.email);
    ctx.insert(QStringLiteral("clb.website"), c.clb.website);
    ctx.insert(QStringLiteral("clb.place"), c.clb.place);
    ctx.insert(QStringLiteral("staff.name"), c.staff.name);
    ctx.insert(QStringLiteral("staff.function"), c.staff.function);
    ctx.insert(QStringLiteral("staff.phone"), c.staff.phone);
    ctx.insert(QStringLiteral("staff.email"), c.staff.email);
    ctx.insert(QStringLiteral("pupil.firstName"), c.pupil.firstName);
    ctx.insert(QStringLiteral("pupil.lastName"), c.pupil.lastName);
    ctx.insert(QStringLiteral("pupil.fullName"), c.pupil.fullName());
    ctx.insert(QStringLiteral("pupil.birthDate"), date(c.pupil.birthDate));
    ctx.insert(QStringLiteral("pupil.school"), c.pupil.school);
    ctx.insert(QStringLiteral("pupil.class"), c.pupil.className);
    ctx.insert(QStringLiteral("pupil.reference"), c.pupil.reference);
    QStringList staffContact;
    if (!c.staff.phone.isEmpty())
        staffContact << c.staff.phone;
    if (!c.staff.email.isEmpty())
        staffContact << c.staff.email;
    ctx.insert(QStringLiteral("staff.contact"), staffContact.join(QStringLiteral(" · ")));
    QStringList clbContact;
    if (!c.clb.phone.isEmpty())
        clbContact << c.clb.phone;
    if (!c.clb.email.isEmpty())
        clbContact << c.clb.email;
    ctx.insert(QStringLiteral("clb.contact"), clbContact.join(QStringLiteral(" · ")));
    const QDate letterDate = c.letterDate.isValid() ? c.letterDate : QDate::currentDate();
    ctx.insert(QStringLiteral("letterDate"), date(letterDate));

    if (const auto *a = std::get_if<AttestLetter>(&letter)) {
        // The attest is dated on the activity, never on the day it is printed.
        ctx.insert(QStringLiteral("letterDate"), date(a->activityDate));
        ctx.insert(QStringLiteral("activity.date"), date(a->activityDate));
        ctx.insert(QStringLiteral("activity.type"), a->attestType);
        ctx.insert(QStringLiteral("activity.subject"), a->activitySubject);
        ctx.insert(QStringLiteral("activity.text"), a->text);
    } else if (const auto *pl = std::get_if<ParentLetter>(&letter)) {
        ctx.insert(QStringLiteral("consult.name"), pl->consultName);
        ctx.insert(QStringLiteral("consult.date"), date(pl->consultDate));
        ctx.insert(QStringLiteral("advice"), pl->advice);
        ctx.insert(QStringLiteral("nextSteps"), pl->nextSteps);
        QHash<QString, QString> t;
        std::optional<models::TargetHeight::Result> target;
        if (pl->fatherHeightCm && pl->motherHeightCm)
            target = models::TargetHeight::compute(*pl->fatherHeightCm, *pl->motherHeightCm, c.pupil.sex);
        if (target && tpl) {
            t.insert(QStringLiteral("target.cm"), number(locale, target->targetCm, 1));
            t.insert(QStringLiteral("target.low"), number(locale, target->lowCm, 1));
            t.insert(QStringLiteral("target.high"), number(locale, target->highCm, 1));
            t.insert(QStringLiteral("target.formula"), target->formulaName);
            t.insert(QStringLiteral("parents.father"), number(locale, *pl->fatherHeightCm, 0));
            t.insert(QStringLiteral("parents.mother"), number(locale, *pl->motherHeightCm, 0));
            ctx.insert(QStringLiteral("target.text"),
                       LetterTemplate::fill(tpl->text(QStringLiteral("targetKnown")), t));
        } else if (tpl) {
            ctx.insert(QStringLiteral("target.text"), tpl->text(QStringLiteral("targetUnknown")));
        }
        const bool hasHeight = std::any_of(pl->measurements.begin(), pl->measurements.end(),
                                           [](const Measurement &m) { return m.heightCm.has_value(); });
        ctx.insert(QStringLiteral("growth.available"), hasHeight ? QStringLiteral("1") : QString());
    } else if (const auto *rl = std::get_if<ReferralLetter>(&letter)) {
        ctx.insert(QStringLiteral("recipient.name"), rl->recipient.name);
        ctx.insert(QStringLiteral("recipient.role"), rl->recipient.role);
        ctx.insert(QStringLiteral("recipient.address"), rl->recipient.addressLines.join(u'\n'));
        ctx.insert(QStringLiteral("finding"), rl->finding);
        ctx.insert(QStringLiteral("question"), rl->question);
        ctx.insert(QStringLiteral("consent"), rl->consent);
        ctx.insert(QStringLiteral("measurements.available"),
                   rl->measurements.isEmpty() ? QString() : QStringLiteral("1"));
    }
    return ctx;
}

QList<ResultRow> LetterRenderer::resultRows(const ParentLetter &letter) const
{
    QList<ResultRow> rows;
    const LetterTemplate *tpl = letterTemplate(LetterType::ParentLetter);
    if (!tpl)
        return letter.results;
    const QJsonObject labels = tpl->object(QStringLiteral("labels"));
    const QLocale locale(tpl->text(QStringLiteral("locale")));
    // The measurement of this consult: the one on its date, else the latest.
    const Measurement *m = nullptr;
    for (const Measurement &candidate : letter.measurements)
        if (!m || candidate.date == letter.consultDate ||
            (m->date != letter.consultDate && candidate.date > m->date))
            m = &candidate;
    if (m) {
        const auto &ref = GrowthReference::flemish2009();
        const auto sex = letter.pupil.sex;
        const double age = letter.pupil.birthDate.isValid() && m->date.isValid()
                               ? letter.pupil.birthDate.daysTo(m->date) / 365.25
                               : -1;
        auto percentile = [&](GrowthReference::Measure measure, double value) -> QString {
            const auto z = age >= 0 ? ref.zScore(measure, sex, age, value) : std::nullopt;
            if (!z || !std::isfinite(*z))
                return {};
            if (*z < -1.881)
                return labels[u"below"].toString();
            if (*z > 1.881)
                return labels[u"above"].toString();
            return LetterTemplate::fill(
                labels[u"percentile"].toString(),
                {{QStringLiteral("p"), QString::number(std::lround(GrowthReference::percentileOfZ(*z)))}});
        };
        if (m->heightCm)
            rows.append({labels[u"height"].toString(),
                         number(locale, *m->heightCm, 1) + QStringLiteral(" cm"),
                         percentile(GrowthReference::Measure::Height, *m->heightCm)});
        if (m->weightKg)
            rows.append({labels[u"weight"].toString(),
                         number(locale, *m->weightKg, 1) + QStringLiteral(" kg"),
                         percentile(GrowthReference::Measure::Weight, *m->weightKg)});
        if (m->heightCm && m->weightKg && *m->heightCm > 0) {
            const double bmi = *m->weightKg / std::pow(*m->heightCm / 100.0, 2);
            rows.append({labels[u"bmi"].toString(), number(locale, bmi, 1) + QStringLiteral(" kg/m²"),
                         percentile(GrowthReference::Measure::Bmi, bmi)});
        }
    }
    rows += letter.results;
    return rows;
}

std::optional<GrowthChart> LetterRenderer::growthChart(const ParentLetter &letter, const Branding &branding)
{
    QList<GrowthChart::Sample> samples;
    for (const Measurement &m : letter.measurements)
        if (m.heightCm && m.date.isValid() && letter.pupil.birthDate.isValid())
            samples.append({letter.pupil.birthDate.daysTo(m.date) / 365.25, *m.heightCm});
    if (samples.isEmpty())
        return std::nullopt;
    std::optional<models::TargetHeight::Result> target;
    if (letter.fatherHeightCm && letter.motherHeightCm)
        target =
            models::TargetHeight::compute(*letter.fatherHeightCm, *letter.motherHeightCm, letter.pupil.sex);
    GrowthChart chart(GrowthReference::flemish2009(), GrowthReference::Measure::Height, letter.pupil.sex,
                      samples, target);
    chart.style().brand = branding.primary;
    return chart;
}

} // namespace lars::reports
