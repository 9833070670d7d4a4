#include "ui/dossier/CreonCorrectionDialog.h"

#include "ui/dossier/CreonTexts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

namespace {
QDoubleSpinBox *spin(QWidget *parent, const QString &name, double min, double max, int decimals,
                     const QString &suffix, double value)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setValue(value);
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

CreonCorrectionDialog::CreonCorrectionDialog(const QJsonObject &registration, const QString &itemName,
                                             const std::optional<models::Measurement> &consult,
                                             QWidget *parent)
    : QDialog(parent)
    , m_registration(registration)
    , m_consult(consult)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("creonCorrectionDialog"));
    setWindowTitle(tr("Correct CREON registration"));
    const QJsonObject source = registration.value(QLatin1String("source")).toObject();
    const QString kind = source.value(QLatin1String("kind")).toString();
    m_field = source.value(QLatin1String("field")).toString();

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(itemName.toHtmlEscaped()), this);
    auto *status = new QLabel(CreonTexts::state(registration), this);
    status->setObjectName(QStringLiteral("creonCorrectionReason"));
    status->setWordWrap(true);
    auto *where = new QLabel(tr("Comes from: %1").arg(CreonTexts::source(registration)), this);
    where->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(status);
    layout->addWidget(where);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    const QJsonObject value = registration.value(QLatin1String("value")).toObject();
    if (kind == QLatin1String("measurement") && m_consult) {
        auto *hint =
            new QLabel(tr("The correction is saved in the consult's results; the corrected result is "
                          "sent to the ministry as a new version."),
                       this);
        hint->setWordWrap(true);
        layout->insertWidget(3, hint);
        if (m_field == QLatin1String("heightCm"))
            form->addRow(tr("&Height:"), m_quantity = spin(this, QStringLiteral("creonQuantity"), 40, 230, 1,
                                                           tr(" cm"), m_consult->heightCm.value_or(100)));
        else if (m_field == QLatin1String("weightKg"))
            form->addRow(tr("&Weight:"), m_quantity = spin(this, QStringLiteral("creonQuantity"), 5, 250, 1,
                                                           tr(" kg"), m_consult->weightKg.value_or(20)));
        else if (m_field == QLatin1String("farVision")) {
            form->addRow(tr("&Left eye:"), m_left = spin(this, QStringLiteral("creonLeft"), 0, 2.5, 2, {},
                                                         m_consult->farVisionLeft.value_or(0)));
            form->addRow(tr("&Right eye:"), m_right = spin(this, QStringLiteral("creonRight"), 0, 2.5, 2, {},
                                                           m_consult->farVisionRight.value_or(0)));
        } else if (QString *text = textOf(*m_consult, m_field)) {
            form->addRow(tr("&Result:"), m_text = new QLineEdit(*text, this));
        }
    } else if (kind == QLatin1String("manual")) {
        m_date = new QDateEdit(
            QDate::fromString(registration.value(QLatin1String("date")).toString(), Qt::ISODate), this);
        m_date->setObjectName(QStringLiteral("creonDate"));
        m_date->setCalendarPopup(true);
        m_date->setMaximumDate(QDate::currentDate());
        form->addRow(tr("&Date:"), m_date);
        if (registration.value(QLatin1String("valueKind")).toString() == QLatin1String("result"))
            form->addRow(tr("&Result:"),
                         m_text = new QLineEdit(value.value(QLatin1String("result")).toString(), this));
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
        connect(m_text, &QLineEdit::textChanged, this, &CreonCorrectionDialog::updateState);
    }
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setText(tr("Save correction"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void CreonCorrectionDialog::updateState()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_text || !m_text->text().trimmed().isEmpty());
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
