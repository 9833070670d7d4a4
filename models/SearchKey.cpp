#include "models/SearchKey.h"

namespace lars::models {

QString SearchKey::normalise(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            // Letters that do not decompose into base + mark but that people type without the stroke.
            switch (c.unicode()) {
            case 0x0131:
                out += u'i';
                continue; // dotless i (Yılmaz)
            case 0x00F8:
            case 0x00D8:
                out += u'o';
                continue;
            case 0x0142:
            case 0x0141:
                out += u'l';
                continue;
            case 0x0111:
            case 0x0110:
                out += u'd';
                continue;
            case 0x00E6:
            case 0x00C6:
                out += QStringLiteral("ae");
                continue;
            case 0x0153:
            case 0x0152:
                out += QStringLiteral("oe");
                continue;
            case 0x00DF: // full case folding of sharp s
            case 0x1E9E:
                out += QStringLiteral("ss");
                continue;
            default:
                break;
            }
            out += QString(c).toCaseFolded();
        } else {
            pendingSpace = true; // space, hyphen, apostrophe, dot: all separate words
        }
    }
    return out;
}

QString SearchKey::upperBound(const QString &prefix)
{
    // Keys only hold letters, digits and spaces, so appending the largest BMP code point is a
    // strict upper bound for every key that starts with prefix under binary (code point) collation.
    return prefix + QChar(0xFFFF);
}

} // namespace lars::models
