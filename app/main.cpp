// LARS desktop client entry point; all wiring lives in Startup.
#include "app/Startup.h"

#include <QApplication>
#include <cstring>

int main(int argc, char *argv[])
{
    // `lars --screenshot FILE` renders offscreen, and --version and --help only print, so they also work on
    // a machine without a display (an installation check over ssh).
    for (int i = 1; i < argc; ++i)
        for (const char *headless : {"--screenshot", "--version", "-v", "--help", "-h"})
            if (std::strcmp(argv[i], headless) == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    lars::app::Startup startup;
    return startup.run(application);
}
