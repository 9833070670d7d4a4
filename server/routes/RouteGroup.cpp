#include "server/routes/RouteGroup.h"

#include <QJsonObject>

namespace lars::server::routes {

http::Response RouteGroup::pupilItems(http::Request &r, const QString &auditAction,
                                      const std::function<QJsonArray(qint64 pupilId)> &items)
{
    const QJsonArray list = items(r.pupil.id);
    m_services.audit.record(r, r.pupil.id, auditAction, QString());
    return http::Response::json(200, QJsonObject{{QStringLiteral("items"), list}});
}

} // namespace lars::server::routes
