#pragma once
// Pupils: search by name prefix (GET /pupils), the dossier's pupil (GET /pupils/{id}), its attributes
// (overbruggingshulp) and who read or changed the dossier (GET /pupils/{id}/audit).
#include "server/routes/RouteGroup.h"
#include "server/store/ActivityStore.h"
#include "server/store/PupilStore.h"

namespace lars::server::routes {

class PupilRoutes final : public RouteGroup
{
public:
    PupilRoutes(http::Router &router, Services &services);

private:
    http::Response search(http::Request &r);
    http::Response getPupil(http::Request &r);
    http::Response putAttributes(http::Request &r);
    http::Response getAudit(http::Request &r);

    store::PupilStore m_pupils;
    store::ActivityStore m_activities;
};

} // namespace lars::server::routes
