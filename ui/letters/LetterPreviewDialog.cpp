#include "ui/letters/LetterPreviewDialog.h"

#include "reports/LetterBatchJob.h"
#include "reports/LetterOutput.h"
#include "ui/letters/BrandingEditor.h"
#include "ui/letters/SaveLocation.h"

#include <QAbstractScrollArea>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace lars::ui {

using namespace lars::reports;

namespace {
std::optional<QString> &previewSaveFileName()
{
    static std::optional<QString> value;
    return value;
}
std::optional<bool> &nextPrintAccepted()
{
    static std::optional<bool> value;
    return value;
}
constexpr auto kPrinterKey = "letters/printerName";
} // namespace

void LetterPreviewDialog::setNextSaveFileName(const std::optional<QString> &path)
{
    previewSaveFileName() = path;
}

void LetterPreviewDialog::setNextPrintAccepted(std::optional<bool> accepted)
{
    nextPrintAccepted() = accepted;
}

Branding LetterPreviewDialog::effectiveBranding(const Branding &clbBranding)
{
    QSettings settings;
    return Branding::loadOverride(settings).value_or(clbBranding);
}

LetterPreviewDialog::LetterPreviewDialog(QList<AnyLetter> letters, const Branding &branding, QWidget *parent)
    : QDialog(parent)
    , m_letters(std::move(letters))
    , m_branding(branding)
    , m_printer(QPrinter::HighResolution)
{
    setObjectName(QStringLiteral("letterPreviewDialog"));
    setWindowTitle(m_letters.isEmpty() ? tr("Letter preview")
                                       : LetterOutput::documentTitle(
                                             m_letters, LetterOutput::Options::forBranding(m_branding)));
    QSettings settings;
    const QString printerName = settings.value(QLatin1String(kPrinterKey)).toString();
    if (!printerName.isEmpty())
        m_printer.setPrinterName(printerName);

    m_preview = new QPrintPreviewWidget(&m_printer, this);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        LetterOutput::print(*printer, m_letters, LetterOutput::Options::forBranding(m_branding));
    });

    m_editor = new BrandingEditor(this);
    m_editor->setObjectName(QStringLiteral("brandingEditor"));
    m_editor->setBranding(m_branding);
    m_editor->setVisible(false);
    connect(m_editor, &BrandingEditor::brandingChanged, this, &LetterPreviewDialog::setBranding);
    auto *keepBranding = new QPushButton(tr("Use for all letters on this computer"), m_editor);
    keepBranding->setObjectName(QStringLiteral("saveBrandingButton"));
    m_editor->layout()->addWidget(keepBranding);
    connect(keepBranding, &QPushButton::clicked, this, &LetterPreviewDialog::saveBrandingAsDefault);

    auto *brandingToggle = new QPushButton(tr("Colours and logos…"), this);
    brandingToggle->setObjectName(QStringLiteral("brandingToggle"));
    brandingToggle->setCheckable(true);
    connect(brandingToggle, &QPushButton::toggled, m_editor, &QWidget::setVisible);
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousPageButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous page"));
    previous->setAccessibleName(previous->toolTip());
    connect(previous, &QToolButton::clicked, m_preview, [this] {
        m_preview->setCurrentPage(m_preview->currentPage() - 1);
        showPageNumber();
    });
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextPageButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next page"));
    next->setAccessibleName(next->toolTip());
    connect(next, &QToolButton::clicked, m_preview, [this] {
        m_preview->setCurrentPage(m_preview->currentPage() + 1);
        showPageNumber();
    });
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &LetterPreviewDialog::showPageNumber);
    // The page shown also changes by scrolling or the mouse wheel; the preview has no signal for that.
    if (auto *view = m_preview->findChild<QAbstractScrollArea *>())
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                &LetterPreviewDialog::showPageNumber);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_saveButton = new QPushButton(tr("Save as PDF…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &LetterPreviewDialog::saveAsPdf);
    connect(m_printButton, &QPushButton::clicked, this, &LetterPreviewDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(m_pageLabel);
    top->addWidget(next);
    top->addStretch();
    top->addWidget(brandingToggle);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_preview, 1);
    middle->addWidget(m_editor);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_saveButton);
    bottom->addWidget(m_printButton);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addLayout(bottom);
    resize(fittingSize(this, QSize(900, 1000)));
}

QSize LetterPreviewDialog::fittingSize(const QWidget *dialog, const QSize &wanted)
{
    // Tall enough for a page, never taller than the screen (a 1366×768 laptop) with the window frame and
    // the panel: the available height less a margin for the title bar.
    const QWidget *anchor = dialog->parentWidget() ? dialog->parentWidget() : dialog;
    const QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    const QSize available = screen->availableSize() - QSize(16, 48);
    return wanted.boundedTo(available).expandedTo(dialog->minimumSizeHint().boundedTo(available));
}

void LetterPreviewDialog::showPageNumber()
{
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_preview->currentPage()).arg(m_preview->pageCount()));
}

LetterPreviewDialog::~LetterPreviewDialog() = default;

int LetterPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void LetterPreviewDialog::setBranding(const Branding &branding)
{
    m_branding = branding;
    if (m_editor->branding().primary != branding.primary ||
        m_editor->branding().logos.size() != branding.logos.size())
        m_editor->setBranding(branding);
    m_preview->updatePreview();
}

void LetterPreviewDialog::saveBrandingAsDefault()
{
    QSettings settings;
    Branding::saveOverride(settings, m_branding);
    m_status->setText(tr("These colours and logos are now used for all letters on this computer."));
}

void LetterPreviewDialog::saveAsPdf()
{
    if (m_job)
        return;
    if (auto hook = std::exchange(previewSaveFileName(), std::nullopt)) {
        if (!hook->isEmpty())
            startSave(*hook);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save as PDF"),
                                   SaveLocation::suggest(windowTitle() + QStringLiteral(".pdf")),
                                   tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        SaveLocation::remember(path);
        startSave(path);
    });
    dialog->open();
}

void LetterPreviewDialog::startSave(const QString &path)
{
    m_saveButton->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_job = new LetterBatchJob(m_letters, LetterOutput::Options::forBranding(m_branding), path, this);
    connect(m_job, &LetterBatchJob::finished, this, [this, path](const LetterOutput::Result &result) {
        m_job->deleteLater();
        m_job = nullptr;
        m_saveButton->setEnabled(true);
        if (result.ok) {
            m_status->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
            emit saved(path);
        } else {
            m_status->setText(tr("Could not save the PDF: %1").arg(result.error));
            emit saveFailed(result.error);
        }
    });
    m_job->start();
}

void LetterPreviewDialog::print()
{
    if (auto hook = std::exchange(nextPrintAccepted(), std::nullopt)) {
        if (*hook)
            printNow();
        return;
    }
    auto *dialog = new QPrintDialog(&m_printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &LetterPreviewDialog::printNow);
    dialog->open();
}

void LetterPreviewDialog::printNow()
{
    QSettings settings;
    if (m_printer.outputFormat() == QPrinter::NativeFormat)
        settings.setValue(QLatin1String(kPrinterKey), m_printer.printerName());
    const auto result =
        LetterOutput::print(m_printer, m_letters, LetterOutput::Options::forBranding(m_branding));
    if (result.ok) {
        m_status->setText(tr("Sent %n page(s) to the printer.", nullptr, result.pages));
        emit printed(result.pages);
    } else {
        m_status->setText(tr("Could not print: %1").arg(result.error));
    }
}

} // namespace lars::ui
