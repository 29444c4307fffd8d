#pragma once

#include "core/status.h"

#include <cstdint>
#include <string>

namespace scb {

// scb-telemetryd's command line.
struct ServerOptions
{
    std::string listen = "127.0.0.1:50051";
    uint32_t chips = 80'000;
    uint32_t centers = 4;
    int intervalMs = 1000;
    uint64_t seed = 1;
    int replaySeconds = 600;
    std::string dataDir; // statistics data folder; empty: defaultStatisticsDataDir()
    bool help = false;
    bool version = false;
};

// Accepts "--flag value" and "--flag=value". On a bad flag or value the
// error is the whole line to print, e.g.
// "scb-telemetryd: --chips: expected an integer in 1..1000000, got 'abc' (see --help)".
Result<ServerOptions> parseServerOptions(int argc, const char *const *argv);

// The --help text: every flag with its default.
std::string serverUsage();

} // namespace scb
