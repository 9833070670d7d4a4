#include "reports/TextBlockCache.h"

#include <QFont>
#include <QPaintDevice>

namespace lars::reports {

std::shared_ptr<const TextBlock> TextBlockCache::block(const QString &text, const QFont &font, double width,
                                                       QPaintDevice *device, Qt::Alignment alignment,
                                                       bool keep)
{
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(font.key())
                            .arg(width, 0, 'g', 10)
                            .arg(quintptr(device))
                            .arg(device ? device->logicalDpiX() : 0)
                            .arg(int(alignment))
                            .arg(text);
    if (const auto it = m_blocks.constFind(key); it != m_blocks.constEnd())
        return *it;
    auto block = std::make_shared<const TextBlock>(text, font, width, device, alignment);
    if (keep) {
        if (m_blocks.size() >= kMaxBlocks)
            m_blocks.clear();
        m_blocks.insert(key, block);
    }
    return block;
}

} // namespace lars::reports
