#pragma once
// A pupil's medical data (tab "Medische gegevens"): measurements of the systematic contacts and the
// parents' heights.
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

    store::MedicalStore m_medical;
};

} // namespace lars::server::routes
