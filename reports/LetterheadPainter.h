#pragma once
// The top of each page: on the first page the letterhead (logos, CLB name and contact data, brand
// rule) and the place/date line, on the following pages the running header (CLB · pupil).
// Each call measures, and paints only when asked, so pagination knows the free space first.
namespace lars::reports {

class LetterContext;

class LetterheadPainter final
{
public:
    explicit LetterheadPainter(const LetterContext &context)
        : m_ctx(context)
    {}

    // Each returns the y below what it takes.
    double letterhead(bool draw) const;
    double dateLine(double y, bool draw) const;
    double runningHeader(bool draw) const;

private:
    const LetterContext &m_ctx;
};

} // namespace lars::reports
