#pragma once
// Strict reading of a JSON object into typed values: wrong types, missing required fields, values out of
// range and unknown fields all become FieldErrors instead of silent defaults.
#include "models/FieldError.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace lars::models {

class JsonReader final
{
public:
    enum Presence
    {
        Required,
        Optional,
        Nullable,
        RequiredNullable
    };

    explicit JsonReader(const QJsonObject &object, const QString &prefix = {});

    // A string with no control characters except, when multiLine, line feeds and tabs.
    std::optional<QString> string(const QString &name, Presence presence, int maxLength,
                                  bool multiLine = false);
    std::optional<QString> oneOf(const QString &name, Presence presence, const QStringList &allowed);
    std::optional<double> number(const QString &name, Presence presence, double min, double max);
    std::optional<qint64> integer(const QString &name, Presence presence, qint64 min, qint64 max);
    std::optional<bool> boolean(const QString &name, Presence presence);
    std::optional<QDate> date(const QString &name, Presence presence);
    std::optional<QJsonObject> object(const QString &name, Presence presence);
    // A field whose shape the caller checks itself (e.g. a value whose form depends on another field).
    std::optional<QJsonValue> value(const QString &name, Presence presence) { return take(name, presence); }

    bool contains(const QString &name) const { return m_object.contains(name); }
    bool isNull(const QString &name) const { return m_object.value(name).isNull(); }
    void addError(const QString &name, const QString &code, const QString &message);

    // Reports every field that no getter asked for; call once after reading.
    FieldErrors finish();
    const FieldErrors &errors() const { return m_errors; }

    static bool isCleanText(const QString &text, bool multiLine);
    // A date written exactly YYYY-MM-DD, 1900-01-01 to 2100-12-31; invalid QDate otherwise.
    static QDate parseDate(const QString &text);
    // Scans raw JSON text for escapes that no text may hold: \u0000 and UTF-16 surrogates that are not a
    // high-low pair (a JSON parser would silently store U+FFFD or drop them). Returns the offset of the
    // first one, or -1 when there is none.
    static qsizetype forbiddenEscape(const QByteArray &json);

private:
    std::optional<QJsonValue> take(const QString &name, Presence presence);
    QString path(const QString &name) const { return m_prefix.isEmpty() ? name : m_prefix + u'.' + name; }

    QJsonObject m_object;
    QString m_prefix;
    QSet<QString> m_seen;
    FieldErrors m_errors;
};

} // namespace lars::models
