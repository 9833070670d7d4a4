#pragma once
// A nullable column as JSON: SQL NULL becomes JSON null, not "" or 0 (the API tells "not yet" from empty).
#include <QJsonValue>
#include <QVariant>

namespace lars::server::store {

class RowValue final
{
public:
    static QJsonValue textOrNull(const QVariant &v)
    {
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    }
    static QJsonValue integerOrNull(const QVariant &v)
    {
        return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
    }
};

} // namespace lars::server::store
