#pragma once
// Belgian national register number (rijksregisternummer) and BIS number: 11 digits, YYMMDD + serial
// + modulo-97 check digits; BIS numbers add 20 or 40 to the month.
#include <QString>

namespace lars::models {

class NationalNumber final
{
public:
    enum class Kind
    {
        Invalid,
        National,
        Bis
    };
    static Kind classify(const QString &digits);
    // The century whose check digits the 11 digits carry: 1900 or 2000 (people born from 2000 on are
    // checked over "2" followed by the first nine digits); 0 when neither matches. The one check-digit
    // rule of the code base: the card reader (smartcard::NationalNumber) and the test PKI use it too.
    static int century(const QString &digits);
    static bool isValid(const QString &digits) { return classify(digits) != Kind::Invalid; }
    // Builds a valid number from a birth date (year >= 1900) and a serial 1..998.
    static QString make(int year, int month, int day, int serial, Kind kind = Kind::National);
};

} // namespace lars::models
