#pragma once
// The Belgian national register number (RRN, 11 digits YYMMDD SSS CC) and BIS numbers (month +20/+40).
#include <QString>

namespace lars::smartcard {

struct NationalNumber
{
    QString digits;            // 11 digits, separators removed
    bool valid = false;        // check digits match (for a 19xx or a 20xx birth)
    bool bornFrom2000 = false; // the check digits needed the "2" prefix
    bool bis = false;          // BIS number (month + 20 or + 40)
    int birthYear = 0;         // 0 when unknown
    int birthMonth = 0;        // 0 when unknown (BIS numbers may leave it out)
    int birthDay = 0;
    int sequence = 0; // odd = male, even = female (for a regular number)

    // Accepts "85073003328" and the printed form "85.07.30-033.28".
    static NationalNumber parse(const QString &text);
    // The printed form YY.MM.DD-SSS.CC.
    QString formatted() const;
};

} // namespace lars::smartcard
