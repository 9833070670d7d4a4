#include "ui/dossier/OverbruggingshulpBox.h"

#include "models/api/DossierModel.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/widgets/MessageLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace lars::ui {

OverbruggingshulpBox::OverbruggingshulpBox(models::DossierModel *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_check(new QCheckBox(tr("Bridging help"), this))
    , m_status(new QLabel(this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_undoWindow(new QTimer(this))
{
    setObjectName(QStringLiteral("bridgingHelpBox"));
    m_check->setObjectName(QStringLiteral("bridgingHelpCheck"));
    m_status->setObjectName(QStringLiteral("bridgingHelpStatus"));
    m_retry->setObjectName(QStringLiteral("bridgingHelpRetry"));
    m_retry->hide();
    m_undo->setObjectName(QStringLiteral("bridgingHelpUndo"));
    m_undo->hide();
    m_undoWindow->setSingleShot(true);
    m_undoWindow->setInterval(kUndoMs);
    connect(m_undoWindow, &QTimer::timeout, this, [this] {
        m_undo->hide();
        m_held.clear();
    });
    connect(m_undo, &QPushButton::clicked, this, &OverbruggingshulpBox::undo);
    auto *explanation =
        new MessageLabel(MessageLabel::Kind::Note, QStringLiteral("bridgingHelpExplanation"), this);
    explanation->showMessage(tr("The CLB helps out of necessity while the pupil waits for a more fitting "
                                "service; temporary, not structural."));
    m_check->setToolTip(explanation->text());
    m_check->setAccessibleDescription(explanation->text());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(explanation, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_undo);
    layout->addWidget(m_retry);

    connect(m_check, &QCheckBox::toggled, this, &OverbruggingshulpBox::save);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_check);
        m_check->setChecked(m_wanted);
        save(m_wanted);
    });
    connect(dossier, &models::DossierModel::pupilLoaded, this, [this] {
        const QSignalBlocker block(m_check);
        m_check->setChecked(m_dossier->pupil().bridgingHelp);
    });
    connect(dossier, &models::DossierModel::bridgingHelpSaved, this, [this](bool on) {
        // On the server now: no longer something to take back unseen.
        m_undoWindow->stop();
        m_undo->hide();
        m_held.clear();
        m_check->setEnabled(true);
        const QSignalBlocker block(m_check);
        m_check->setChecked(on);
        m_status->setText(tr("Saved"));
    });
    connect(dossier, &models::DossierModel::bridgingHelpWaiting, this, [this](bool wanted) {
        m_check->setEnabled(true);
        const QSignalBlocker block(m_check);
        m_check->setChecked(wanted);
        m_status->setText(tr("Waiting for a connection"));
    });
    connect(dossier, &models::DossierModel::bridgingHelpSaveFailed, this,
            [this](const models::DossierReply &reply, bool wanted) {
                m_check->setEnabled(true);
                const QSignalBlocker block(m_check);
                m_check->setChecked(m_dossier->pupil().bridgingHelp);
                m_wanted = wanted;
                m_status->setText(tr("Not saved: %1").arg(DossierTexts::problem(reply)));
                m_retry->setVisible(!reply.isConflict());
            });
    const QSignalBlocker block(m_check);
    m_check->setChecked(dossier->pupil().bridgingHelp);
}

void OverbruggingshulpBox::save(bool on)
{
    if (m_undoWindow->isActive())
        return undo(); // clicked back within the undo window: the same as "Undo"
    m_wanted = on;
    m_retry->hide();
    m_held = m_dossier->saveBridgingHelp(on, kUndoMs);
    if (m_held.isEmpty()) { // no outbox: saved at once
        m_check->setEnabled(false);
        m_status->setText(tr("Saving…"));
        return;
    }
    m_status->setText(on ? tr("Bridging help switched on.") : tr("Bridging help switched off."));
    m_undo->show();
    m_undoWindow->start();
}

void OverbruggingshulpBox::undo()
{
    m_undoWindow->stop();
    m_undo->hide();
    const bool before = !m_wanted;
    setChecked(before);
    if (m_dossier->cancelChange(std::exchange(m_held, {}))) {
        m_status->setText(tr("Undone; nothing was saved."));
        return;
    }
    // Already on its way to the server: undone by the change back (which the journal notes too).
    m_wanted = before;
    m_check->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_dossier->saveBridgingHelp(before);
}

void OverbruggingshulpBox::setChecked(bool on)
{
    const QSignalBlocker block(m_check);
    m_check->setChecked(on);
}

} // namespace lars::ui
