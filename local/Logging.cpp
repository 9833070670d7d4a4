#include "local/Logging.h"

Q_LOGGING_CATEGORY(lcLocal, "lars.local", QtInfoMsg)
