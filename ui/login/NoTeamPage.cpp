#include "ui/login/NoTeamPage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lars::ui {

NoTeamPage::NoTeamPage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("noTeamPage"));
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMaximumWidth(620);
    frame->setMinimumWidth(520);
    auto *heading = new QLabel(tr("You are not in a team yet"), frame);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_text->setObjectName(QStringLiteral("noTeamText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(24, 20, 24, 20);
    inner->addWidget(heading);
    inner->addWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // Centred by stretches, not by alignment: an aligned item ignores the height its wrapped labels need.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(frame, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void NoTeamPage::setClb(const QString &staffName, const QString &clbName)
{
    m_text->setText(
        tr("<p>%1, you are logged in for <b>%2</b>, but you are not a member of any team there.</p>"
           "<p>Only the team that follows a school can see the dossiers of its pupils, so LARS shows you no "
           "dossiers.</p>"
           "<p><b>What to do:</b> ask the <b>local administrator of your CLB</b> to add you to a team. "
           "Accounts "
           "and teams are managed in the government's user management, not in this program.</p>")
            .arg(staffName.toHtmlEscaped(), clbName.toHtmlEscaped()));
}

} // namespace lars::ui
