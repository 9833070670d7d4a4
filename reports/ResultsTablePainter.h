#pragma once
// A results or measurements table (up to three columns from the template): a header row in the
// brand's accent colour, repeated at the top of the next page when the table continues, and rows
// that are never split by a page break.
#include "reports/LetterData.h"

#include <QJsonArray>
#include <QList>

namespace lars::reports {

class LetterContext;
class LetterTemplate;

class ResultsTablePainter final
{
public:
    explicit ResultsTablePainter(LetterContext &context)
        : m_ctx(context)
    {}

    void add(const QJsonArray &columns, const QList<ResultRow> &rows, double spaceBefore);

    // The rows of the parent letter's results table: the consult's measurements with percentiles, then
    // the typed results. Without a template only the typed results.
    static QList<ResultRow> resultRows(const LetterTemplate *tpl, const ParentLetter &letter);

private:
    LetterContext &m_ctx;
};

} // namespace lars::reports
