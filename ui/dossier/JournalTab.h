#pragma once
// "Journaal" (journaalblad): the pupil's activities newest first, with draaischijf direction, category and
// detail in their own column; filters by staff member, function and period; registers new activities.
// Its context menu lets the author correct or withdraw her own entries and shows any entry's history; a
// withdrawn entry stays, struck through and marked.
#include "models/Activity.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QPushButton;
class QTableView;

namespace lars::models {
class DossierModel;
class DossierNomenclature;
} // namespace lars::models

namespace lars::ui {

class JournalTab final : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Staff,
        Function,
        Subject,
        Duration,
        Hub,
        Text,
        ColumnCount
    };

    JournalTab(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
               QWidget *parent = nullptr);

    // Opens the (window-modal, non-blocking) register-activity dialog.
    void registerActivity();

signals:
    // A referral (or feedback request) to the partner of a draaischijf activity.
    void referralRequested(const lars::models::Activity &activity);
    // An attest made from the activity.
    void attestRequested(qint64 activityId);

private:
    std::optional<models::Activity> selectedActivity() const;
    void updateActions();

    void fillFilters();
    void showJournal();
    void updateEntryActions();
    // The journal entry of the current row (nullptr: none).
    const models::Activity *currentEntry() const;

    models::DossierModel *m_dossier;
    models::DossierNomenclature *m_nomenclature;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QComboBox *m_staffFilter;
    QComboBox *m_functionFilter;
    QComboBox *m_periodFilter;
    QLabel *m_count;
    QAction *m_correct;
    QAction *m_withdraw;
    QAction *m_history;
    QPushButton *m_referral;
    QAction *m_referralAction;
    QAction *m_attestAction;
};

} // namespace lars::ui
