#pragma once
// Minimal DER writer for the PKCS#15 files of the virtual card (definite lengths, short tags).

#include <QByteArray>
#include <initializer_list>

namespace lars::tools::der {

inline QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out;
    out.append(static_cast<char>(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(static_cast<char>(n));
    } else if (n < 0x100) {
        out.append(char(0x81));
        out.append(static_cast<char>(n));
    } else {
        out.append(char(0x82));
        out.append(static_cast<char>((n >> 8) & 0xFF));
        out.append(static_cast<char>(n & 0xFF));
    }
    return out + content;
}

inline QByteArray cat(std::initializer_list<QByteArray> parts)
{
    QByteArray out;
    for (const QByteArray &p : parts)
        out += p;
    return out;
}

inline QByteArray seq(std::initializer_list<QByteArray> parts)
{
    return tlv(0x30, cat(parts));
}

inline QByteArray integer(qint64 v)
{
    QByteArray b;
    do {
        b.prepend(static_cast<char>(v & 0xFF));
        v >>= 8;
    } while (v != 0 && v != -1);
    if ((static_cast<quint8>(b[0]) & 0x80) && v == 0)
        b.prepend('\0');
    return tlv(0x02, b);
}

inline QByteArray octets(const QByteArray &b)
{
    return tlv(0x04, b);
}

inline QByteArray utf8(const QByteArray &s)
{
    return tlv(0x0C, s);
}

inline QByteArray boolean(bool v)
{
    return tlv(0x01, QByteArray(1, v ? char(0xFF) : char(0x00)));
}

// BIT STRING from the named bits that are set (bit 0 = most significant bit of the first byte).
inline QByteArray bits(std::initializer_list<int> set)
{
    int highest = -1;
    for (int b : set)
        highest = qMax(highest, b);
    if (highest < 0)
        return tlv(0x03, QByteArray(1, '\0'));
    const int bytes = highest / 8 + 1;
    QByteArray v(bytes, '\0');
    for (int b : set)
        v[b / 8] = static_cast<char>(static_cast<quint8>(v[b / 8]) | (0x80 >> (b % 8)));
    const int unused = 7 - highest % 8;
    return tlv(0x03, QByteArray(1, static_cast<char>(unused)) + v);
}

} // namespace lars::tools::der
