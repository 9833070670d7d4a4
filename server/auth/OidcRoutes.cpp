#include "server/auth/OidcRoutes.h"

#include "server/Logging.h"
#include "server/store/StaffStore.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace lars::server::auth {

using http::Request;
using http::Response;
using http::problems::uri;

namespace {

Response browserPage(int status, const QString &title, const QString &text)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = QStringLiteral("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%1</title>"
                            "</head><body><h1>%1</h1><p>%2</p></body></html>")
                 .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                 .toUtf8();
    return r;
}

// RFC 8252, 7.3: the desktop listens on a loopback IP literal (not "localhost", which a hosts file or
// the network could resolve elsewhere) with a port; plain http there never leaves the computer.
bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0 ||
        !url.userInfo().isEmpty() || !url.fragment().isEmpty() || !url.query().isEmpty())
        return false;
    const QHostAddress host(url.host());
    return host == QHostAddress(QHostAddress::LocalHost) || host == QHostAddress(QHostAddress::LocalHostIPv6);
}

// state and PKCE values: RFC 7636's unreserved characters; a challenge is 43 characters of base64url.
bool isToken(const QString &value, int min, int max)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    return value.size() >= min && value.size() <= max && allowed.match(value).hasMatch();
}

} // namespace

OidcRoutes::OidcRoutes(http::Router &router, Services &services)
    : RouteGroup(router, services)
    , m_config(services.config.oidc)
    , m_client(services.config.oidc)
    , m_logins(services.db)
    , m_limiter(services.db, LoginRateLimiter::Limits())
{
    add("GET", "/auth/oidc/start", 0, &OidcRoutes::start,
        {QStringLiteral("redirect_uri"), QStringLiteral("state"), QStringLiteral("code_challenge"),
         QStringLiteral("code_challenge_method")});
    add("GET", "/auth/oidc/callback", 0, &OidcRoutes::callback,
        {QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("error"),
         QStringLiteral("error_description"), QStringLiteral("error_uri"), QStringLiteral("iss"),
         QStringLiteral("session_state")});
    add("POST", "/auth/oidc/token", http::Route::TakesBody, &OidcRoutes::exchange);
}

bool OidcRoutes::init(QString *error)
{
    if (m_config.enabled())
        qCInfo(lcServer).noquote() << "government login through" << m_config.issuer.toString() << "as client"
                                   << m_config.clientId << "callback" << m_config.redirectUri.toString();
    return m_client.loadCa(error);
}

Response OidcRoutes::toDesktop(const QString &redirect, const QString &state, const Params &params)
{
    QUrl url(redirect);
    QUrlQuery query;
    for (const auto &[key, value] : params)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    query.addQueryItem(QStringLiteral("state"), state);
    url.setQuery(query);
    Response r = browserPage(302, QStringLiteral("LARS"), QStringLiteral("Terug naar LARS…"));
    return r.withHeader("Location", url.toEncoded());
}

Response OidcRoutes::refuse(Request &r, const OidcAttempt &attempt, const QString &error,
                            const QString &reason)
{
    StructuredLog::event(QStringLiteral("login-failed"), {{QStringLiteral("requestId"), r.requestId},
                                                          {QStringLiteral("reason"), error},
                                                          {QStringLiteral("detail"), reason},
                                                          {QStringLiteral("method"), QStringLiteral("oidc")},
                                                          {QStringLiteral("remote"), r.clientAddress()}});
    m_services.audit.record(r, 0, QStringLiteral("login.failed"),
                            QStringLiteral("oidc %1; %2").arg(error, reason));
    return toDesktop(attempt.clientRedirect, attempt.clientState, {{QStringLiteral("error"), error}});
}

void OidcRoutes::guarded(const Completion &done, const std::function<Response()> &step)
{
    try {
        done(step());
    } catch (const store::DbError &e) {
        qCWarning(lcServer) << "database error in the government login:" << e.what();
        done(browserPage(503, QStringLiteral("Aanmelden lukt nu niet"),
                         QStringLiteral("LARS is even niet beschikbaar. Probeer het zo dadelijk opnieuw.")));
    }
}

