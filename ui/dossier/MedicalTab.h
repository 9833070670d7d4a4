#pragma once
// "Medische gegevens": the measurements per systematic contact, the advice for the parents of the
// selected one (AdviceEditor), the parents' heights (inline editor), the target height with its formula's
// name, and the growth chart (height or BMI for age).
#include "models/GrowthReference.h"
#include "models/Measurement.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace lars::models {
class DossierModel;
}

namespace lars::ui {

class AdviceEditor;
class GrowthChartWidget;
class ParentHeightsEditor;

class MedicalTab final : public QWidget
{
    Q_OBJECT
public:
    explicit MedicalTab(models::DossierModel *dossier, QWidget *parent = nullptr);

    static QString contactName(const QString &code);
    // nullopt for sex "X" (the references and Tanner's formula are per sex).
    static std::optional<models::GrowthReference::Sex> referenceSex(const QString &sex);

signals:
    // Letters (the letters area answers): the parent letter of a systematic contact (the selected one, else
    // the latest), a referral after that contact, all parent letters of the pupil's class.
    void parentLetterRequested(const lars::models::Measurement &contact);
    void referralRequested(const lars::models::Measurement &contact);
    void classLettersRequested();

private:
    void showMeasurements();
    // The consult of the selected row (the latest when none is selected) goes to the advice editor.
    void selectConsult(qint64 measurementId);
    void showTargetAndChart();

    models::DossierModel *m_dossier;
    QStandardItemModel *m_measurements;
    QTableView *m_table;
    ParentHeightsEditor *m_parentHeights;
    AdviceEditor *m_advice;
    QLabel *m_target;
    QButtonGroup *m_measureChoice;
    GrowthChartWidget *m_chart;
};

} // namespace lars::ui
