#pragma once
// One unbreakable piece of a letter (a text line, a table row, the chart, the signature, the slip):
// its height, how it holds to its neighbours, and how it paints itself once placed on a page.
#include <functional>
#include <memory>

class QPainter;

namespace lars::reports {

struct LetterItem
{
    double height = 0;
    double spaceBefore = 0; // dropped at the top of a page
    bool keepWithNext = false;
    bool anchorBottom = false;                 // placed at the bottom of the page (the tear-off slip)
    std::shared_ptr<LetterItem> repeatOnBreak; // a table header repeated when the table continues
    std::function<void(QPainter &, double y)> paint;
};

} // namespace lars::reports
