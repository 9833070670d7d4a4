#include "ui/dossier/CreonTexts.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace lars::ui {

namespace {
QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}
QString day(const QString &iso)
{
    return QLocale().toString(QDate::fromString(iso, Qt::ISODate), QLocale::ShortFormat);
}
} // namespace

QString CreonTexts::value(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("quantity")))
        return tr("%1 %2").arg(number(o.value(QLatin1String("quantity")).toDouble(), 1),
                               o.value(QLatin1String("unit")).toString());
    if (o.contains(QLatin1String("left")) || o.contains(QLatin1String("right"))) {
        QStringList eyes;
        if (o.contains(QLatin1String("left")))
            eyes << tr("left %1").arg(number(o.value(QLatin1String("left")).toDouble(), 2));
        if (o.contains(QLatin1String("right")))
            eyes << tr("right %1").arg(number(o.value(QLatin1String("right")).toDouble(), 2));
        return eyes.join(QLatin1String(", "));
    }
    if (o.contains(QLatin1String("result")))
        return o.value(QLatin1String("result")).toString();
    return QStringLiteral("—");
}

QString CreonTexts::contactName(const QString &contact)
{
    if (contact == QLatin1String("K1"))
        return tr("1st kindergarten class");
    if (contact == QLatin1String("L1"))
        return tr("1st primary year");
    if (contact == QLatin1String("L4"))
        return tr("4th primary year");
    if (contact == QLatin1String("L6"))
        return tr("6th primary year");
    if (contact == QLatin1String("S3"))
        return tr("3rd secondary year");
    return contact;
}

QString CreonTexts::source(const QJsonObject &registration)
{
    const QJsonObject s = registration.value(QLatin1String("source")).toObject();
    const QString kind = s.value(QLatin1String("kind")).toString();
    const QString date = day(s.value(QLatin1String("date")).toString());
    QString text;
    if (kind == QLatin1String("measurement"))
        text = tr("systematic contact %1 of %2")
                   .arg(contactName(s.value(QLatin1String("contact")).toString()), date);
    else if (kind == QLatin1String("activity"))
        text = tr("activity of %1: %2").arg(date, s.value(QLatin1String("subject")).toString());
    else
        text = tr("registered by hand");
    if (s.value(QLatin1String("withdrawn")).toBool())
        text = tr("%1 (withdrawn)").arg(text);
    return text;
}

QString CreonTexts::state(const QJsonObject &registration)
{
    const QJsonObject d = registration.value(QLatin1String("delivery")).toObject();
    const QString state = d.value(QLatin1String("state")).toString();
    const QString reason = d.value(QLatin1String("reason")).toString();
    const bool withdrawn = registration.value(QLatin1String("withdrawn")).toBool();
    const QDateTime sent =
        QDateTime::fromString(d.value(QLatin1String("sentAt")).toString(), Qt::ISODateWithMs);
    if (state == QLatin1String("not-sent"))
        return tr("withdrawn");
    if (state == QLatin1String("accepted"))
        return withdrawn ? tr("withdrawal accepted") : tr("accepted");
    if (state == QLatin1String("refused"))
        return tr("refused: %1").arg(reason);
    if (state == QLatin1String("dead"))
        return tr("sending failed: %1").arg(reason);
    if (state == QLatin1String("sending") && sent.isValid())
        return tr("sent on %1").arg(QLocale().toString(sent.toLocalTime(), QLocale::ShortFormat));
    if (state == QLatin1String("held"))
        return tr("to be sent — waiting: %1").arg(reason);
    return withdrawn ? tr("withdrawal to be sent") : tr("to be sent");
}

bool CreonTexts::needsAttention(const QJsonObject &registration)
{
    const QString state =
        registration.value(QLatin1String("delivery")).toObject().value(QLatin1String("state")).toString();
    return state == QLatin1String("refused") || state == QLatin1String("dead");
}

} // namespace lars::ui
