#pragma once

namespace scb {

// The whole of scb-dashboard's main(): options, translations, window, event loop.
// Returns the process exit code (2 for a bad command line).
int runDashboard(int argc, char *argv[]);

} // namespace scb
