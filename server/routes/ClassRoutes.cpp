#include "server/routes/ClassRoutes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

namespace {
QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

ClassRoutes::ClassRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_pupils(services.db)
    , m_medical(services.db)
    , m_advice(services.db)
{
    add("GET", "/classes/{classId}/medical", Route::Authenticated, &ClassRoutes::getClassMedical);
}

Response ClassRoutes::getClassMedical(Request &r)
{
    if (auto denied = m_services.access.requireTeam(r))
        return *denied;
    const qint64 classId = r.param(0);
    const auto c = m_pupils.findClass(classId);
    if (!c)
        return Response::problem(404, http::problems::uri("not-found"), QStringLiteral("No such class"));
    if (auto denied = m_services.access.checkSchool(r, c->schoolId))
        return *denied;

    const auto measurements = m_medical.measurementsOfClass(classId);
    const auto heights = m_medical.parentHeightsOfClass(classId);
    const auto advice = m_advice.ofClass(classId);
    QJsonArray pupils;
    for (const models::Pupil &pupil : m_pupils.inClass(classId)) {
        m_services.audit.record(r, pupil.id, QStringLiteral("medical.read"),
                                QStringLiteral("class %1").arg(classId));
        QJsonArray list;
        for (auto m : measurements.value(pupil.id)) {
            m.advice = advice.value(m.id);
            list.append(m.toJson());
        }
        const auto [father, mother] = heights.value(pupil.id);
        pupils.append(QJsonObject{{QStringLiteral("pupil"), pupil.toJson()},
                                  {QStringLiteral("measurements"), list},
                                  {QStringLiteral("parentHeights"),
                                   QJsonObject{{QStringLiteral("fatherCm"), optionalNumber(father)},
                                               {QStringLiteral("motherCm"), optionalNumber(mother)}}}});
    }
    return Response::json(200, QJsonObject{{QStringLiteral("classId"), classId},
                                           {QStringLiteral("className"), c->name},
                                           {QStringLiteral("grade"), c->grade},
                                           {QStringLiteral("schoolName"), c->schoolName},
                                           {QStringLiteral("pupils"), pupils}});
}

} // namespace lars::server::routes
