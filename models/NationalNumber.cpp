#include "models/NationalNumber.h"

namespace lars::models {

int NationalNumber::century(const QString &digits)
{
    if (digits.size() != 11)
        return 0;
    const qint64 base = digits.left(9).toLongLong();
    const int check = digits.mid(9, 2).toInt();
    if (97 - int(base % 97) == check)
        return 1900;
    return 97 - int((2000000000LL + base) % 97) == check ? 2000 : 0;
}

NationalNumber::Kind NationalNumber::classify(const QString &digits)
{
    if (digits.size() != 11)
        return Kind::Invalid;
    for (const QChar c : digits)
        if (c < u'0' || c > u'9')
            return Kind::Invalid;
    if (century(digits) == 0)
        return Kind::Invalid;
    const int month = digits.mid(2, 2).toInt();
    if (month >= 20 && month <= 32)
        return Kind::Bis;
    if (month >= 40 && month <= 52)
        return Kind::Bis;
    return month <= 12 ? Kind::National : Kind::Invalid;
}

QString NationalNumber::make(int year, int month, int day, int serial, Kind kind)
{
    const int m = month + (kind == Kind::Bis ? 40 : 0);
    const QString nine = QStringLiteral("%1%2%3%4")
                             .arg(year % 100, 2, 10, QLatin1Char('0'))
                             .arg(m, 2, 10, QLatin1Char('0'))
                             .arg(day, 2, 10, QLatin1Char('0'))
                             .arg(serial, 3, 10, QLatin1Char('0'));
    qint64 base = nine.toLongLong();
    if (year >= 2000)
        base += 2000000000LL;
    return nine + QStringLiteral("%1").arg(97 - int(base % 97), 2, 10, QLatin1Char('0'));
}

} // namespace lars::models
