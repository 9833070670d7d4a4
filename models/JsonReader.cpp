#include "models/JsonReader.h"

#include <cmath>

namespace lars::models {

JsonReader::JsonReader(const QJsonObject &object, const QString &prefix)
    : m_object(object)
    , m_prefix(prefix)
{}

void JsonReader::addError(const QString &name, const QString &code, const QString &message)
{
    m_errors.append({path(name), code, message});
}

std::optional<QJsonValue> JsonReader::take(const QString &name, Presence presence)
{
    m_seen.insert(name);
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd() || it->isUndefined()) {
        if (presence == Required || presence == RequiredNullable)
            addError(name, QStringLiteral("required"), QStringLiteral("is required"));
        return std::nullopt;
    }
    if (it->isNull()) {
        if (presence != Nullable && presence != RequiredNullable)
            addError(name, QStringLiteral("type"), QStringLiteral("must not be null"));
        return std::nullopt;
    }
    return *it;
}

QDate JsonReader::parseDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    for (const int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return {};
    const QDate d(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!d.isValid() || d.year() < 1900 || d.year() > 2100)
        return {};
    return d;
}

qsizetype JsonReader::forbiddenEscape(const QByteArray &json)
{
    const auto hex4 = [&json](qsizetype at) -> int {
        if (at + 4 > json.size())
            return -1;
        bool ok = false;
        const int v = json.mid(at, 4).toInt(&ok, 16);
        return ok ? v : -1;
    };
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\' && i + 1 < json.size()) {
            if (json.at(i + 1) != 'u') {
                ++i; // a two-character escape (quote, backslash, n, t, ...)
                continue;
            }
            const int unit = hex4(i + 2);
            if (unit == 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                return i;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const bool pair = i + 7 < json.size() && json.at(i + 6) == '\\' && json.at(i + 7) == 'u' &&
                                  hex4(i + 8) >= 0xDC00 && hex4(i + 8) <= 0xDFFF;
                if (!pair)
                    return i;
                i += 6; // the low half is checked with its high half
            }
            i += 5;
        }
    }
    return -1;
}

bool JsonReader::isCleanText(const QString &text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A surrogate must be half of a pair: high then low.
        if (c.isHighSurrogate() && (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()))
            return false;
        if (c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return false;
        if (c.category() == QChar::Other_Control) {
            if (multiLine && (c == u'\n' || c == u'\t' || c == u'\r'))
                continue;
            return false;
        }
    }
    return true;
}

std::optional<QString> JsonReader::string(const QString &name, Presence presence, int maxLength,
                                          bool multiLine)
{
    const auto v = take(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        addError(name, QStringLiteral("type"), QStringLiteral("must be a string"));
        return std::nullopt;
    }
    const QString s = v->toString();
    if (s.size() > maxLength) {
        addError(name, QStringLiteral("length"),
                 QStringLiteral("must be at most %1 characters").arg(maxLength));
        return std::nullopt;
    }
    if (!isCleanText(s, multiLine)) {
        addError(name, QStringLiteral("format"), QStringLiteral("contains control characters"));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonReader::oneOf(const QString &name, Presence presence, const QStringList &allowed)
{
    const auto s = string(name, presence, 200);
    if (!s)
        return std::nullopt;
    if (!allowed.contains(*s)) {
        addError(name, QStringLiteral("enum"), QStringLiteral("must be one of: %1").arg(allowed.join(u", ")));
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonReader::number(const QString &name, Presence presence, double min, double max)
{
    const auto v = take(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        addError(name, QStringLiteral("type"), QStringLiteral("must be a number"));
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (d < min || d > max) {
        addError(name, QStringLiteral("range"),
                 QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> JsonReader::integer(const QString &name, Presence presence, qint64 min, qint64 max)
{
    const auto v = take(name, presence);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || std::trunc(d) != d || std::fabs(d) > 9007199254740991.0) {
        addError(name, QStringLiteral("type"), QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    const auto i = qint64(d);
    if (i < min || i > max) {
        addError(name, QStringLiteral("range"),
                 QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return i;
}

std::optional<bool> JsonReader::boolean(const QString &name, Presence presence)
{
    const auto v = take(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        addError(name, QStringLiteral("type"), QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QDate> JsonReader::date(const QString &name, Presence presence)
{
    const auto s = string(name, presence, 10);
    if (!s)
        return std::nullopt;
    const QDate d = parseDate(*s);
    if (!d.isValid()) {
        addError(name, QStringLiteral("format"), QStringLiteral("must be a date YYYY-MM-DD"));
        return std::nullopt;
    }
    return d;
}

std::optional<QJsonObject> JsonReader::object(const QString &name, Presence presence)
{
    const auto v = take(name, presence);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        addError(name, QStringLiteral("type"), QStringLiteral("must be an object"));
        return std::nullopt;
    }
    return v->toObject();
}

FieldErrors JsonReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!m_seen.contains(it.key()))
            addError(it.key(), QStringLiteral("unknown-field"), QStringLiteral("is not a known field"));
    return m_errors;
}

} // namespace lars::models
