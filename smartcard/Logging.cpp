#include "smartcard/Logging.h"

Q_LOGGING_CATEGORY(lcSmartcard, "lars.smartcard", QtInfoMsg)
