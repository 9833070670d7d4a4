#include "ui/letters/ReferralDialog.h"

#include "models/api/DossierModel.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/dossier/MedicalTab.h"
#include "ui/letters/DraftedChange.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/DraftOffer.h"
#include "ui/widgets/MessageLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lars::ui {

namespace {

const QStringList consentCodes = models::ReferralConsent::statuses(); // given, refused, not-asked

QPlainTextEdit *textBox(const QString &name, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    // Room for what is usually typed, no more: the dialog fits a 1366×768 laptop screen.
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * lines + 12);
    edit->setMaximumHeight(line * (lines + 3) + 12);
    return edit;
}

} // namespace

ReferralDialog::ReferralDialog(models::DossierModel *dossier,
                               const std::optional<models::Measurement> &consult, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_consult(consult)
    , m_address(textBox(QStringLiteral("referralAddress"), 2, this))
    , m_finding(textBox(QStringLiteral("referralFinding"), 4, this))
    , m_question(textBox(QStringLiteral("referralQuestion"), 3, this))
    , m_items(new QListWidget(this))
    , m_consent(new QButtonGroup(this))
    , m_consentDate(new DateField(QDate::currentDate(), this))
    , m_draftOffer(new DraftOffer(QStringLiteral("referral"), this))
    , m_status(new MessageLabel(MessageLabel::Kind::Notice, QStringLiteral("referralStatus"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_change(nullptr)
{
    setObjectName(QStringLiteral("referralDialog"));
    setWindowModality(Qt::WindowModal);
}

ReferralDialog::ReferralDialog(models::DossierModel *dossier, const models::Measurement &consult,
                               QWidget *parent)
    : ReferralDialog(dossier, std::optional<models::Measurement>(consult), parent)
{
    m_recipientKind = new QComboBox(this);
    m_recipientKind->setObjectName(QStringLiteral("referralRecipientKind"));
    m_recipientKind->addItem(tr("GP"), QStringLiteral("huisarts"));
    m_recipientKind->addItem(tr("Paediatrician"), QStringLiteral("kinderarts"));
    m_recipientKind->addItem(tr("Specialist"), QStringLiteral("specialist"));
    m_recipientName = new QLineEdit(this);
    m_recipientName->setObjectName(QStringLiteral("referralRecipientName"));
    m_recipientName->setMaxLength(200);
    m_recipientName->setPlaceholderText(tr("e.g. Dr. Lieve Janssens, ophthalmologist"));
    build({});
}

ReferralDialog::ReferralDialog(models::DossierModel *dossier, const models::Activity &activity,
                               const QString &partnerName, const std::optional<models::Measurement> &consult,
                               QWidget *parent)
    : ReferralDialog(dossier, consult, parent)
{
    m_activity = activity;
    build(partnerName);
}

void ReferralDialog::build(const QString &partnerName)
{
    const models::Pupil &pupil = m_dossier->pupil();
    const bool medical = !m_activity;
    const QString name = pupil.firstName + u' ' + pupil.lastName;
    setWindowTitle(medical ? tr("Medical referral — %1").arg(name)
                           : tr("Referral to %1 — %2").arg(partnerName, name));

    auto *to = new QGroupBox(tr("Recipient"), this);
    auto *toForm = new QFormLayout(to);
    if (medical) {
        toForm->addRow(tr("&Kind:"), m_recipientKind);
        toForm->addRow(tr("&Name:"), m_recipientName);
    } else {
        auto *partner =
            new QLabel(tr("%1 (from the draaischijf activity of %2)")
                           .arg(partnerName, QLocale().toString(m_activity->date, QLocale::ShortFormat)),
                       to);
        partner->setObjectName(QStringLiteral("referralPartner"));
        toForm->addRow(tr("To:"), partner);
    }
    toForm->addRow(tr("&Address:"), m_address);

    auto *left = new QVBoxLayout;
    left->addWidget(to);
    auto *texts = new QFormLayout;
    texts->addRow(tr("&Finding or reason:"), m_finding);
    texts->addRow(tr("&Question:"), m_question);
    left->addLayout(texts);
    left->addStretch(1); // extra height stays below the fields, not between them

    auto *results = new QGroupBox(tr("Results that go along"), this);
    auto *resultsLayout = new QVBoxLayout(results);
    auto *resultsNote =
        new MessageLabel(MessageLabel::Kind::Notice, QStringLiteral("referralItemsNote"), results);
    resultsNote->showMessage(
        !m_consult ? tr("There is no systematic contact: no results can go along.")
        : medical
            ? tr("Tick exactly the results of this contact (%1) that the doctor gets.")
                  .arg(MedicalTab::contactName(m_consult->contact))
            : tr("A partner gets no medical data. Tick a result only when it must go along on purpose."));
    m_items->setObjectName(QStringLiteral("referralItems"));
    m_items->setAccessibleName(tr("Results that go along"));
    m_items->setMinimumHeight(m_items->fontMetrics().lineSpacing() * 6);
    m_items->setMaximumHeight(m_items->fontMetrics().lineSpacing() * 13);
    resultsLayout->addWidget(resultsNote);
    resultsLayout->addWidget(m_items);
    resultsLayout->addStretch(1);
    fillItems();

    auto *consent = new QGroupBox(tr("Parents' consent"), this);
    auto *consentLayout = new QGridLayout(consent);
    const QStringList consentTexts = {tr("&Given"), tr("R&efused"), tr("Not as&ked")};
    for (int i = 0; i < consentTexts.size(); ++i) {
        auto *button = new QRadioButton(consentTexts.at(i), consent);
        button->setObjectName(QStringLiteral("referralConsent-") + consentCodes.at(i));
        m_consent->addButton(button, i);
        consentLayout->addWidget(button, 0, i);
    }
    auto *dateLabel = new QLabel(tr("&On:"), consent);
    dateLabel->setBuddy(m_consentDate);
    m_consentDate->setObjectName(QStringLiteral("referralConsentDate"));
    consentLayout->addWidget(dateLabel, 1, 0);
    consentLayout->addWidget(m_consentDate, 1, 1, 1, 2);
    auto *consentNote =
        new MessageLabel(MessageLabel::Kind::Notice, QStringLiteral("referralConsentNote"), consent);
    consentNote->showMessage(tr("The letter says the parents consented only when you record it as given."));
    consentLayout->addWidget(consentNote, 2, 0, 1, 3);

    auto *right = new QVBoxLayout;
    right->addWidget(results);
    right->addWidget(consent);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveReferral"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelReferral"));
    saveButton->setText(tr("&Save and show the letter…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftOffer);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(980, 480);

    const QString subject = medical ? QStringLiteral("consult-%1").arg(m_consult->id)
                                    : QStringLiteral("activity-%1").arg(m_activity->id);
    m_change = new DraftedChange(
        m_dossier->api(), QStringLiteral("referral/%1/%2").arg(m_dossier->pupilId()).arg(subject),
        [this] { return referral().toJson(); }, this);
    connect(m_change, &DraftedChange::draftFound, this, [this] {
        m_draftOffer->offer(tr("A referral you typed for this pupil was not saved. Restore it?"));
    });
    connect(m_draftOffer, &DraftOffer::restoreChosen, this, [this] {
        if (const auto draft = m_change->draft())
            restore(*draft);
        m_finding->setFocus();
    });
    connect(m_draftOffer, &DraftOffer::discardChosen, this, [this] {
        m_change->forget();
        m_finding->setFocus();
    });
    connect(m_change, &DraftedChange::waiting, this, &QDialog::accept); // the outbox sends it later
    m_change->follow<models::DossierModel, models::Referral>(
        m_dossier, &models::DossierModel::referralCreated, &models::DossierModel::referralCreateFailed,
        [this](const models::Referral &created) {
            emit saved(created);
            accept();
        },
        [this](const models::DossierReply &reply) {
            m_status->setKind(MessageLabel::Kind::Error);
            m_status->showMessage(tr("Not saved. %1").arg(DossierTexts::problem(reply)));
            updateState();
        });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_change->forget(); // "Cancel" is the user's choice; a lock or a crash is not
        reject();
    });
    for (QPlainTextEdit *edit : {m_address, m_finding, m_question})
        connect(edit, &QPlainTextEdit::textChanged, this, &ReferralDialog::touched);
    if (m_recipientName) {
        connect(m_recipientName, &QLineEdit::textEdited, this, &ReferralDialog::touched);
        connect(m_recipientKind, &QComboBox::activated, this, &ReferralDialog::touched);
    }
    connect(m_items, &QListWidget::itemChanged, this, &ReferralDialog::touched);
    connect(m_consent, &QButtonGroup::idClicked, this, &ReferralDialog::touched);
    connect(m_consentDate, &QDateEdit::dateChanged, this, &ReferralDialog::touched);
    updateState();
    m_change->lookForDraft();
}

void ReferralDialog::touched()
{
    m_draftOffer->hide();
    m_change->touched();
    updateState();
}

QString ReferralDialog::resultText(const models::Measurement &m, const QString &item)
{
    const QLocale locale;
    const auto number = [&](std::optional<double> v, int decimals) {
        return v ? locale.toString(*v, 'f', decimals) : QStringLiteral("–");
    };
    const auto acuity = [&](std::optional<double> v) {
        return v ? locale.toString(*v * 10, 'f', 0) + QStringLiteral("/10") : QStringLiteral("–");
    };
    if (item == u"height")
        return tr("Height: %1 cm").arg(number(m.heightCm, 1));
    if (item == u"weight")
        return tr("Weight: %1 kg").arg(number(m.weightKg, 1));
    if (item == u"bmi")
        return tr("BMI: %1").arg(number(m.bmi(), 1));
    if (item == u"farVision")
        return tr("Far vision: right %1, left %2").arg(acuity(m.farVisionRight), acuity(m.farVisionLeft));
    const QList<std::tuple<const char *, QString, QString>> texts = {
        {"eyeAlignment", tr("Eye alignment"), m.eyeAlignment},
        {"depthVision", tr("Depth vision"), m.depthVision},
        {"colourVision", tr("Colour vision"), m.colourVision},
        {"hearingAudiometry", tr("Hearing (audiometry)"), m.hearingAudiometry},
        {"hearingSpeechInNoise", tr("Hearing (speech in noise)"), m.hearingSpeechInNoise},
        {"pubertyStage", tr("Puberty stage"), m.pubertyStage},
        {"vaccinationStatus", tr("Vaccinations"), m.vaccinationStatus},
        {"oralHealth", tr("Oral health"), m.oralHealth}};
    for (const auto &[code, label, value] : texts)
        if (item == QLatin1String(code))
            return label + QStringLiteral(": ") + value;
    return item;
}

void ReferralDialog::fillItems()
{
    m_items->clear();
    if (!m_consult)
        return;
    for (const QString &code : models::Referral::itemCodes()) {
        if (!models::Referral::hasResult(*m_consult, code))
            continue;
        auto *item = new QListWidgetItem(resultText(*m_consult, code), m_items);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked); // nothing goes along unless ticked
    }
}

models::Referral ReferralDialog::referral() const
{
    models::Referral r;
    r.kind = m_activity ? models::Referral::partner : models::Referral::medical;
    r.activityId = m_activity ? m_activity->id : 0;
    r.recipient.address = m_address->toPlainText().trimmed();
    if (m_recipientKind) {
        r.recipient.kind = m_recipientKind->currentData().toString();
        r.recipient.name = m_recipientName->text().trimmed();
    }
    r.finding = m_finding->toPlainText();
    r.question = m_question->toPlainText();
    for (int i = 0; i < m_items->count(); ++i)
        if (m_items->item(i)->checkState() == Qt::Checked)
            r.items.append(m_items->item(i)->data(Qt::UserRole).toString());
    // The consult goes with a medical referral always, with a partner's only when results go along.
    r.consultId = m_consult && (!m_activity || !r.items.isEmpty()) ? m_consult->id : 0;
    const int consent = m_consent->checkedId();
    r.consent.status = consent >= 0 ? consentCodes.at(consent) : QString();
    if (consent >= 0 && consentCodes.at(consent) != u"not-asked")
        r.consent.date = m_consentDate->date();
    return r;
}

QString ReferralDialog::missing() const
{
    const models::Referral r = referral();
    if (m_recipientName && r.recipient.name.isEmpty())
        return tr("Type the name of the doctor.");
    if (r.finding.trimmed().isEmpty())
        return tr("Type the finding or the reason for the referral.");
    if (r.question.trimmed().isEmpty())
        return tr("Type the question to the recipient.");
    if (r.consent.status.isEmpty())
        return tr("Record whether the parents gave their consent.");
    if (r.consent.date > QDate::currentDate())
        return tr("The date of the consent lies in the future.");
    return {};
}

void ReferralDialog::updateState()
{
    const int consent = m_consent->checkedId();
    m_consentDate->setEnabled(consent >= 0 && consentCodes.at(consent) != u"not-asked");
    const QString why = missing();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty() && !m_change->isSaving());
    if (!m_change->isSaving() && m_status->kind() != MessageLabel::Kind::Error)
        m_status->showMessage(why);
}

