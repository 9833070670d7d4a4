#pragma once
// A team's own view of its dossiers' trail: GET /teams/{teamId}/audit lists who read or changed which
// dossier of the team's schools, when, newest first (optionally of one pupil). Only the team's members
// (in the CLB they act for) may read it; reading it is itself audited, refusals too.
#include "server/routes/RouteGroup.h"

namespace lars::server::routes {

class TeamRoutes final : public RouteGroup
{
public:
    TeamRoutes(http::Router &router, Services &services);

private:
    http::Response getAudit(http::Request &r);
};

} // namespace lars::server::routes
