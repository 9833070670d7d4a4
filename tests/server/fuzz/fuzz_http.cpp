// libFuzzer: the bytes of a connection as lars-server reads them before Qt's HTTP parser — an optional
// PROXY v2 header, then requests whose limits RequestFramer enforces. The framer must reach the same
// verdict whatever pieces the bytes arrive in (the first input byte picks the piece size).
#include "server/http/ProxyHeader.h"
#include "server/http/RequestFramer.h"

#include <cstdint>
#include <cstdlib>

using lars::server::http::ProxyHeader;
using lars::server::http::RequestFramer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 17;
    // Views of libFuzzer's own buffer, not copies: no allocation per input, and ASan sees a read past the
    // end (a copy would carry Qt's terminating NUL).
    const QByteArray stream =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const ProxyHeader header = ProxyHeader::parse(
        QByteArray::fromRawData(stream.constData(), std::min(stream.size(), ProxyHeader::kMaxLength)));
    if (header.status == ProxyHeader::Status::Complete &&
        (header.length < 16 || header.length > stream.size()))
        std::abort();

    RequestFramer whole(1000, 300);
    const RequestFramer::Verdict once = whole.feed(stream);
    RequestFramer pieces(1000, 300);
    RequestFramer::Verdict inPieces = RequestFramer::Verdict::Ok;
    for (qsizetype at = 0; at < stream.size() && inPieces == RequestFramer::Verdict::Ok; at += piece)
        inPieces = pieces.feed(QByteArrayView(stream).sliced(at, std::min(piece, stream.size() - at)));
    if (once != inPieces)
        std::abort();
    if (once == RequestFramer::Verdict::Ok && whole.inRequest() != pieces.inRequest())
        std::abort();
    return 0;
}
