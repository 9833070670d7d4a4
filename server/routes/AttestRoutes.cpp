#include "server/routes/AttestRoutes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

AttestRoutes::AttestRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_attests(services.db)
    , m_activities(services.db)
{
    add("GET", "/pupils/{pupilId}/attests", Route::Authenticated | Route::Pupil, &AttestRoutes::getAttests);
    add("GET", "/pupils/{pupilId}/attests/{attestId}", Route::Authenticated | Route::Pupil,
        &AttestRoutes::getAttest);
    add("POST", "/pupils/{pupilId}/attests",
        Route::Authenticated | Route::Pupil | Route::TakesBody | Route::Idempotent,
        &AttestRoutes::postAttest);
    add("GET", "/nomenclature/attest-types", Route::Authenticated, &AttestRoutes::getTypes);
}

Response AttestRoutes::getTypes(Request &)
{
    return Response::json(200, QJsonObject{{QStringLiteral("items"), m_attests.types()}});
}

Response AttestRoutes::getAttests(Request &r)
{
    return pupilItems(r, QStringLiteral("attests.read"), [this](qint64 pupilId) {
        QJsonArray items;
        for (const auto &a : m_attests.list(pupilId))
            items.append(a.toJson());
        return items;
    });
}

Response AttestRoutes::getAttest(Request &r)
{
    return pupilItem(r, QStringLiteral("attest.read"), [this](qint64 pupilId, qint64 id) {
        const auto a = m_attests.find(id, pupilId);
        return a ? std::optional<QJsonObject>(a->toJson()) : std::nullopt;
    });
}

Response AttestRoutes::postAttest(Request &r)
{
    const models::Pupil &p = r.pupil;
    models::FieldErrors errors;
    auto a = models::Attest::parse(r.json, &errors);
    const auto activity = a ? m_activities.find(a->activityId, p.id) : std::nullopt;
    if (a && !m_attests.isType(a->type))
        errors.append(
            {QStringLiteral("type"), QStringLiteral("enum"), QStringLiteral("is not an attest type")});
    if (a && !activity) {
        errors.append({QStringLiteral("activityId"), QStringLiteral("not-found"),
                       QStringLiteral("is not an activity of this pupil")});
    } else if (a && activity->withdrawn) {
        // A withdrawn entry is one its author took back: nothing may be attested on it any more.
        errors.append({QStringLiteral("activityId"), QStringLiteral("withdrawn"),
                       QStringLiteral("is a withdrawn activity")});
    }
    if (!errors.isEmpty())
        return refused(r, QStringLiteral("attest.refused"), errors);
    // The attest carries the date of the activity, never the date of issuing or printing.
    a->activityDate = activity->date;
    if (!r.json.contains(QStringLiteral("text")))
        a->text = activity->text;
    const QString now = store::Database::now();
    a->id = m_attests.insert(*a, p.id, r.staffId, r.clbId, now);
    a->staff = {r.staffId, r.staffName};
    a->createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    m_services.audit.record(
        r, p.id, QStringLiteral("attest.create"),
        QStringLiteral("attest %1 (%2) of activity %3").arg(a->id).arg(a->type).arg(a->activityId));
    return Response::json(201, a->toJson())
        .withHeader("Location", RouteSupport::location(p.id, "attests", a->id));
}

} // namespace lars::server::routes
