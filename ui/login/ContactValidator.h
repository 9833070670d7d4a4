#pragma once
// Checks and tidies the personal contact data a staff member types: Belgian numbers (0470 12 34 56,
// 03 123 45 67, +32 …) and international ones (+ country code, 8 to 15 digits), and e-mail addresses.
#include <QString>

namespace lars::ui {

class ContactValidator final
{
public:
    struct Result
    {
        bool ok = false;
        QString value;   // tidied for storage and letters ("0470 12 34 56", "+31 6 12345678")
        QString message; // why not, in the user's words
    };

    // mobile: a Belgian number must be a mobile number (04…). Empty input is fine (not given).
    static Result phone(const QString &input, bool mobile);
    static Result email(const QString &input);
};

} // namespace lars::ui
