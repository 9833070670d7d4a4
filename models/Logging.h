#pragma once
// Logging categories of the models area (domain types and the REST API client).
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
