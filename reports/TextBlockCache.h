#pragma once
// Laid-out text shared by the letters of a batch: a fixed part of the template (a heading, "Met
// vriendelijke groeten,", the CLB's letterhead, a table header) is shaped once per batch instead of once
// per letter. Keyed by everything that decides the layout, so a hit is always the same layout.
#include "reports/TextBlock.h"

#include <QHash>
#include <QString>
#include <memory>

class QFont;
class QPaintDevice;

namespace lars::reports {

class TextBlockCache final
{
public:
    // The layout of text; kept for the next letters when keep is true (text that is the same on every
    // letter: keeping a pupil's name would only fill the cache).
    std::shared_ptr<const TextBlock> block(const QString &text, const QFont &font, double width,
                                           QPaintDevice *device, Qt::Alignment alignment, bool keep);
    qsizetype size() const { return m_blocks.size(); }

private:
    static constexpr qsizetype kMaxBlocks = 256; // a safety net; a template has a few dozen fixed texts
    QHash<QString, std::shared_ptr<const TextBlock>> m_blocks;
};

} // namespace lars::reports
