#include "server/routes/ReferenceRoutes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

ReferenceRoutes::ReferenceRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_reference(services.db)
{
    add("GET", "/nomenclature/activity-functions", Route::Authenticated, &ReferenceRoutes::activityFunctions);
    add("GET", "/nomenclature/activity-subjects", Route::Authenticated, &ReferenceRoutes::activitySubjects);
    add("GET", "/nomenclature/draaischijf", Route::Authenticated, &ReferenceRoutes::draaischijf);
    add("GET", "/branding", Route::Authenticated, &ReferenceRoutes::branding);
}

Response ReferenceRoutes::activityFunctions(Request &)
{
    return Response::json(200, QJsonObject{{QStringLiteral("items"), m_reference.activityFunctions()}});
}

Response ReferenceRoutes::activitySubjects(Request &)
{
    return Response::json(200, QJsonObject{{QStringLiteral("items"), m_reference.activitySubjects()}});
}

Response ReferenceRoutes::draaischijf(Request &)
{
    const QJsonArray directions{
        QJsonObject{{QStringLiteral("code"), QStringLiteral("referral-to")},
                    {QStringLiteral("label"), QStringLiteral("doorverwijzing naar")}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("feedback-from")},
                    {QStringLiteral("label"), QStringLiteral("terugkoppeling vanuit")}}};
    return Response::json(200,
                          QJsonObject{{QStringLiteral("directions"), directions},
                                      {QStringLiteral("categories"), m_reference.draaischijfCategories()}});
}

Response ReferenceRoutes::branding(Request &r)
{
    const auto branding = m_reference.branding(r.clbId);
    if (!branding)
        return Response::problem(404, http::problems::uri("not-found"), QStringLiteral("No such CLB"));
    return Response::json(200, *branding).withETag(branding->value(QLatin1String("version")).toInteger());
}

} // namespace lars::server::routes
