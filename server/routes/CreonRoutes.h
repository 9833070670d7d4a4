#pragma once
// CREON: the items the ministry receives (GET /creon/items) and a pupil's registrations of them.
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

    store::CreonStore m_creon;
    store::ReferenceStore m_reference;
    store::ActivityStore m_activities;
};

} // namespace lars::server::routes
