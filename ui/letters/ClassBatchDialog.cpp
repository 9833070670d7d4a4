#include "ui/letters/ClassBatchDialog.h"

#include "reports/LetterBatchJob.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lars::ui {

using namespace lars::reports;

ClassBatchDialog::ClassBatchDialog(QList<AnyLetter> letters, const Branding &branding, QString outputPath,
                                   QWidget *parent)
    : QDialog(parent)
    , m_letters(std::move(letters))
    , m_branding(branding)
    , m_path(std::move(outputPath))
{
    setObjectName(QStringLiteral("classBatchDialog"));
    setWindowTitle(tr("Print letters"));
    m_label = new QLabel(
        tr("%n letter(s) into %1", nullptr, int(m_letters.size())).arg(QDir::toNativeSeparators(m_path)),
        this);
    m_label->setObjectName(QStringLiteral("batchLabel"));
    m_label->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setRange(0, int(m_letters.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_open = new QPushButton(tr("Open PDF"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setVisible(false);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ClassBatchDialog::cancel);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    resize(480, sizeHint().height());
}

ClassBatchDialog::~ClassBatchDialog() = default;

void ClassBatchDialog::start()
{
    if (m_job)
        return;
    m_job = new LetterBatchJob(m_letters, LetterOutput::Options::forBranding(m_branding), m_path, this);
    connect(m_job, &LetterBatchJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &LetterBatchJob::finished, this, [this](const LetterOutput::Result &result) {
        m_job->deleteLater();
        m_job = nullptr;
        m_cancel->setVisible(false);
        m_close->setVisible(true);
        if (result.ok) {
            m_label->setText(tr("%n letter(s), %1 pages saved in %2", nullptr, result.letters)
                                 .arg(result.pages)
                                 .arg(QDir::toNativeSeparators(m_path)));
            m_open->setVisible(true);
        } else if (result.cancelled) {
            m_label->setText(tr("Cancelled: no file was written."));
        } else {
            m_label->setText(tr("The letters could not be saved: %1").arg(result.error));
        }
        emit finished(result);
    });
    m_job->start();
}

void ClassBatchDialog::cancel()
{
    if (m_job) {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        m_job->cancel();
    }
}

void ClassBatchDialog::reject()
{
    // Closing the window while running cancels; the dialog closes once the job has stopped.
    if (m_job) {
        cancel();
        connect(this, &ClassBatchDialog::finished, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

} // namespace lars::ui
