#include "ui/letters/ClassLettersDialog.h"

#include "reports/AdviceCheck.h"
#include "reports/LetterOutput.h"
#include "reports/ModelLetters.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/SaveLocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

using models::ClassMedical;

namespace {
std::optional<QString> &classLettersSaveFileName()
{
    static std::optional<QString> value;
    return value;
}
} // namespace

void ClassLettersDialog::setNextSaveFileName(const std::optional<QString> &path)
{
    classLettersSaveFileName() = path;
}

ClassLettersDialog::ClassLettersDialog(ClassMedical data, reports::ClbInfo clb, reports::StaffInfo staff,
                                       reports::Branding branding, QWidget *parent)
    : QDialog(parent)
    , m_data(std::move(data))
    , m_clb(std::move(clb))
    , m_staff(std::move(staff))
    , m_branding(std::move(branding))
    , m_consults(m_data.consults())
    , m_printer(QPrinter::ScreenResolution)
{
    setObjectName(QStringLiteral("classLettersDialog"));
    setWindowTitle(tr("Class letters %1 – %2").arg(m_data.className, m_data.schoolName));

    m_consult = new QComboBox(this);
    m_consult->setObjectName(QStringLiteral("consultCombo"));
    m_consult->setAccessibleName(tr("Consult"));
    for (const auto &consult : m_consults)
        m_consult->addItem(consultLabel(consult));
    auto *form = new QFormLayout;
    form->addRow(tr("&Consult:"), m_consult);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_skippedList = new QListWidget(this);
    m_skippedList->setObjectName(QStringLiteral("skippedList"));
    m_skippedList->setAccessibleName(tr("Skipped pupils"));
    m_skippedList->setMaximumHeight(120);
    m_sampleLabel = new QLabel(this);
    m_sampleLabel->setObjectName(QStringLiteral("sampleLabel"));

    m_preview = new QPrintPreviewWidget(&m_printer, this);
    m_preview->setObjectName(QStringLiteral("samplePreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_letters.isEmpty())
            return;
        reports::LetterOutput::Options options;
        options.branding = m_branding;
        reports::LetterOutput::print(*printer, {m_letters.first()}, options);
    });

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, &ClassLettersDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_summary);
    auto *skippedTitle = new QLabel(tr("Skipped:"), this);
    skippedTitle->setBuddy(m_skippedList);
    side->addWidget(skippedTitle);
    side->addWidget(m_skippedList);
    side->addStretch();
    auto *sample = new QVBoxLayout;
    sample->addWidget(m_sampleLabel);
    sample->addWidget(m_preview, 1);
    auto *middle = new QHBoxLayout;
    middle->addLayout(side, 2);
    middle->addLayout(sample, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(m_consult, &QComboBox::currentIndexChanged, this, &ClassLettersDialog::setConsult);
    setConsult(m_consults.isEmpty() ? -1 : 0);
    resize(LetterPreviewDialog::fittingSize(this, QSize(1000, 720)));
}

QString ClassLettersDialog::consultLabel(const ClassMedical::Consult &consult) const
{
    int count = 0;
    for (const auto &entry : m_data.pupils)
        count += ClassMedical::consultOf(entry, consult).has_value();
    return tr("%1, school year %2 (%3 of %4 pupils)")
        .arg(consult.contact, ClassMedical::schoolYearName(consult.schoolYear))
        .arg(count)
        .arg(m_data.pupils.size());
}

void ClassLettersDialog::setConsult(int index)
{
    if (index != m_consult->currentIndex() && index >= 0 && index < m_consult->count()) {
        m_consult->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    rebuild();
}

void ClassLettersDialog::rebuild()
{
    m_letters.clear();
    m_skipped.clear();
    const int index = m_consult->currentIndex();
    if (index >= 0 && index < m_consults.size()) {
        const ClassMedical::Consult consult = m_consults[index];
        for (const auto &entry : m_data.pupils) {
            const QString name = (entry.pupil.firstName + u' ' + entry.pupil.lastName).trimmed();
            const auto measurement = ClassMedical::consultOf(entry, consult);
            if (!measurement) {
                m_skipped.append(tr("%1 (no such consult)").arg(name));
                continue;
            }
            reports::ParentLetter letter =
                reports::parentLetter(entry.pupil, entry.measurements, *measurement, entry.heights.fatherCm,
                                      entry.heights.motherCm, m_clb, m_staff);
            // A deviating result without a typed advice gets no letter (AdviceCheck): listed, not printed.
            if (!reports::AdviceCheck(letter).refusal().isEmpty()) {
                m_skipped.append(tr("%1 (no advice yet, the results deviate)").arg(name));
                continue;
            }
            m_letters.append(std::move(letter));
        }
    }
    m_skippedList->clear();
    m_skippedList->addItems(m_skipped);
    m_skippedList->setEnabled(!m_skipped.isEmpty());
    if (m_consults.isEmpty())
        m_summary->setText(tr("No pupil of this class has had a systematic contact yet."));
    else
        m_summary->setText(tr("%1 letters; %2 pupils skipped.").arg(m_letters.size()).arg(m_skipped.size()));
    m_sampleLabel->setText(
        m_letters.isEmpty()
            ? tr("No letter to show.")
            : tr("Sample: the letter for %1").arg(reports::common(m_letters.first()).pupil.fullName()));
    m_save->setEnabled(!m_letters.isEmpty());
    m_preview->updatePreview();
}

void ClassLettersDialog::save()
{
    if (m_letters.isEmpty())
        return;
    if (auto hook = std::exchange(classLettersSaveFileName(), std::nullopt)) {
        if (!hook->isEmpty()) {
            emit saveRequested(m_letters, *hook);
            accept();
        }
        return;
    }
    const QString name =
        tr("Parent letters %1 %2 - %3")
            .arg(m_consults[m_consult->currentIndex()].contact, m_data.className, m_data.schoolName)
            .replace(u'/', u'-');
    auto *dialog =
        new QFileDialog(this, tr("Save as PDF"), SaveLocation::suggest(name + QStringLiteral(".pdf")),
                        tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setLabelText(QFileDialog::Accept, tr("Save"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        SaveLocation::remember(path);
        emit saveRequested(m_letters, path);
        accept();
    });
    dialog->open();
}

} // namespace lars::ui
