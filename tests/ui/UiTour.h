#pragma once
// Uses the client as a CLB nurse would, through the real widgets, against the real lars-server, pcscd +
// the virtual eID card and the keychain: the start page, the PIN dialog, a failed login, the CLB choice,
// the workspace, the pupil search, every section of a dossier, every dialog a "…" button or menu item
// opens (whoever added it), the parent-heights error, the lock page and the no-team page. At each stop
// it calls the visitor with the window on screen and a name (the screenshot's name).
#include <QSet>
#include <QSize>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace lars::test {

class LoginHarness;
class ServerProcess;
class VirtualCardProcess;

class UiTour final
{
public:
    using Visitor = std::function<void(QWidget *window, const QString &name)>;

    // windowSize invalid: the size the client restores itself. settingsDir: see LoginHarness.
    UiTour(ServerProcess &server, QSize windowSize, const QString &settingsDir = {});
    ~UiTour();

    // Runs the whole tour; false with error() when a step did not happen.
    bool run(const Visitor &visit);
    QString error() const { return m_error; }
    // Names of the dialogs the crawl opened (by object name), for the test to check it saw them.
    QSet<QString> dialogsSeen() const { return m_dialogsSeen; }

    // The steps, usable one by one by tests of a single defect.
    bool insertCard(const QString &id);
    bool removeCard();
    bool logIn(const QString &card, bool chooseFirstClb = true);
    bool logOut();
    bool openFirstPupil(const QString &search);
    LoginHarness &client() { return *m_client; }
    // Activates (and raises) a window so that keyboard input reaches it.
    static bool activate(QWidget *window);

private:
    bool fail(const QString &message);
    bool loginPages(const Visitor &visit);
    bool workspacePages(const Visitor &visit);
    bool crawlDialogs(QWidget *area, const QString &prefix, const Visitor &visit);
    bool visitDialogOf(const std::function<void()> &trigger, const QString &label, const Visitor &visit);

    ServerProcess &m_server;
    QSize m_size;
    std::unique_ptr<LoginHarness> m_client;
    std::unique_ptr<VirtualCardProcess> m_card;
    QString m_error;
    QSet<QString> m_dialogsSeen;
};

} // namespace lars::test
