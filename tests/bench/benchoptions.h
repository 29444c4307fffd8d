#pragma once

// scb-bench's command line: what to measure, how big, where the files go.

#include <cstdint>
#include <optional>
#include <string>

namespace scb {

struct Options
{
    uint32_t chips = 200'000;
    uint32_t ticks = 600;
    bool json = false;
    bool comparePrometheus = false;
    bool gui = true;       // measure the heatmap and the window, where built with the GUI
    uint32_t guiTicks = 0; // live ticks for gui_busy_pct; 0: 30, or 5 with --quick
    bool keep = false;
    bool quick = false;
    uint32_t scrapeTargets =
        25'000; // fake exporters of the scrape round; 0: skip the scrape figures
    bool scrapeTargetsGiven = false;
    std::string dir; // empty: a fresh temporary folder
};

// A parsed command line, or why it is bad (one line).
struct ParseResult
{
    std::optional<Options> options;
    std::string error;
    bool help = false;
};

ParseResult parseArguments(int argc, char **argv);

extern const char *const kUsage; // the --help text

} // namespace scb
