#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lars::translations {

bool install(QCoreApplication &application, const QString &locale)
{
    QLocale::setDefault(QLocale(locale));
    // Qt's own strings (dialog buttons, …) come from Qt's translations: "qtbase_nl" serves nl_BE.
    auto *qt = new QTranslator(&application);
    if (qt->load(QLocale(locale), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(&application);
    if (ours->load(QStringLiteral(":/i18n/lars_") + locale)) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return locale == QLatin1String("en");
}

} // namespace lars::translations
