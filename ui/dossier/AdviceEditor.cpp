#include "ui/dossier/AdviceEditor.h"

#include "models/api/DossierModel.h"
#include "models/api/Drafts.h"
#include "reports/AdviceCheck.h"
#include "reports/ModelLetters.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/dossier/MedicalTab.h"
#include "ui/widgets/MessageLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace lars::ui {

AdviceEditor::AdviceEditor(models::DossierModel *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_title(new QLabel(this))
    , m_findings(new MessageLabel(MessageLabel::Kind::Warning, QStringLiteral("adviceFindings"), this))
    , m_suggest(new QPushButton(tr("Use the &suggested text"), this))
    , m_text(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save a&dvice"), this))
    , m_revert(new QPushButton(tr("U&ndo my changes"), this))
    , m_status(new MessageLabel(MessageLabel::Kind::Note, QStringLiteral("adviceStatus"), this))
    , m_failure(new ErrorLabel(QStringLiteral("adviceFailure"), this))
    , m_conflictBox(new QFrame(this))
    , m_conflictText(new QLabel(m_conflictBox))
    , m_keepMine(new QPushButton(tr("Keep &my advice"), m_conflictBox))
    , m_takeTheirs(new QPushButton(tr("Use the saved advice"), m_conflictBox))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("adviceEditor"));
    m_title->setObjectName(QStringLiteral("adviceTitle"));
    m_title->setWordWrap(true);
    m_suggest->setObjectName(QStringLiteral("adviceSuggest"));
    m_suggest->setToolTip(tr("Puts a text made from the deviating results in the editor, to adapt"));
    m_text->setObjectName(QStringLiteral("adviceEdit"));
    m_text->setAccessibleName(tr("Advice for the parents"));
    m_text->setTabChangesFocus(true); // Tab moves on; the advice takes line breaks, not tabs
    m_text->setPlaceholderText(tr("The advice for the parents, as it will be printed in the parent letter"));
    m_save->setObjectName(QStringLiteral("adviceSave"));
    m_revert->setObjectName(QStringLiteral("adviceRevert"));
    m_conflictBox->setObjectName(QStringLiteral("adviceConflict"));
    m_conflictText->setObjectName(QStringLiteral("adviceConflictText"));
    m_conflictText->setWordWrap(true);
    m_conflictText->setForegroundRole(QPalette::ToolTipText);
    m_conflictBox->setFrameShape(QFrame::StyledPanel);
    m_conflictBox->setBackgroundRole(QPalette::ToolTipBase);
    m_conflictBox->setAutoFillBackground(true);
    m_keepMine->setObjectName(QStringLiteral("adviceKeepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("adviceTakeTheirs"));
    m_conflictBox->hide();

    auto *label = new QLabel(tr("&Advice for the parents:"), this);
    label->setBuddy(m_text);
    // The warning takes the whole width (it is read first), the offer of a text right under it.
    auto *suggestRow = new QHBoxLayout;
    suggestRow->addWidget(m_suggest);
    suggestRow->addStretch();
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->setContentsMargins(6, 6, 6, 6);
    conflictLayout->addWidget(m_conflictText);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_takeTheirs);
    conflictButtons->addStretch();
    conflictLayout->addLayout(conflictButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_findings);
    layout->addLayout(suggestRow);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_failure);
    layout->addWidget(m_conflictBox);
    layout->addLayout(buttons);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &AdviceEditor::keepDraft);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showing)
            return;
        m_draftTimer->start();
        updateButtons();
    });
    connect(m_suggest, &QPushButton::clicked, this, &AdviceEditor::useSuggestion);
    connect(m_save, &QPushButton::clicked, this, &AdviceEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &AdviceEditor::revert);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        m_conflictBox->hide();
        save(); // the model now holds the version of the advice the user has just seen
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        m_showing = true;
        m_text->setPlainText(m_theirs.text);
        m_showing = false;
        forgetDraft();
        m_dossier->acceptServerAdvice(m_measurementId, m_theirs);
    });
    connect(m_dossier, &models::DossierModel::adviceSaved, this, &AdviceEditor::onSaved);
    connect(m_dossier, &models::DossierModel::adviceConflict, this, &AdviceEditor::onConflict);
    connect(m_dossier, &models::DossierModel::adviceSaveFailed, this, &AdviceEditor::onFailed);
    connect(m_dossier, &models::DossierModel::adviceWaiting, this, &AdviceEditor::onWaiting);
    // The suggestion depends on the pupil's age and sex and the growth history.
    connect(m_dossier, &models::DossierModel::pupilLoaded, this, &AdviceEditor::showChecks);
    if (models::Drafts *drafts = m_dossier->api()->drafts(); drafts && !drafts->isRestored())
        connect(drafts, &models::Drafts::restored, this, [this] {
            if (!isDirty())
                showConsult();
        });
    showConsult();
}

