#pragma once
// The normalised form of a name that pupil search indexes and compares: decomposed, marks removed,
// case-folded, punctuation as single spaces ("Ëlise" -> "elise", "Dubois-Van den Bossche" ->
// "dubois van den bossche"). Written by the application because SQLite's lower() folds ASCII only.
#include <QString>

namespace lars::models {

class SearchKey final
{
public:
    static QString normalise(const QString &text);
    // The smallest string greater than every string that starts with prefix, for a range scan
    // `key >= prefix AND key < upperBound(prefix)` on an index whose key is the sort order.
    static QString upperBound(const QString &prefix);
};

} // namespace lars::models
