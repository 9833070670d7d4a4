#pragma once
// pupil_search, the search index, carries every field a result list shows of a pupil (name, numbers,
// school and class names, attributes, version), so that a page of results is one range scan without
// joins. Triggers on pupils, schools and classes keep the copy exact whatever writes them (the server, an
// import, an operator's correction); a row inserted with its list fields left out gets them filled in.
#include <QString>
#include <QStringList>

namespace lars::server::store {

class PupilSearchIndex final
{
public:
    // The columns of a result row, in the order PupilStore::fromRow reads a pupil's.
    static QString listColumns();
    // Schema migration 14: pupil_search rebuilt with the list fields (filled from pupils, schools and
    // classes, in key order), the indexes the triggers need, and the triggers.
    static QStringList migration(bool postgres);
};

} // namespace lars::server::store
