#pragma once
// The request pipeline of lars-server, between the HTTP transport and the route handlers: route lookup
// (404/405), body size and media type, UTF-8 and JSON, bearer token, Idempotency-Key replay, a transaction
// around writes, the refusals' audit entries, and 503 (with Retry-After) when the database fails; a
// lost database connection is reopened and a repeatable request tried once more.
#include "server/Services.h"
#include "server/http/Router.h"

namespace lars::server {

class Dispatcher final
{
public:
    Dispatcher(http::Router &router, Services &services);

    // Fills in the caller (staffId, clbId) when the route is authenticated; never throws.
    http::Response handle(http::Request &request);

private:
    http::Response attempt(http::Request &request);
    http::Response dispatch(http::Request &request);
    http::Response runInTransaction(const http::Route &route, http::Request &request);
    http::Response runIdempotent(const http::Route &route, http::Request &request);

    http::Router &m_router;
    Services &m_services;
};

} // namespace lars::server
