// scb-dashboard: parse the command line, set up the application, show the window.
#include "appoptions.h"
#include "application.h"

int main(int argc, char *argv[])
{
    return scb::runDashboard(argc, argv);
}
