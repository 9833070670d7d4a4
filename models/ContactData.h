#pragma once
// A staff member's contact data for one CLB (GSM, phone, e-mail are kept per CLB).
#include "models/FieldError.h"

#include <QJsonObject>
#include <optional>

namespace lars::models {

struct ContactData
{
    QString gsm;
    QString phone;
    QString email;
    qint64 version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("gsm"), gsm},
                {QStringLiteral("phone"), phone},
                {QStringLiteral("email"), email},
                {QStringLiteral("version"), version}};
    }
    static ContactData fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1String("gsm")).toString(), o.value(QLatin1String("phone")).toString(),
                o.value(QLatin1String("email")).toString(), o.value(QLatin1String("version")).toInteger()};
    }
    // Body of PUT /me/clbs/{clbId}/contact: {"gsm", "phone", "email"} (empty strings allowed).
    static std::optional<ContactData> parse(const QJsonObject &o, FieldErrors *errors);
};

} // namespace lars::models
