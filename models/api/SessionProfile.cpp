#include "models/api/SessionProfile.h"

#include <QJsonArray>

namespace lars::models {

const SessionClb *SessionProfile::clb(qint64 id) const
{
    for (const SessionClb &c : clbs)
        if (c.id == id)
            return &c;
    return nullptr;
}

bool SessionProfile::activeClbHasTeam() const
{
    const SessionClb *active = activeClb();
    return active && !active->teams.isEmpty();
}

LocalAdministrator LocalAdministrator::fromJson(const QJsonObject &o)
{
    return {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("email")).toString(),
            o.value(QLatin1String("phone")).toString()};
}

SessionProfile SessionProfile::fromJson(const QJsonObject &me)
{
    SessionProfile p;
    p.staffId = me.value(QLatin1String("id")).toInteger();
    p.firstName = me.value(QLatin1String("firstName")).toString();
    p.lastName = me.value(QLatin1String("lastName")).toString();
    p.profession = me.value(QLatin1String("profession")).toString();
    p.activeClbId = me.value(QLatin1String("activeClbId")).toInteger();
    for (const QJsonValue &v : me.value(QLatin1String("clbs")).toArray()) {
        const QJsonObject o = v.toObject();
        SessionClb clb;
        clb.id = o.value(QLatin1String("id")).toInteger();
        clb.name = o.value(QLatin1String("name")).toString();
        clb.contact = ContactData::fromJson(o.value(QLatin1String("contact")).toObject());
        clb.localAdmin = o.value(QLatin1String("localAdmin")).toBool();
        clb.administrator =
            LocalAdministrator::fromJson(o.value(QLatin1String("localAdministrator")).toObject());
        for (const QJsonValue &t : o.value(QLatin1String("teams")).toArray())
            clb.teams.append(t.toObject().value(QLatin1String("name")).toString());
        p.clbs.append(clb);
    }
    return p;
}

} // namespace lars::models
