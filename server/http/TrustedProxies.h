#pragma once
// Which peers may say who the client is. Behind HAProxy every connection comes from the proxy, so rate
// limits and the audit log need the address the proxy reports (PROXY v2 header or X-Forwarded-For); any
// other peer could claim any address, so what it says is ignored and its socket address is the client.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace lars::server::http {

class TrustedProxies final
{
public:
    // entries: addresses or subnets ("127.0.0.1", "10.1.0.0/24"); false with a message on a bad entry.
    bool set(const QStringList &entries, QString *error);
    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool trusts(const QHostAddress &peer) const;

    // The client of a request from peer: the PROXY v2 source when the connection had one, else the last
    // X-Forwarded-For entry (the one the proxy appended), else the peer — the first two only when the
    // peer is a trusted proxy.
    QHostAddress clientOf(const QHostAddress &peer, const QHostAddress &proxySource,
                          const QByteArray &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace lars::server::http
