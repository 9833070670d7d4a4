#pragma once
// The list behind the status bar's "n changes waiting for a connection": every change on its way to the
// server with its state (waiting and why, a conflict to decide, refused and why). Try again now, decide a
// conflict (side by side, ConflictDialog) or, once seen, drop a refused change.
#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lars::models {
class Outbox;
}

namespace lars::ui {

class OutboxDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(models::Outbox *outbox, QWidget *parent = nullptr);

    // Opens the conflict view of a change (also from the indicator when a conflict arrives).
    void decide(const QByteArray &id);

private:
    void fill();
    void updateButtons();
    QByteArray selectedId() const;

    models::Outbox *m_outbox;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_retry;
    QPushButton *m_decide;
    QPushButton *m_drop;
};

} // namespace lars::ui
