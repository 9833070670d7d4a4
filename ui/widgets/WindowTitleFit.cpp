#include "ui/widgets/WindowTitleFit.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>

namespace lars::ui {

namespace {
// Window managers draw titles bold and a little larger than the application font, with an icon on the
// left and one to three buttons on the right.
constexpr qreal kTitleScale = 1.15;
constexpr int kDecorationRoom = 160;
} // namespace

WindowTitleFit::WindowTitleFit(QObject *parent)
    : QObject(parent)
{}

void WindowTitleFit::install()
{
    if (!qApp || qApp->findChild<WindowTitleFit *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new WindowTitleFit(qApp));
}

int WindowTitleFit::requiredWidth(const QWidget *window)
{
    QFont font = window->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * kTitleScale);
    return QFontMetrics(font).horizontalAdvance(window->windowTitle()) + kDecorationRoom;
}

bool WindowTitleFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        auto *dialog = qobject_cast<QDialog *>(watched);
        if (dialog && dialog->isWindow()) {
            const int needed = qMin(requiredWidth(dialog), dialog->maximumWidth());
            if (dialog->minimumWidth() < needed)
                dialog->setMinimumWidth(needed);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lars::ui
