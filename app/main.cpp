// LARS desktop client entry point; all wiring lives in Startup.
#include "app/Startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    lars::app::Startup startup;
    return startup.run(application);
}
