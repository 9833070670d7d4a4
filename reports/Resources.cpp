#include "reports/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initReportsResources()
{
    Q_INIT_RESOURCE(reports);
}

namespace lars::reports {
void ensureResources()
{
    static const bool done = [] {
        initReportsResources();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace lars::reports
