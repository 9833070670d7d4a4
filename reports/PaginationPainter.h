#pragma once
// Pagination: distributes a letter's items over pages (keep-with-next chains, repeated table headers,
// the slip at the bottom of the sheet) and paints each page's footer: "Vertrouwelijk", the CLB and
// "pagina x/y" right-aligned.
#include "reports/LetterItem.h"

#include <QList>

namespace lars::reports {

class LetterContext;

class PaginationPainter final
{
public:
    struct Page
    {
        struct Placed
        {
            const LetterItem *item;
            double y;
        };
        QList<Placed> items;
    };

    explicit PaginationPainter(const LetterContext &context)
        : m_ctx(context)
    {}

    // firstTop: where the body starts on the first page (below the letterhead); nextTop: on the others.
    QList<Page> paginate(double firstTop, double nextTop) const;
    // page counts from 1.
    void footer(int page, int pages) const;

private:
    const LetterContext &m_ctx;
};

} // namespace lars::reports
