#include "smartcard/NationalNumber.h"

#include "models/NationalNumber.h"

namespace lars::smartcard {

NationalNumber NationalNumber::parse(const QString &text)
{
    NationalNumber n;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            n.digits.append(c);
        else if (c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char(' '))
            return n;
    }
    if (n.digits.size() != 11)
        return n;
    const int century = models::NationalNumber::century(n.digits);
    n.valid = century != 0;
    n.bornFrom2000 = century == 2000;
    if (!n.valid)
        return n;
    const int yy = n.digits.left(2).toInt();
    int mm = n.digits.mid(2, 2).toInt();
    const int dd = n.digits.mid(4, 2).toInt();
    n.sequence = n.digits.mid(6, 3).toInt();
    if (mm >= 40) {
        n.bis = true;
        mm -= 40;
    } else if (mm >= 20) {
        n.bis = true;
        mm -= 20;
    }
    if (mm > 12)
        mm = 0;
    n.birthMonth = mm;
    n.birthDay = (mm > 0 && dd >= 1 && dd <= 31) ? dd : 0;
    // A number whose date is wholly unknown (000000 base) still has a century through its check digits.
    n.birthYear = (n.bornFrom2000 ? 2000 : 1900) + yy;
    return n;
}

QString NationalNumber::formatted() const
{
    if (digits.size() != 11)
        return digits;
    return QStringLiteral("%1.%2.%3-%4.%5")
        .arg(digits.left(2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 3), digits.mid(9, 2));
}

} // namespace lars::smartcard
