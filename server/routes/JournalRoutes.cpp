#include "server/routes/JournalRoutes.h"

#include "server/creon/CreonRegistry.h"
#include "server/http/Cursor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

JournalRoutes::JournalRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_activities(services.db)
    , m_reference(services.db)
{
    add("GET", "/pupils/{pupilId}/journal", Route::Authenticated | Route::Pupil, &JournalRoutes::getJournal,
        {QStringLiteral("limit"), QStringLiteral("cursor")});
    add("GET", "/pupils/{pupilId}/activities/{activityId}", Route::Authenticated | Route::Pupil,
        &JournalRoutes::getActivity);
    add("POST", "/pupils/{pupilId}/activities",
        Route::Authenticated | Route::Pupil | Route::TakesBody | Route::Idempotent,
        &JournalRoutes::postActivity);
}

Response JournalRoutes::getJournal(Request &r)
{
    Response error;
    const auto limit = RouteSupport::pageLimit(r, m_services.config.maxPageSize, &error);
    if (!limit)
        return error;
    std::optional<store::ActivityStore::Position> after;
    if (r.query.contains(QStringLiteral("cursor"))) {
        const auto c = http::Cursor::decode(r.query.value(QStringLiteral("cursor")), 2);
        const QDate date = c ? QDate::fromString(c->at(0).toString(), Qt::ISODate) : QDate();
        if (!date.isValid() || !c->at(1).isDouble())
            return RouteSupport::invalidCursor();
        after = store::ActivityStore::Position{date, c->at(1).toInteger()};
    }
    const models::Pupil &p = r.pupil;
    const store::ActivityStore::Page page = m_activities.page(p.id, after, *limit);
    QJsonArray items;
    for (const auto &a : page.items)
        items.append(a.toJson());
    m_services.audit.record(r, p.id, QStringLiteral("journal.read"), QString());
    return Response::json(
        200, QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("nextCursor"),
                          page.next ? QJsonValue(http::Cursor::encode(
                                          {page.next->date.toString(Qt::ISODate), page.next->id}))
                                    : QJsonValue()}});
}

Response JournalRoutes::getActivity(Request &r)
{
    return pupilItem(r, QStringLiteral("activity.read"), [this](qint64 pupilId, qint64 id) {
        const auto a = m_activities.find(id, pupilId);
        return a ? std::optional<QJsonObject>(a->toJson()) : std::nullopt;
    });
}

Response JournalRoutes::postActivity(Request &r)
{
    const models::Pupil &p = r.pupil;
    models::FieldErrors errors;
    auto a = models::Activity::parse(r.json, &errors);
    if (!a)
        return Response::validation(errors);
    // The nomenclature is data: check against the tables, not a list in code.
    if (!m_reference.isActivityFunction(a->function))
        errors.append({QStringLiteral("function"), QStringLiteral("enum"),
                       QStringLiteral("is not a known activity function")});
    if (a->hub) {
        if (!m_reference.isHubCategory(a->hub->category))
            errors.append({QStringLiteral("hub.category"), QStringLiteral("enum"),
                           QStringLiteral("is not a draaischijf category")});
        else if (!m_reference.isHubDetail(a->hub->category, a->hub->detail))
            errors.append({QStringLiteral("hub.detail"), QStringLiteral("enum"),
                           QStringLiteral("is not a detail of this category")});
    }
    if (!a->subjectCode.isEmpty() && !m_reference.isActivitySubject(a->subjectCode))
        errors.append({QStringLiteral("subjectCode"), QStringLiteral("enum"),
                       QStringLiteral("is not a subject of the nomenclature")});
    if (!errors.isEmpty())
        return Response::validation(errors);
    const QString now = store::Database::now();
    a->id = m_activities.insert(*a, p.id, r.clbId, r.staffId, now);
    a->staff = {r.staffId, r.staffName};
    // An activity whose subject or function is a CREON item yields it, in this same transaction.
    creon::CreonRegistry(m_db).activityChanged(a->id, r.staffId);
    a->createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    m_services.audit.record(r, p.id, QStringLiteral("activity.create"),
                            QStringLiteral("activity %1 (%2)").arg(a->id).arg(a->function));
    return Response::json(201, a->toJson())
        .withHeader("Location", RouteSupport::location(p.id, "activities", a->id));
}

} // namespace lars::server::routes
