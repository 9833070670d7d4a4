#include "ui/letters/SaveLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lars::ui {

namespace {
QString &lastFolder()
{
    static QString folder;
    return folder;
}

QString safeFileName(QString name)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (bad.contains(c))
            c = u'-';
    return name.simplified();
}
} // namespace

QString SaveLocation::documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString SaveLocation::suggest(const QString &fileName)
{
    QString folder = lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = documentsFolder();
    return QDir(folder).filePath(safeFileName(fileName));
}

void SaveLocation::remember(const QString &savedPath)
{
    lastFolder() = QFileInfo(savedPath).absolutePath();
}

} // namespace lars::ui