const models::Measurement *AdviceEditor::current() const
{
    return m_measurementId ? m_dossier->measurement(m_measurementId) : nullptr;
}

QString AdviceEditor::text() const
{
    return m_text->toPlainText();
}

bool AdviceEditor::isDirty() const
{
    return current() && text() != m_base.text;
}

QString AdviceEditor::draftName() const
{
    return QStringLiteral("advice/%1").arg(m_measurementId);
}

void AdviceEditor::setConsult(qint64 measurementId)
{
    if (measurementId == m_measurementId && current()) {
        // The dossier was read again: a newer advice is shown unless the user is typing over the old one
        // (saving that then meets the newer one as a conflict, never overwrites it).
        if (!isDirty() && !m_saving)
            showConsult();
        else
            showChecks();
        return;
    }
    if (isDirty())
        keepDraft(); // switching consults loses nothing: the typed text waits as a draft
    m_measurementId = measurementId;
    m_saving = false;
    showConsult();
}

void AdviceEditor::showConsult()
{
    m_conflictBox->hide();
    m_failure->clearMessage();
    const models::Measurement *m = current();
    m_base = m ? m->advice : models::ConsultAdvice();
    QString shown = m_base.text;
    m_status->clearMessage();
    if (m) {
        m_title->setText(
            tr("After the systematic contact %1 of %2")
                .arg(MedicalTab::contactName(m->contact), QLocale().toString(m->date, QLocale::LongFormat)));
        if (const auto waiting = m_dossier->waitingAdvice(m_measurementId)) {
            // Saved on this computer, not yet on the server: shown as it will be, and said so.
            shown = m_base.text = *waiting;
            m_status->setKind(MessageLabel::Kind::Notice);
            m_status->showMessage(tr("Waiting for a connection to be saved; nothing is lost."));
        }
        const models::Drafts *drafts = m_dossier->api()->drafts();
        if (const auto draft = drafts ? drafts->find(draftName()) : std::nullopt) {
            const QString typed = draft->value(QLatin1String("text")).toString();
            if (typed != shown) {
                shown = typed;
                m_status->setKind(MessageLabel::Kind::Notice);
                m_status->showMessage(tr("Your unsaved text was put back."));
            } else {
                forgetDraft(); // the outbox or the server holds exactly this text now
            }
        }
    } else {
        m_title->setText(tr("Select a systematic contact to write the advice for the parents."));
    }
    m_showing = true;
    m_text->setPlainText(shown);
    m_showing = false;
    m_text->setEnabled(m != nullptr);
    if (m_status->text().isEmpty())
        showChangedBy();
    showChecks();
    updateButtons();
}

void AdviceEditor::showChangedBy()
{
    const models::Measurement *m = current();
    m_status->setKind(MessageLabel::Kind::Note);
    if (!m || m->advice.changedBy.isNull())
        return m_status->clearMessage();
    m_status->showMessage(
        tr("Last changed by %1 on %2")
            .arg(m->advice.changedBy.name,
                 QLocale().toString(m->advice.changedAt.toLocalTime(), QLocale::ShortFormat)));
}

