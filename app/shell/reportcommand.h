#pragma once

namespace scb {

struct AppOptions;

// scb-dashboard --report: builds the request from the options, runs
// writeReport() with no display and prints one line on failure. With
// SCB_REPORT_PROGRESS set, prints "progress N M" lines on stdout.
int runReportCommand(const AppOptions &options, int argc, char *argv[]);

} // namespace scb
