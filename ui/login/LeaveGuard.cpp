#include "ui/login/LeaveGuard.h"

#include "ui/widgets/UnsavedWork.h"

#include <QMessageBox>
#include <QPushButton>

namespace lars::ui {

LeaveGuard::LeaveGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void LeaveGuard::confirm(Leaving leaving, std::function<void()> proceed)
{
    const QStringList typed = UnsavedWork::collect(m_window);
    const int pending = m_pendingChanges ? m_pendingChanges() : 0;
    if (typed.isEmpty() && pending == 0) {
        proceed();
        return;
    }
    if (m_question)
        m_question->reject();
    QStringList lost;
    for (const QString &what : typed)
        lost.append(QStringLiteral("<li>%1</li>").arg(what.toHtmlEscaped()));
    if (pending > 0)
        lost.append(
            QStringLiteral("<li>%1</li>")
                .arg(tr("%n change(s) not on the server yet: kept encrypted on this computer and sent "
                        "when you work here again for this CLB",
                        nullptr, pending)));
    const bool logout = leaving == Leaving::Logout;
    auto *box = new QMessageBox(QMessageBox::Warning, logout ? tr("Log out?") : tr("Switch CLB?"),
                                (typed.isEmpty() ? tr("Not everything has reached the server:")
                                 : logout        ? tr("If you log out now, this is lost:")
                                                 : tr("If you switch CLB now, this is lost:")) +
                                    QStringLiteral("<ul>") + lost.join(QString()) + QStringLiteral("</ul>"),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("leaveQuestion"));
    box->setTextFormat(Qt::RichText);
    box->setInformativeText(tr("Go back to save it first, or continue and lose it."));
    QPushButton *go = box->addButton(logout ? tr("Log out and &lose it") : tr("Switch and &lose it"),
                                     QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("leaveAnyway"));
    QPushButton *back = box->addButton(tr("&Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("leaveCancel"));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [go, proceed = std::move(proceed)](QAbstractButton *b) {
        if (b == go)
            proceed();
    });
    m_question = box;
    box->open();
}

} // namespace lars::ui
