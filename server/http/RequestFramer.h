#pragma once
// Follows the request boundaries in a connection's byte stream before Qt's HTTP parser buffers them, so
// that limits hold while reading: a body larger than the limit is refused from its Content-Length (413)
// before one byte of it is kept, headers that never end are refused at a size (431), and bodies whose
// length is not announced (chunked) are refused (411): a client that streams without a length could
// otherwise make the server buffer without bound.
#include <QByteArray>
#include <QByteArrayView>

namespace lars::server::http {

class RequestFramer final
{
public:
    enum class Verdict
    {
        Ok,
        BodyTooLarge,    // 413
        HeadersTooLarge, // 431
        LengthRequired,  // 411: Transfer-Encoding without Content-Length
        Malformed,       // 400: an unreadable or contradictory Content-Length
    };

    RequestFramer(qint64 maxBodyBytes, qsizetype maxHeaderBytes)
        : m_maxBody(maxBodyBytes)
        , m_maxHeader(maxHeaderBytes)
    {}

    // The next bytes of the stream, in order. Once a verdict other than Ok is returned it stays.
    Verdict feed(QByteArrayView bytes);
    // True while a request has begun and its body is not complete yet (the request deadline runs).
    bool inRequest() const { return m_inBody || !m_head.isEmpty(); }

private:
    Verdict headerComplete();

    qint64 m_maxBody;
    qsizetype m_maxHeader;
    QByteArray m_head; // the header block of the request being read
    bool m_inBody = false;
    qint64 m_bodyLeft = 0;
    Verdict m_verdict = Verdict::Ok;
};

} // namespace lars::server::http
