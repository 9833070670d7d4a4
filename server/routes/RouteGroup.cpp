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

http::Response
RouteGroup::pupilItem(http::Request &r, const QString &auditAction,
                      const std::function<std::optional<QJsonObject>(qint64 pupilId, qint64 id)> &item)
{
    const auto found = item(r.pupil.id, r.param(1));
    if (!found) {
        // Probing another pupil's item ids through a pupil one may read is worth an auditor's eye.
        r.pendingAudit.append({r.pupil.id, QStringLiteral("denied.no-such-item"), r.path});
        return http::Response::problem(404, http::problems::uri("not-found"),
                                       QStringLiteral("No such item in this pupil's dossier"));
    }
    m_services.audit.record(r, r.pupil.id, auditAction, QStringLiteral("item %1").arg(r.param(1)));
    return http::Response::json(200, *found);
}

http::Response RouteGroup::refused(http::Request &r, const QString &auditAction,
                                   const models::FieldErrors &errors)
{
    QStringList fields;
    for (const auto &e : errors)
        fields.append(e.field + u' ' + e.code);
    r.pendingAudit.append({r.pupil.id, auditAction, fields.join(QStringLiteral(", "))});
    return http::Response::validation(errors);
}

} // namespace lars::server::routes
