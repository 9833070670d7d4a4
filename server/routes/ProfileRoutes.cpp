#include "server/routes/ProfileRoutes.h"

#include "models/JsonReader.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace lars::server::routes {

using http::Request;
using http::Response;
using http::Route;
using http::problems::uri;
using models::JsonReader;

ProfileRoutes::ProfileRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_staff(services.db)
{
    add("GET", "/health", 0, &ProfileRoutes::health);
    if (services.config.enableTestTokens)
        add("POST", "/test/tokens", Route::TakesBody, &ProfileRoutes::testToken);
    add("GET", "/me", Route::Authenticated, &ProfileRoutes::me);
    add("GET", "/me/clbs/{clbId}/contact", Route::Authenticated, &ProfileRoutes::getContact);
    add("PUT", "/me/clbs/{clbId}/contact", Route::Authenticated | Route::TakesBody | Route::Replayable,
        &ProfileRoutes::putContact);
    add("POST", "/auth/switch-clb", Route::Authenticated | Route::TakesBody, &ProfileRoutes::switchClb);
    add("POST", "/auth/logout", Route::Authenticated, &ProfileRoutes::logout);
}

Response ProfileRoutes::health(Request &)
{
    const int version = m_db.schemaVersion();
    if (version == 0)
        return Response::problem(503, uri("service-unavailable"),
                                 QStringLiteral("The database is not reachable"));
    return Response::json(
        200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), QStringLiteral(LARS_VERSION)},
                         {QStringLiteral("schemaVersion"), version},
                         {QStringLiteral("database"),
                          m_db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                         {QStringLiteral("time"), store::Database::now()}});
}

Response ProfileRoutes::tokenAnswer(int status, const QString &token, qint64 staffId, qint64 clbId)
{
    const int ttl = m_services.config.tokenTtlMinutes;
    return Response::json(
        status,
        QJsonObject{{QStringLiteral("token"), token},
                    {QStringLiteral("staffId"), staffId},
                    {QStringLiteral("clbId"), clbId},
                    {QStringLiteral("expiresAt"),
                     QDateTime::currentDateTimeUtc().addSecs(qint64(ttl) * 60).toString(Qt::ISODateWithMs)}});
}

Response ProfileRoutes::testToken(Request &r)
{
    JsonReader reader(r.json);
    const auto nn = reader.string(QStringLiteral("nationalNumber"), JsonReader::Required, 11);
    const auto clbId = reader.integer(QStringLiteral("clbId"), JsonReader::Required, 1, qint64(1) << 53);
    if (const auto errors = reader.finish(); !errors.isEmpty())
        return Response::validation(errors);
    const auto staff = m_staff.findByNationalNumber(*nn);
    if (!staff)
        return Response::problem(404, uri("unknown-staff"),
                                 QStringLiteral("No staff member with this national number"));
    if (!m_staff.worksFor(staff->id, *clbId))
        return Response::problem(403, uri("not-staff-of-clb"),
                                 QStringLiteral("Not a staff member of this CLB"));
    const QString token =
        m_services.tokens.mint(staff->id, *clbId, QStringLiteral("test"), m_services.config.tokenTtlMinutes);
    qCInfo(lcServer) << "minted a test token for staff" << staff->id << "clb" << *clbId;
    return tokenAnswer(201, token, staff->id, *clbId);
}

