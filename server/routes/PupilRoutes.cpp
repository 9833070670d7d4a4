#include "server/routes/PupilRoutes.h"

#include "models/JsonWriter.h"
#include "models/api/PupilSearchRequest.h"
#include "server/creon/CreonRegistry.h"
#include "server/http/Cursor.h"
#include "server/store/PupilSearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;

PupilRoutes::PupilRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_pupils(services.db)
    , m_activities(services.db)
{
    add("GET", "/pupils", Route::Authenticated, &PupilRoutes::search,
        {QStringLiteral("q"), QStringLiteral("birthDate"), QStringLiteral("limit"),
         QStringLiteral("cursor")});
    add("GET", "/pupils/{pupilId}", Route::Authenticated | Route::Pupil, &PupilRoutes::getPupil);
    add("PUT", "/pupils/{pupilId}/attributes", Route::Authenticated | Route::Pupil | Route::TakesBody,
        &PupilRoutes::putAttributes);
    add("GET", "/pupils/{pupilId}/audit", Route::Authenticated | Route::Pupil, &PupilRoutes::getAudit,
        {QStringLiteral("limit"), QStringLiteral("cursor")});
}

Response PupilRoutes::search(Request &r)
{
    models::FieldErrors errors;
    const auto request =
        models::PupilSearchRequest::fromQuery(r.query, m_services.config.maxPageSize, &errors);
    if (!request)
        return Response::validation(errors);
    std::optional<store::PupilSearch::Position> after;
    if (!request->cursor.isEmpty()) {
        const auto c = http::Cursor::decode(request->cursor, 2);
        if (!c || !c->at(0).isString() || !c->at(1).isDouble())
            return RouteSupport::invalidCursor();
        after = store::PupilSearch::Position{c->at(0).toString(), c->at(1).toInteger()};
    }
    if (auto denied = m_services.access.requireTeam(r))
        return *denied;

    const store::PupilSearch::Page page = store::PupilSearch::run(
        m_db, r.clbId, r.teamSchools, request->searchKey(),
        request->birthDate.isValid() ? std::optional<QDate>(request->birthDate) : std::nullopt, after,
        request->limit);
    store::AuditStore::Listing listing{QStringLiteral("pupil.search"), {}, {}};
    models::JsonWriter w;
    w.beginObject().key("items").beginArray();
    QByteArray idList;
    for (const auto &p : page.items) {
        p.writeJson(w);
        listing.pupilIds.append(p.id);
        if (!idList.isEmpty())
            idList += ' ';
        idList += QByteArray::number(p.id);
    }
    w.endArray().key("nextCursor");
    if (page.next)
        w.value(http::Cursor::encode({page.next->key, page.next->pupilId}));
    else
        w.null();
    w.endObject();
    // A result shows a pupil's name, birth date and school: the search names them all, and each pupil's
    // trail (and the team's audit view) says who saw them listed.
    listing.detail = QStringLiteral("listed: ") +
                     (idList.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(idList));
    m_services.audit.recordListing(r, listing);
    return Response::json(200, w.take());
}

Response PupilRoutes::getPupil(Request &r)
{
    const models::Pupil &p = r.pupil;
    m_services.audit.record(r, p.id, QStringLiteral("dossier.read"), QString());
    models::JsonWriter w;
    p.writeJson(w);
    return Response::json(200, w.take()).withETag(p.version);
}

Response PupilRoutes::putAttributes(Request &r)
{
    models::Pupil p = r.pupil;
    if (auto precondition = RouteSupport::checkIfMatch(r, p.version))
        return *precondition;
    models::FieldErrors errors;
    const auto attributes = models::PupilAttributes::parse(r.json, &errors);
    if (!attributes)
        return Response::validation(errors);
    if (!m_pupils.setBridgingHelp(p.id, attributes->bridgingHelp, p.version))
        return *RouteSupport::checkIfMatch(r, p.version + 1);
    m_services.audit.record(
        r, p.id, QStringLiteral("attributes.update"),
        QStringLiteral("bridgingHelp %1 -> %2").arg(p.bridgingHelp).arg(attributes->bridgingHelp));
    if (attributes->bridgingHelp != p.bridgingHelp) {
        // Overbruggingshulp must stay visible and countable: each change is a line in the journaalblad.
        models::Activity line;
        line.date = QDate::currentDate();
        line.function = QStringLiteral("begeleiding");
        line.subject = attributes->bridgingHelp ? QStringLiteral("Overbruggingshulp gestart")
                                                : QStringLiteral("Overbruggingshulp beëindigd");
        line.text =
            attributes->bridgingHelp
                ? QStringLiteral("Het CLB biedt overbruggingshulp in afwachting van meer passende hulp.")
                : QStringLiteral("De overbruggingshulp is stopgezet.");
        const qint64 lineId = m_activities.insert(line, p.id, r.clbId, r.staffId, store::Database::now());
        // Every new activity passes the CREON rules (they are data: one may name this function).
        creon::CreonRegistry(m_db).activityChanged(lineId, r.staffId);
    }
    p.bridgingHelp = attributes->bridgingHelp;
    ++p.version;
    return Response::json(200, p.toJson()).withETag(p.version);
}

Response PupilRoutes::getAudit(Request &r)
{
    Response error;
    const auto limit = RouteSupport::pageLimit(r, m_services.config.maxPageSize, &error);
    if (!limit)
        return error;
    qint64 before = std::numeric_limits<qint64>::max();
    if (r.query.contains(QStringLiteral("cursor"))) {
        const auto c = http::Cursor::decode(r.query.value(QStringLiteral("cursor")), 1);
        if (!c || !c->at(0).isDouble())
            return RouteSupport::invalidCursor();
        before = c->at(0).toInteger();
    }
    const models::Pupil &p = r.pupil;
    // Reading who read a dossier is itself a read of the dossier: logged before answering.
    m_services.audit.record(r, p.id, QStringLiteral("audit.read"), QString());
    QJsonArray items = m_services.audit.ofPupil(p.id, before, *limit + 1);
    QJsonValue next;
    if (items.size() > *limit) {
        items.removeLast();
        next = http::Cursor::encode({items.last().toObject().value(QLatin1String("id")).toInteger()});
    }
    return Response::json(
        200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), next}});
}

} // namespace lars::server::routes
