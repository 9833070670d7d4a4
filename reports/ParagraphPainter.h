#pragma once
// A paragraph of wrapped text as one item per line, so a page break can fall between lines; short
// paragraphs stay together and longer ones leave no single orphan or widow line.
#include <QColor>
#include <QFont>
#include <QString>

namespace lars::reports {

class LetterContext;

class ParagraphPainter final
{
public:
    explicit ParagraphPainter(LetterContext &context)
        : m_ctx(context)
    {}

    // fixed: the text is the same on every letter (a template text without placeholders): laid out once
    // per batch.
    void add(const QString &text, const QFont &font, const QColor &color, Qt::Alignment align,
             double spaceBefore, bool keepWithNext, bool fixed = false);

private:
    LetterContext &m_ctx;
};

} // namespace lars::reports
