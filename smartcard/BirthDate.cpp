#include "smartcard/BirthDate.h"

#include <QStringList>

namespace lars::smartcard {

namespace {
QString foldMonth(const QString &text)
{
    QString folded = text.trimmed().toUpper().normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : folded) {
        if (c.category() != QChar::Mark_NonSpacing && c != QLatin1Char('.'))
            out.append(c);
    }
    return out;
}
} // namespace

int monthFromAbbreviation(const QString &abbreviation)
{
    const QString m = foldMonth(abbreviation);
    if (m.isEmpty())
        return 0;
    // Dutch, French and German forms (accents folded), plus the spelled-out names some cards carry.
    static const QList<QStringList> months = {
        {QStringLiteral("JAN"), QStringLiteral("JANV"), QStringLiteral("JANUARI"), QStringLiteral("JANVIER"),
         QStringLiteral("JANUAR")},
        {QStringLiteral("FEB"), QStringLiteral("FEV"), QStringLiteral("FEVR"), QStringLiteral("FEBRUARI"),
         QStringLiteral("FEVRIER"), QStringLiteral("FEBRUAR")},
        {QStringLiteral("MAAR"), QStringLiteral("MRT"), QStringLiteral("MARS"), QStringLiteral("MAR"),
         QStringLiteral("MAART"), QStringLiteral("MARZ")},
        {QStringLiteral("APR"), QStringLiteral("AVR"), QStringLiteral("APRIL"), QStringLiteral("AVRIL")},
        {QStringLiteral("MEI"), QStringLiteral("MAI")},
        {QStringLiteral("JUN"), QStringLiteral("JUIN"), QStringLiteral("JUNI")},
        {QStringLiteral("JUL"), QStringLiteral("JUIL"), QStringLiteral("JULI"), QStringLiteral("JUILLET")},
        {QStringLiteral("AUG"), QStringLiteral("AOUT"), QStringLiteral("AOU"), QStringLiteral("AUGUSTUS"),
         QStringLiteral("AUGUST")},
        {QStringLiteral("SEP"), QStringLiteral("SEPT"), QStringLiteral("SEPTEMBER"),
         QStringLiteral("SEPTEMBRE")},
        {QStringLiteral("OKT"), QStringLiteral("OCT"), QStringLiteral("OKTOBER"), QStringLiteral("OCTOBRE")},
        {QStringLiteral("NOV"), QStringLiteral("NOVEMBER"), QStringLiteral("NOVEMBRE")},
        {QStringLiteral("DEC"), QStringLiteral("DEZ"), QStringLiteral("DECEMBER"), QStringLiteral("DECEMBRE"),
         QStringLiteral("DEZEMBER")},
    };
    for (int i = 0; i < months.size(); ++i) {
        if (months[i].contains(m))
            return i + 1;
    }
    return 0;
}

QString BirthDate::toIsoString() const
{
    if (!isValid())
        return {};
    QString s = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (month > 0) {
        s += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (day > 0)
            s += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    }
    return s;
}

BirthDate BirthDate::parse(const QString &text)
{
    BirthDate result;
    result.raw = text;
    // Split into day / month / year on blanks and dots, keeping the positions of blank (unknown) parts:
    // the year is the last 4-digit run, the day a leading 1-2 digit run, the month what is in between.
    const QString t = text.trimmed();
    if (t.size() < 4)
        return result;
    qsizetype end = t.size();
    qsizetype yearStart = end;
    while (yearStart > 0 && t[yearStart - 1].isDigit())
        --yearStart;
    if (end - yearStart != 4)
        return result;
    const int year = t.mid(yearStart, 4).toInt();
    if (year < 1800 || year > 2200)
        return result;
    QString rest = t.left(yearStart);
    qsizetype dayEnd = 0;
    while (dayEnd < rest.size() && rest[dayEnd].isDigit())
        ++dayEnd;
    int day = 0;
    if (dayEnd > 2)
        return result;
    if (dayEnd > 0)
        day = rest.left(dayEnd).toInt();
    QString monthText = rest.mid(dayEnd);
    monthText.replace(QLatin1Char('.'), QLatin1Char(' '));
    monthText = monthText.trimmed();
    int month = 0;
    if (!monthText.isEmpty()) {
        bool numeric = false;
        const int n = monthText.toInt(&numeric);
        month = numeric ? n : monthFromAbbreviation(monthText);
        if (month < 1 || month > 12)
            return result;
    }
    if (day != 0) {
        const int maxDay = month > 0 ? QDate(year, month, 1).daysInMonth() : 31;
        if (day < 1 || day > maxDay)
            return result;
    }
    result.year = year;
    result.month = month;
    result.day = month > 0 ? day : 0;
    return result;
}

} // namespace lars::smartcard
