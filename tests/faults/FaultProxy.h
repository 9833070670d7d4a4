#pragma once
// A TCP proxy between the clients and lars-server that misbehaves on purpose, deterministically from a
// seed: each new connection is passed through, delayed (every chunk held back), reset after a random
// number of bytes (both sides aborted mid-stream), dropped (closed before anything is forwarded) or
// black-holed (accepted, never answered). The server behind it can change (a restarted server listens
// on a new port); while it is down, connections are refused by closing them.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>

class QTcpSocket;

namespace lars::test {

class FaultProxy final : public QObject
{
    Q_OBJECT
public:
    struct Mix // per mille of new connections
    {
        int delay = 0;
        int reset = 0;
        int drop = 0;
        int blackHole = 0;
    };
    struct Counts
    {
        int connections = 0;
        int passed = 0;
        int delayed = 0;
        int resets = 0;
        int dropped = 0;
        int blackHoled = 0;
        int refused = 0; // no server behind the proxy
    };

    explicit FaultProxy(quint64 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 port) { m_target = port; } // 0: the server is down
    void setMix(const Mix &mix) { m_mix = mix; }
    // Resets every open connection now (as a Wi-Fi drop does).
    int resetAll();
    const Counts &counts() const { return m_counts; }

private:
    enum class Fault
    {
        None,
        Delay,
        Reset,
        Drop,
        BlackHole
    };
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        Fault fault = Fault::None;
        qint64 resetAfter = 0; // bytes forwarded before a Reset fault strikes
        qint64 forwarded = 0;
        int delayMs = 0;
    };

    void onNewConnection();
    void forward(Link *link, QTcpSocket *from, QTcpSocket *to);
    void closeLink(Link *link, bool abort);

    QTcpServer m_server;
    QRandomGenerator m_random;
    quint16 m_target = 0;
    Mix m_mix;
    Counts m_counts;
    QList<Link *> m_links;
};

} // namespace lars::test
