#pragma once
// Logging category of the reports area (letters, attests, growth chart, PDF and printer output).
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReports)
