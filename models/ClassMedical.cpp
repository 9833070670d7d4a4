#include "models/ClassMedical.h"

#include <QJsonArray>
#include <algorithm>

namespace lars::models {

ClassMedical ClassMedical::fromJson(const QJsonObject &o)
{
    ClassMedical c;
    c.classId = o.value(QLatin1String("classId")).toInteger();
    c.className = o.value(QLatin1String("className")).toString();
    c.schoolName = o.value(QLatin1String("schoolName")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("pupils")).toArray()) {
        const QJsonObject p = v.toObject();
        Entry entry;
        entry.pupil = Pupil::fromJson(p.value(QLatin1String("pupil")).toObject());
        for (const QJsonValue &m : p.value(QLatin1String("measurements")).toArray())
            entry.measurements.append(Measurement::fromJson(m.toObject()));
        entry.heights = ParentHeights::fromJson(p.value(QLatin1String("parentHeights")).toObject());
        c.pupils.append(std::move(entry));
    }
    return c;
}

int ClassMedical::schoolYearOf(const QDate &date)
{
    return date.month() >= 9 ? date.year() : date.year() - 1;
}

QString ClassMedical::schoolYearName(int schoolYear)
{
    return QStringLiteral("%1-%2").arg(schoolYear).arg(schoolYear + 1);
}

QList<ClassMedical::Consult> ClassMedical::consults() const
{
    QList<Consult> list;
    for (const Entry &entry : pupils)
        for (const Measurement &m : entry.measurements) {
            if (!m.date.isValid() || m.contact.isEmpty())
                continue;
            const Consult consult{m.contact, schoolYearOf(m.date)};
            if (!list.contains(consult))
                list.append(consult);
        }
    const QStringList order = Measurement::contacts();
    std::sort(list.begin(), list.end(), [&order](const Consult &a, const Consult &b) {
        if (a.schoolYear != b.schoolYear)
            return a.schoolYear > b.schoolYear;
        return order.indexOf(a.contact) > order.indexOf(b.contact);
    });
    return list;
}

std::optional<Measurement> ClassMedical::consultOf(const Entry &entry, const Consult &consult)
{
    std::optional<Measurement> found;
    for (const Measurement &m : entry.measurements)
        if (m.contact == consult.contact && m.date.isValid() && schoolYearOf(m.date) == consult.schoolYear &&
            (!found || m.date >= found->date))
            found = m;
    return found;
}

} // namespace lars::models
