#include "server/auth/AuthRoutes.h"

#include "server/Logging.h"
#include "server/store/StaffStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace lars::server::auth {

using http::Request;
using http::Response;
using http::problems::uri;

namespace {

QByteArray fromBase64(const QJsonValue &value, bool *ok)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *ok = value.isString() && decoded && !decoded.decoded.isEmpty();
    return decoded.decoded;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

Response htmlPage(int status, const QString &title, const QString &body)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = QStringLiteral(
                 "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%1</title></head>"
                 "<body><h1>%1</h1>%2</body></html>")
                 .arg(htmlEscape(title), body)
                 .toUtf8();
    return r;
}

} // namespace

AuthRoutes::AuthRoutes(http::Router &router, Services &services)
    : AuthRoutes(router, services, Options())
{}

AuthRoutes::AuthRoutes(http::Router &router, Services &services, const Options &options)
    : RouteGroup(router, services)
    , m_options(options)
    , m_challenges(services.db, options.nonceTtlSeconds)
    , m_limiter(services.db, options.limits)
{
    add("POST", "/auth/challenge", 0, &AuthRoutes::challenge);
    add("POST", "/auth/eid", http::Route::TakesBody, &AuthRoutes::eidLogin);
    add("POST", "/admin-link", http::Route::Authenticated, &AuthRoutes::adminLink);
    // A browser page, not part of /api/v1.
    router.add("GET", QStringLiteral("/admin/sso"), 0, [this](Request &r) { return adminSso(r); },
               {QStringLiteral("code")});
}

bool AuthRoutes::loadTrust(QString *error)
{
    for (const QString &file : std::as_const(m_services.config.trustAnchors))
        if (!m_verifier.addTrustFile(file, error))
            return false;
    if (m_verifier.anchorCount() == 0)
        qCWarning(lcServer)
            << "no eID trust anchor configured (--trust-anchor): every eID login will be refused";
    const ServerConfig &c = m_services.config;
    m_ocsp = std::make_unique<OcspChecker>(OcspChecker::Config{QUrl(c.ocspResponder), c.ocspResponderOnly,
                                                               c.ocspAllowUnreachable, c.ocspTimeoutMs,
                                                               c.ocspCacheSeconds},
                                           m_verifier.anchors());
    if (c.ocspAllowUnreachable)
        qCWarning(lcServer)
            << "OCSP: logins are let in when the responder gives no answer (--ocsp-unreachable allow)";
    return true;
}

std::optional<Response> AuthRoutes::checkRevocation(Request &r, const EidAssertion &assertion,
                                                    const EidAssertionVerifier::Result &verified,
                                                    const QString &fingerprint)
{
    QString detail;
    switch (m_ocsp->status(assertion.certificate, verified.issuer, verified.ocspUrl, &detail)) {
    case OcspChecker::Status::NotChecked:
    case OcspChecker::Status::Good:
        return std::nullopt;
    case OcspChecker::Status::Pending:
        return Response::waitFor(m_ocsp->wait(assertion.certificate));
    case OcspChecker::Status::Revoked:
        return loginFailure(r, fingerprint, 401, "certificate-revoked",
                            QStringLiteral("The card's certificate has been revoked"), detail);
    case OcspChecker::Status::Unknown:
        return loginFailure(r, fingerprint, 401, "certificate-unknown",
                            QStringLiteral("The card issuer does not know this certificate"), detail);
    case OcspChecker::Status::Unreachable:
        if (m_ocsp->allowsUnreachable()) {
            qCWarning(lcServer).noquote() << "OCSP unreachable, login let in by policy:" << detail;
            r.pendingAudit.append({0, QStringLiteral("login.revocation-unchecked"), detail});
            return std::nullopt;
        }
        return loginFailure(r, fingerprint, 503, "revocation-unavailable",
                            QStringLiteral("The card's revocation status cannot be checked now"), detail);
    }
    return std::nullopt;
}

