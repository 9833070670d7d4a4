#include "ui/widgets/DraftOffer.h"

#include "ui/widgets/MessageLabel.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace lars::ui {

DraftOffer::DraftOffer(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_text(new MessageLabel(MessageLabel::Kind::Notice, namePrefix + QStringLiteral("DraftText"), this))
{
    setObjectName(namePrefix + QStringLiteral("DraftOffer"));
    auto *restore = new QPushButton(tr("&Restore the draft"), this);
    restore->setObjectName(namePrefix + QStringLiteral("DraftRestore"));
    auto *discard = new QPushButton(tr("Discard the dra&ft"), this);
    discard->setObjectName(namePrefix + QStringLiteral("DraftDiscard"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(restore);
    layout->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, [this] {
        hide();
        emit restoreChosen();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        hide();
        emit discardChosen();
    });
    hide();
}

void DraftOffer::offer(const QString &text)
{
    m_text->showMessage(text);
    show();
}

} // namespace lars::ui
