// scb-dashboard: parse the command line, set up the application, show the window.
#include "application.h"
#include "appoptions.h"

int main(int argc, char *argv[])
{
    return scb::runDashboard(argc, argv);
}
