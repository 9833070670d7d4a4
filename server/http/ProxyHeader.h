#pragma once
// The PROXY protocol v2 header (HAProxy `send-proxy-v2`) that a load balancer puts in front of the HTTP
// bytes of each connection: which client the connection is for. Only version 2 (binary) is understood;
// its fixed 12-byte signature cannot begin an HTTP request, so a connection without it is plain HTTP.
#include <QByteArray>
#include <QHostAddress>

namespace lars::server::http {

struct ProxyHeader
{
    enum class Status
    {
        NeedMore, // a prefix of a header: wait for more bytes
        Absent,   // the bytes are not a PROXY v2 header (plain HTTP)
        Invalid,  // the signature, then a version, command, family or length that is not allowed
        Complete, // a whole header of `length` bytes; `source` is null for a LOCAL (health check) header
    };

    Status status = Status::NeedMore;
    qsizetype length = 0;
    QHostAddress source;
    quint16 sourcePort = 0;

    // Parses the first bytes received on a connection.
    static ProxyHeader parse(const QByteArray &bytes);
    static constexpr qsizetype kMaxLength = 16 + 512; // fixed part plus addresses and a few TLVs
};

} // namespace lars::server::http
