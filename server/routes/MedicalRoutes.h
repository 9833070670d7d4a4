#pragma once
// A pupil's medical data (tab "Medische gegevens"): measurements of the systematic contacts (registered,
// corrected with If-Match, withdrawn; CREON follows in the same transaction), the advice typed per contact
// for the parents (its own resource and version) and the parents' heights.
#include "server/routes/RouteGroup.h"
#include "server/store/AdviceStore.h"
#include "server/store/MedicalStore.h"

namespace lars::server::routes {

class MedicalRoutes final : public RouteGroup
{
public:
    MedicalRoutes(http::Router &router, Services &services);

private:
    http::Response getMedical(http::Request &r);
    http::Response getParentHeights(http::Request &r);
    http::Response putParentHeights(http::Request &r);
    http::Response getMeasurement(http::Request &r);
    http::Response postMeasurement(http::Request &r);
    http::Response putMeasurement(http::Request &r);
    http::Response deleteMeasurement(http::Request &r);
    http::Response getAdvice(http::Request &r);
    http::Response putAdvice(http::Request &r);
    // A refused advice change: audited (after the rollback) with the reason, then answered.
    http::Response refuseAdvice(http::Request &r, http::Response answer, const QString &reason);
    // Measurement param(1) of r.pupil (not withdrawn), If-Match on its version; nullopt when both hold
    // (*version filled in), else the answer.
    std::optional<http::Response> checkMeasurement(http::Request &r, qint64 *version);

    store::MedicalStore m_medical;
    store::AdviceStore m_advice;
};

} // namespace lars::server::routes
