#include "ui/dossier/OverbruggingshulpBox.h"

#include "models/api/DossierModel.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/widgets/MessageLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace lars::ui {

OverbruggingshulpBox::OverbruggingshulpBox(models::DossierModel *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_check(new QCheckBox(tr("Bridging help"), this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("bridgingHelpBox"));
    m_check->setObjectName(QStringLiteral("bridgingHelpCheck"));
    m_status->setObjectName(QStringLiteral("bridgingHelpStatus"));
    m_retry->setObjectName(QStringLiteral("bridgingHelpRetry"));
    m_retry->hide();
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
    m_wanted = on;
    m_retry->hide();
    m_check->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_dossier->saveBridgingHelp(on);
}

} // namespace lars::ui
