#pragma once
// Base of the route groups (one class per area of the API): each adds its routes to the Router in its
// constructor and lives as long as the Routes that own it.
#include "server/Services.h"
#include "server/http/Router.h"
#include "server/routes/RouteSupport.h"

#include <QJsonArray>
#include <functional>

namespace lars::server::routes {

class RouteGroup
{
public:
    virtual ~RouteGroup() = default;
    RouteGroup(const RouteGroup &) = delete;
    RouteGroup &operator=(const RouteGroup &) = delete;

protected:
    RouteGroup(http::Router &router, Services &services)
        : m_router(router)
        , m_services(services)
        , m_db(services.db)
    {}

    // Registers a member function of the derived group as the handler of method + /api/v1 + path.
    template <typename Group>
    void add(const char *method, const char *path, int flags,
             http::Response (Group::*handler)(http::Request &))
    {
        auto *group = static_cast<Group *>(this);
        m_router.add(method, RouteSupport::apiPath(path), flags,
                     [group, handler](http::Request &r) { return (group->*handler)(r); });
    }

    // GET of a pupil's list (attests, registrations, ...): no query parameters, team access to pupil
    // r.param(0), {"items": items(pupilId)}, the read audited as auditAction.
    http::Response pupilItems(http::Request &r, const QString &auditAction,
                              const std::function<QJsonArray(qint64 pupilId)> &items);

    http::Router &m_router;
    Services &m_services;
    store::Database &m_db;
};

} // namespace lars::server::routes
