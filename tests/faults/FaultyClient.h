#pragma once
// The client of the GUI tests of "nothing typed is lost", set up the one way they all need it: its own
// data directory (XDG_DATA_HOME: the drafts and sealed outbox of this test only), a FaultProxy in front of
// the real lars-server so that the test can drop the Wi-Fi and bring it back, An Peeters' virtual card in
// the reader and the main window at the laptop size (UiTestSetup::windowSize) through LoginHarness.
#include "tests/faults/FaultProxy.h"
#include "tests/login/LoginHarness.h"
#include "tests/support/VirtualCardProcess.h"

#include <QTemporaryDir>
#include <memory>

namespace lars::test {

class ServerProcess;

class FaultyClient final
{
public:
    // seed: the proxy's (FaultProxy); each test picks its own so that a failure can be replayed.
    FaultyClient(const ServerProcess &server, quint64 seed);
    ~FaultyClient();

    // Proxy listening, card inserted, window created; false with errorString() when one of them fails.
    bool start();
    // "Aanmelden", PIN 1234, until the session is active and the drafts of an earlier session are read.
    bool logIn();
    // The connection drops (the open connections too) / comes back.
    void cut();
    void restore();

    LoginHarness &harness() { return *m_harness; }
    FaultProxy &proxy() { return m_proxy; }
    VirtualCardProcess &card() { return m_card; }
    QString errorString() const { return m_error; }

private:
    const ServerProcess &m_server;
    QTemporaryDir m_data;
    FaultProxy m_proxy;
    VirtualCardProcess m_card;
    std::unique_ptr<LoginHarness> m_harness; // created once the proxy has its port
    QString m_error;
};

} // namespace lars::test
