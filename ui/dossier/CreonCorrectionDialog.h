#pragma once
// Correcting a refused CREON registration where its data live: a consult result is corrected in the
// consult (the registration follows as its next version), a manual one in itself; one from an activity
// is corrected in the journal, so the dialog only explains. Shows the ministry's reason first.
#include "models/Measurement.h"

#include <QDialog>
#include <QJsonObject>

class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QDialogButtonBox;

namespace lars::ui {

class CreonCorrectionDialog final : public QDialog
{
    Q_OBJECT
public:
    // consult: the consult the registration comes from (for registrations from a consult).
    CreonCorrectionDialog(const QJsonObject &registration, const QString &itemName,
                          const std::optional<models::Measurement> &consult, QWidget *parent = nullptr);

    bool correctsConsult() const { return m_consult.has_value(); }
    models::Measurement correctedConsult() const;
    QDate correctedDate() const;
    QJsonValue correctedValue() const;

private:
    void updateState();

    QJsonObject m_registration;
    std::optional<models::Measurement> m_consult;
    QString m_field;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_quantity = nullptr;
    QDoubleSpinBox *m_left = nullptr;
    QDoubleSpinBox *m_right = nullptr;
    QLineEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace lars::ui