void AdviceEditor::showChecks()
{
    const models::Measurement *m = current();
    m_suggestion.clear();
    if (!m || !m_dossier->isPupilLoaded()) {
        m_findings->clearMessage();
        m_suggest->hide();
        return;
    }
    const auto &heights = m_dossier->parentHeights();
    // The same composition as the letter: what the editor warns about is what the letter would refuse.
    const reports::ParentLetter letter = reports::parentLetter(
        m_dossier->pupil(), m_dossier->measurements(), *m, heights.fatherCm, heights.motherCm, {}, {});
    const reports::AdviceCheck check(letter);
    m_suggestion = check.suggestion();
    if (!check.needsAdvice())
        m_findings->clearMessage();
    else
        m_findings->showMessage(tr("Deviating results: %1 Without an advice the parent letter is not made.")
                                    .arg(check.findings().join(u' ')));
    m_suggest->setVisible(check.needsAdvice());
}

void AdviceEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(current() && !m_saving && (dirty || m_conflictBox->isVisible()));
    m_revert->setEnabled(dirty && !m_saving);
    m_suggest->setEnabled(current() && !m_saving);
}

void AdviceEditor::useSuggestion()
{
    if (m_suggestion.isEmpty())
        return;
    // One edit step: Ctrl+Z gives back what was there.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_suggestion);
    m_text->setFocus();
}

void AdviceEditor::save()
{
    if (!current() || m_saving)
        return;
    m_failure->clearMessage();
    m_conflictBox->hide();
    m_saving = true;
    keepDraft(); // until the outbox holds the change
    updateButtons();
    m_status->setKind(MessageLabel::Kind::Note);
    m_status->showMessage(tr("Saving…"));
    m_dossier->saveAdvice(m_measurementId, text(), m_base.version);
}

void AdviceEditor::revert()
{
    forgetDraft();
    showConsult();
}

void AdviceEditor::keepDraft()
{
    m_draftTimer->stop();
    models::Drafts *drafts = m_dossier->api()->drafts();
    if (!drafts || !current())
        return;
    if (!isDirty())
        return forgetDraft();
    drafts->keep(draftName(), {{QStringLiteral("text"), text()}});
}

void AdviceEditor::forgetDraft()
{
    m_draftTimer->stop();
    if (models::Drafts *drafts = m_dossier->api()->drafts(); drafts && m_measurementId)
        drafts->forget(draftName());
}

void AdviceEditor::onSaved(qint64 measurementId)
{
    if (measurementId != m_measurementId)
        return;
    m_saving = false;
    const models::Measurement *m = current();
    if (m && text() != m->advice.text) {
        m_base = m->advice; // typed on while it was being saved: that stays, as a draft on the saved one
        keepDraft();
    } else {
        forgetDraft();
        showConsult();
    }
    updateButtons();
}

void AdviceEditor::onWaiting(qint64 measurementId)
{
    if (measurementId != m_measurementId)
        return;
    m_saving = false;
    forgetDraft(); // the outbox keeps it now, sealed, until the server has it
    m_status->setKind(MessageLabel::Kind::Notice);
    m_status->showMessage(tr("Waiting for a connection to be saved; nothing is lost."));
    updateButtons();
}

void AdviceEditor::onConflict(qint64 measurementId, const models::ConsultAdvice &theirs)
{
    if (measurementId != m_measurementId)
        return;
    m_saving = false;
    m_theirs = theirs;
    keepDraft();
    m_conflictText->setText(
        tr("%1 saved another advice in the meantime:\n\n%2\n\nWhich advice should be kept?")
            .arg(theirs.changedBy.isNull() ? tr("Someone else") : theirs.changedBy.name,
                 theirs.text.isEmpty() ? tr("(empty)") : theirs.text));
    m_conflictBox->show();
    m_status->clearMessage();
    updateButtons();
}

void AdviceEditor::onFailed(qint64 measurementId, const models::DossierReply &reply)
{
    if (measurementId != m_measurementId)
        return;
    m_saving = false;
    keepDraft();
    const QString field = reply.fieldMessage(QStringLiteral("text"));
    m_failure->showMessage(tr("Not saved. %1").arg(field.isEmpty() ? DossierTexts::problem(reply) : field));
    m_status->clearMessage();
    updateButtons();
}

QString AdviceEditor::unsavedWork() const
{
    if (!isDirty())
        return {};
    const models::Pupil &p = m_dossier->pupil();
    return tr("Advice for the parents of %1 %2").arg(p.firstName, p.lastName);
}

} // namespace lars::ui
