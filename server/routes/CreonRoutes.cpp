#include "server/routes/CreonRoutes.h"

#include "models/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;
using models::JsonReader;

CreonRoutes::CreonRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_creon(services.db)
    , m_reference(services.db)
    , m_activities(services.db)
{
    add("GET", "/creon/items", Route::Authenticated, &CreonRoutes::items);
    add("GET", "/pupils/{pupilId}/creon-registrations", Route::Authenticated | Route::Pupil,
        &CreonRoutes::getRegistrations);
    add("GET", "/pupils/{pupilId}/creon-registrations/{registrationId}", Route::Authenticated | Route::Pupil,
        &CreonRoutes::getRegistration);
    add("POST", "/pupils/{pupilId}/creon-registrations",
        Route::Authenticated | Route::Pupil | Route::TakesBody | Route::Idempotent,
        &CreonRoutes::postRegistration);
}

Response CreonRoutes::items(Request &)
{
    return Response::json(200, QJsonObject{{QStringLiteral("items"), m_reference.creonItems()}});
}

Response CreonRoutes::getRegistrations(Request &r)
{
    return pupilItems(r, QStringLiteral("creon.read"), [this](qint64 pupilId) {
        QJsonArray items;
        for (const auto &registration : m_creon.list(pupilId))
            items.append(registration.toJson());
        return items;
    });
}

Response CreonRoutes::getRegistration(Request &r)
{
    return pupilItem(r, QStringLiteral("creon.read"), [this](qint64 pupilId, qint64 id) {
        const auto registration = m_creon.find(id, pupilId);
        return registration ? std::optional<QJsonObject>(registration->toJson()) : std::nullopt;
    });
}

Response CreonRoutes::postRegistration(Request &r)
{
    const models::Pupil &p = r.pupil;
    JsonReader reader(r.json);
    const auto item = reader.string(QStringLiteral("itemCode"), JsonReader::Required, 64);
    const auto value = reader.string(QStringLiteral("value"), JsonReader::Required, 2000, true);
    const auto date = reader.date(QStringLiteral("date"), JsonReader::Required);
    const auto activityId =
        reader.integer(QStringLiteral("activityId"), JsonReader::Nullable, 1, qint64(1) << 53);
    models::FieldErrors errors = reader.finish();
    if (item && !m_reference.isCreonItem(*item))
        errors.append(
            {QStringLiteral("itemCode"), QStringLiteral("enum"), QStringLiteral("is not a CREON item")});
    if (activityId && !m_activities.exists(*activityId, p.id))
        errors.append({QStringLiteral("activityId"), QStringLiteral("not-found"),
                       QStringLiteral("is not an activity of this pupil")});
    if (!errors.isEmpty())
        return Response::validation(errors);
    store::CreonStore::Registration registration;
    registration.itemCode = *item;
    registration.value = *value;
    registration.date = *date;
    registration.activityId = activityId;
    registration.staffId = r.staffId;
    registration.createdAt = store::Database::now();
    m_creon.insert(registration, p.id, r.clbId);
    m_services.audit.record(r, p.id, QStringLiteral("creon.create"),
                            QStringLiteral("registration %1 (%2)").arg(registration.id).arg(*item));
    return Response::json(201, registration.toJson())
        .withHeader("Location", RouteSupport::location(p.id, "creon-registrations", registration.id));
}

} // namespace lars::server::routes
