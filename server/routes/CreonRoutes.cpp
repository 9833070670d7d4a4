#include "server/routes/CreonRoutes.h"

#include "models/JsonReader.h"
#include "server/creon/CreonRegistry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;
using http::problems::uri;
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
    add("PUT", "/pupils/{pupilId}/creon-registrations/{registrationId}",
        Route::Authenticated | Route::Pupil | Route::TakesBody | Route::Replayable,
        &CreonRoutes::putRegistration);
    add("DELETE", "/pupils/{pupilId}/creon-registrations/{registrationId}",
        Route::Authenticated | Route::Pupil, &CreonRoutes::deleteRegistration);
    add("POST", "/pupils/{pupilId}/creon-registrations/{registrationId}/resubmit",
        Route::Authenticated | Route::Pupil | Route::TakesBody | Route::Idempotent,
        &CreonRoutes::resubmitRegistration);
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
    // With its ETag, like a measurement: what a client reads after its correction got 412.
    qint64 version = 0;
    Response response = pupilItem(r, QStringLiteral("creon.read"), [&](qint64 pupilId, qint64 id) {
        const auto registration = m_creon.find(id, pupilId);
        version = registration ? registration->version : 0;
        return registration ? std::optional<QJsonObject>(registration->toJson()) : std::nullopt;
    });
    return version ? response.withETag(version) : response;
}

Response CreonRoutes::current(const models::Pupil &p, qint64 registrationId, int status)
{
    const auto stored = m_creon.find(registrationId, p.id);
    if (!stored)
        throw store::DbError(
            QStringLiteral("CREON registration %1 vanished in its own transaction").arg(registrationId));
    return Response::json(status, stored->toJson()).withETag(stored->version);
}

Response CreonRoutes::postRegistration(Request &r)
{
    const models::Pupil &p = r.pupil;
    JsonReader reader(r.json);
    const auto itemCode = reader.string(QStringLiteral("itemCode"), JsonReader::Required, 64);
    const auto date = reader.date(QStringLiteral("date"), JsonReader::Required);
    const QJsonValue rawValue = r.json.value(QLatin1String("value"));
    reader.value(QStringLiteral("value"), JsonReader::Nullable);
    const auto activityId =
        reader.integer(QStringLiteral("activityId"), JsonReader::Nullable, 1, qint64(1) << 53);
    models::FieldErrors errors = reader.finish();
    const auto item = itemCode ? m_reference.creonItem(*itemCode) : std::nullopt;
    QJsonValue value;
    if (itemCode && !item) {
        errors.append(
            {QStringLiteral("itemCode"), QStringLiteral("enum"), QStringLiteral("is not a CREON item")});
    } else if (item && !item->manual) {
        errors.append(
            {QStringLiteral("itemCode"), QStringLiteral("derived-only"),
             QStringLiteral("comes from the medical consult; register the consult's results instead")});
    } else if (item) {
        QString error;
        value = creon::CreonRegistry::normaliseValue(item->valueKind, rawValue, &error);
        if (!error.isEmpty())
            errors.append({QStringLiteral("value"), QStringLiteral("format"), error});
    }
    if (date && (*date > QDate::currentDate() || *date < QDate::currentDate().addYears(-20)))
        errors.append({QStringLiteral("date"), QStringLiteral("range"),
                       QStringLiteral("must be within the last 20 years and not in the future")});
    if (activityId && !m_activities.exists(*activityId, p.id))
        errors.append({QStringLiteral("activityId"), QStringLiteral("not-found"),
                       QStringLiteral("is not an activity of this pupil")});
    if (!errors.isEmpty())
        return Response::validation(errors);
    const qint64 id = creon::CreonRegistry(m_db).registerManual(p.id, *itemCode, *date, value,
                                                                activityId.value_or(0), r.staffId);
    m_services.audit.record(r, p.id, QStringLiteral("creon.create"),
                            QStringLiteral("registration %1 (%2)").arg(id).arg(*itemCode));
    return current(p, id, 201)
        .withHeader("Location", RouteSupport::location(p.id, "creon-registrations", id));
}

