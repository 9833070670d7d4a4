#pragma once
// The eID login of lars-server: POST /api/v1/auth/challenge (single-use nonce), POST /api/v1/auth/eid
// (signature, chain, dates, national number → staff → CLB-scoped token), POST /api/v1/admin-link and
// GET /admin/sso (one-time link into the web administration). Installs itself on an ApiServer.
#include "server/auth/ChallengeStore.h"
#include "server/auth/EidAssertion.h"
#include "server/auth/LoginRateLimiter.h"

#include <QObject>
#include <QStringList>

namespace lars::server {
class ApiServer;
struct Request;
struct Response;
} // namespace lars::server

namespace lars::server::auth {

class AuthRoutes final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList trustFiles; // PEM: self-signed = trust anchor, others = known intermediates
        int nonceTtlSeconds = 120;
        int adminLinkTtlSeconds = 60;
        LoginRateLimiter::Limits limits;
    };

    // The one call the server makes; the routes live as long as the server. False (with a message)
    // when a trust file cannot be read.
    static bool install(ApiServer &server, const QStringList &trustFiles, QString *error);
    static bool install(ApiServer &server, const Options &options, QString *error);

    AuthRoutes(ApiServer &server, const Options &options);
    bool loadTrust(QString *error);

private:
    Response challenge(Request &r);
    Response eidLogin(Request &r);
    Response adminLink(Request &r);
    Response adminSso(Request &r);
    Response loginFailure(Request &r, const QString &fingerprint, int status, const char *type,
                          const QString &title, const QString &reason);
    Response tooManyAttempts(qint64 retryAfter);

    ApiServer &m_server;
    Options m_options;
    EidAssertionVerifier m_verifier;
    ChallengeStore m_challenges;
    LoginRateLimiter m_limiter;
};

} // namespace lars::server::auth
