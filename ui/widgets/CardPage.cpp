#include "ui/widgets/CardPage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lars::ui {

CardPage::CardPage(const QString &heading, QWidget *parent)
    : QWidget(parent)
    , m_card(new QFrame(this))
    , m_heading(makeHeading(heading, m_card))
    , m_above(new QVBoxLayout)
    , m_cardLayout(new QVBoxLayout)
{
    m_card->setObjectName(QStringLiteral("card"));
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setBackgroundRole(QPalette::Base);
    m_card->setAutoFillBackground(true);
    m_heading->setObjectName(QStringLiteral("cardHeading"));
    m_heading->setVisible(!heading.isEmpty());
    setCardWidth(480, 620);

    auto *inner = new QVBoxLayout(m_card);
    inner->setContentsMargins(24, 20, 24, 20);
    inner->setSpacing(10);
    inner->addWidget(m_heading);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    inner->addLayout(m_cardLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(m_above);
    // Centred by stretches, not by alignment: an aligned item ignores the height its wrapped labels need.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_card, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void CardPage::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    m_heading->setVisible(!heading.isEmpty());
}

QString CardPage::heading() const
{
    return m_heading->text();
}

void CardPage::setCardWidth(int minimum, int maximum)
{
    m_card->setMinimumWidth(minimum);
    m_card->setMaximumWidth(maximum);
}

QLabel *CardPage::makeHeading(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace lars::ui
