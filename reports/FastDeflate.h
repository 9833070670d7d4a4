#pragma once
// Letter PDFs with their page streams compressed at zlib level 1 instead of Qt's default level 6: zlib
// was 40 % of the time of a batch; level 1 takes about a quarter off the whole batch for a PDF a few
// percent larger (docs/benchmarks.md). QPdfWriter has no setting for it, so FastDeflate.cpp defines
// zlib's deflateInit_ in the program: Qt's PDF engine calls it through the dynamic linker, where the
// program's own definition comes first. It lowers the default level only on a thread inside a Scope;
// every other caller gets zlib's behaviour unchanged.
namespace lars::reports {

class FastDeflate final
{
public:
    class Scope final
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    };

    // How many compressors this thread started at level 1 so far: 0 after a PDF means the program's
    // deflateInit_ was not the one called (e.g. a linker that does not export it), and all is as before.
    static int fastStreams();
};

} // namespace lars::reports
