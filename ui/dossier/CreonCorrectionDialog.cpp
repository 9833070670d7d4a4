#include "ui/dossier/CreonCorrectionDialog.h"

#include "models/api/DossierModel.h"
#include "models/api/Outbox.h"
#include "ui/ConflictDialog.h"
#include "ui/dossier/CreonTexts.h"
#include "ui/letters/DraftedChange.h"
#include "ui/widgets/DraftOffer.h"
#include "ui/widgets/MessageLabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

namespace {
QDoubleSpinBox *spin(QWidget *parent, const QString &name, double min, double max, int decimals,
                     const QString &suffix)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    return s;
}
QString *textOf(models::Measurement &m, const QString &field)
{
    if (field == QLatin1String("eyeAlignment"))
        return &m.eyeAlignment;
    if (field == QLatin1String("depthVision"))
        return &m.depthVision;
    if (field == QLatin1String("colourVision"))
        return &m.colourVision;
    if (field == QLatin1String("pubertyStage"))
        return &m.pubertyStage;
    if (field == QLatin1String("hearingAudiometry"))
        return &m.hearingAudiometry;
    if (field == QLatin1String("hearingSpeechInNoise"))
        return &m.hearingSpeechInNoise;
    if (field == QLatin1String("oralHealth"))
        return &m.oralHealth;
    return nullptr;
}
} // namespace

