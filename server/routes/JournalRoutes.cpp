#include "server/routes/JournalRoutes.h"

#include "models/ActivityCorrection.h"
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
    add("PUT", "/pupils/{pupilId}/activities/{activityId}",
        Route::Authenticated | Route::Pupil | Route::TakesBody, &JournalRoutes::putActivity);
    add("GET", "/pupils/{pupilId}/activities/{activityId}/versions", Route::Authenticated | Route::Pupil,
        &JournalRoutes::getVersions);
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
    qint64 version = 0;
    Response response = pupilItem(r, QStringLiteral("activity.read"), [&](qint64 pupilId, qint64 id) {
        const auto a = m_activities.find(id, pupilId);
        version = a ? a->version : 0;
        return a ? std::optional<QJsonObject>(a->toJson()) : std::nullopt;
    });
    return version ? response.withETag(version) : response;
}

Response JournalRoutes::getVersions(Request &r)
{
    return pupilItem(r, QStringLiteral("activity.history.read"), [this](qint64 pupilId, qint64 id) {
        QJsonArray items;
        for (const auto &v : m_activities.history(id, pupilId))
            items.append(v.toJson());
        return items.isEmpty() ? std::nullopt
                               : std::optional<QJsonObject>(QJsonObject{{QStringLiteral("items"), items}});
    });
}

void JournalRoutes::checkNomenclature(const models::Activity &a, models::FieldErrors *errors)
{
    // The nomenclature is data: check against the tables, not a list in code.
    if (!m_reference.isActivityFunction(a.function))
        errors->append({QStringLiteral("function"), QStringLiteral("enum"),
                        QStringLiteral("is not a known activity function")});
    if (a.hub) {
        if (!m_reference.isHubCategory(a.hub->category))
            errors->append({QStringLiteral("hub.category"), QStringLiteral("enum"),
                            QStringLiteral("is not a draaischijf category")});
        else if (!m_reference.isHubDetail(a.hub->category, a.hub->detail))
            errors->append({QStringLiteral("hub.detail"), QStringLiteral("enum"),
                            QStringLiteral("is not a detail of this category")});
    }
    if (!a.subjectCode.isEmpty() && !m_reference.isActivitySubject(a.subjectCode))
        errors->append({QStringLiteral("subjectCode"), QStringLiteral("enum"),
                        QStringLiteral("is not a subject of the nomenclature")});
}

Response JournalRoutes::postActivity(Request &r)
{
    const models::Pupil &p = r.pupil;
    models::FieldErrors errors;
    auto a = models::Activity::parse(r.json, &errors);
    if (!a)
        return Response::validation(errors);
    checkNomenclature(*a, &errors);
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
        .withHeader("Location", RouteSupport::location(p.id, "activities", a->id))
        .withETag(a->version);
}

Response JournalRoutes::putActivity(Request &r)
{
    const models::Pupil &p = r.pupil;
    const qint64 id = r.param(1);
    const auto current = m_activities.find(id, p.id);
    if (!current) {
        r.pendingAudit.append({p.id, QStringLiteral("denied.no-such-item"), r.path});
        return Response::problem(404, http::problems::uri("not-found"),
                                 QStringLiteral("No such item in this pupil's dossier"));
    }
    // The journal is each author's own account: a colleague adds an activity instead of rewriting hers,
    // and an author acting for another CLB does not reach entries written for this one.
    if (current->staff.id != r.staffId || m_activities.clbOf(id) != r.clbId) {
        r.pendingAudit.append(
            {p.id, QStringLiteral("denied.not-author"), QStringLiteral("activity %1").arg(id)});
        return Response::problem(403, http::problems::uri("not-author"),
                                 QStringLiteral("Only the author can correct or withdraw an activity"),
                                 QStringLiteral("Register a new activity to add to it."));
    }
    if (auto precondition = RouteSupport::checkIfMatch(r, current->version)) {
        r.pendingAudit.append({p.id, QStringLiteral("refused.precondition"),
                               QStringLiteral("activity %1, status %2").arg(id).arg(precondition->status)});
        return *precondition;
    }
    models::FieldErrors errors;
    auto wanted = models::ActivityCorrection::parse(r.json, &errors);
    if (wanted)
        checkNomenclature(wanted->activity, &errors);
    if (!errors.isEmpty())
        return Response::validation(errors);
    QJsonObject before = models::ActivityCorrection{*current, current->withdrawn, {}}.toJson();
    QJsonObject after = wanted->toJson();
    before.remove(QStringLiteral("reason"));
    after.remove(QStringLiteral("reason"));
    if (before == after)
        return Response::validation({{QStringLiteral("withdrawn"), QStringLiteral("unchanged"),
                                      QStringLiteral("the correction changes nothing")}});
    wanted->activity.id = id;
    if (!m_activities.correct(wanted->activity, wanted->withdrawn, wanted->reason.trimmed(), current->version,
                              store::Database::now()))
        return *RouteSupport::checkIfMatch(r, current->version + 1);
    // Its CREON items follow: re-derived from the corrected activity, withdrawn with it.
    creon::CreonRegistry registry(m_db);
    if (wanted->withdrawn)
        registry.activityWithdrawn(id, r.staffId);
    else
        registry.activityChanged(id, r.staffId);
    const QString action =
        wanted->withdrawn == current->withdrawn
            ? QStringLiteral("activity.correct")
            : (wanted->withdrawn ? QStringLiteral("activity.withdraw") : QStringLiteral("activity.restore"));
    m_services.audit.record(r, p.id, action,
                            QStringLiteral("activity %1 version %2").arg(id).arg(current->version + 1));
    const auto stored = m_activities.find(id, p.id);
    if (!stored)
        throw store::DbError(QStringLiteral("activity %1 vanished in its own transaction").arg(id));
    return Response::json(200, stored->toJson()).withETag(stored->version);
}

} // namespace lars::server::routes
