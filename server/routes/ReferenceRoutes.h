#pragma once
// Reference data the client shows: activity functions and subjects, the draaischijf nomenclature, and the
// CLB's letter branding (letterhead, colours, logos).
#include "server/routes/RouteGroup.h"
#include "server/store/ReferenceStore.h"

namespace lars::server::routes {

class ReferenceRoutes final : public RouteGroup
{
public:
    ReferenceRoutes(http::Router &router, Services &services);

private:
    http::Response activityFunctions(http::Request &r);
    http::Response activitySubjects(http::Request &r);
    http::Response draaischijf(http::Request &r);
    http::Response branding(http::Request &r);

    store::ReferenceStore m_reference;
};

} // namespace lars::server::routes
