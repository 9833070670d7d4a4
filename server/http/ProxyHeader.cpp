#include "server/http/ProxyHeader.h"

#include <QtEndian>
#include <cstring>

namespace lars::server::http {

namespace {
constexpr char kSignature[12] = {'\r', '\n', '\r', '\n', '\0', '\r', '\n', 'Q', 'U', 'I', 'T', '\n'};
}

ProxyHeader ProxyHeader::parse(const QByteArray &bytes)
{
    ProxyHeader h;
    const qsizetype prefix = std::min<qsizetype>(bytes.size(), sizeof kSignature);
    if (std::memcmp(bytes.constData(), kSignature, size_t(prefix)) != 0) {
        h.status = Status::Absent;
        return h;
    }
    if (bytes.size() < 16)
        return h; // NeedMore
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const int version = b[12] >> 4, command = b[12] & 0x0f, family = b[13] >> 4, transport = b[13] & 0x0f;
    const qsizetype length = 16 + qFromBigEndian<quint16>(b + 14);
    h.status = Status::Invalid;
    if (version != 2 || command > 1 || length > kMaxLength)
        return h;
    // The address block each family needs: IPv4 2×4+2×2, IPv6 2×16+2×2, UNIX 2×108.
    const qsizetype needed = family == 1 ? 12 : family == 2 ? 36 : family == 3 ? 216 : 0;
    if (family > 3 || length < 16 + needed)
        return h;
    if (bytes.size() < length) {
        h.status = Status::NeedMore;
        return h;
    }
    h.status = Status::Complete;
    h.length = length;
    // LOCAL (the proxy's own health check) and non-TCP connections carry no client: the peer is the client.
    if (command == 0 || transport != 1)
        return h;
    if (family == 1) {
        h.source = QHostAddress(qFromBigEndian<quint32>(b + 16));
        h.sourcePort = qFromBigEndian<quint16>(b + 24);
    } else if (family == 2) {
        h.source = QHostAddress(b + 16);
        h.sourcePort = qFromBigEndian<quint16>(b + 48);
    }
    return h;
}

} // namespace lars::server::http
