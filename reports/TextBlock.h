#pragma once
// Wrapped plain text laid out for one paint device, line by line, so a page break can fall between
// any two lines. Line breaks and blank lines of the text are kept; long words wrap anywhere.
#include <QFont>
#include <QPointF>
#include <QString>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace lars::reports {

class TextBlock final
{
public:
    TextBlock(const QString &text, const QFont &font, double width, QPaintDevice *device,
              Qt::Alignment alignment = Qt::AlignLeft);
    ~TextBlock();
    TextBlock(const TextBlock &) = delete;
    TextBlock &operator=(const TextBlock &) = delete;

    int lineCount() const { return int(m_lines.size()); }
    double height() const { return m_height; }
    double lineTop(int line) const { return m_lines[size_t(line)].top; }
    double lineHeight(int line) const { return m_lines[size_t(line)].height; }
    double naturalWidth() const { return m_naturalWidth; }
    // Paints lines [first, last) with the painter's pen; line `first` starts at topLeft.
    void paintLines(QPainter &painter, QPointF topLeft, int first, int last) const;
    void paint(QPainter &painter, QPointF topLeft) const { paintLines(painter, topLeft, 0, lineCount()); }

private:
    struct Line
    {
        int layout;
        int line; // -1 for an empty text line
        double top;
        double height;
    };
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    std::vector<Line> m_lines;
    double m_height = 0;
    double m_naturalWidth = 0;
};

} // namespace lars::reports
