#pragma once
// Class letters, step one: the staff member picks which consult (contact and school year) the parent
// letters are about, sees which pupils have no such consult (listed, skipped, never given an older one)
// and a sample letter as it will print; "Save as PDF…" then asks where and hands over to the batch.
#include "models/ClassMedical.h"
#include "reports/Branding.h"
#include "reports/LetterData.h"

#include <QDialog>
#include <QPrinter>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPushButton;

namespace lars::ui {

class ClassLettersDialog final : public QDialog
{
    Q_OBJECT
public:
    ClassLettersDialog(models::ClassMedical data, reports::ClbInfo clb, reports::StaffInfo staff,
                       reports::Branding branding, QWidget *parent = nullptr);

    // The consults the class had (most recent first), and the one chosen.
    QList<models::ClassMedical::Consult> consults() const { return m_consults; }
    void setConsult(int index);
    // The letters of the chosen consult, one per pupil who had it, and the pupils skipped.
    QList<reports::AnyLetter> letters() const { return m_letters; }
    QStringList skippedPupils() const { return m_skipped; }
    QPrintPreviewWidget *samplePreview() const { return m_preview; }

    // Test hook: the next save answers without the modal file dialog (empty = the user cancelled).
    static void setNextSaveFileName(const std::optional<QString> &path);

public slots:
    void save();

signals:
    // The user chose where to save the letters of the chosen consult.
    void saveRequested(const QList<lars::reports::AnyLetter> &letters, const QString &path);

private:
    void rebuild();
    QString consultLabel(const models::ClassMedical::Consult &consult) const;

    models::ClassMedical m_data;
    reports::ClbInfo m_clb;
    reports::StaffInfo m_staff;
    reports::Branding m_branding;
    QList<models::ClassMedical::Consult> m_consults;
    QList<reports::AnyLetter> m_letters;
    QStringList m_skipped;
    QPrinter m_printer;
    QComboBox *m_consult = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_skippedList = nullptr;
    QLabel *m_sampleLabel = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace lars::ui