Response OidcRoutes::start(Request &r)
{
    const QUrl redirect(r.query.value(QStringLiteral("redirect_uri")), QUrl::StrictMode);
    if (!isLoopbackRedirect(redirect))
        return browserPage(
            400, QStringLiteral("Aanmelden lukt niet"),
            QStringLiteral("Deze aanmelding komt niet van LARS op deze computer. Start het aanmelden "
                           "in LARS."));
    const QString state = r.query.value(QStringLiteral("state"));
    const QString challenge = r.query.value(QStringLiteral("code_challenge"));
    if (!isToken(state, 16, 200))
        return browserPage(
            400, QStringLiteral("Aanmelden lukt niet"),
            QStringLiteral("Deze aanmelding is onvolledig. Start het aanmelden opnieuw in LARS."));
    if (!isToken(challenge, 43, 43) ||
        r.query.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return toDesktop(redirect.toString(), state,
                         {{QStringLiteral("error"), QStringLiteral("invalid_request")}});
    if (!m_config.enabled())
        return toDesktop(redirect.toString(), state,
                         {{QStringLiteral("error"), QStringLiteral("not_configured")}});
    // Each start stores a login attempt: limited per source like the eID challenges.
    if (m_limiter.takeChallenge(r.clientAddress()) > 0)
        return toDesktop(redirect.toString(), state,
                         {{QStringLiteral("error"), QStringLiteral("too_many_attempts")}});
    auto pending = std::make_shared<Request>(r);
    return Response::later([this, pending](const Completion &done) { redirectToProvider(pending, done); });
}

void OidcRoutes::redirectToProvider(const std::shared_ptr<Request> &r, const Completion &done)
{
    m_client.withMetadata([this, r, done](const QString &error) {
        guarded(done, [&]() -> Response {
            const QString redirect = r->query.value(QStringLiteral("redirect_uri"));
            const QString clientState = r->query.value(QStringLiteral("state"));
            if (!error.isEmpty())
                return refuse(*r, {{}, {}, redirect, clientState, {}},
                              QStringLiteral("temporarily_unavailable"), error);
            OidcAttempt attempt{OidcLoginStore::randomToken(), OidcLoginStore::randomToken(), redirect,
                                clientState, r->query.value(QStringLiteral("code_challenge"))};
            const QString state = m_logins.createAttempt(attempt, m_config.loginTtlSeconds);
            QUrl url = m_client.metadata().authorizationEndpoint;
            QUrlQuery query(url);
            // prompt=login: CLB laptops are shared; the provider's browser session of the previous user
            // must never log the next one in silently.
            for (const auto &[key, value] :
                 Params{{QStringLiteral("response_type"), QStringLiteral("code")},
                        {QStringLiteral("client_id"), m_config.clientId},
                        {QStringLiteral("redirect_uri"), m_config.redirectUri.toString()},
                        {QStringLiteral("scope"), m_config.scopes},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("nonce"), attempt.nonce},
                        {QStringLiteral("code_challenge"), OidcLoginStore::s256(attempt.codeVerifier)},
                        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                        {QStringLiteral("prompt"), QStringLiteral("login")},
                        {QStringLiteral("ui_locales"), QStringLiteral("nl")}})
                query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
            url.setQuery(query);
            Response out = browserPage(302, QStringLiteral("LARS"),
                                       QStringLiteral("Naar de aanmelding van de overheid…"));
            return out.withHeader("Location", url.toEncoded());
        });
    });
}

Response OidcRoutes::callback(Request &r)
{
    const std::optional<OidcAttempt> attempt =
        m_logins.consumeAttempt(r.query.value(QStringLiteral("state")));
    if (!attempt) {
        m_services.audit.record(r, 0, QStringLiteral("login.failed"), QStringLiteral("oidc unknown-state"));
        return browserPage(
            400, QStringLiteral("Aanmelding verlopen"),
            QStringLiteral("Deze aanmelding is onbekend, verlopen of al gebruikt. Sluit dit tabblad "
                           "en begin opnieuw in LARS."));
    }
    const QString error = r.query.value(QStringLiteral("error"));
    if (!error.isEmpty())
        return refuse(r, *attempt,
                      error == QLatin1String("access_denied") ? QStringLiteral("access_denied")
                                                              : QStringLiteral("provider_error"),
                      QStringLiteral("provider: %1").arg(error.left(100)));
    if (r.query.value(QStringLiteral("code")).isEmpty())
        return refuse(r, *attempt, QStringLiteral("provider_error"), QStringLiteral("no code"));
    auto pending = std::make_shared<Request>(r);
    const OidcAttempt copy = *attempt;
    return Response::later(
        [this, pending, copy](const Completion &done) { finishLogin(pending, copy, done); });
}

