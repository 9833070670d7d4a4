#pragma once
// Every route group of lars-server, created on one Router with one set of Services. A new area of the
// API is a new RouteGroup class in this folder and one line in Routes.cpp.
#include "server/routes/RouteGroup.h"

#include <memory>
#include <vector>

namespace lars::server::routes {

class Routes final
{
public:
    // Every route on router; nullptr with a message when the configuration cannot be loaded (eID trust).
    static std::unique_ptr<Routes> create(http::Router &router, Services &services, QString *error);
    ~Routes();

private:
    Routes() = default;
    std::vector<std::unique_ptr<RouteGroup>> m_groups;
};

} // namespace lars::server::routes
