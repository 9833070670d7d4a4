#pragma once
// CREON for a CLB's local LARS administrators (staff_clbs.local_admin): the last batches, what waits and what
// failed, for this CLB only (pupils by number and school, not by name: the administrator is not necessarily
// in the pupil's team), "send now", and putting a dead record back in the queue.
#include "server/routes/RouteGroup.h"
#include "server/store/CreonOutboxStore.h"
#include "server/store/StaffStore.h"

namespace lars::server::routes {

class CreonAdminRoutes final : public RouteGroup
{
public:
    CreonAdminRoutes(http::Router &router, Services &services);

private:
    http::Response overview(http::Request &r);
    http::Response sendNow(http::Request &r);
    http::Response requeue(http::Request &r);
    // nullopt for a local administrator of the caller's CLB; else 403, audited as denied.not-local-admin.
    std::optional<http::Response> requireLocalAdmin(http::Request &r);

    store::CreonOutboxStore m_outbox;
    store::StaffStore m_staff;
};

} // namespace lars::server::routes
