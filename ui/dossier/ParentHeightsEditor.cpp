#include "ui/dossier/ParentHeightsEditor.h"

#include "models/TargetHeight.h"
#include "models/api/DossierModel.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageLabel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>

namespace lars::ui {

ParentHeightsEditor::ParentHeightsEditor(models::DossierModel *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_stack(new QStackedWidget(this))
    , m_fatherValue(new QLabel(this))
    , m_motherValue(new QLabel(this))
    , m_changedBy(new QLabel(this))
    , m_editButton(new QToolButton(this))
    , m_fatherEdit(new QLineEdit(this))
    , m_motherEdit(new QLineEdit(this))
    , m_fatherError(new ErrorLabel(QStringLiteral("fatherError"), this))
    , m_motherError(new ErrorLabel(QStringLiteral("motherError"), this))
    , m_saveButton(new QToolButton(this))
    , m_cancelButton(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_failureBox(new QWidget(this))
    , m_failureText(new ErrorLabel(QStringLiteral("parentHeightsFailure"), this))
    , m_retryButton(new QPushButton(tr("Retry"), this))
    , m_conflictBox(new QFrame(this))
    , m_conflictText(new QLabel(this))
    , m_keepMineButton(new QPushButton(tr("Keep my values"), this))
    , m_takeTheirsButton(new QPushButton(tr("Use the saved values"), this))
{
    setObjectName(QStringLiteral("parentHeightsEditor"));
    m_fatherValue->setObjectName(QStringLiteral("fatherValue"));
    m_motherValue->setObjectName(QStringLiteral("motherValue"));
    m_changedBy->setObjectName(QStringLiteral("parentHeightsChangedBy"));
    m_changedBy->setForegroundRole(QPalette::PlaceholderText);
    m_changedBy->setWordWrap(true);
    m_editButton->setObjectName(QStringLiteral("editParentHeights"));
    m_editButton->setIcon(Icons::themed(QStringLiteral("edit")));
    m_editButton->setToolTip(tr("Edit the parents' heights"));
    m_editButton->setAccessibleName(tr("Edit the parents' heights"));
    m_fatherEdit->setObjectName(QStringLiteral("fatherEdit"));
    m_motherEdit->setObjectName(QStringLiteral("motherEdit"));
    for (QLineEdit *e : {m_fatherEdit, m_motherEdit}) {
        e->setPlaceholderText(tr("cm"));
        e->setMaximumWidth(90);
        e->setMaxLength(6);
    }
    m_fatherEdit->setAccessibleName(tr("Height of the father in cm"));
    m_motherEdit->setAccessibleName(tr("Height of the mother in cm"));
    m_saveButton->setObjectName(QStringLiteral("saveParentHeights"));
    m_saveButton->setIcon(Icons::themed(QStringLiteral("save")));
    m_saveButton->setToolTip(tr("Save (Enter)"));
    m_saveButton->setAccessibleName(tr("Save"));
    m_cancelButton->setObjectName(QStringLiteral("cancelParentHeights"));
    m_cancelButton->setIcon(Icons::themed(QStringLiteral("cancel")));
    m_cancelButton->setToolTip(tr("Cancel (Esc)"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_progress->setObjectName(QStringLiteral("parentHeightsProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(80);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_retryButton->setObjectName(QStringLiteral("retryParentHeights"));
    m_failureBox->setObjectName(QStringLiteral("parentHeightsFailureBox"));
    m_conflictBox->setObjectName(QStringLiteral("parentHeightsConflict"));
    m_conflictText->setObjectName(QStringLiteral("conflictText"));
    m_conflictText->setWordWrap(true);
    m_keepMineButton->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirsButton->setObjectName(QStringLiteral("takeTheirs"));

    auto *view = new QWidget(m_stack);
    auto *viewLayout = new QGridLayout(view);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addWidget(new QLabel(tr("Father:"), view), 0, 0);
    viewLayout->addWidget(m_fatherValue, 0, 1);
    viewLayout->addWidget(new QLabel(tr("Mother:"), view), 1, 0);
    viewLayout->addWidget(m_motherValue, 1, 1);
    viewLayout->addWidget(m_editButton, 0, 2, 2, 1, Qt::AlignTop);
    viewLayout->addWidget(m_changedBy, 2, 0, 1, 3);
    viewLayout->setColumnStretch(3, 1);
    viewLayout->setRowStretch(3, 1);

    auto *edit = new QWidget(m_stack);
    auto *editLayout = new QGridLayout(edit);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *fatherLabel = new QLabel(tr("&Father:"), edit);
    fatherLabel->setBuddy(m_fatherEdit);
    auto *motherLabel = new QLabel(tr("&Mother:"), edit);
    motherLabel->setBuddy(m_motherEdit);
    // Each message sits under its field across the whole width: beside a narrow field it would be cut off.
    editLayout->addWidget(fatherLabel, 0, 0);
    editLayout->addWidget(m_fatherEdit, 0, 1);
    editLayout->addWidget(new QLabel(tr("cm"), edit), 0, 2);
    editLayout->addWidget(m_fatherError, 1, 0, 1, 4);
    editLayout->addWidget(motherLabel, 2, 0);
    editLayout->addWidget(m_motherEdit, 2, 1);
    editLayout->addWidget(new QLabel(tr("cm"), edit), 2, 2);
    editLayout->addWidget(m_motherError, 3, 0, 1, 4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress);
    buttons->addStretch();
    editLayout->addLayout(buttons, 4, 1, 1, 3);
    editLayout->setColumnStretch(3, 1);

    auto *failureLayout = new QHBoxLayout(m_failureBox);
    failureLayout->setContentsMargins(0, 0, 0, 0);
    failureLayout->addWidget(m_failureText, 1);
    failureLayout->addWidget(m_retryButton);
    m_failureBox->hide();
    editLayout->addWidget(m_failureBox, 5, 0, 1, 4);

    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->setContentsMargins(6, 6, 6, 6);
    conflictLayout->addWidget(m_conflictText);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_keepMineButton);
    conflictButtons->addWidget(m_takeTheirsButton);
    conflictButtons->addStretch();
    conflictLayout->addLayout(conflictButtons);
    m_conflictBox->setFrameShape(QFrame::StyledPanel);
    m_conflictBox->setBackgroundRole(QPalette::ToolTipBase);
    m_conflictBox->setAutoFillBackground(true);
    m_conflictText->setForegroundRole(QPalette::ToolTipText);
    m_conflictBox->hide();
    editLayout->addWidget(m_conflictBox, 6, 0, 1, 4);
    editLayout->setRowStretch(7, 1);

    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_stack->addWidget(view);
    m_stack->addWidget(edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_editButton, &QToolButton::clicked, this, &ParentHeightsEditor::startEditing);
    connect(m_saveButton, &QToolButton::clicked, this, &ParentHeightsEditor::save);
    connect(m_cancelButton, &QToolButton::clicked, this, &ParentHeightsEditor::cancel);
    connect(m_retryButton, &QPushButton::clicked, this, &ParentHeightsEditor::save);
    connect(m_fatherEdit, &QLineEdit::returnPressed, this, &ParentHeightsEditor::save);
    connect(m_motherEdit, &QLineEdit::returnPressed, this, &ParentHeightsEditor::save);
    connect(m_keepMineButton, &QPushButton::clicked, this, [this] {
        m_conflictBox->hide();
        save(); // the model now holds the ETag of the value the user has just seen
    });
    connect(m_takeTheirsButton, &QPushButton::clicked, this, [this] {
        m_conflictBox->hide();
        m_stack->setCurrentIndex(0);
        m_dossier->acceptServerParentHeights(m_theirs); // shows them: we are no longer editing
        showValues();
    });
    connect(m_dossier, &models::DossierModel::parentHeightsLoaded, this, [this] {
        if (!isEditing())
            showValues();
    });
    connect(m_dossier, &models::DossierModel::parentHeightsSaved, this, [this] {
        setBusy(false);
        m_stack->setCurrentIndex(0);
        showValues();
    });
    connect(m_dossier, &models::DossierModel::parentHeightsWaiting, this, [this] {
        // Kept in the outbox: the editor closes; the values wait for the server, and say so.
        setBusy(false);
        m_stack->setCurrentIndex(0);
        m_changedBy->setText(
            tr("Waiting for a connection to be saved: father %1, mother %2")
                .arg(m_fatherEdit->text().isEmpty() ? tr("not entered") : m_fatherEdit->text(),
                     m_motherEdit->text().isEmpty() ? tr("not entered") : m_motherEdit->text()));
    });
    connect(m_dossier, &models::DossierModel::parentHeightsConflict, this, &ParentHeightsEditor::onConflict);
    connect(m_dossier, &models::DossierModel::parentHeightsSaveFailed, this, &ParentHeightsEditor::onFailed);
    showValues();
}

bool ParentHeightsEditor::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

void ParentHeightsEditor::showValues()
{
    const auto &h = m_dossier->parentHeights();
    m_fatherValue->setText(DossierTexts::heightCm(h.fatherCm));
    m_motherValue->setText(DossierTexts::heightCm(h.motherCm));
    const bool fatherLater = h.fatherChangedAt >= h.motherChangedAt;
    const auto &by = fatherLater ? h.fatherChangedBy : h.motherChangedBy;
    const QDateTime at = fatherLater ? h.fatherChangedAt : h.motherChangedAt;
    m_changedBy->setText(by.isNull()
                             ? QString()
                             : tr("Last changed by %1 on %2")
                                   .arg(by.name, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

namespace {
QString heightText(std::optional<double> cm)
{
    return cm ? QLocale().toString(*cm, 'g', 5) : QString();
}
} // namespace

QString ParentHeightsEditor::unsavedWork() const
{
    const auto &h = m_dossier->parentHeights();
    if (!isEditing() || (m_fatherEdit->text().trimmed() == heightText(h.fatherCm) &&
                         m_motherEdit->text().trimmed() == heightText(h.motherCm)))
        return {};
    const models::Pupil &p = m_dossier->pupil();
    return tr("Parent heights of %1 %2").arg(p.firstName, p.lastName);
}

void ParentHeightsEditor::startEditing()
{
    const auto &h = m_dossier->parentHeights();
    m_fatherEdit->setText(heightText(h.fatherCm));
    m_motherEdit->setText(heightText(h.motherCm));
    m_fatherError->clearMessage();
    m_motherError->clearMessage();
    m_failureBox->hide();
    m_conflictBox->hide();
    m_stack->setCurrentIndex(1);
    m_fatherEdit->setFocus();
    m_fatherEdit->selectAll();
}

void ParentHeightsEditor::cancel()
{
    if (m_saving)
        return; // the answer decides; cancelling now would hide a save that may still succeed
    m_conflictBox->hide();
    m_failureBox->hide();
    m_stack->setCurrentIndex(0);
    showValues();
    m_editButton->setFocus();
}

std::optional<double> ParentHeightsEditor::parseCm(const QString &text, bool *ok)
{
    QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    t.replace(u',', u'.');
    const double v = t.toDouble(ok);
    if (!*ok)
        return std::nullopt;
    return v;
}

bool ParentHeightsEditor::validate(std::optional<double> *father, std::optional<double> *mother)
{
    const auto check = [](QLineEdit *edit, MessageLabel *error, std::optional<double> *value) {
        bool ok = false;
        *value = parseCm(edit->text(), &ok);
        QString message;
        if (!ok)
            message = tr("Type a height in cm, e.g. 172.");
        else if (*value)
            message = models::TargetHeight::validateParentHeight(**value);
        error->showMessage(message);
        return message.isEmpty();
    };
    const bool fatherOk = check(m_fatherEdit, m_fatherError, father);
    const bool motherOk = check(m_motherEdit, m_motherError, mother);
    if (!fatherOk)
        m_fatherEdit->setFocus();
    else if (!motherOk)
        m_motherEdit->setFocus();
    return fatherOk && motherOk;
}

void ParentHeightsEditor::save()
{
    if (!isEditing() || m_saving)
        return;
    std::optional<double> father;
    std::optional<double> mother;
    if (!validate(&father, &mother))
        return;
    m_failureBox->hide();
    m_conflictBox->hide();
    setBusy(true);
    m_dossier->saveParentHeights(father, mother);
}

void ParentHeightsEditor::setBusy(bool busy)
{
    m_saving = busy;
    m_progress->setVisible(busy);
    m_saveButton->setEnabled(!busy);
    m_fatherEdit->setReadOnly(busy);
    m_motherEdit->setReadOnly(busy);
}

void ParentHeightsEditor::onConflict(const models::ParentHeights &theirs)
{
    setBusy(false);
    m_stack->setCurrentIndex(
        1); // the change may have waited with the editor closed: the typed values are here
    m_theirs = theirs;
    const auto &by =
        theirs.fatherChangedAt >= theirs.motherChangedAt ? theirs.fatherChangedBy : theirs.motherChangedBy;
    m_conflictText->setText(
        tr("%1 saved other heights in the meantime.\nSaved now: father %2, mother %3.\nYou typed: father %4, "
           "mother %5.\nWhich values should be kept?")
            .arg(by.isNull() ? tr("Someone else") : by.name, DossierTexts::heightCm(theirs.fatherCm),
                 DossierTexts::heightCm(theirs.motherCm),
                 m_fatherEdit->text().isEmpty() ? tr("not entered") : m_fatherEdit->text() + tr(" cm"),
                 m_motherEdit->text().isEmpty() ? tr("not entered") : m_motherEdit->text() + tr(" cm")));
    m_conflictBox->show();
}

void ParentHeightsEditor::onFailed(const models::DossierReply &reply)
{
    setBusy(false);
    m_stack->setCurrentIndex(1);
    // The server's field messages go next to the fields; the typed values stay.
    const QString father = reply.fieldMessage(QStringLiteral("fatherCm"));
    const QString mother = reply.fieldMessage(QStringLiteral("motherCm"));
    if (!father.isEmpty() || !mother.isEmpty()) {
        m_fatherError->showMessage(father);
        m_motherError->showMessage(mother);
        return;
    }
    m_failureText->showMessage(tr("Not saved. %1").arg(DossierTexts::problem(reply)));
    m_failureBox->show();
    m_retryButton->setFocus();
}

void ParentHeightsEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isEditing()) {
        cancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace lars::ui
