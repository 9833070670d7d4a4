#pragma once
// Logging category of the user interface.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
