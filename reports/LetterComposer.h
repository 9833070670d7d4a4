#pragma once
// Composes one letter: turns the template's blocks into items through the block painters, paginates
// them and paints page by page (letterhead or running header, the items, the footer).
namespace lars::reports {

class LetterContext;

class LetterComposer final
{
public:
    explicit LetterComposer(LetterContext &context)
        : m_ctx(context)
    {}

    // Starts with newPage() when asked (a letter after another in one document); returns the page count.
    int run(bool startOnNewPage);

private:
    void buildBlocks();

    LetterContext &m_ctx;
};

} // namespace lars::reports