CreonCorrectionDialog::CreonCorrectionDialog(models::DossierModel *dossier, const QJsonObject &registration,
                                             const QString &itemName,
                                             const std::optional<models::Measurement> &consult,
                                             QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_registration(registration)
    , m_itemName(itemName)
    , m_consult(consult)
    , m_status(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("creonCorrectionStatus"), this))
    , m_draftOffer(new DraftOffer(QStringLiteral("creonCorrection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_change(new DraftedChange(
          dossier->api(), QStringLiteral("creon/%1").arg(registration.value(QLatin1String("id")).toInteger()),
          [this] { return typedValues(); }, this))
{
    setObjectName(QStringLiteral("creonCorrectionDialog"));
    setWindowTitle(tr("Correct CREON registration"));
    const QJsonObject source = registration.value(QLatin1String("source")).toObject();
    const QString kind = source.value(QLatin1String("kind")).toString();
    m_field = source.value(QLatin1String("field")).toString();

    auto *layout = new QVBoxLayout(this);
    // The dialog grows when a message appears under a field instead of squeezing (and cutting) it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(itemName.toHtmlEscaped()), this);
    // The layout sets the dialog's minimum size from its parts: this keeps the draft bar and the ministry's
    // reason on a few lines instead of a narrow column.
    title->setMinimumWidth(480);
    auto *status = new QLabel(CreonTexts::state(registration), this);
    status->setObjectName(QStringLiteral("creonCorrectionReason"));
    status->setWordWrap(true);
    auto *where = new QLabel(tr("Comes from: %1").arg(CreonTexts::source(registration)), this);
    where->setWordWrap(true);
    layout->addWidget(m_draftOffer);
    layout->addWidget(title);
    layout->addWidget(status);
    layout->addWidget(where);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (kind == QLatin1String("measurement") && m_consult) {
        auto *hint =
            new QLabel(tr("The correction is saved in the consult's results; the corrected result is "
                          "sent to the ministry as a new version."),
                       this);
        hint->setWordWrap(true);
        layout->insertWidget(4, hint);
        if (m_field == QLatin1String("heightCm"))
            addRow(form, tr("&Height:"),
                   m_quantity = spin(this, QStringLiteral("creonQuantity"), 40, 230, 1, tr(" cm")),
                   {m_field});
        else if (m_field == QLatin1String("weightKg"))
            addRow(form, tr("&Weight:"),
                   m_quantity = spin(this, QStringLiteral("creonQuantity"), 5, 250, 1, tr(" kg")), {m_field});
        else if (m_field == QLatin1String("farVision")) {
            addRow(form, tr("&Left eye:"), m_left = spin(this, QStringLiteral("creonLeft"), 0, 2.5, 2, {}),
                   {QStringLiteral("farVisionLeft")});
            addRow(form, tr("&Right eye:"), m_right = spin(this, QStringLiteral("creonRight"), 0, 2.5, 2, {}),
                   {QStringLiteral("farVisionRight")});
        } else if (textOf(*m_consult, m_field)) {
            addRow(form, tr("&Result:"), m_text = new QLineEdit(this), {m_field});
        }
    } else if (kind == QLatin1String("manual")) {
        m_date = new QDateEdit(this);
        m_date->setObjectName(QStringLiteral("creonDate"));
        m_date->setCalendarPopup(true);
        m_date->setMaximumDate(QDate::currentDate());
        addRow(form, tr("&Date:"), m_date, {QStringLiteral("date")});
        if (registration.value(QLatin1String("valueKind")).toString() == QLatin1String("result"))
            addRow(form, tr("&Result:"), m_text = new QLineEdit(this), {QStringLiteral("value")});
    } else {
        auto *hint =
            new QLabel(tr("This registration follows the activity in the journal: correct the activity "
                          "there. If the cause was fixed elsewhere (for example in the ministry's pupil "
                          "register), send it again unchanged."),
                       this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    if (m_text) {
        m_text->setObjectName(QStringLiteral("creonText"));
        m_text->setMaxLength(200);
    }
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setText(tr("Save correction"));
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    showValues();

    for (QDoubleSpinBox *s : {m_quantity, m_left, m_right})
        if (s)
            connect(s, &QDoubleSpinBox::valueChanged, this, &CreonCorrectionDialog::typed);
    if (m_date)
        connect(m_date, &QDateEdit::dateChanged, this, &CreonCorrectionDialog::typed);
    if (m_text)
        connect(m_text, &QLineEdit::textChanged, this, &CreonCorrectionDialog::typed);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreonCorrectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_change->forget(); // "Cancel" is the user's choice; a lock or a crash is not
        reject();
    });
    connect(m_change, &DraftedChange::draftFound, this,
            [this] { m_draftOffer->offer(tr("A correction you typed here was not saved. Restore it?")); });
    connect(m_draftOffer, &DraftOffer::restoreChosen, this, &CreonCorrectionDialog::restoreDraft);
    connect(m_draftOffer, &DraftOffer::discardChosen, m_change, &DraftedChange::forget);
    connect(m_change, &DraftedChange::waiting, this, [this] {
        setBusy(false);
        emit waiting();
        QDialog::accept(); // the outbox keeps it, sealed, and sends it when the server is back
    });
    if (models::Outbox *outbox = m_dossier->api()->outbox()) {
        connect(outbox, &models::Outbox::accepted, this, [this](const models::PendingChange &change) {
            if (change.id != m_change->key())
                return;
            m_change->saved();
            setBusy(false);
            QDialog::accept();
        });
        connect(outbox, &models::Outbox::needsUser, this, &CreonCorrectionDialog::onNeedsUser);
    }
    m_change->lookForDraft();
}

void CreonCorrectionDialog::addRow(QFormLayout *form, const QString &label, QWidget *field,
                                   const QStringList &serverFields)
{
    form->addRow(label, field);
    auto *error = new ErrorLabel(field->objectName() + QStringLiteral("Error"), this);
    form->addRow(QString(), error);
    for (const QString &name : serverFields)
        m_errors.insert(name, error);
}

void CreonCorrectionDialog::showValues()
{
    m_showing = true;
    if (m_consult) {
        if (m_quantity)
            m_quantity->setValue(m_field == QLatin1String("heightCm") ? m_consult->heightCm.value_or(100)
                                                                      : m_consult->weightKg.value_or(20));
        if (m_left)
            m_left->setValue(m_consult->farVisionLeft.value_or(0));
        if (m_right)
            m_right->setValue(m_consult->farVisionRight.value_or(0));
        if (QString *text = textOf(*m_consult, m_field); text && m_text)
            m_text->setText(*text);
    } else {
        if (m_date)
            m_date->setDate(
                QDate::fromString(m_registration.value(QLatin1String("date")).toString(), Qt::ISODate));
        if (m_text)
            m_text->setText(m_registration.value(QLatin1String("value"))
                                .toObject()
                                .value(QLatin1String("result"))
                                .toString());
    }
    m_showing = false;
    setBusy(false);
}

QJsonObject CreonCorrectionDialog::typedValues() const
{
    QJsonObject values;
    if (m_date)
        values.insert(QStringLiteral("date"), m_date->date().toString(Qt::ISODate));
    if (m_quantity)
        values.insert(QStringLiteral("quantity"), m_quantity->value());
    if (m_left)
        values.insert(QStringLiteral("left"), m_left->value());
    if (m_right)
        values.insert(QStringLiteral("right"), m_right->value());
    if (m_text)
        values.insert(QStringLiteral("text"), m_text->text());
    return values;
}

void CreonCorrectionDialog::restoreDraft()
{
    if (const auto draft = m_change->draft()) {
        m_showing = true;
        if (m_date)
            m_date->setDate(QDate::fromString(draft->value(QLatin1String("date")).toString(), Qt::ISODate));
        if (m_quantity)
            m_quantity->setValue(draft->value(QLatin1String("quantity")).toDouble());
        if (m_left)
            m_left->setValue(draft->value(QLatin1String("left")).toDouble());
        if (m_right)
            m_right->setValue(draft->value(QLatin1String("right")).toDouble());
        if (m_text)
            m_text->setText(draft->value(QLatin1String("text")).toString());
        m_showing = false;
        typed();
    }
    for (QWidget *field : {static_cast<QWidget *>(m_quantity), static_cast<QWidget *>(m_left),
                           static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_text)})
        if (field)
            return field->setFocus();
}

