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
    int intervalMs = 1000; // defaultIntervalMs(source) unless --interval-ms is given
    uint64_t seed = 1;
    int replaySeconds = 600;
    std::string dataDir; // statistics data folder; empty: defaultStatisticsDataDir()

    // Where the fleet comes from: "sim", or "scrape" with targetsFile.
    std::string source = "sim";
    std::string targetsFile; // --source scrape:FILE
    std::string mappingFile; // --mapping FILE: exporter mappings beyond dcgm and npu
    int scrapeTimeoutMs = 0; // 0: two thirds of the interval, at most 10 s
    int scrapeConnections = 256;
    std::string metricsListen; // --metrics-listen HOST:PORT; empty: no /metrics
    bool help = false;
    bool version = false;
};

// The interval a source samples at unless --interval-ms says otherwise:
// 1 s for the simulator, 15 s (Prometheus' habit) for exporters.
int defaultIntervalMs(const std::string &source);

// Accepts "--flag value" and "--flag=value". On a bad flag or value the
// error is the whole line to print, e.g.
// "scb-telemetryd: --chips: expected an integer in 1..1000000, got 'abc' (see --help)".
Result<ServerOptions> parseServerOptions(int argc, const char *const *argv);

// The --help text: every flag with its default.
std::string serverUsage();

} // namespace scb
