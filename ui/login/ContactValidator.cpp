#include "ui/login/ContactValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lars::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lars::ui::ContactValidator", text);
}

// Groups Belgian national digits (leading 0) the way they are written in Belgium.
QString formatBelgian(const QString &d)
{
    if (d.size() == 10) // mobile 04xx xx xx xx
        return d.left(4) + u' ' + d.mid(4, 2) + u' ' + d.mid(6, 2) + u' ' + d.mid(8, 2);
    // Zones of one digit: Brussels 02, Antwerp 03, Liège 04, Ghent 09; the others have two.
    static const QString oneDigitZones = QStringLiteral("2349");
    if (oneDigitZones.contains(d.at(1)))
        return d.left(2) + u' ' + d.mid(2, 3) + u' ' + d.mid(5, 2) + u' ' + d.mid(7, 2);
    return d.left(3) + u' ' + d.mid(3, 2) + u' ' + d.mid(5, 2) + u' ' + d.mid(7, 2);
}

} // namespace

ContactValidator::Result ContactValidator::phone(const QString &input, bool mobile)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {true, QString(), QString()};
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ./()-]+$"));
    if (!allowed.match(text).hasMatch())
        return {false, text, tr("Use only digits, spaces and a leading +.")};
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    bool international = text.startsWith(u'+');
    if (!international && digits.startsWith(QLatin1String("00"))) {
        international = true;
        digits = digits.mid(2);
    }
    if (international && digits.startsWith(QLatin1String("32"))) {
        // +32 (0)470 … : the national form drops the country code and adds the leading 0.
        digits = u'0' + digits.mid(2);
        if (digits.startsWith(QLatin1String("00")))
            digits = digits.mid(1);
        international = false;
    }
    if (international) {
        if (digits.size() < 8 || digits.size() > 15)
            return {false, text, tr("An international number has a + and 8 to 15 digits.")};
        return {true, u'+' + digits, QString()};
    }
    if (!digits.startsWith(u'0'))
        return {false, text,
                tr("A Belgian number starts with 0 (or +32); a foreign one with + and the country code.")};
    const bool isMobile = digits.size() == 10 && digits.startsWith(QLatin1String("04"));
    if (mobile && !isMobile)
        return {false, text,
                tr("A Belgian GSM number has 10 digits and starts with 04, e.g. 0470 12 34 56.")};
    if (!isMobile && digits.size() != 9)
        return {false, text, tr("A Belgian phone number has 9 digits (e.g. 03 123 45 67), a GSM number 10.")};
    return {true, formatBelgian(digits), QString()};
}

ContactValidator::Result ContactValidator::email(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {true, QString(), QString()};
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    const int at = text.indexOf(u'@');
    if (text.size() > 254 || !re.match(text).hasMatch() || text.contains(QLatin1String("..")) ||
        text.startsWith(u'.') || (at > 0 && text.at(at - 1) == u'.') || text.section(u'.', -1).size() < 2)
        return {false, text, tr("This is not a valid e-mail address, e.g. name@clb.be.")};
    return {true, text, QString()};
}

} // namespace lars::ui
