#include "tests/faults/FaultyClient.h"

#include "models/api/Drafts.h"
#include "models/api/Session.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/UiTestSetup.h"
#include "ui/LocalWork.h"
#include "ui/MainWindow.h"

#include <QTest>

namespace lars::test {

FaultyClient::FaultyClient(const ServerProcess &server, quint64 seed)
    : m_server(server)
    , m_proxy(seed)
    , m_card(QStringLiteral("an-peeters"))
{
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
}

FaultyClient::~FaultyClient() = default;

bool FaultyClient::start()
{
    if (!m_proxy.listen()) {
        m_error = QStringLiteral("the fault proxy cannot listen");
        return false;
    }
    restore();
    if (!m_card.start()) {
        m_error = m_card.errorString();
        return false;
    }
    QUrl viaProxy = m_server.baseUrl();
    viaProxy.setPort(m_proxy.port());
    m_harness = std::make_unique<LoginHarness>(viaProxy, m_server.certificate());
    m_harness->window().resize(UiTestSetup::windowSize());
    return true;
}

bool FaultyClient::logIn()
{
    ui::MainWindow &window = m_harness->window();
    return m_harness->clickLogin() && m_harness->enterPin(QStringLiteral("1234")) &&
           QTest::qWaitFor([&] { return window.session()->state() == models::Session::State::Active; },
                           20000) &&
           QTest::qWaitFor([&] { return window.localWork()->drafts()->isRestored(); }, 10000);
}

void FaultyClient::cut()
{
    m_proxy.setTarget(0);
    m_proxy.resetAll();
}

void FaultyClient::restore()
{
    m_proxy.setTarget(quint16(m_server.baseUrl().port()));
}

} // namespace lars::test
