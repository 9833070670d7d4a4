#include "reports/FastDeflate.h"

#include <zlib.h>

namespace lars::reports {

namespace {
thread_local int t_scopes = 0;
thread_local int t_fastStreams = 0;
} // namespace

FastDeflate::Scope::Scope()
{
    ++t_scopes;
}

FastDeflate::Scope::~Scope()
{
    --t_scopes;
}

int FastDeflate::fastStreams()
{
    return t_fastStreams;
}

} // namespace lars::reports

// zlib's deflateInit_ (what the deflateInit macro calls) with the level lowered inside a Scope; it does
// what zlib's own does: deflateInit2_ with the default window and memory level.
extern "C" int deflateInit_(z_streamp stream, int level, const char *version, int streamSize)
{
    if (level == Z_DEFAULT_COMPRESSION && lars::reports::t_scopes > 0) {
        level = 1;
        ++lars::reports::t_fastStreams;
    }
    return deflateInit2_(stream, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, streamSize);
}
