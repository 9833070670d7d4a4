#pragma once
// Compact JSON written straight into bytes, for answers on the server's hot paths: the same bytes as
// QJsonDocument::toJson(Compact) (escapes, numbers, UTF-8) without building a QJsonObject per value.
// The caller writes an object's keys in QJsonObject's order (sorted) when the bytes must be identical.
#include <QByteArray>
#include <QDate>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

namespace lars::models {

class JsonWriter final
{
public:
    JsonWriter() { m_out.reserve(1024); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // The name of the next value in the current object (plain ASCII: the API's own names).
    JsonWriter &key(QLatin1StringView name);
    template <qsizetype N>
    JsonWriter &key(const char (&name)[N])
    {
        return key(QLatin1StringView(name, N - 1));
    }

    JsonWriter &value(const QString &text);
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number); // not finite: null, as QJsonDocument writes it
    JsonWriter &value(bool b);
    JsonWriter &value(QDate date); // as QDate::toString(Qt::ISODate) writes it
    JsonWriter &null();
    // Text that is null-or-empty written as null (optional identifiers: national or BIS number).
    JsonWriter &textOrNull(const QString &text) { return text.isEmpty() ? null() : value(text); }
    // Already serialised JSON (a value written by another JsonWriter or QJsonDocument).
    JsonWriter &raw(const QByteArray &json);

    template <qsizetype N, typename T>
    JsonWriter &field(const char (&name)[N], const T &v)
    {
        key(name);
        return value(v);
    }

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    // A string literal with QJsonDocument's escaping, quotes included.
    static void appendString(QByteArray &out, QStringView text);

private:
    void separate();
    QByteArray m_out;
    // Per open object or array: whether a value was written already (a comma comes before the next one).
    QVarLengthArray<bool, 16> m_filled;
    bool m_afterKey = false;
};

} // namespace lars::models
