#pragma once
// The caller's own data and session: GET /health, GET /me, contact data per CLB, switching CLB, logout, and
// (tests and demo only) test tokens.
#include "server/routes/RouteGroup.h"
#include "server/store/StaffStore.h"

namespace lars::server::routes {

class ProfileRoutes final : public RouteGroup
{
public:
    ProfileRoutes(http::Router &router, Services &services);

private:
    http::Response health(http::Request &r);
    http::Response testToken(http::Request &r);
    http::Response me(http::Request &r);
    http::Response getContact(http::Request &r);
    http::Response putContact(http::Request &r);
    http::Response switchClb(http::Request &r);
    http::Response logout(http::Request &r);
    http::Response tokenAnswer(int status, const QString &token, qint64 staffId, qint64 clbId);

    store::StaffStore m_staff;
};

} // namespace lars::server::routes
