#pragma once
// Logging category of the virtual eID card tool.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVirtualEid)
