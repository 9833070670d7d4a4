#pragma once
// The tear-off feedback slip of a referral: one unbreakable item placed at the bottom of a page
// (or at the top of a page of its own), with a cut line, fields to fill in and the return address.
#include <QJsonObject>

namespace lars::reports {

class LetterContext;

class SlipPainter final
{
public:
    explicit SlipPainter(LetterContext &context)
        : m_ctx(context)
    {}

    void add(const QJsonObject &block);

private:
    LetterContext &m_ctx;
};

} // namespace lars::reports
