#include "ui/OutboxDialog.h"

#include "models/api/Outbox.h"
#include "ui/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lars::ui {

namespace {
QString stateText(const models::PendingChange &c)
{
    using S = models::PendingChange::State;
    switch (c.state) {
    case S::Waiting:
        return c.attempts == 0
                   ? OutboxDialog::tr("waiting to be sent")
                   : OutboxDialog::tr("waiting for a connection (tried %n time(s))", nullptr, c.attempts);
    case S::Conflict:
        return OutboxDialog::tr("someone else changed this first: choose");
    case S::Refused:
        return OutboxDialog::tr("refused by the server: %1").arg(c.lastError);
    }
    return {};
}
} // namespace

OutboxDialog::OutboxDialog(models::Outbox *outbox, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("Every change has reached the server."), this))
    , m_retry(new QPushButton(tr("&Try again now"), this))
    , m_decide(new QPushButton(tr("&Choose…"), this))
    , m_drop(new QPushButton(tr("&Drop this change"), this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Changes on their way to the server"));
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setAccessibleName(tr("Changes on their way to the server"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Change"), tr("Made at"), tr("State")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("outboxEmpty"));
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_decide->setObjectName(QStringLiteral("outboxDecide"));
    m_drop->setObjectName(QStringLiteral("outboxDrop"));
    auto *note = new QLabel(tr("Changes are kept encrypted on this computer until the server has them, also "
                               "when LARS or the computer stops."),
                            this);
    note->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, m_outbox, &models::Outbox::retryNow);
    connect(m_decide, &QPushButton::clicked, this, [this] { decide(selectedId()); });
    connect(m_drop, &QPushButton::clicked, this, [this] { m_outbox->discard(selectedId()); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    connect(m_outbox, &models::Outbox::changesChanged, this, &OutboxDialog::fill);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_decide);
    actions->addWidget(m_drop);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);
    layout->addWidget(close);
    resize(720, 360);
    fill();
}

void OutboxDialog::fill()
{
    const QByteArray selected = selectedId();
    m_list->clear();
    for (const models::PendingChange &c : m_outbox->changes()) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {c.summary, QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat), stateText(c)});
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(2, item->text(2));
        if (c.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    updateButtons();
}

QByteArray OutboxDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toByteArray() : QByteArray();
}

void OutboxDialog::updateButtons()
{
    const models::PendingChange *c = m_outbox->find(selectedId());
    using S = models::PendingChange::State;
    m_decide->setEnabled(c && c->state == S::Conflict);
    m_drop->setEnabled(c && c->state != S::Waiting);
    m_retry->setEnabled(m_outbox->waitingCount() > 0);
}

void OutboxDialog::decide(const QByteArray &id)
{
    const models::PendingChange *c = m_outbox->find(id);
    if (!c || c->state != models::PendingChange::State::Conflict)
        return;
    auto *dialog = new ConflictDialog(*c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::sendMerged, m_outbox, &models::Outbox::keepMine);
    connect(dialog, &ConflictDialog::keepTheirs, m_outbox, &models::Outbox::discard);
    dialog->open();
}

} // namespace lars::ui
