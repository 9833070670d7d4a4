#pragma once
// The whole dossier in one answer (GET /pupils/{id}/dossier): the pupil, medical data, parents' heights,
// the first journal page, attests, referrals and CREON registrations, each exactly as its own GET
// answers it (same body, same ETag, same audit row), so a nurse on a slow line opens a dossier in one
// round trip instead of seven.
#include "server/routes/RouteGroup.h"

namespace lars::server::routes {

class DossierRoutes final : public RouteGroup
{
public:
    DossierRoutes(http::Router &router, Services &services);

private:
    http::Response getDossier(http::Request &r);
};

} // namespace lars::server::routes
