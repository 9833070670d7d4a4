#pragma once
// Logging category of the smartcard area. Never log a PIN or a PIN block through it.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSmartcard)
