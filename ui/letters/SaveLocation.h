#pragma once
// Where letters are saved: the user's Documents folder, and within one run of LARS the folder the
// user last saved letters in. Not kept across runs: a folder of another day (a USB stick, a temporary
// folder) is not where a letter should silently go.
#include <QString>

namespace lars::ui {

class SaveLocation final
{
public:
    // The path a save dialog starts with: fileName in the folder described above.
    static QString suggest(const QString &fileName);
    static void remember(const QString &savedPath);
    static QString documentsFolder();
};

} // namespace lars::ui
