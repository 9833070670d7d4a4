#pragma once
// The government login (itsme, SMS code, mobile app) for the desktop, with lars-server as the confidential
// OpenID Connect client (backend-for-frontend; RFC 8252 between desktop and server):
//   GET  /api/v1/auth/oidc/start     the desktop's browser arrives with its loopback redirect, state and PKCE
//                                    challenge; redirected to the provider with this server's own state,
//                                    nonce and PKCE challenge
//   GET  /api/v1/auth/oidc/callback  the provider sends the browser back; the code is exchanged, the ID token
//                                    validated, rrn mapped to a staff member, and the browser sent on to the
//                                    desktop's loopback with a one-time code (or an error)
//   POST /api/v1/auth/oidc/token     the desktop exchanges that code with its PKCE verifier for the same
//                                    CLB-scoped session an eID login gives
#include "server/auth/LoginRateLimiter.h"
#include "server/auth/OidcClient.h"
#include "server/auth/OidcLoginStore.h"
#include "server/routes/RouteGroup.h"

#include <memory>

namespace lars::server::auth {

class OidcRoutes final : public routes::RouteGroup
{
public:
    OidcRoutes(http::Router &router, Services &services);
    bool init(QString *error);

private:
    using Completion = http::Response::Completion;
    using Params = QList<std::pair<QString, QString>>;

    http::Response start(http::Request &r);
    http::Response callback(http::Request &r);
    http::Response exchange(http::Request &r);

    void redirectToProvider(const std::shared_ptr<http::Request> &r, const Completion &done);
    void finishLogin(const std::shared_ptr<http::Request> &r, const OidcAttempt &attempt,
                     const Completion &done);
    void admit(const std::shared_ptr<http::Request> &r, const OidcAttempt &attempt, const QJsonObject &claims,
               const Completion &done);
    // Sends the browser back to the desktop's loopback listener with an error (audited and logged).
    http::Response refuse(http::Request &r, const OidcAttempt &attempt, const QString &error,
                          const QString &reason);
    static http::Response toDesktop(const QString &redirect, const QString &state, const Params &params);
    // Runs a continuation, answering 503 when the database fails in it.
    void guarded(const Completion &done, const std::function<http::Response()> &step);

    const OidcConfig &m_config;
    OidcClient m_client;
    OidcLoginStore m_logins;
    LoginRateLimiter m_limiter;
};

} // namespace lars::server::auth
