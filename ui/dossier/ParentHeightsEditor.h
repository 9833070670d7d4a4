#pragma once
// The parents' heights on the medical tab, edited inline: the pencil turns the two values into editors,
// V (or Enter) saves, Esc cancels. Validation (120–230 cm) shows next to the field; a conflict shows both
// values and lets the user choose; a failed save keeps what was typed and offers retry.
#include "models/ParentHeights.h"
#include "models/api/DossierApi.h"
#include "ui/widgets/UnsavedWork.h"

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace lars::models {
class DossierModel;
}

namespace lars::ui {

class MessageLabel;

class ParentHeightsEditor final : public QWidget, public UnsavedWork
{
    Q_OBJECT
public:
    explicit ParentHeightsEditor(models::DossierModel *dossier, QWidget *parent = nullptr);

    bool isEditing() const;
    void startEditing();
    void save();
    void cancel();
    QString unsavedWork() const override;

    // "172", "172,5" or "172.5"; nullopt for an empty field; *ok false when it is not a number.
    static std::optional<double> parseCm(const QString &text, bool *ok);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showValues();
    bool validate(std::optional<double> *father, std::optional<double> *mother);
    void setBusy(bool busy);
    void onConflict(const models::ParentHeights &theirs);
    void onFailed(const models::DossierReply &reply);

    models::DossierModel *m_dossier;
    QStackedWidget *m_stack;
    QLabel *m_fatherValue;
    QLabel *m_motherValue;
    QLabel *m_changedBy;
    QToolButton *m_editButton;
    QLineEdit *m_fatherEdit;
    QLineEdit *m_motherEdit;
    MessageLabel *m_fatherError;
    MessageLabel *m_motherError;
    QToolButton *m_saveButton;
    QToolButton *m_cancelButton;
    QProgressBar *m_progress;
    QWidget *m_failureBox;
    MessageLabel *m_failureText;
    QPushButton *m_retryButton;
    QFrame *m_conflictBox;
    QLabel *m_conflictText;
    QPushButton *m_keepMineButton;
    QPushButton *m_takeTheirsButton;
    models::ParentHeights m_theirs;
    bool m_saving = false;
};

} // namespace lars::ui
