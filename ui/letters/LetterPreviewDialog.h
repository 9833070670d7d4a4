#pragma once
// Preview of one or more letters as they will print, with Print…, Save as PDF… and a branding panel
// whose changes show in the preview at once. Saving runs in the background; nothing here blocks on disk.
#include "reports/Branding.h"
#include "reports/LetterData.h"

#include <QDialog>
#include <QPrinter>
#include <optional>

class QLabel;
class QPrintPreviewWidget;
class QPushButton;

namespace lars::reports {
class LetterBatchJob;
}

namespace lars::ui {

class BrandingEditor;

class LetterPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    LetterPreviewDialog(QList<reports::AnyLetter> letters, const reports::Branding &branding,
                        QWidget *parent = nullptr);
    ~LetterPreviewDialog() override;

    // The branding in effect: the CLB's, or the local override saved in the settings.
    static reports::Branding effectiveBranding(const reports::Branding &clbBranding);
    // wanted, made smaller to fit the screen the dialog opens on (a 1366×768 laptop included).
    static QSize fittingSize(const QWidget *dialog, const QSize &wanted);

    void setBranding(const reports::Branding &branding);
    reports::Branding branding() const { return m_branding; }
    int pageCount() const;
    QPrintPreviewWidget *previewWidget() const { return m_preview; }
    BrandingEditor *brandingEditor() const { return m_editor; }
    // The printer the preview and Print… use (remembers the last printer chosen).
    QPrinter *printer() { return &m_printer; }

    // Test hooks: the next save/print answers without showing the modal file or printer dialog.
    // An empty file name stands for "the user cancelled".
    static void setNextSaveFileName(const std::optional<QString> &path);
    static void setNextPrintAccepted(std::optional<bool> accepted);

public slots:
    void saveAsPdf();
    void print();
    // Keeps the current branding as this computer's letter branding (settings).
    void saveBrandingAsDefault();

signals:
    void saved(const QString &path);
    void saveFailed(const QString &error);
    void printed(int pages);

private:
    void startSave(const QString &path);
    void printNow();
    void showPageNumber();

    QList<reports::AnyLetter> m_letters;
    reports::Branding m_branding;
    QPrinter m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    BrandingEditor *m_editor = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_pageLabel = nullptr;
    reports::LetterBatchJob *m_job = nullptr;
};

} // namespace lars::ui
