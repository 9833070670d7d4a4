#pragma once
// A pupil's medical data (tab "Medische gegevens"): measurements of the systematic contacts (registered,
// corrected with If-Match, withdrawn; CREON follows in the same transaction) and the parents' heights.
#include "server/routes/RouteGroup.h"
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
    // Measurement param(1) of r.pupil (not withdrawn), If-Match on its version; nullopt when both hold
    // (*version filled in), else the answer.
    std::optional<http::Response> checkMeasurement(http::Request &r, qint64 *version);

    store::MedicalStore m_medical;
};

} // namespace lars::server::routes
