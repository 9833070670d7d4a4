#pragma once
// Base of the route groups (one class per area of the API): each adds its routes to the Router in its
// constructor and lives as long as the Routes that own it.
#include "server/Services.h"
#include "server/http/Router.h"
#include "server/routes/RouteSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>

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

    // Registers a member function of the derived group as the handler of method + /api/v1 + path; query
    // lists the query parameters the route takes (any other is refused before the handler runs).
    template <typename Group>
    void add(const char *method, const char *path, int flags,
             http::Response (Group::*handler)(http::Request &), const QStringList &query = {})
    {
        auto *group = static_cast<Group *>(this);
        m_router.add(
            method, RouteSupport::apiPath(path), flags,
            [group, handler](http::Request &r) { return (group->*handler)(r); }, query);
    }

    // GET of a pupil's list (attests, registrations, ...) on a Route::Pupil route: {"items": items(pupilId)},
    // the read audited as auditAction.
    http::Response pupilItems(http::Request &r, const QString &auditAction,
                              const std::function<QJsonArray(qint64 pupilId)> &items);

    // GET of one of a pupil's items (/pupils/{pupilId}/x/{id}) on a Route::Pupil route: item(pupilId, id)
    // as the body, 404 when it is not the pupil's, the read audited as auditAction.
    http::Response
    pupilItem(http::Request &r, const QString &auditAction,
              const std::function<std::optional<QJsonObject>(qint64 pupilId, qint64 id)> &item);

    // 422 with errors; the refusal audited as auditAction (it outlives the rolled-back transaction).
    static http::Response refused(http::Request &r, const QString &auditAction,
                                  const models::FieldErrors &errors);

    http::Router &m_router;
    Services &m_services;
    store::Database &m_db;
};

} // namespace lars::server::routes
