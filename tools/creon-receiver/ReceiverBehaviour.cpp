#include "tools/creon-receiver/ReceiverBehaviour.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lars::tools {

bool RefusalRule::matches(const QJsonObject &record) const
{
    if (!registrationId.isEmpty() &&
        record.value(QLatin1String("registrationId")).toString() != registrationId)
        return false;
    if (!item.isEmpty() && record.value(QLatin1String("item")).toString() != item)
        return false;
    if (!insz.isEmpty() &&
        record.value(QLatin1String("pupil")).toObject().value(QLatin1String("insz")).toString() != insz)
        return false;
    return version == 0 || record.value(QLatin1String("version")).toInteger() == version;
}

QJsonObject RefusalRule::toJson() const
{
    QJsonObject o{{QStringLiteral("reason"), reason}};
    if (!registrationId.isEmpty())
        o.insert(QStringLiteral("registrationId"), registrationId);
    if (!item.isEmpty())
        o.insert(QStringLiteral("item"), item);
    if (!insz.isEmpty())
        o.insert(QStringLiteral("insz"), insz);
    if (version)
        o.insert(QStringLiteral("version"), version);
    return o;
}

bool ReceiverBehaviour::parseRefusal(const QString &spec, RefusalRule *rule, QString *error)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:@([0-9]+))?|"
                       "([a-z][a-z0-9-]*)):(.+)$"));
    const auto m = form.match(spec);
    if (!m.hasMatch()) {
        *error = QStringLiteral("--refuse needs ITEM:REASON or REGISTRATION-UUID[@VERSION]:REASON, got '%1'")
                     .arg(spec);
        return false;
    }
    *rule = RefusalRule{};
    rule->registrationId = m.captured(1);
    rule->version = m.captured(2).toLongLong();
    rule->item = m.captured(3);
    rule->reason = m.captured(4);
    return true;
}

bool ReceiverBehaviour::apply(const QJsonObject &o, QString *error)
{
    ReceiverBehaviour next = *this;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        const bool count = it->isDouble() && it->toDouble() == double(it->toInt());
        if (k == QLatin1String("unavailable") && count && it->toInt() >= -1)
            next.unavailable = it->toInt();
        else if (k == QLatin1String("slowMs") && count && it->toInt() >= 0 && it->toInt() <= 600000)
            next.slowMs = it->toInt();
        else if (k == QLatin1String("drop") && count && it->toInt() >= 0)
            next.drop = it->toInt();
        else if (k == QLatin1String("refuse") && it->isArray()) {
            next.refusals.clear();
            for (const QJsonValue &r : it->toArray()) {
                const QJsonObject ro = r.toObject();
                RefusalRule rule{ro.value(QLatin1String("registrationId")).toString(),
                                 ro.value(QLatin1String("item")).toString(),
                                 ro.value(QLatin1String("insz")).toString(),
                                 ro.value(QLatin1String("version")).toInteger(),
                                 ro.value(QLatin1String("reason")).toString()};
                if (rule.reason.isEmpty()) {
                    *error = QStringLiteral("every refusal needs a reason");
                    return false;
                }
                next.refusals.append(rule);
            }
        } else {
            *error = QStringLiteral("'%1' is not a known setting or has a bad value").arg(k);
            return false;
        }
    }
    *this = next;
    return true;
}

QJsonObject ReceiverBehaviour::toJson() const
{
    QJsonArray rules;
    for (const RefusalRule &r : refusals)
        rules.append(r.toJson());
    return {{QStringLiteral("unavailable"), unavailable},
            {QStringLiteral("slowMs"), slowMs},
            {QStringLiteral("drop"), drop},
            {QStringLiteral("refuse"), rules}};
}

} // namespace lars::tools
