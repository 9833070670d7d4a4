#pragma once
// Prints a batch of letters (e.g. all parent letters of a class) into one PDF in the background,
// with a progress bar and Cancel; a cancelled batch leaves no file behind.
#include "reports/Branding.h"
#include "reports/LetterData.h"
#include "reports/LetterOutput.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lars::reports {
class LetterBatchJob;
}

namespace lars::ui {

class ClassBatchDialog final : public QDialog
{
    Q_OBJECT
public:
    ClassBatchDialog(QList<reports::AnyLetter> letters, const reports::Branding &branding, QString outputPath,
                     QWidget *parent = nullptr);
    ~ClassBatchDialog() override;

    bool isRunning() const { return m_job != nullptr; }
    QString outputPath() const { return m_path; }

public slots:
    void start();
    void cancel();

signals:
    void finished(const lars::reports::LetterOutput::Result &result);

protected:
    void reject() override;

private:
    QList<reports::AnyLetter> m_letters;
    reports::Branding m_branding;
    QString m_path;
    reports::LetterBatchJob *m_job = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lars::ui