Response AuthRoutes::tooManyAttempts(qint64 retryAfter)
{
    return Response::problem(429, uri("too-many-attempts"), QStringLiteral("Too many login attempts"),
                             QStringLiteral("Try again in %1 seconds.").arg(retryAfter))
        .withHeader("Retry-After", QByteArray::number(retryAfter));
}

Response AuthRoutes::challenge(Request &r)
{
    if (const qint64 wait = m_limiter.takeChallenge(r.clientAddress()))
        return tooManyAttempts(wait);
    QString expiresAt;
    const QString nonce = m_challenges.create(&expiresAt);
    return Response::json(201,
                          QJsonObject{{QStringLiteral("nonce"), nonce},
                                      {QStringLiteral("expiresAt"), expiresAt},
                                      {QStringLiteral("signedDataPrefix"), QLatin1String(kSignedPrefix)}});
}

Response AuthRoutes::loginFailure(Request &r, const QString &fingerprint, int status, const char *type,
                                  const QString &title, const QString &reason)
{
    const QString source = r.clientAddress();
    r.afterTransaction.append([this, source] { m_limiter.recordSourceFailure(source); });
    StructuredLog::event(QStringLiteral("login-failed"),
                         {{QStringLiteral("requestId"), r.requestId},
                          {QStringLiteral("reason"), QLatin1String(type)},
                          {QStringLiteral("detail"), reason},
                          {QStringLiteral("certificate"), fingerprint.left(16)},
                          {QStringLiteral("remote"), source}});
    // In the audit log too (the transaction of this request is rolled back, the pending entries are not).
    r.pendingAudit.append(
        {0, QStringLiteral("login.failed"),
         QStringLiteral("%1; certificate %2; from %3")
             .arg(QLatin1String(type), fingerprint.isEmpty() ? QStringLiteral("-") : fingerprint.left(16),
                  source)});
    return Response::problem(status, uri(type), title);
}

