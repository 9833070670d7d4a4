#include "ui/widgets/UnsavedWork.h"

#include <QWidget>

namespace lars::ui {

QStringList UnsavedWork::collect(const QObject *root)
{
    QStringList work;
    for (const QWidget *widget : root->findChildren<QWidget *>())
        if (const auto *unsaved = dynamic_cast<const UnsavedWork *>(widget);
            unsaved &&
            (widget->window()->isVisible() || widget->window()->property(kParkedProperty).toBool())) {
            const QString what = unsaved->unsavedWork();
            if (!what.isEmpty())
                work.append(what);
        }
    return work;
}

} // namespace lars::ui
