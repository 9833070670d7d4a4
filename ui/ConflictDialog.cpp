#include "ui/ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lars::ui {

namespace {
// The fields of a correction of a journal activity.
QString activityFieldName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Date")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Function")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Subject")},
        {QStringLiteral("subjectCode"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Theme")},
        {QStringLiteral("durationMinutes"),
         QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Duration (minutes)")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Text")},
        {QStringLiteral("hub"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Draaischijf")},
        {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Withdrawn")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Why")}};
    const char *name = names.value(key);
    return name ? ConflictDialog::tr(name) : key;
}

// The results of a consult (a correction from the CREON tab) and a CREON registration.
QString consultFieldName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Systematic contact")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Date")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Result")},
        {QStringLiteral("heightCm"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Height (cm)")},
        {QStringLiteral("weightKg"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Weight (kg)")},
        {QStringLiteral("farVisionLeft"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Vision, left eye")},
        {QStringLiteral("farVisionRight"),
         QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Vision, right eye")},
        {QStringLiteral("eyeAlignment"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Eye alignment")},
        {QStringLiteral("depthVision"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Depth vision")},
        {QStringLiteral("colourVision"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Colour vision")},
        {QStringLiteral("hearingAudiometry"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Audiometry")},
        {QStringLiteral("hearingSpeechInNoise"),
         QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Speech in noise")},
        {QStringLiteral("pubertyStage"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Puberty stage")},
        {QStringLiteral("vaccinationStatus"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Vaccinations")},
        {QStringLiteral("oralHealth"), QT_TRANSLATE_NOOP("lars::ui::ConflictDialog", "Oral health")}};
    const char *name = names.value(key);
    return name ? ConflictDialog::tr(name) : key;
}

QString fieldName(const QString &key, const QString &kind)
{
    if (kind == QLatin1String("activity-correction"))
        return activityFieldName(key);
    if (kind == QLatin1String("consult-correction") || kind == QLatin1String("creon-correction"))
        return consultFieldName(key);
    if (key == QLatin1String("fatherCm"))
        return ConflictDialog::tr("Height of the father");
    if (key == QLatin1String("motherCm"))
        return ConflictDialog::tr("Height of the mother");
    if (key == QLatin1String("bridgingHelp"))
        return ConflictDialog::tr("Bridging help");
    if (key == QLatin1String("gsm"))
        return ConflictDialog::tr("GSM");
    if (key == QLatin1String("phone"))
        return ConflictDialog::tr("Phone");
    if (key == QLatin1String("email"))
        return ConflictDialog::tr("E-mail");
    if (key == QLatin1String("text"))
        return ConflictDialog::tr("Advice for the parents");
    return key;
}

QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? ConflictDialog::tr("yes") : ConflictDialog::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 6);
    if (v.isString() && !v.toString().isEmpty()) {
        // A long advice is recognised by its start; the whole text is in the editor.
        const QStringList lines = v.toString().split(u'\n');
        QString shown = lines.mid(0, 4).join(u'\n');
        if (shown.size() > 240)
            shown = shown.left(240);
        return shown.size() < v.toString().size() ? shown + QStringLiteral(" …") : shown;
    }
    if (v.isObject()) { // the draaischijf's direction, category and detail
        QStringList parts;
        for (const QJsonValue &part : v.toObject())
            parts << part.toString();
        return parts.join(QStringLiteral(" · "));
    }
    return ConflictDialog::tr("(empty)");
}
} // namespace

ConflictDialog::ConflictDialog(const models::PendingChange &change, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this first"));
    auto *intro = new QLabel(tr("<b>%1</b><br>While your change waited, someone else saved another value. "
                                "Choose per field which value stays; nothing is saved before you choose.")
                                 .arg(change.summary.toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    const QStringList heads{tr("Field"), tr("Before"), tr("Theirs (now on the server)"), tr("Mine")};
    for (int c = 0; c < heads.size(); ++c) {
        auto *head = new QLabel(QStringLiteral("<b>%1</b>").arg(heads[c].toHtmlEscaped()), this);
        grid->addWidget(head, 0, c);
    }
    const QJsonObject theirs = theirsPart();
    int row = 1;
    for (auto it = change.body.begin(); it != change.body.end(); ++it) {
        const QString key = it.key();
        const bool mineChanged = it.value() != change.base.value(key);
        // A consult correction sends every result of the consult: one nobody changed is no choice.
        if (change.kind == QLatin1String("consult-correction") && !mineChanged &&
            theirs.value(key) == it.value())
            continue;
        auto *name = new QLabel(fieldName(key, change.kind), this);
        grid->addWidget(name, row, 0);
        grid->addWidget(new QLabel(valueText(change.base.value(key)), this), row, 1);
        auto *takeTheirs = new QRadioButton(valueText(theirs.value(key)), this);
        takeTheirs->setObjectName(QStringLiteral("theirs_") + key);
        takeTheirs->setAccessibleName(
            tr("%1: theirs, %2").arg(fieldName(key, change.kind), takeTheirs->text()));
        auto *takeMine = new QRadioButton(valueText(it.value()), this);
        takeMine->setObjectName(QStringLiteral("mine_") + key);
        takeMine->setAccessibleName(tr("%1: mine, %2").arg(fieldName(key, change.kind), takeMine->text()));
        // A field only the other changed keeps their value unless she chooses otherwise: sending her
        // unchanged value back would undo their change without anyone deciding it.
        (mineChanged ? takeMine : takeTheirs)->setChecked(true);
        auto *group = new QButtonGroup(this);
        group->addButton(takeTheirs);
        group->addButton(takeMine);
        grid->addWidget(takeTheirs, row, 2);
        grid->addWidget(takeMine, row, 3);
        m_takeTheirs.insert(key, takeTheirs);
        ++row;
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *send = buttons->addButton(tr("&Send my choice"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("conflictSend"));
    send->setDefault(true);
    QPushButton *drop = buttons->addButton(tr("&Keep theirs, drop mine"), QDialogButtonBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("conflictKeepTheirs"));
    QPushButton *later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("conflictLater"));
    connect(send, &QPushButton::clicked, this, [this] {
        emit sendMerged(m_change.id, merged());
        accept();
    });
    connect(drop, &QPushButton::clicked, this, [this] {
        emit keepTheirs(m_change.id);
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QJsonObject ConflictDialog::theirsPart() const
{
    return m_change.readField.isEmpty() ? m_change.theirs
                                        : m_change.theirs.value(m_change.readField).toObject();
}

QJsonObject ConflictDialog::merged() const
{
    QJsonObject body = m_change.body;
    const QJsonObject theirs = theirsPart();
    for (auto it = m_takeTheirs.begin(); it != m_takeTheirs.end(); ++it)
        if (it.value()->isChecked())
            body.insert(it.key(), theirs.value(it.key()));
    return body;
}

} // namespace lars::ui
