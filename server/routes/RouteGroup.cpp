#include "server/routes/RouteGroup.h"

#include <QJsonObject>

namespace lars::server::routes {

http::Response RouteGroup::pupilItems(http::Request &r, const QString &auditAction,
                                      const std::function<QJsonArray(qint64 pupilId)> &items)
{
    if (auto bad = RouteSupport::checkQuery(r, {}))
        return *bad;
    models::Pupil p;
    if (auto denied = m_services.access.checkPupil(r, &p))
        return *denied;
    const QJsonArray list = items(p.id);
    m_services.audit.record(r, p.id, auditAction, QString());
    return http::Response::json(200, QJsonObject{{QStringLiteral("items"), list}});
}

} // namespace lars::server::routes
