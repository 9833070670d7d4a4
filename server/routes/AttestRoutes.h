#pragma once
// A pupil's attests (e.g. ADBIB): each made from one registered activity and carrying its date.
#include "server/routes/RouteGroup.h"
#include "server/store/ActivityStore.h"
#include "server/store/AttestStore.h"

namespace lars::server::routes {

class AttestRoutes final : public RouteGroup
{
public:
    AttestRoutes(http::Router &router, Services &services);

private:
    http::Response getAttests(http::Request &r);
    http::Response getAttest(http::Request &r);
    http::Response postAttest(http::Request &r);
    http::Response getTypes(http::Request &r);

    store::AttestStore m_attests;
    store::ActivityStore m_activities;
};

} // namespace lars::server::routes