Response ProfileRoutes::me(Request &r)
{
    const auto person = m_staff.find(r.staffId);
    if (!person)
        throw store::DbError(QStringLiteral("staff of a valid token vanished"));
    QJsonArray clbs;
    bool activeHasTeam = false;
    for (const auto &clb : m_staff.clbs(r.staffId)) {
        QJsonArray teams;
        for (const auto &team : m_staff.teams(r.staffId, clb.id))
            teams.append(QJsonObject{{QStringLiteral("id"), team.id}, {QStringLiteral("name"), team.name}});
        if (clb.id == r.clbId)
            activeHasTeam = !teams.isEmpty();
        QJsonObject administrator;
        if (const auto admin = m_staff.localAdministrator(clb.id))
            administrator = QJsonObject{{QStringLiteral("name"), admin->name},
                                        {QStringLiteral("email"), admin->email},
                                        {QStringLiteral("phone"), admin->phone}};
        clbs.append(QJsonObject{{QStringLiteral("id"), clb.id},
                                {QStringLiteral("name"), clb.name},
                                {QStringLiteral("contact"), clb.contact.toJson()},
                                {QStringLiteral("localAdmin"), clb.localAdmin},
                                {QStringLiteral("teams"), teams},
                                {QStringLiteral("localAdministrator"), administrator}});
    }
    return Response::json(200, QJsonObject{{QStringLiteral("id"), r.staffId},
                                           {QStringLiteral("nationalNumber"), person->nationalNumber},
                                           {QStringLiteral("firstName"), person->firstName},
                                           {QStringLiteral("lastName"), person->lastName},
                                           {QStringLiteral("profession"), person->profession},
                                           {QStringLiteral("activeClbId"), r.clbId},
                                           {QStringLiteral("activeClbHasTeam"), activeHasTeam},
                                           {QStringLiteral("clbs"), clbs}});
}

Response ProfileRoutes::getContact(Request &r)
{
    const auto contact = m_staff.contact(r.staffId, r.param(0));
    if (!contact)
        return Response::problem(404, uri("not-found"), QStringLiteral("You do not work for this CLB"));
    return Response::json(200, contact->toJson()).withETag(contact->version);
}

Response ProfileRoutes::putContact(Request &r)
{
    const QString clb = QStringLiteral("clb %1").arg(r.param(0));
    const auto current = m_staff.contact(r.staffId, r.param(0));
    if (!current) {
        r.pendingAudit.append({0, QStringLiteral("denied.not-your-clb"), clb});
        return Response::problem(404, uri("not-found"), QStringLiteral("You do not work for this CLB"));
    }
    const qint64 version = current->version;
    if (auto precondition = RouteSupport::checkIfMatch(r, version)) {
        r.pendingAudit.append({0, QStringLiteral("contact.refused"),
                               clb + QStringLiteral(", status %1").arg(precondition->status)});
        return *precondition;
    }
    models::FieldErrors errors;
    auto contact = models::ContactData::parse(r.json, &errors);
    if (!contact)
        return refused(r, QStringLiteral("contact.refused"), errors);
    if (!m_staff.updateContact(r.staffId, r.param(0), *contact, version))
        return *RouteSupport::checkIfMatch(r, version + 1);
    contact->version = version + 1;
    m_services.audit.record(r, 0, QStringLiteral("contact.update"), clb);
    return Response::json(200, contact->toJson()).withETag(contact->version);
}

Response ProfileRoutes::switchClb(Request &r)
{
    JsonReader reader(r.json);
    const auto clbId = reader.integer(QStringLiteral("clbId"), JsonReader::Required, 1, qint64(1) << 53);
    if (const auto errors = reader.finish(); !errors.isEmpty())
        return Response::validation(errors);
    if (!m_staff.worksFor(r.staffId, *clbId))
        return Response::problem(403, uri("not-staff-of-clb"),
                                 QStringLiteral("You do not work for this CLB"));
    const QString origin = m_services.tokens.origin(r.header("authorization"));
    const QString token =
        m_services.tokens.mint(r.staffId, *clbId, origin.isEmpty() ? QStringLiteral("switch") : origin,
                               m_services.config.tokenTtlMinutes);
    m_services.tokens.revoke(r.header("authorization"));
    m_services.audit.record(r, 0, QStringLiteral("session.switch-clb"),
                            QStringLiteral("to clb %1").arg(*clbId));
    return tokenAnswer(200, token, r.staffId, *clbId);
}

Response ProfileRoutes::logout(Request &r)
{
    m_services.tokens.revoke(r.header("authorization"));
    return Response::noContent();
}

} // namespace lars::server::routes
