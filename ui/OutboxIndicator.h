#pragma once
// The status bar's word on changes that have not reached the server: "n changes waiting for a
// connection", or that some need the user's choice; hidden when there are none. A click opens the list.
#include <QPointer>
#include <QToolButton>

namespace lars::models {
class Outbox;
}

namespace lars::ui {

class OutboxDialog;

class OutboxIndicator final : public QToolButton
{
    Q_OBJECT
public:
    explicit OutboxIndicator(models::Outbox *outbox, QWidget *parent = nullptr);

    // Opens (or raises) the list of changes.
    OutboxDialog *showList();

private:
    void update();

    models::Outbox *m_outbox;
    QPointer<OutboxDialog> m_list;
};

} // namespace lars::ui
