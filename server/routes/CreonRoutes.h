#pragma once
// CREON for staff: the items the ministry receives (GET /creon/items), a pupil's registrations with their
// source and delivery state, manual registration, correction and withdrawal of a manual one, and sending a
// refused or failed one again. Derived registrations change only through their source (docs/creon.md).
#include "server/routes/RouteGroup.h"
#include "server/store/ActivityStore.h"
#include "server/store/CreonStore.h"
#include "server/store/ReferenceStore.h"

namespace lars::server::routes {

class CreonRoutes final : public RouteGroup
{
public:
    CreonRoutes(http::Router &router, Services &services);

private:
    http::Response items(http::Request &r);
    http::Response getRegistrations(http::Request &r);
    http::Response getRegistration(http::Request &r);
    http::Response postRegistration(http::Request &r);
    http::Response putRegistration(http::Request &r);
    http::Response deleteRegistration(http::Request &r);
    http::Response resubmitRegistration(http::Request &r);
    // The registration param(1) of r.pupil; nullopt when it exists, else the 404.
    std::optional<http::Response> findRegistration(http::Request &r,
                                                   store::CreonStore::Registration *registration);
    http::Response changeRegistration(http::Request &r, bool withdraw);
    http::Response current(const models::Pupil &p, qint64 registrationId, int status);

    store::CreonStore m_creon;
    store::ReferenceStore m_reference;
    store::ActivityStore m_activities;
};

} // namespace lars::server::routes
