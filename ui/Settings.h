#pragma once
// Typed access to the user's preferences (QSettings). Secrets never go here: they live in the keychain.
#include <QString>
#include <QUrl>

namespace lars::ui {

class Settings final
{
public:
    enum class CardRemoval
    {
        Lock,
        KeepWorking
    };

    static QUrl serverUrl();
    static void setServerUrl(const QUrl &url);
    // PEM file with an extra certificate to trust for the server (a local development server).
    static QString serverCaCertificate();
    static void setServerCaCertificate(const QString &path);
    // UI language as a locale name: nl_BE (default), fr_BE or en.
    static QString language();
    static void setLanguage(const QString &locale);
    static CardRemoval cardRemoval();
    static void setCardRemoval(CardRemoval behaviour);
    static QString preferredReader();
    static void setPreferredReader(const QString &reader);
    // The 127.0.0.1 port the government login's browser redirect comes back to: 0 (default) lets the
    // system pick a free one per login; a fixed one for a firewall that allows only that port.
    static quint16 loginLoopbackPort();

    static QStringList availableLanguages();

    // Where the window was and how it was laid out, restored on the next start.
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    // The workspace (splitter, open dossiers as pupil ids) of one staff member in one CLB.
    static QByteArray workspaceState(qint64 staffId, qint64 clbId);
    static void setWorkspaceState(qint64 staffId, qint64 clbId, const QByteArray &state);
};

} // namespace lars::ui
