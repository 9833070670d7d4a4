#include "ui/OutboxIndicator.h"

#include "models/api/Outbox.h"
#include "ui/OutboxDialog.h"

namespace lars::ui {

OutboxIndicator::OutboxIndicator(models::Outbox *outbox, QWidget *parent)
    : QToolButton(parent)
    , m_outbox(outbox)
{
    setObjectName(QStringLiteral("outboxIndicator"));
    setAutoRaise(true);
    setToolTip(tr("Shows the changes that have not reached the server yet"));
    connect(this, &QToolButton::clicked, this, &OutboxIndicator::showList);
    connect(m_outbox, &models::Outbox::changesChanged, this, &OutboxIndicator::update);
    update();
}

void OutboxIndicator::update()
{
    const int waiting = m_outbox->waitingCount();
    const int choose = m_outbox->needsUserCount();
    setText(choose > 0 ? tr("%n change(s) need your choice…", nullptr, choose)
                       : tr("%n change(s) waiting for a connection…", nullptr, waiting));
    setVisible(waiting + choose > 0);
}

OutboxDialog *OutboxIndicator::showList()
{
    if (!m_list) {
        m_list = new OutboxDialog(m_outbox, window());
        m_list->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_list->show();
    m_list->raise();
    m_list->activateWindow();
    return m_list;
}

} // namespace lars::ui
