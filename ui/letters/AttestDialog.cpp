#include "ui/letters/AttestDialog.h"

#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/letters/DraftedChange.h"
#include "ui/widgets/DraftOffer.h"
#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lars::ui {

AttestDialog::AttestDialog(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
                           qint64 activityId, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_nomenclature(nomenclature)
    , m_activity(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_date(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_draftOffer(new DraftOffer(QStringLiteral("attest"), this))
    , m_status(new MessageLabel(MessageLabel::Kind::Notice, QStringLiteral("attestStatus"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_change(new DraftedChange(
          dossier->api(), QStringLiteral("attest/%1").arg(dossier->pupilId()),
          [this] { return attest().toJson(); }, this))
{
    setObjectName(QStringLiteral("attestDialog"));
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("New attest — %1 %2").arg(dossier->pupil().firstName, dossier->pupil().lastName));
    m_activity->setObjectName(QStringLiteral("attestActivity"));
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(40);
    const QLocale locale;
    for (const models::Activity &a : dossier->journal())
        m_activity->addItem(tr("%1 — %2").arg(locale.toString(a.date, QLocale::ShortFormat), a.subject),
                            a.id);
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(activityId)));
    m_type->setObjectName(QStringLiteral("attestType"));
    m_date->setObjectName(QStringLiteral("attestDate"));
    m_date->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("attestText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);

    auto *form = new QFormLayout;
    form->addRow(tr("&Activity:"), m_activity);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Te&xt:"), m_text);

    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveAttest"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelAttest"));
    saveButton->setText(tr("&Save and show the attest…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftOffer);
    layout->addLayout(form, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(720, 440);

    connect(m_change, &DraftedChange::draftFound, this, [this] {
        m_draftOffer->offer(tr("An attest you typed for this pupil was not saved. Restore it?"));
    });
    connect(m_draftOffer, &DraftOffer::restoreChosen, this, [this] {
        if (const auto draft = m_change->draft()) {
            const models::Attest a = models::Attest::fromJson(*draft);
            m_activity->setCurrentIndex(std::max(0, m_activity->findData(a.activityId)));
            m_type->setCurrentIndex(std::max(0, m_type->findData(a.type)));
            m_text->setPlainText(a.text);
            m_textTyped = true;
        }
        m_text->setFocus();
    });
    connect(m_draftOffer, &DraftOffer::discardChosen, this, [this] {
        m_change->forget();
        m_text->setFocus();
    });
    connect(m_change, &DraftedChange::waiting, this, &QDialog::accept); // the outbox sends it later
    m_change->follow<models::DossierModel, models::Attest>(
        dossier, &models::DossierModel::attestCreated, &models::DossierModel::attestCreateFailed,
        [this](const models::Attest &created) {
            emit saved(created);
            accept();
        },
        [this](const models::DossierReply &reply) {
            m_status->setKind(MessageLabel::Kind::Error);
            m_status->showMessage(tr("Not saved. %1").arg(DossierTexts::problem(reply)));
            updateState();
        });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AttestDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_change->forget(); // "Cancel" is the user's choice; a lock or a crash is not
        reject();
    });
    connect(m_activity, &QComboBox::currentIndexChanged, this, &AttestDialog::activityChosen);
    connect(m_activity, &QComboBox::activated, this, &AttestDialog::touched);
    connect(m_type, &QComboBox::activated, this, &AttestDialog::touched);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_text->hasFocus())
            m_textTyped = true;
        touched();
    });
    connect(nomenclature, &models::DossierNomenclature::attestTypesLoaded, this, &AttestDialog::fillTypes);
    fillTypes();
    activityChosen();
    m_change->lookForDraft();
}

const models::Activity *AttestDialog::selectedActivity() const
{
    const qint64 id = m_activity->currentData().toLongLong();
    for (const models::Activity &a : m_dossier->journal())
        if (a.id == id)
            return &a;
    return nullptr;
}

void AttestDialog::fillTypes()
{
    const QString current = m_type->currentData().toString();
    m_type->clear();
    for (const auto &t : m_nomenclature->attestTypes())
        m_type->addItem(t.name, t.code);
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
    updateState();
}

void AttestDialog::activityChosen()
{
    const models::Activity *a = selectedActivity();
    m_date->setText(a ? tr("%1 — the date of the activity, not the day of printing")
                            .arg(QLocale().toString(a->date, QLocale::LongFormat))
                      : QString());
    // The attest starts from the activity's text until the staff member writes their own.
    if (a && !m_textTyped) {
        const QSignalBlocker quiet(m_text);
        m_text->setPlainText(a->text);
    }
    updateState();
}

void AttestDialog::touched()
{
    m_draftOffer->hide();
    m_change->touched();
    updateState();
}

models::Attest AttestDialog::attest() const
{
    models::Attest a;
    a.type = m_type->currentData().toString();
    a.activityId = m_activity->currentData().toLongLong();
    if (const models::Activity *activity = selectedActivity())
        a.activityDate = activity->date;
    a.text = m_text->toPlainText();
    return a;
}

QString AttestDialog::missing() const
{
    if (m_activity->count() == 0)
        return tr("The journal has no activity to make an attest from.");
    if (m_type->count() == 0)
        return tr("Loading the attest types…");
    if (m_text->toPlainText().trimmed().isEmpty())
        return tr("Type the text of the attest.");
    return {};
}

void AttestDialog::updateState()
{
    const QString why = missing();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty() && !m_change->isSaving());
    if (!m_change->isSaving() && m_status->kind() != MessageLabel::Kind::Error)
        m_status->showMessage(why);
}

QString AttestDialog::unsavedWork() const
{
    return m_textTyped && result() != QDialog::Accepted ? windowTitle() : QString();
}

void AttestDialog::save()
{
    if (m_change->isSaving() || !missing().isEmpty())
        return;
    m_change->startSaving();
    m_status->setKind(MessageLabel::Kind::Notice);
    m_status->showMessage(tr("Saving…"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_dossier->createAttest(attest(), m_change->key());
}

} // namespace lars::ui
