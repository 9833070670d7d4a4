#include "smartcard/Tlv.h"

namespace lars::smartcard {

namespace {
// A length can grow by 255 per 0xFF byte; the files are a few hundred bytes: anything above this is garbage.
constexpr qsizetype MaxFieldLength = 64 * 1024;

bool onlyZerosFrom(const QByteArray &data, qsizetype pos)
{
    for (qsizetype i = pos; i < data.size(); ++i) {
        if (data[i] != '\0')
            return false;
    }
    return true;
}
} // namespace

std::optional<QByteArray> TlvParseResult::value(quint8 tag) const
{
    for (const auto &f : fields) {
        if (f.tag == tag)
            return f.value;
    }
    return std::nullopt;
}

TlvParseResult parseTlv(const QByteArray &data)
{
    TlvParseResult result;
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (onlyZerosFrom(data, pos))
            break;
        const quint8 tag = quint8(data[pos++]);
        qsizetype length = 0;
        for (;;) {
            if (pos >= data.size()) {
                result.error = QStringLiteral("tag 0x%1: length missing").arg(tag, 2, 16, QLatin1Char('0'));
                return result;
            }
            const quint8 b = quint8(data[pos++]);
            length += b;
            if (b != 0xff)
                break;
            if (length > MaxFieldLength) {
                result.error = QStringLiteral("tag 0x%1: length too long").arg(tag, 2, 16, QLatin1Char('0'));
                return result;
            }
        }
        if (length > data.size() - pos) {
            result.error = QStringLiteral("tag 0x%1: %2 bytes announced, %3 left")
                               .arg(tag, 2, 16, QLatin1Char('0'))
                               .arg(length)
                               .arg(data.size() - pos);
            return result;
        }
        result.fields.append({tag, data.mid(pos, length)});
        pos += length;
    }
    return result;
}

} // namespace lars::smartcard
