#include "server/routes/Routes.h"

#include "server/auth/AuthRoutes.h"
#include "server/auth/OidcRoutes.h"
#include "server/routes/AttestRoutes.h"
#include "server/routes/ClassRoutes.h"
#include "server/routes/CreonAdminRoutes.h"
#include "server/routes/CreonRoutes.h"
#include "server/routes/DossierRoutes.h"
#include "server/routes/JournalRoutes.h"
#include "server/routes/MedicalRoutes.h"
#include "server/routes/ProfileRoutes.h"
#include "server/routes/PupilRoutes.h"
#include "server/routes/ReferenceRoutes.h"
#include "server/routes/ReferralRoutes.h"
#include "server/routes/TeamRoutes.h"

namespace lars::server::routes {

std::unique_ptr<Routes> Routes::create(http::Router &router, Services &services, QString *error)
{
    std::unique_ptr<Routes> routes(new Routes);
    auto &groups = routes->m_groups;
    groups.push_back(std::make_unique<ProfileRoutes>(router, services));
    groups.push_back(std::make_unique<PupilRoutes>(router, services));
    groups.push_back(std::make_unique<MedicalRoutes>(router, services));
    groups.push_back(std::make_unique<JournalRoutes>(router, services));
    groups.push_back(std::make_unique<AttestRoutes>(router, services));
    groups.push_back(std::make_unique<ReferralRoutes>(router, services));
    groups.push_back(std::make_unique<CreonRoutes>(router, services));
    groups.push_back(std::make_unique<CreonAdminRoutes>(router, services));
    groups.push_back(std::make_unique<ClassRoutes>(router, services));
    groups.push_back(std::make_unique<ReferenceRoutes>(router, services));
    groups.push_back(std::make_unique<TeamRoutes>(router, services));
    groups.push_back(std::make_unique<DossierRoutes>(router, services));
    auto auth = std::make_unique<auth::AuthRoutes>(router, services);
    if (!auth->loadTrust(error))
        return nullptr;
    groups.push_back(std::move(auth));
    auto oidc = std::make_unique<auth::OidcRoutes>(router, services);
    if (!oidc->init(error))
        return nullptr;
    groups.push_back(std::move(oidc));
    return routes;
}

Routes::~Routes() = default;

} // namespace lars::server::routes
