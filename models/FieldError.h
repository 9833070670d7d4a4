#pragma once
// One field-level validation error, as carried in a problem+json "errors" array.
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lars::models {

struct FieldError
{
    QString field;   // JSON pointer-ish path, e.g. "fatherCm" or "hub.category"
    QString code;    // stable machine code: required, type, range, length, unknown-field, enum, format
    QString message; // English, for logs and developers; the client translates by code

    QJsonObject toJson() const
    {
        return {{QStringLiteral("field"), field},
                {QStringLiteral("code"), code},
                {QStringLiteral("message"), message}};
    }
    static FieldError fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1String("field")).toString(), o.value(QLatin1String("code")).toString(),
                o.value(QLatin1String("message")).toString()};
    }
};

using FieldErrors = QList<FieldError>;

} // namespace lars::models
