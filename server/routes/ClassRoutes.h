#pragma once
// Classes: the medical data of every pupil of a class in one request (the class batch of parent letters).
// Only the teams that cover the class's school see it; every pupil's read is audited as for the dossier.
#include "server/routes/RouteGroup.h"
#include "server/store/AdviceStore.h"
#include "server/store/MedicalStore.h"
#include "server/store/PupilStore.h"

namespace lars::server::routes {

class ClassRoutes final : public RouteGroup
{
public:
    ClassRoutes(http::Router &router, Services &services);

private:
    http::Response getClassMedical(http::Request &r);

    store::PupilStore m_pupils;
    store::MedicalStore m_medical;
    store::AdviceStore m_advice;
};

} // namespace lars::server::routes
