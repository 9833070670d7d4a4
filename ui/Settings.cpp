#include "ui/Settings.h"

#include <QSettings>

namespace lars::ui {

namespace {
const auto kServerUrl = QStringLiteral("server/url");
const auto kServerCa = QStringLiteral("server/caCertificate");
const auto kLanguage = QStringLiteral("ui/language");
const auto kCardRemoval = QStringLiteral("card/onRemoval");
const auto kReader = QStringLiteral("card/preferredReader");
const auto kGeometry = QStringLiteral("window/geometry");
const auto kLoopbackPort = QStringLiteral("login/loopbackPort");

QString workspaceKey(qint64 staffId, qint64 clbId)
{
    return QStringLiteral("workspace/%1-%2").arg(staffId).arg(clbId);
}
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

quint16 Settings::loginLoopbackPort()
{
    const uint port = QSettings().value(kLoopbackPort).toUInt();
    return port <= 65535 ? quint16(port) : 0;
}

QString Settings::preferredReader()
{
    return QSettings().value(kReader).toString();
}

void Settings::setPreferredReader(const QString &reader)
{
    QSettings().setValue(kReader, reader);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray Settings::workspaceState(qint64 staffId, qint64 clbId)
{
    return QSettings().value(workspaceKey(staffId, clbId)).toByteArray();
}

void Settings::setWorkspaceState(qint64 staffId, qint64 clbId, const QByteArray &state)
{
    QSettings().setValue(workspaceKey(staffId, clbId), state);
}

QStringList Settings::availableLanguages()
{
    return {QStringLiteral("nl_BE"), QStringLiteral("fr_BE"), QStringLiteral("en")};
}

} // namespace lars::ui
