#pragma once
// A pupil's journal (journaalblad): the activities, newest first in pages, and registering one (with the
// draaischijf's three columns when the function asks for them).
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

    store::ActivityStore m_activities;
    store::ReferenceStore m_reference;
};

} // namespace lars::server::routes
