#include "ui/login/NoTeamPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lars::ui {

NoTeamPage::NoTeamPage(QWidget *parent)
    : CardPage(tr("You are not in a team yet"), parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("noTeamPage"));
    setCardWidth(520, 620);
    m_text->setObjectName(QStringLiteral("noTeamText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    cardLayout()->addWidget(m_text);
}

void NoTeamPage::setClb(const QString &staffName, const QString &clbName,
                        const models::LocalAdministrator &administrator)
{
    QString whom;
    if (administrator.name.isEmpty()) {
        whom = tr("ask the <b>local administrator of your CLB</b> to add you to a team.");
    } else {
        QStringList contact;
        if (!administrator.email.isEmpty())
            contact.append(
                QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(administrator.email.toHtmlEscaped()));
        if (!administrator.phone.isEmpty())
            contact.append(administrator.phone.toHtmlEscaped());
        whom = tr("ask <b>%1</b>, the local administrator of your CLB, to add you to a team%2.")
                   .arg(administrator.name.toHtmlEscaped(),
                        contact.isEmpty() ? QString()
                                          : QStringLiteral(" (%1)").arg(contact.join(QStringLiteral(", "))));
    }
    m_text->setText(
        tr("<p>%1, you are logged in for <b>%2</b>, but you are not a member of any team there.</p>"
           "<p>Only the team that follows a school can see the dossiers of its pupils, so LARS shows you no "
           "dossiers.</p>"
           "<p><b>What to do:</b> %3 Accounts and teams are managed in the government's user management, not "
           "in this program.</p>")
            .arg(staffName.toHtmlEscaped(), clbName.toHtmlEscaped(), whom));
}

} // namespace lars::ui
