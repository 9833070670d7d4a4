#pragma once
// A reference to a staff member as shown next to data they entered or changed.
#include <QJsonObject>
#include <QString>

namespace lars::models {

struct StaffRef
{
    qint64 id = 0;
    QString name;

    bool isNull() const { return id == 0; }
    QJsonValue toJson() const
    {
        if (isNull())
            return QJsonValue::Null;
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    }
    static StaffRef fromJson(const QJsonValue &v)
    {
        const QJsonObject o = v.toObject();
        return {o.value(QLatin1String("id")).toInteger(), o.value(QLatin1String("name")).toString()};
    }
};

} // namespace lars::models
