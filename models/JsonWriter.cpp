#include "models/JsonWriter.h"

#include <QLocale>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace lars::models {

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    // Written through a pointer into room reserved up front (6 bytes per UTF-16 unit at most: an
    // escape), then cut to size: no per-character append.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *o = out.data() + start;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    const auto escape = [&o](char16_t u) {
        *o++ = '\\';
        *o++ = 'u';
        *o++ = hexDigit((u >> 12) & 0xf);
        *o++ = hexDigit((u >> 8) & 0xf);
        *o++ = hexDigit((u >> 4) & 0xf);
        *o++ = hexDigit(u & 0xf);
    };
    *o++ = '"';
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *o++ = char(u);
                continue;
            }
            *o++ = '\\';
            switch (u) {
            case '"':
                *o++ = '"';
                break;
            case '\\':
                *o++ = '\\';
                break;
            case '\b':
                *o++ = 'b';
                break;
            case '\f':
                *o++ = 'f';
                break;
            case '\n':
                *o++ = 'n';
                break;
            case '\r':
                *o++ = 'r';
                break;
            case '\t':
                *o++ = 't';
                break;
            default:
                --o;
                escape(u);
            }
        } else if (u < 0x800) {
            *o++ = char(0xc0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *o++ = char(0xe0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3f));
            *o++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *o++ = char(0xf0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3f));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        } else {
            // An unpaired surrogate has no UTF-8 form: QJsonDocument writes it as an escape too.
            escape(u);
        }
    }
    *o++ = '"';
    out.truncate(o - out.constData());
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_filled.isEmpty()) {
        if (m_filled.last())
            m_out.append(',');
        m_filled.last() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_filled.append(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_filled.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_filled.append(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_filled.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    const qsizetype start = m_out.size();
    m_out.resize(start + name.size() + 3);
    char *o = m_out.data() + start;
    *o++ = '"';
    o = std::copy(name.begin(), name.end(), o);
    *o++ = '"';
    *o = ':';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    appendString(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    return value(QString(text));
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_out.append(digits, end - digits);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    separate();
    m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    return *this;
}

JsonWriter &JsonWriter::value(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 0 || y > 9999)
        return value(date.toString(Qt::ISODate)); // "" for what ISO 8601 cannot write
    separate();
    const char text[12] = {'"',
                           char('0' + y / 1000),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + d / 10),
                           char('0' + d % 10),
                           '"'};
    m_out.append(text, sizeof text);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    m_out.append(b ? QByteArrayView("true") : QByteArrayView("false"));
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace lars::models