Response AuthRoutes::eidLogin(Request &r)
{
    const QString source = r.clientAddress();
    if (const qint64 wait = m_limiter.retryAfterForSource(source)) {
        r.pendingAudit.append({0, QStringLiteral("login.throttled"),
                               QStringLiteral("too many failed logins from %1").arg(source)});
        return tooManyAttempts(wait);
    }

    models::FieldErrors errors;
    static const QStringList known = {QStringLiteral("nonce"), QStringLiteral("certificate"),
                                      QStringLiteral("signature"), QStringLiteral("chain"),
                                      QStringLiteral("clbId")};
    for (auto it = r.json.begin(); it != r.json.end(); ++it)
        if (!known.contains(it.key()))
            errors.append({it.key(), QStringLiteral("unknown-field"), QStringLiteral("unknown field")});
    EidAssertion assertion;
    bool ok = false;
    assertion.nonce = r.json.value(QLatin1String("nonce")).toString();
    if (assertion.nonce.isEmpty())
        errors.append(
            {QStringLiteral("nonce"), QStringLiteral("required"), QStringLiteral("the challenge's nonce")});
    assertion.certificate = fromBase64(r.json.value(QLatin1String("certificate")), &ok);
    if (!ok)
        errors.append({QStringLiteral("certificate"), QStringLiteral("format"),
                       QStringLiteral("base64 DER authentication certificate")});
    assertion.signature = fromBase64(r.json.value(QLatin1String("signature")), &ok);
    if (!ok)
        errors.append(
            {QStringLiteral("signature"), QStringLiteral("format"), QStringLiteral("base64 signature")});
    const QJsonValue chain = r.json.value(QLatin1String("chain"));
    if (!chain.isUndefined() && !(chain.isArray() && chain.toArray().size() <= 4))
        errors.append({QStringLiteral("chain"), QStringLiteral("type"),
                       QStringLiteral("array of at most 4 certificates")});
    for (const QJsonValue &v : chain.toArray()) {
        assertion.intermediates.append(fromBase64(v, &ok));
        if (!ok)
            errors.append({QStringLiteral("chain"), QStringLiteral("format"),
                           QStringLiteral("base64 DER certificates")});
    }
    const QJsonValue preferredClb = r.json.value(QLatin1String("clbId"));
    if (!preferredClb.isUndefined() && !preferredClb.isNull() && !preferredClb.isDouble())
        errors.append({QStringLiteral("clbId"), QStringLiteral("type"), QStringLiteral("number")});
    if (!errors.isEmpty()) {
        r.afterTransaction.append([this, source] { m_limiter.recordSourceFailure(source); });
        return Response::validation(errors);
    }

    // The card issuer is asked about revocation before the nonce is spent: while its responder answers,
    // the request waits (the server serves others) and then runs again from the top.
    const EidAssertionVerifier::Result verified = m_verifier.verify(assertion);
    if (QString detail; verified.outcome == EidAssertionVerifier::Outcome::Ok &&
                        m_ocsp->status(assertion.certificate, verified.issuer, verified.ocspUrl, &detail) ==
                            OcspChecker::Status::Pending)
        return Response::waitFor(m_ocsp->wait(assertion.certificate));

    // The nonce is spent whatever happens next, even when this request fails and its transaction is
    // rolled back: commit its consumption on its own.
    const ChallengeStore::Consume consumed = m_challenges.consume(assertion.nonce);
    store::Database &db = m_db;
    if (db.inTransaction()) {
        db.commit();
        db.begin();
    }
    if (consumed == ChallengeStore::Consume::Replayed)
        return loginFailure(r, {}, 401, "nonce-replayed",
                            QStringLiteral("This login challenge was already used"),
                            QStringLiteral("replayed nonce"));
    if (consumed == ChallengeStore::Consume::UnknownOrExpired)
        return loginFailure(r, {}, 401, "challenge-expired",
                            QStringLiteral("The login challenge is unknown or expired"),
                            QStringLiteral("nonce"));

    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(assertion.certificate, QCryptographicHash::Sha256).toHex());
    using O = EidAssertionVerifier::Outcome;
    switch (verified.outcome) {
    case O::Ok:
        break;
    case O::Malformed:
        return loginFailure(r, fingerprint, 400, "certificate-invalid",
                            QStringLiteral("The certificate is not an eID authentication certificate"),
                            verified.detail);
    case O::NotTrusted:
        return loginFailure(r, fingerprint, 401, "certificate-not-trusted",
                            QStringLiteral("The card's certificate is not trusted"), verified.detail);
    case O::Expired:
        return loginFailure(r, fingerprint, 401, "card-expired", QStringLiteral("The card has expired"),
                            verified.detail);
    case O::NotYetValid:
        return loginFailure(r, fingerprint, 401, "card-not-yet-valid",
                            QStringLiteral("The card is not valid yet"), verified.detail);
    case O::BadSignature: {
        // The chain verified: the certificate is a real card's, so this failure counts against it too.
        r.afterTransaction.append([this, fingerprint] { m_limiter.recordCertificateFailure(fingerprint); });
        if (const qint64 wait = m_limiter.retryAfterForCertificate(fingerprint)) {
            Response throttled = loginFailure(r, fingerprint, 429, "too-many-attempts",
                                              QStringLiteral("Too many login attempts"),
                                              QStringLiteral("repeated bad signatures for this card"));
            return throttled.withHeader("Retry-After", QByteArray::number(wait));
        }
        return loginFailure(r, fingerprint, 401, "signature-invalid",
                            QStringLiteral("The card's signature does not match the challenge"),
                            verified.detail);
    }
    }

    if (auto refused = checkRevocation(r, assertion, verified, fingerprint))
        return *refused;

    store::StaffStore staffStore(db);
    const auto staff = verified.nationalNumber.isEmpty()
                           ? std::nullopt
                           : staffStore.findByNationalNumber(verified.nationalNumber);
    if (!staff)
        return loginFailure(r, fingerprint, 403, "unknown-person",
                            QStringLiteral("This person has no LARS staff account"),
                            QStringLiteral("no staff"));
    const qint64 staffId = staff->id;
    const QString staffName = staff->name();
    QList<qint64> clbIds;
    for (const auto &clb : staffStore.clbs(staffId))
        clbIds.append(clb.id);
    if (clbIds.isEmpty())
        return loginFailure(r, fingerprint, 403, "no-clb",
                            QStringLiteral("This staff member works for no CLB"), QStringLiteral("no clb"));
    // The token needs a CLB: the one the client asks for (the last one used), else the first by name.
    // Staff of several CLBs choose next; switching mints a token for the chosen CLB.
    const qint64 wanted = preferredClb.toInteger();
    const qint64 clbId = clbIds.contains(wanted) ? wanted : clbIds.first();

    m_limiter.recordSuccess(fingerprint);
    const QString token =
        m_services.tokens.mint(staffId, clbId, QStringLiteral("eid"), m_services.config.tokenTtlMinutes);
    r.staffId = staffId;
    r.clbId = clbId;
    r.staffName = staffName;
    m_services.audit.record(r, 0, QStringLiteral("login"),
                            QStringLiteral("eID login, certificate %1").arg(fingerprint.left(16)));
    return Response::json(
        200, QJsonObject{
                 {QStringLiteral("token"), token},
                 {QStringLiteral("expiresAt"), QDateTime::currentDateTimeUtc()
                                                   .addSecs(qint64(m_services.config.tokenTtlMinutes) * 60)
                                                   .toString(Qt::ISODateWithMs)},
                 {QStringLiteral("staffId"), staffId},
                 {QStringLiteral("clbId"), clbId},
                 {QStringLiteral("clbCount"), int(clbIds.size())},
             });
}

