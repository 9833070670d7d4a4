#pragma once
// Logging category of what the client keeps on this computer (keychain session store).
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLocal)