void OidcRoutes::finishLogin(const std::shared_ptr<Request> &r, const OidcAttempt &attempt,
                             const Completion &done)
{
    m_client.withMetadata([this, r, attempt, done](const QString &metadataError) {
        if (!metadataError.isEmpty()) {
            guarded(done, [&] {
                return refuse(*r, attempt, QStringLiteral("temporarily_unavailable"), metadataError);
            });
            return;
        }
        // RFC 9207: an iss parameter must name our provider (mix-up attacks).
        const QString iss = r->query.value(QStringLiteral("iss"));
        if (!iss.isEmpty() && iss != m_client.metadata().issuer) {
            guarded(done, [&] {
                return refuse(*r, attempt, QStringLiteral("invalid_id_token"),
                              QStringLiteral("iss parameter %1").arg(iss.left(200)));
            });
            return;
        }
        const QString code = r->query.value(QStringLiteral("code"));
        m_client.exchangeCode(
            code, attempt.codeVerifier, [this, r, attempt, done](const OidcClient::Exchange &ex) {
                if (!ex.error.isEmpty()) {
                    guarded(done, [&] {
                        return refuse(*r, attempt,
                                      ex.unreachable ? QStringLiteral("temporarily_unavailable")
                                                     : QStringLiteral("provider_error"),
                                      ex.error);
                    });
                    return;
                }
                IdTokenExpectations expected;
                expected.issuer = m_client.metadata().issuer;
                expected.clientId = m_config.clientId;
                expected.nonce = attempt.nonce;
                expected.skewSeconds = m_config.clockSkewSeconds;
                m_client.verifyIdToken(
                    ex.idToken, expected, [this, r, attempt, done](const OidcClient::Verification &v) {
                        if (v.result.outcome != IdTokenVerifier::Outcome::Ok) {
                            guarded(done, [&] {
                                return refuse(*r, attempt, QStringLiteral("invalid_id_token"),
                                              QStringLiteral("id-token %1: %2%3")
                                                  .arg(QLatin1String(IdTokenVerifier::name(v.result.outcome)),
                                                       v.result.detail,
                                                       v.jwksError.isEmpty()
                                                           ? QString()
                                                           : QStringLiteral("; ") + v.jwksError));
                            });
                            return;
                        }
                        admit(r, attempt, v.result.claims, done);
                    });
            });
    });
}

void OidcRoutes::admit(const std::shared_ptr<Request> &r, const OidcAttempt &attempt,
                       const QJsonObject &claims, const Completion &done)
{
    guarded(done, [&]() -> Response {
        const QString rrn = claims.value(QLatin1String("rrn")).toString();
        store::StaffStore staffStore(m_db);
        const auto staff = rrn.isEmpty() ? std::nullopt : staffStore.findByNationalNumber(rrn);
        if (!staff)
            return refuse(*r, attempt, QStringLiteral("unknown_person"),
                          rrn.isEmpty() ? QStringLiteral("no rrn claim") : QStringLiteral("no staff"));
        if (staffStore.clbs(staff->id).isEmpty())
            return refuse(*r, attempt, QStringLiteral("no_clb"), QStringLiteral("no clb"));
        const QJsonArray amr = claims.value(QLatin1String("amr")).toArray();
        const QString method = amr.isEmpty() ? QString() : amr.at(0).toString().left(40);
        const QString code =
            m_logins.createCode(staff->id, attempt.clientChallenge, method, m_config.codeTtlSeconds);
        r->staffId = staff->id;
        r->staffName = staff->name();
        m_services.audit.record(
            *r, 0, QStringLiteral("login.oidc-verified"),
            QStringLiteral("government login (%1) verified; one-time code for the desktop")
                .arg(method.isEmpty() ? QStringLiteral("-") : method));
        return toDesktop(attempt.clientRedirect, attempt.clientState, {{QStringLiteral("code"), code}});
    });
}

