#include "ui/Settings.h"

#include <QSettings>

namespace lars::ui {

namespace {
const auto kServerUrl = QStringLiteral("server/url");
const auto kServerCa = QStringLiteral("server/caCertificate");
const auto kLanguage = QStringLiteral("ui/language");
const auto kCardRemoval = QStringLiteral("card/onRemoval");
const auto kReader = QStringLiteral("card/preferredReader");
} // namespace

QUrl Settings::serverUrl()
{
    return QSettings().value(kServerUrl).toUrl();
}

void Settings::setServerUrl(const QUrl &url)
{
    QSettings().setValue(kServerUrl, url);
}

QString Settings::serverCaCertificate()
{
    return QSettings().value(kServerCa).toString();
}

void Settings::setServerCaCertificate(const QString &path)
{
    QSettings().setValue(kServerCa, path);
}

QString Settings::language()
{
    const QString locale = QSettings().value(kLanguage, QStringLiteral("nl_BE")).toString();
    return availableLanguages().contains(locale) ? locale : QStringLiteral("nl_BE");
}

void Settings::setLanguage(const QString &locale)
{
    QSettings().setValue(kLanguage, locale);
}

Settings::CardRemoval Settings::cardRemoval()
{
    return QSettings().value(kCardRemoval).toString() == QLatin1String("keep") ? CardRemoval::KeepWorking
                                                                               : CardRemoval::Lock;
}

void Settings::setCardRemoval(CardRemoval behaviour)
{
    QSettings().setValue(kCardRemoval, behaviour == CardRemoval::KeepWorking ? QStringLiteral("keep")
                                                                             : QStringLiteral("lock"));
}

QString Settings::preferredReader()
{
    return QSettings().value(kReader).toString();
}

void Settings::setPreferredReader(const QString &reader)
{
    QSettings().setValue(kReader, reader);
}

QStringList Settings::availableLanguages()
{
    return {QStringLiteral("nl_BE"), QStringLiteral("fr_BE"), QStringLiteral("en")};
}

} // namespace lars::ui
