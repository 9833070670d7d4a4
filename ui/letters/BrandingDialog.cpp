#include "ui/letters/BrandingDialog.h"

#include "reports/LetterOutput.h"
#include "ui/letters/BrandingEditor.h"
#include "ui/letters/LetterPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lars::ui {

using namespace lars::reports;

BrandingDialog::BrandingDialog(const AnyLetter &sample, const Branding &clbBranding, const Branding &current,
                               QWidget *parent)
    : QDialog(parent)
    , m_sample(sample)
    , m_branding(current)
    , m_printer(QPrinter::ScreenResolution)
{
    setObjectName(QStringLiteral("brandingDialog"));
    setWindowTitle(tr("Colours and logos of letters"));
    m_editor = new BrandingEditor(this);
    m_editor->setObjectName(QStringLiteral("brandingEditor"));
    m_editor->setBranding(current);
    m_preview = new QPrintPreviewWidget(&m_printer, this);
    m_preview->setObjectName(QStringLiteral("brandingPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        LetterOutput::Options options;
        options.branding = m_branding;
        LetterOutput::print(*printer, {m_sample}, options);
    });
    connect(m_editor, &BrandingEditor::brandingChanged, this, [this](const Branding &branding) {
        m_branding = branding;
        m_preview->updatePreview();
    });

    auto *hint = new QLabel(tr("These colours and logos are used for the letters printed on "
                               "this computer, instead of the ones of your CLB."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveBrandingButton"));
    auto *clbDefault = buttons->addButton(tr("Use the CLB's colours and logos"), QDialogButtonBox::ResetRole);
    clbDefault->setObjectName(QStringLiteral("clbBrandingButton"));
    connect(clbDefault, &QPushButton::clicked, this, [this, clbBranding] {
        m_useClb = true;
        m_editor->setBranding(clbBranding);
        m_branding = clbBranding;
        m_preview->updatePreview();
    });
    connect(m_editor, &BrandingEditor::brandingChanged, this, [this] { m_useClb = false; });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings settings;
        Branding::saveOverride(settings, m_useClb ? std::nullopt : std::optional<Branding>(m_branding));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(hint);
    left->addWidget(m_editor);
    left->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addLayout(left);
    middle->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(LetterPreviewDialog::fittingSize(this, QSize(1000, 760)));
}

} // namespace lars::ui
