#pragma once
// What every test of the ui area sets up before the first widget exists: the Dutch translation (with a
// recorder of strings that have none), settings in a temporary directory, the palette of the variant
// (LARS_UI_THEME=dark gives a dark system palette) and the application's display name as app/ sets it.
#include "tests/ui/RecordingTranslator.h"

#include <QSize>
#include <QTemporaryDir>

class QImage;
class QWidget;

namespace lars::test {

class UiTestSetup final
{
public:
    UiTestSetup();
    const RecordingTranslator &translator() const { return *m_recorder; }
    // LARS_UI_SIZE ("1366x768", the default), the window size of this run.
    static QSize windowSize();
    // "", "dark-", "hidpi-" or "1280x800-": the screenshots' name prefix of this run's variant.
    static QString variant();
    // Saves a PNG of the widget into LARS_SCREENSHOT_DIR (docs/screenshots) when set.
    static bool screenshot(QWidget *widget, const QString &name);
    static bool screenshot(const QImage &image, const QString &name);

private:
    QTemporaryDir m_settings;
    RecordingTranslator *m_recorder;
};

} // namespace lars::test
