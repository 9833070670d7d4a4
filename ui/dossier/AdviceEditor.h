#pragma once
// The advice for the parents of one systematic contact, on the medical tab: typed in several lines (line
// breaks and blank lines kept exactly), kept as a draft while typing, saved through the outbox like the
// parents' heights (a conflict shows both texts, a refusal keeps what was typed). When a result is outside
// P3–P97 or a finding deviates, it says so (the parent letter is refused without an advice) and offers a
// suggested text generated from the findings, to accept and edit.
#include "models/ConsultAdvice.h"
#include "models/api/DossierApi.h"
#include "ui/widgets/UnsavedWork.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace lars::models {
class DossierModel;
struct Measurement;
} // namespace lars::models

namespace lars::ui {

class MessageLabel;

class AdviceEditor final : public QWidget, public UnsavedWork
{
    Q_OBJECT
public:
    explicit AdviceEditor(models::DossierModel *dossier, QWidget *parent = nullptr);

    // The consult whose advice is shown (0: none); what was typed for the previous one stays a draft.
    void setConsult(qint64 measurementId);
    qint64 consult() const { return m_measurementId; }
    QString text() const;
    // The text generated from the findings; empty when every result is within the norms.
    QString suggestion() const { return m_suggestion; }
    void useSuggestion();
    void save();
    void revert();
    QString unsavedWork() const override;

private:
    const models::Measurement *current() const;
    bool isDirty() const;
    void showConsult();
    void showChecks();
    void showChangedBy();
    void updateButtons();
    QString draftName() const;
    void keepDraft();
    void forgetDraft();
    void onSaved(qint64 measurementId);
    void onConflict(qint64 measurementId, const models::ConsultAdvice &theirs);
    void onFailed(qint64 measurementId, const models::DossierReply &reply);
    void onWaiting(qint64 measurementId);

    models::DossierModel *m_dossier;
    qint64 m_measurementId = 0;
    QLabel *m_title;
    MessageLabel *m_findings;
    QPushButton *m_suggest;
    QPlainTextEdit *m_text;
    QPushButton *m_save;
    QPushButton *m_revert;
    MessageLabel *m_status;
    MessageLabel *m_failure;
    QFrame *m_conflictBox;
    QLabel *m_conflictText;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QTimer *m_draftTimer;
    models::ConsultAdvice m_base; // the advice the typed text started from (its version goes in If-Match)
    models::ConsultAdvice m_theirs;
    QString m_suggestion;
    bool m_saving = false;
    bool m_showing = false; // filling the editor, not typing
};

} // namespace lars::ui
