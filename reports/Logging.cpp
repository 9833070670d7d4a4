#include "reports/Logging.h"

Q_LOGGING_CATEGORY(lcReports, "lars.reports", QtInfoMsg)
