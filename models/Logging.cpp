#include "models/Logging.h"

Q_LOGGING_CATEGORY(lcModels, "lars.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "lars.api", QtInfoMsg)
