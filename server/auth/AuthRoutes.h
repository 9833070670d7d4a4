#pragma once
// The eID login of lars-server: POST /api/v1/auth/challenge (single-use nonce), POST /api/v1/auth/eid
// (signature, chain, dates, revocation (OCSP), national number → staff → CLB-scoped token), POST
// /api/v1/admin-link and GET /admin/sso (one-time link into the web administration).
#include "server/auth/ChallengeStore.h"
#include "server/auth/EidAssertion.h"
#include "server/auth/LoginRateLimiter.h"
#include "server/auth/OcspChecker.h"
#include "server/routes/RouteGroup.h"

namespace lars::server::auth {

class AuthRoutes final : public routes::RouteGroup
{
public:
    struct Options
    {
        int nonceTtlSeconds = 120;
        int adminLinkTtlSeconds = 60;
        LoginRateLimiter::Limits limits;
    };

    AuthRoutes(http::Router &router, Services &services);
    AuthRoutes(http::Router &router, Services &services, const Options &options);
    // Reads the configured eID trust anchors; false (with a message) when a file cannot be read.
    bool loadTrust(QString *error);

private:
    http::Response challenge(http::Request &r);
    http::Response eidLogin(http::Request &r);
    http::Response adminLink(http::Request &r);
    http::Response adminSso(http::Request &r);
    http::Response loginFailure(http::Request &r, const QString &fingerprint, int status, const char *type,
                                const QString &title, const QString &reason);
    http::Response tooManyAttempts(qint64 retryAfter);
    // The card's revocation status once its chain and signature verified: nullopt to go on, else the
    // answer (a wait while the responder is asked, a refusal when revoked or unchecked).
    std::optional<http::Response> checkRevocation(http::Request &r, const EidAssertion &assertion,
                                                  const EidAssertionVerifier::Result &verified,
                                                  const QString &fingerprint);

    Options m_options;
    EidAssertionVerifier m_verifier;
    ChallengeStore m_challenges;
    LoginRateLimiter m_limiter;
    std::unique_ptr<OcspChecker> m_ocsp;
};

} // namespace lars::server::auth
