#pragma once
// The signature: an optional box for the handwritten signature with its label, then the staff
// member's name and function; never split by a page break.
#include <QJsonObject>

namespace lars::reports {

class LetterContext;

class SignaturePainter final
{
public:
    explicit SignaturePainter(LetterContext &context)
        : m_ctx(context)
    {}

    void add(const QJsonObject &block, double spaceBefore);

private:
    LetterContext &m_ctx;
};

} // namespace lars::reports