void CreonCorrectionDialog::typed()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_text || !m_text->text().trimmed().isEmpty());
    if (m_showing)
        return;
    m_draftOffer->hide();
    m_change->touched();
}

void CreonCorrectionDialog::setBusy(bool busy)
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!busy && (!m_text || !m_text->text().trimmed().isEmpty()));
    if (busy) {
        m_status->setKind(MessageLabel::Kind::Note);
        m_status->showMessage(tr("Saving…"));
    } else {
        m_status->setKind(MessageLabel::Kind::Error);
        m_status->clearMessage();
    }
}

QString CreonCorrectionDialog::unsavedWork() const
{
    return m_change->isTyped() && result() != QDialog::Accepted ? windowTitle() : QString();
}

void CreonCorrectionDialog::accept()
{
    for (MessageLabel *error : std::as_const(m_errors))
        error->clearMessage();
    m_change->startSaving();
    setBusy(true);
    if (m_consult)
        m_dossier->correctMeasurement(*m_consult, correctedConsult(), m_change->key(), m_itemName);
    else if (m_date)
        m_dossier->correctCreonRegistration(m_registration, correctedDate(), correctedValue(),
                                            m_change->key(), m_itemName);
    if (!m_dossier->api()->outbox()) {
        // Sent at once (no outbox, as in tools and some tests): the CREON tab shows the answer.
        m_change->saved();
        QDialog::accept();
    }
}

void CreonCorrectionDialog::onNeedsUser(const models::PendingChange &change)
{
    if (change.id != m_change->key() || !m_change->isSaving())
        return; // not this dialog's, or it waits in the list (the dialog no longer holds it)
    setBusy(false);
    if (change.state == models::PendingChange::State::Conflict)
        showConflict(change);
    else
        showRefusal(change);
}

void CreonCorrectionDialog::showConflict(const models::PendingChange &change)
{
    auto *conflict = new ConflictDialog(change, this);
    conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(conflict, &ConflictDialog::sendMerged, this,
            [this](const QByteArray &id, const QJsonObject &body) {
                setBusy(true);
                m_dossier->api()->outbox()->keepMine(id, body);
            });
    connect(conflict, &ConflictDialog::keepTheirs, this, [this, theirs = change.theirs] {
        m_change->refused(); // out of the outbox; a new save is a new request
        m_change->forget();
        if (m_consult) {
            m_consult = models::Measurement::fromJson(theirs);
            m_dossier->load();
        } else {
            m_registration = theirs;
            m_dossier->reloadCreon();
        }
        showValues();
        m_status->setKind(MessageLabel::Kind::Note);
        m_status->showMessage(tr("The values saved elsewhere are kept."));
    });
    // "Decide later": the choice waits in the list of changes (the status bar says so).
    connect(conflict, &QDialog::rejected, this, [this] {
        emit waiting();
        QDialog::accept();
    });
    conflict->open();
}

void CreonCorrectionDialog::showRefusal(const models::PendingChange &change)
{
    m_change->refused(); // seen here with the values still there; a corrected save is a new request
    bool marked = false;
    for (const QJsonValue &e : change.theirs.value(QLatin1String("errors")).toArray()) {
        if (MessageLabel *label = m_errors.value(e[QLatin1String("field")].toString())) {
            label->showMessage(tr("The server does not accept this value."));
            marked = true;
        }
    }
    m_status->setKind(MessageLabel::Kind::Error);
    if (marked)
        m_status->showMessage(tr("Not saved: correct the fields with a message under them."));
    else if (change.status == 404)
        m_status->showMessage(tr("Not saved: this was withdrawn in the meantime."));
    else if (change.status == 403)
        m_status->showMessage(tr("Not saved: you no longer have access to this dossier."));
    else
        m_status->showMessage(tr("Not saved: %1").arg(change.lastError));
}

models::Measurement CreonCorrectionDialog::correctedConsult() const
{
    models::Measurement m = m_consult.value_or(models::Measurement{});
    if (m_field == QLatin1String("heightCm") && m_quantity)
        m.heightCm = m_quantity->value();
    else if (m_field == QLatin1String("weightKg") && m_quantity)
        m.weightKg = m_quantity->value();
    else if (m_field == QLatin1String("farVision") && m_left && m_right) {
        m.farVisionLeft = m_left->value();
        m.farVisionRight = m_right->value();
    } else if (QString *text = textOf(m, m_field); text && m_text) {
        *text = m_text->text().trimmed();
    }
    return m;
}

QDate CreonCorrectionDialog::correctedDate() const
{
    return m_date ? m_date->date() : QDate();
}

QJsonValue CreonCorrectionDialog::correctedValue() const
{
    if (m_text)
        return QJsonObject{{QStringLiteral("result"), m_text->text().trimmed()}};
    return QJsonValue::Null;
}

} // namespace lars::ui
