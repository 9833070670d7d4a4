#pragma once
// Joins PDF documents written by QPdfWriter into one: the pages of each in order, the document
// information and metadata of the first. Made for a letters batch rendered in parallel parts; not a
// general PDF merger: it relies on the shape Qt writes (a classic cross-reference table, one flat page
// tree, no object streams) and refuses anything else.
#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace lars::reports {

class PdfMerge final
{
public:
    // Writes the joined document to out; empty on success, else why the parts could not be joined
    // (nothing useful was written then).
    static QString merge(const QList<QByteArray> &parts, QIODevice &out);
};

} // namespace lars::reports
