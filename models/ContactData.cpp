#include "models/ContactData.h"

#include "models/JsonReader.h"

#include <QRegularExpression>

namespace lars::models {

std::optional<ContactData> ContactData::parse(const QJsonObject &o, FieldErrors *errors)
{
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 ./()-]{6,20}$"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    JsonReader r(o);
    ContactData c;
    c.gsm = r.string(QStringLiteral("gsm"), JsonReader::Required, 32).value_or(QString()).trimmed();
    c.phone = r.string(QStringLiteral("phone"), JsonReader::Required, 32).value_or(QString()).trimmed();
    c.email = r.string(QStringLiteral("email"), JsonReader::Required, 254).value_or(QString()).trimmed();
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("gsm"), c.gsm}, std::pair{QStringLiteral("phone"), c.phone}})
        if (!value.isEmpty() && !phoneRe.match(value).hasMatch())
            r.addError(name, QStringLiteral("format"), QStringLiteral("is not a phone number"));
    if (!c.email.isEmpty() && !emailRe.match(c.email).hasMatch())
        r.addError(QStringLiteral("email"), QStringLiteral("format"),
                   QStringLiteral("is not an e-mail address"));
    *errors += r.finish();
    if (!errors->isEmpty())
        return std::nullopt;
    return c;
}

} // namespace lars::models
