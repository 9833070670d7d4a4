#include "tests/login/LoginHarness.h"

#include "local/SessionStore.h"
#include "tests/support/ServerProcess.h"
#include "ui/login/LoginPanel.h"
#include "ui/login/PinDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

namespace lars::test {

LoginHarness::LoginHarness(ServerProcess &server, const QString &settingsDir)
    : LoginHarness(server.baseUrl(), server.certificate(), settingsDir)
{}

LoginHarness::LoginHarness(const QUrl &server, const QSslCertificate &certificate, const QString &settingsDir)
    : m_api(std::make_unique<models::ApiClient>())
    , m_connection(std::make_unique<models::ConnectionMonitor>(m_api.get()))
    , m_reader(std::make_unique<smartcard::ReaderMonitor>())
{
    QSettings::setPath(QSettings::defaultFormat(), QSettings::UserScope,
                       settingsDir.isEmpty() ? m_settings.path() : settingsDir);
    m_api->setBaseUrl(server);
    m_api->setExtraCaCertificates({certificate});
    m_window = std::make_unique<ui::MainWindow>(m_api.get(), m_connection.get(), m_reader.get());
    m_window->setUrlOpener([this](const QUrl &url) {
        openedUrls.append(url);
        return true;
    });
    m_reader->start();
    m_connection->start();
    m_window->show();
}

LoginHarness::~LoginHarness()
{
    if (!m_keepSession) {
        local::SessionStore *store = m_window->sessionStore();
        QSignalSpy wiped(store, &local::SessionStore::wiped);
        store->wipe();
        wiped.wait(10000);
    }
    m_window.reset();
    m_reader.reset();
}

QWidget *LoginHarness::currentPage() const
{
    auto *pages = qobject_cast<QStackedWidget *>(m_window->centralWidget());
    return pages ? pages->currentWidget() : nullptr;
}

bool LoginHarness::clickLogin()
{
    auto *button = find<QPushButton>("loginButton");
    if (!button)
        return false;
    if (!QTest::qWaitFor([&] { return button->isEnabled(); }, 15000))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool LoginHarness::enterPin(const QString &pin)
{
    ui::PinDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                for (ui::PinDialog *d : m_window->findChildren<ui::PinDialog *>())
                    if (d->isVisible())
                        dialog = d;
                return dialog != nullptr;
            },
            15000))
        return false;
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("pinOkButton"));
    QTest::keyClicks(edit, pin);
    if (!ok->isEnabled())
        return false;
    QTest::mouseClick(ok, Qt::LeftButton);
    return true;
}

QString LoginHarness::loginError() const
{
    return m_window->findChild<ui::LoginPanel *>(QStringLiteral("loginPanel"))->errorText();
}

} // namespace lars::test
