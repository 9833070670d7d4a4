#include "server/http/RequestFramer.h"

#include <QList>

namespace lars::server::http {

RequestFramer::Verdict RequestFramer::feed(QByteArrayView bytes)
{
    while (m_verdict == Verdict::Ok && !bytes.isEmpty()) {
        if (m_inBody) {
            const qint64 take = std::min<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= take;
            bytes = bytes.sliced(take);
            m_inBody = m_bodyLeft > 0;
            continue;
        }
        // Blank lines between requests are allowed (RFC 9112 2.2).
        if (m_head.isEmpty()) {
            while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
                bytes = bytes.sliced(1);
            if (bytes.isEmpty())
                break;
        }
        const qsizetype before = m_head.size();
        m_head.append(bytes.first(std::min<qsizetype>(bytes.size(), m_maxHeader + 4 - before)));
        // The header block ends at the first empty line, whatever mix of CRLF and bare LF a client uses
        // (LF, optional CR, LF): the same place Qt's HTTP parser ends it.
        qsizetype end = -1;
        qsizetype after = -1;
        for (qsizetype i = std::max<qsizetype>(0, before - 2); i < m_head.size() && end < 0; ++i) {
            if (m_head.at(i) != '\n')
                continue;
            qsizetype j = i + 1;
            if (j < m_head.size() && m_head.at(j) == '\r')
                ++j;
            if (j < m_head.size() && m_head.at(j) == '\n') {
                end = i;
                after = j + 1;
            }
        }
        if (end < 0) {
            // An end still to come starts at least two bytes back (LF CR | LF): only then is it too late.
            if (m_head.size() > m_maxHeader + 2)
                m_verdict = Verdict::HeadersTooLarge;
            else
                bytes = bytes.sliced(m_head.size() - before);
            continue;
        }
        bytes = bytes.sliced(after - before);
        m_head.truncate(end);
        m_verdict = headerComplete();
        m_head.clear();
    }
    return m_verdict;
}

RequestFramer::Verdict RequestFramer::headerComplete()
{
    if (m_head.size() > m_maxHeader)
        return Verdict::HeadersTooLarge;
    qint64 length = -1;
    bool transferEncoding = false;
    const QList<QByteArray> lines = m_head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            transferEncoding = true;
        } else if (name == "content-length") {
            bool ok = !value.isEmpty();
            for (const char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 n = ok && value.size() <= 18 ? value.toLongLong(&ok) : -1;
            if (!ok || n < 0 || (length >= 0 && n != length))
                return Verdict::Malformed;
            length = n;
        }
    }
    if (transferEncoding)
        return length >= 0 ? Verdict::Malformed : Verdict::LengthRequired;
    if (length > m_maxBody)
        return Verdict::BodyTooLarge;
    m_bodyLeft = std::max<qint64>(length, 0);
    m_inBody = m_bodyLeft > 0;
    return Verdict::Ok;
}

} // namespace lars::server::http
