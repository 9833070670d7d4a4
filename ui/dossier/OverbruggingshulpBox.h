#pragma once
// The overbruggingshulp (bridging help) pupil attribute: a checkbox with a one-line explanation, saved
// to the server (which notes the change in the journal); a failed save puts the box back and offers retry.
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lars::models {
class DossierModel;
}

namespace lars::ui {

class OverbruggingshulpBox final : public QWidget
{
    Q_OBJECT
public:
    explicit OverbruggingshulpBox(models::DossierModel *dossier, QWidget *parent = nullptr);

private:
    void save(bool on);

    models::DossierModel *m_dossier;
    QCheckBox *m_check;
    QLabel *m_status;
    QPushButton *m_retry;
    bool m_wanted = false;
};

} // namespace lars::ui
