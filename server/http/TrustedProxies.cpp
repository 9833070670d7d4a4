#include "server/http/TrustedProxies.h"

namespace lars::server::http {

namespace {
// A peer seen through an IPv6 socket as ::ffff:a.b.c.d is the IPv4 address a.b.c.d.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

bool TrustedProxies::set(const QStringList &entries, QString *error)
{
    m_subnets.clear();
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet;
        if (entry.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(entry);
        } else {
            subnet.first = QHostAddress(entry);
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            *error = QStringLiteral("trusted-proxy needs an address or subnet, got '%1'").arg(entry);
            return false;
        }
        m_subnets.append(subnet);
    }
    return true;
}

bool TrustedProxies::trusts(const QHostAddress &peer) const
{
    const QHostAddress address = plain(peer);
    for (const auto &subnet : m_subnets)
        if (address.isInSubnet(subnet))
            return true;
    return false;
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer, const QHostAddress &proxySource,
                                      const QByteArray &forwardedFor) const
{
    if (!trusts(peer))
        return plain(peer);
    if (!proxySource.isNull())
        return plain(proxySource);
    // "client, proxy1, proxy2": each proxy appends the address it saw; ours is the last one. Anything
    // before it was written by the client and proves nothing.
    const QByteArray last = forwardedFor.mid(forwardedFor.lastIndexOf(',') + 1).trimmed();
    QString text = QString::fromLatin1(last);
    if (text.startsWith(u'[') && text.contains(u']'))
        text = text.mid(1, text.indexOf(u']') - 1); // "[2001:db8::1]:4711"
    const QHostAddress forwarded(text);
    return forwarded.isNull() ? plain(peer) : plain(forwarded);
}

} // namespace lars::server::http
