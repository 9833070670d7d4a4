// LARS desktop client entry point; all wiring lives in Startup.
#include "app/Startup.h"

#include <QApplication>
#include <cstring>

int main(int argc, char *argv[])
{
    // `lars --screenshot FILE` renders offscreen, so it also works on a machine without a display.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    lars::app::Startup startup;
    return startup.run(application);
}
