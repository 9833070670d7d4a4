#pragma once
// What the painters of one letter share while it is laid out: the painter and the scale of its
// device, the page geometry, the template with the letter's placeholder values, the branding, and
// the items laid out so far (in reading order). Lives for one letter only.
#include "reports/Branding.h"
#include "reports/LetterData.h"
#include "reports/LetterItem.h"
#include "reports/LetterTemplate.h"
#include "reports/PreparedLogo.h"
#include "reports/TextBlockCache.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace lars::reports {

class LetterContext final
{
public:
    LetterContext(QPainter &painter, const LetterTemplate &tpl, const AnyLetter &letter,
                  const Branding &branding, const QList<PreparedLogo> &logos, TextBlockCache &textBlocks);

    // The placeholder values of a letter (dates formatted as the template says); tpl may be null.
    static QHash<QString, QString> placeholders(const LetterTemplate *tpl, const AnyLetter &letter);

    QPainter &painter() const { return m_painter; }
    QPaintDevice *device() const;
    const LetterTemplate &tpl() const { return m_tpl; }
    const AnyLetter &letter() const { return m_letter; }
    const LetterCommon &common() const { return m_common; }
    const Branding &branding() const { return m_branding; }
    const QList<PreparedLogo> &logos() const { return m_logos; }
    const QHash<QString, QString> &values() const { return m_values; }

    // Device units per millimetre, and the text column of the sheet.
    double scale() const { return m_scale; }
    double mm(double v) const { return v * m_scale; }
    double left() const { return m_left; }
    double width() const { return m_width; }
    double bottom() const { return m_bottom; }

    QString fill(const QString &text) const { return LetterTemplate::fill(text, m_values); }
    // A template string with the placeholders filled in.
    QString text(const QString &key) const { return fill(m_tpl.text(key)); }

    // Text laid out for this letter's device; keep: the same on every letter of the batch (see
    // TextBlockCache).
    std::shared_ptr<const TextBlock> textBlock(const QString &text, const QFont &font, double width,
                                               Qt::Alignment alignment = Qt::AlignLeft,
                                               bool keep = false) const
    {
        return m_textBlocks.block(text, font, width, device(), alignment, keep);
    }

    void add(std::shared_ptr<LetterItem> item) { m_items.push_back(std::move(item)); }
    const std::vector<std::shared_ptr<LetterItem>> &items() const { return m_items; }

private:
    QPainter &m_painter;
    const LetterTemplate &m_tpl;
    const AnyLetter &m_letter;
    const LetterCommon &m_common;
    const Branding &m_branding;
    const QList<PreparedLogo> &m_logos;
    TextBlockCache &m_textBlocks;
    QHash<QString, QString> m_values;
    double m_scale = 1;
    double m_left = 0;
    double m_width = 0;
    double m_bottom = 0;
    std::vector<std::shared_ptr<LetterItem>> m_items;
};

} // namespace lars::reports
