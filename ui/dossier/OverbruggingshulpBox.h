#pragma once
// The overbruggingshulp (bridging help) pupil attribute: a checkbox with a one-line explanation, saved
// to the server (which notes the change in the journal); a failed save puts the box back and offers retry.
// No confirmation dialog: the change waits a few seconds in the outbox next to "Undo", so a slip of the
// mouse is taken back before the server (and the journal) ever sees it.
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace lars::models {
class DossierModel;
}

namespace lars::ui {

class OverbruggingshulpBox final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kUndoMs = 6000;

    explicit OverbruggingshulpBox(models::DossierModel *dossier, QWidget *parent = nullptr);

private:
    void save(bool on);
    void undo();
    void setChecked(bool on);

    models::DossierModel *m_dossier;
    QCheckBox *m_check;
    QLabel *m_status;
    QPushButton *m_undo;
    QPushButton *m_retry;
    QTimer *m_undoWindow;
    QByteArray m_held; // the change that can still be taken back
    bool m_wanted = false;
};

} // namespace lars::ui
