#pragma once
// A pupil's journal (journaalblad): the activities, newest first in pages, registering one (with the
// draaischijf's three columns when the function asks for them), and its author's corrections and
// withdrawals (new versions; the history keeps every earlier one).
#include "server/routes/RouteGroup.h"
#include "server/store/ActivityStore.h"
#include "server/store/ReferenceStore.h"

namespace lars::server::routes {

class JournalRoutes final : public RouteGroup
{
public:
    JournalRoutes(http::Router &router, Services &services);

private:
    http::Response getJournal(http::Request &r);
    http::Response getActivity(http::Request &r);
    http::Response postActivity(http::Request &r);
    http::Response putActivity(http::Request &r);
    http::Response getVersions(http::Request &r);
    // Adds an error for every code of a that the nomenclature tables do not know.
    void checkNomenclature(const models::Activity &a, models::FieldErrors *errors);

    store::ActivityStore m_activities;
    store::ReferenceStore m_reference;
};

} // namespace lars::server::routes