Response AuthRoutes::adminLink(Request &r)
{
    const QString code = m_challenges.createOneTimeCode(r.staffId, r.clbId, m_options.adminLinkTtlSeconds);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code);
    m_services.audit.record(r, 0, QStringLiteral("admin-link"),
                            QStringLiteral("one-time web administration link"));
    return Response::json(
        201, QJsonObject{{QStringLiteral("url"), QStringLiteral("/admin/sso?") + query.toString()},
                         {QStringLiteral("expiresAt"), QDateTime::currentDateTimeUtc()
                                                           .addSecs(m_options.adminLinkTtlSeconds)
                                                           .toString(Qt::ISODateWithMs)}});
}

Response AuthRoutes::adminSso(Request &r)
{
    qint64 staffId = 0;
    qint64 clbId = 0;
    if (!m_challenges.consumeOneTimeCode(r.query.value(QStringLiteral("code")), &staffId, &clbId))
        return htmlPage(
            410, QStringLiteral("Link verlopen"),
            QStringLiteral("<p>Deze link werd al gebruikt of is verlopen. Open de webtoepassing opnieuw "
                           "vanuit LARS (menu Administratief).</p>"));
    QSqlQuery q = m_db.run(QStringLiteral("SELECT s.first_name, s.last_name, c.name FROM staff s, clbs c "
                                          "WHERE s.id = ? AND c.id = ?"),
                           {staffId, clbId});
    if (!q.next())
        return htmlPage(410, QStringLiteral("Link verlopen"), QString());
    r.staffId = staffId;
    r.clbId = clbId;
    m_services.audit.record(r, 0, QStringLiteral("admin-sso"),
                            QStringLiteral("web administration opened by one-time link"));
    return htmlPage(
        200, QStringLiteral("LARS webtoepassing"),
        QStringLiteral("<p>Aangemeld als <b>%1 %2</b> namens <b>%3</b>.</p><p>Dossierbeheer, teams en "
                       "groepen beheert u hier. (Referentieserver: de echte webtoepassing neemt deze "
                       "eenmalige link over.)</p>")
            .arg(htmlEscape(q.value(0).toString()), htmlEscape(q.value(1).toString()),
                 htmlEscape(q.value(2).toString())));
}

} // namespace lars::server::auth
