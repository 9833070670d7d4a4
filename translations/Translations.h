#pragma once
// Loads the UI translations (ours, compiled into the binary, and Qt's own) for a locale.
#include <QString>

class QCoreApplication;

namespace lars::translations {

// Returns true when LARS's own translation for the locale was found (English needs none).
bool install(QCoreApplication &application, const QString &locale);

} // namespace lars::translations
