#include "tools/virtual-eid/Logging.h"

Q_LOGGING_CATEGORY(lcVirtualEid, "lars.tools.virtualeid", QtInfoMsg)