Response OidcRoutes::exchange(Request &r)
{
    const QString source = r.clientAddress();
    if (const qint64 wait = m_limiter.retryAfterForSource(source))
        return Response::problem(429, uri("too-many-attempts"), QStringLiteral("Too many login attempts"),
                                 QStringLiteral("Try again in %1 seconds.").arg(wait))
            .withHeader("Retry-After", QByteArray::number(wait));
    models::FieldErrors errors;
    for (auto it = r.json.begin(); it != r.json.end(); ++it)
        if (it.key() != QLatin1String("code") && it.key() != QLatin1String("codeVerifier") &&
            it.key() != QLatin1String("clbId"))
            errors.append({it.key(), QStringLiteral("unknown-field"), QStringLiteral("unknown field")});
    const QString code = r.json.value(QLatin1String("code")).toString();
    const QString verifier = r.json.value(QLatin1String("codeVerifier")).toString();
    if (code.isEmpty())
        errors.append(
            {QStringLiteral("code"), QStringLiteral("required"), QStringLiteral("the one-time code")});
    if (!isToken(verifier, 43, 128))
        errors.append({QStringLiteral("codeVerifier"), QStringLiteral("format"),
                       QStringLiteral("the PKCE verifier (RFC 7636: 43-128 characters)")});
    const QJsonValue preferredClb = r.json.value(QLatin1String("clbId"));
    if (!preferredClb.isUndefined() && !preferredClb.isNull() && !preferredClb.isDouble())
        errors.append({QStringLiteral("clbId"), QStringLiteral("type"), QStringLiteral("number")});
    if (!errors.isEmpty())
        return Response::validation(errors);

    const auto fail = [&](const char *type, const QString &title, const QString &reason) {
        r.afterTransaction.append([this, source] { m_limiter.recordSourceFailure(source); });
        r.pendingAudit.append({0, QStringLiteral("login.failed"), QStringLiteral("oidc %1").arg(reason)});
        return Response::problem(401, uri(type), title);
    };
    OidcLoginStore::Code granted;
    const OidcLoginStore::Consume consumed = m_logins.consumeCode(code, &granted);
    // The code is spent whatever happens next, even when this request's transaction is rolled back.
    if (m_db.inTransaction()) {
        m_db.commit();
        m_db.begin();
    }
    if (consumed == OidcLoginStore::Consume::Replayed)
        return fail("oidc-code-used", QStringLiteral("This login code was already used"),
                    QStringLiteral("code-replayed"));
    if (consumed != OidcLoginStore::Consume::Ok)
        return fail("oidc-code-expired", QStringLiteral("The login code is unknown or expired"),
                    QStringLiteral("code-expired"));
    if (OidcLoginStore::s256(verifier) != granted.clientChallenge)
        return fail("pkce-mismatch", QStringLiteral("The code verifier does not match the login's challenge"),
                    QStringLiteral("pkce-mismatch"));

    store::StaffStore staffStore(m_db);
    QList<qint64> clbIds;
    for (const auto &clb : staffStore.clbs(granted.staffId))
        clbIds.append(clb.id);
    if (clbIds.isEmpty())
        return fail("no-clb", QStringLiteral("This staff member works for no CLB"), QStringLiteral("no clb"));
    const qint64 wanted = preferredClb.toInteger();
    const qint64 clbId = clbIds.contains(wanted) ? wanted : clbIds.first();
    const QString token = m_services.tokens.mint(granted.staffId, clbId, QStringLiteral("oidc"),
                                                 m_services.config.tokenTtlMinutes);
    r.staffId = granted.staffId;
    r.clbId = clbId;
    m_services.audit.record(r, 0, QStringLiteral("login"),
                            QStringLiteral("government login (%1)")
                                .arg(granted.method.isEmpty() ? QStringLiteral("-") : granted.method));
    return Response::json(200, QJsonObject{{QStringLiteral("token"), token},
                                           {QStringLiteral("expiresAt"),
                                            QDateTime::currentDateTimeUtc()
                                                .addSecs(qint64(m_services.config.tokenTtlMinutes) * 60)
                                                .toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("staffId"), granted.staffId},
                                           {QStringLiteral("clbId"), clbId},
                                           {QStringLiteral("clbCount"), int(clbIds.size())}});
}

} // namespace lars::server::auth
