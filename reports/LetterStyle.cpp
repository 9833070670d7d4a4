#include "reports/LetterStyle.h"

namespace lars::reports::letterstyle {

QFont font(double pt, bool bold, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

} // namespace lars::reports::letterstyle
