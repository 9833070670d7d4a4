#pragma once
// The identity file's birth date: "DD mmmm YYYY" (Dutch/French months) or "DD.mmm.YYYY" (German),
// where unknown parts are blanks. Partial dates stay partial: day or month 0 = unknown.
#include <QDate>
#include <QString>

namespace lars::smartcard {

struct BirthDate
{
    int year = 0;
    int month = 0; // 0 = unknown
    int day = 0;   // 0 = unknown
    QString raw;

    bool isValid() const { return year > 0; }
    bool isComplete() const { return isValid() && month > 0 && day > 0; }
    QDate toDate() const { return isComplete() ? QDate(year, month, day) : QDate(); }
    // ISO 8601 with unknown parts left out ("1987-03", "1987").
    QString toIsoString() const;

    static BirthDate parse(const QString &text);
};

// Month number for an abbreviation in Dutch, French or German (any case, with or without accents), or 0.
int monthFromAbbreviation(const QString &abbreviation);

} // namespace lars::smartcard