std::optional<Response> CreonRoutes::findRegistration(Request &r,
                                                      store::CreonStore::Registration *registration)
{
    auto found = m_creon.find(r.param(1), r.pupil.id);
    if (!found)
        return Response::problem(404, uri("not-found"), QStringLiteral("No such CREON registration"));
    *registration = *found;
    return std::nullopt;
}

// A correction or withdrawal of a manual registration; derived ones follow their source.
Response CreonRoutes::changeRegistration(Request &r, bool withdraw)
{
    const models::Pupil &p = r.pupil;
    store::CreonStore::Registration registration;
    if (auto refused = findRegistration(r, &registration))
        return *refused;
    if (auto precondition = RouteSupport::checkIfMatch(r, registration.version))
        return *precondition;
    if (!registration.isManual())
        return Response::problem(
            409, uri("derived-registration"),
            QStringLiteral("This registration comes from a consult or an activity"),
            QStringLiteral("Correct or withdraw its source; the registration follows it."));
    if (registration.withdrawn)
        return Response::problem(409, uri("withdrawn"), QStringLiteral("This registration is withdrawn"));
    creon::CreonRegistry registry(m_db);
    if (withdraw) {
        registry.withdraw(registration.id, r.staffId);
        m_services.audit.record(r, p.id, QStringLiteral("creon.withdraw"),
                                QStringLiteral("registration %1").arg(registration.id));
        return current(p, registration.id, 200);
    }
    JsonReader reader(r.json);
    const auto date = reader.date(QStringLiteral("date"), JsonReader::Required);
    const QJsonValue rawValue = r.json.value(QLatin1String("value"));
    reader.value(QStringLiteral("value"), JsonReader::Nullable);
    models::FieldErrors errors = reader.finish();
    QString error;
    const QJsonValue value = creon::CreonRegistry::normaliseValue(registration.valueKind, rawValue, &error);
    if (!error.isEmpty())
        errors.append({QStringLiteral("value"), QStringLiteral("format"), error});
    if (date && *date > QDate::currentDate())
        errors.append(
            {QStringLiteral("date"), QStringLiteral("range"), QStringLiteral("must not be in the future")});
    if (!errors.isEmpty())
        return Response::validation(errors);
    registry.correctManual(registration.id, *date, value, r.staffId);
    m_services.audit.record(r, p.id, QStringLiteral("creon.correct"),
                            QStringLiteral("registration %1").arg(registration.id));
    return current(p, registration.id, 200);
}

Response CreonRoutes::putRegistration(Request &r)
{
    return changeRegistration(r, false);
}

Response CreonRoutes::deleteRegistration(Request &r)
{
    return changeRegistration(r, true);
}

Response CreonRoutes::resubmitRegistration(Request &r)
{
    const models::Pupil &p = r.pupil;
    store::CreonStore::Registration registration;
    if (auto refused = findRegistration(r, &registration))
        return *refused;
    if (!r.json.isEmpty())
        return Response::validation({{r.json.keys().constFirst().left(64), QStringLiteral("unknown-field"),
                                      QStringLiteral("is not a known field")}});
    // No If-Match needed: once resubmitted the registration waits again, so a second resubmit is a 409.
    const QString state = registration.deliveryState();
    if (state != QLatin1String("refused") && state != QLatin1String("dead"))
        return Response::problem(409, uri("not-refused"),
                                 QStringLiteral("Only a refused or failed registration can be sent again"));
    creon::CreonRegistry(m_db).resubmit(registration.id, r.staffId);
    m_services.audit.record(r, p.id, QStringLiteral("creon.resubmit"),
                            QStringLiteral("registration %1").arg(registration.id));
    return current(p, registration.id, 200);
}

} // namespace lars::server::routes
