#pragma once

#include <string>

namespace scb {

class ScrapeSource;
class TelemetryServer;

// scb-telemetryd's /metrics page: its ticks, streams, replay ring and
// process, and with a scrape source every target's health, per center and
// per target (Prometheus text format 0.0.4). Thread-safe: it reads the
// server's and the source's stats, which are.
std::string renderServerMetrics(TelemetryServer &server, const ScrapeSource *scrape);

} // namespace scb
