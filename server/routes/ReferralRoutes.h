#pragma once
// A pupil's referrals: to a doctor after a consult, or to a non-medical partner from a draaischijf
// activity; with the results that go along and the parents' consent as recorded.
#include "server/routes/RouteGroup.h"
#include "server/store/ActivityStore.h"
#include "server/store/MedicalStore.h"
#include "server/store/ReferralStore.h"

namespace lars::server::routes {

class ReferralRoutes final : public RouteGroup
{
public:
    ReferralRoutes(http::Router &router, Services &services);

private:
    http::Response getReferrals(http::Request &r);
    http::Response getReferral(http::Request &r);
    http::Response postReferral(http::Request &r);
    // The consult, activity and items of ref checked against this pupil's dossier; the partner named.
    models::FieldErrors complete(models::Referral &ref, qint64 pupilId);

    store::ReferralStore m_referrals;
    store::ActivityStore m_activities;
    store::MedicalStore m_medical;
};

} // namespace lars::server::routes