void ReferralDialog::restore(const QJsonObject &draft)
{
    const models::Referral r = models::Referral::fromJson(draft);
    if (m_recipientKind) {
        m_recipientKind->setCurrentIndex(std::max(0, m_recipientKind->findData(r.recipient.kind)));
        m_recipientName->setText(r.recipient.name);
    }
    m_address->setPlainText(r.recipient.address);
    m_finding->setPlainText(r.finding);
    m_question->setPlainText(r.question);
    for (int i = 0; i < m_items->count(); ++i)
        m_items->item(i)->setCheckState(
            r.items.contains(m_items->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    if (const int consent = consentCodes.indexOf(r.consent.status); consent >= 0)
        m_consent->button(consent)->setChecked(true);
    if (r.consent.date.isValid())
        m_consentDate->setDate(r.consent.date);
    touched();
}

QString ReferralDialog::unsavedWork() const
{
    const bool typed =
        !m_finding->toPlainText().trimmed().isEmpty() || !m_question->toPlainText().trimmed().isEmpty();
    return typed && result() != QDialog::Accepted ? windowTitle() : QString();
}

void ReferralDialog::save()
{
    if (m_change->isSaving() || !missing().isEmpty())
        return;
    m_change->startSaving();
    m_status->setKind(MessageLabel::Kind::Notice);
    m_status->showMessage(tr("Saving…"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_dossier->createReferral(referral(), m_change->key());
}

} // namespace lars::ui
