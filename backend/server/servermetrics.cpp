#include "server/servermetrics.h"

#include "rpc/server/telemetryserver.h"
#include "sources/fleetstate.h"
#include "sources/scrape/expositionwriter.h"
#include "sources/scrape/scrapesource.h"

#include <sys/resource.h>
#include <unistd.h>

#include <fstream>
#include <map>

namespace scb {

namespace {

void writeProcess(ExpositionWriter &w)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    w.family("process_cpu_seconds_total", "User and system CPU time spent in seconds.", "counter");
    w.sample("process_cpu_seconds_total", {}, cpu);
    long pages = 0;
    long resident = 0;
    std::ifstream statm("/proc/self/statm");
    if (statm >> pages >> resident) {
        w.family("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge");
        w.sample("process_resident_memory_bytes", {},
                 double(resident) * double(sysconf(_SC_PAGESIZE)));
    }
}

void writeFleet(ExpositionWriter &w, TelemetryServer &server)
{
    const FleetStateStats fleet = server.fleet().stats();
    const ServerStats stats = server.stats();
    const auto inventory = server.fleet().inventory();
    w.family("scb_ticks_total", "Fleet ticks sampled from the source.", "counter");
    w.sample("scb_ticks_total", {}, double(fleet.ticks));
    w.family("scb_ticks_skipped_total", "Interval slots not sampled: the ticker fell behind.",
             "counter");
    w.sample("scb_ticks_skipped_total", {}, double(fleet.skippedSlots));
    w.family("scb_ticks_rejected_total", "Source ticks that did not match the inventory.",
             "counter");
    w.sample("scb_ticks_rejected_total", {}, double(fleet.rejectedTicks));
    w.family("scb_tick_sample_seconds", "Mean wall time of one source sample (a scrape round).",
             "gauge");
    w.sample("scb_tick_sample_seconds", {}, fleet.meanSampleMs / 1000.0);
    w.family("scb_tick_cpu_seconds", "Mean ticker-thread CPU per tick.", "gauge");
    w.sample("scb_tick_cpu_seconds", {}, fleet.meanTickCpuMs / 1000.0);
    w.family("scb_replay_ring_bytes", "Compressed bytes of ticks kept for reconnecting clients.",
             "gauge");
    w.sample("scb_replay_ring_bytes", {}, double(fleet.ringBytes));
    w.family("scb_replay_ring_ticks", "Ticks kept for reconnecting clients.", "gauge");
    w.sample("scb_replay_ring_ticks", {}, double(fleet.ringTicks));
    w.family("scb_chips", "Chips in the inventory served.", "gauge");
    w.sample("scb_chips", {}, inventory ? double(inventory->chipCount()) : 0.0);
    w.family("scb_streams", "StreamSamples calls open now.", "gauge");
    w.sample("scb_streams", {}, double(stats.streams));
    w.family("scb_streams_total", "StreamSamples calls accepted.", "counter");
    w.sample("scb_streams_total", {}, double(stats.streamsTotal));
    w.family("scb_stream_ticks_skipped_total", "Ticks lagging streams jumped over to reach live.",
             "counter");
    w.sample("scb_stream_ticks_skipped_total", {}, double(stats.skippedTicks));
    w.family("scb_requests_rejected_total", "Malformed or out-of-range requests.", "counter");
    w.sample("scb_requests_rejected_total", {}, double(stats.rejectedRequests));
}

struct CenterTotals
{
    uint64_t targets = 0;
    uint64_t up = 0;
    uint64_t successes = 0;
    uint64_t failures = 0;
    uint64_t parseErrors = 0;
};

void writeScrape(ExpositionWriter &w, const ScrapeStats &stats)
{
    std::map<std::string, CenterTotals> centers;
    for (const ScrapeTargetStatus &t : stats.targets) {
        CenterTotals &c = centers[t.center];
        ++c.targets;
        c.up += t.up ? 1 : 0;
        c.successes += t.successes;
        c.failures += t.failures;
        c.parseErrors += t.parseErrors;
    }
    auto perCenter = [&](const char *name, const char *help, const char *type, auto value) {
        w.family(name, help, type);
        for (const auto &[center, totals] : centers)
            w.sample(name, {{"center", center}}, double(value(totals)));
    };
    perCenter("scb_scrape_targets", "Exporter targets of the targets file.", "gauge",
              [](const CenterTotals &c) { return c.targets; });
    perCenter("scb_scrape_targets_up", "Targets whose last scrape succeeded.", "gauge",
              [](const CenterTotals &c) { return c.up; });
    perCenter("scb_scrape_successes_total", "Scrapes that returned a readable page.", "counter",
              [](const CenterTotals &c) { return c.successes; });
    perCenter("scb_scrape_failures_total",
              "Scrapes that failed: no answer, timeout, HTTP error, page too big or unreadable.",
              "counter", [](const CenterTotals &c) { return c.failures; });
    perCenter("scb_scrape_parse_errors_total", "Malformed lines in exporter pages.", "counter",
              [](const CenterTotals &c) { return c.parseErrors; });

    w.family("scb_scrape_target_up", "1 if the target's last scrape succeeded.", "gauge");
    for (const ScrapeTargetStatus &t : stats.targets)
        w.sample("scb_scrape_target_up", {{"center", t.center}, {"target", t.url}}, t.up ? 1 : 0);
    w.family("scb_scrape_target_failures_total", "Failed scrapes of the target.", "counter");
    for (const ScrapeTargetStatus &t : stats.targets)
        w.sample("scb_scrape_target_failures_total", {{"center", t.center}, {"target", t.url}},
                 double(t.failures));
    w.family("scb_scrape_target_parse_errors_total", "Malformed lines in the target's pages.",
             "counter");
    for (const ScrapeTargetStatus &t : stats.targets)
        w.sample("scb_scrape_target_parse_errors_total", {{"center", t.center}, {"target", t.url}},
                 double(t.parseErrors));

    w.family("scb_scrape_rounds_total", "Scrape rounds over every target.", "counter");
    w.sample("scb_scrape_rounds_total", {}, double(stats.rounds));
    w.family("scb_scrape_round_seconds", "Wall time of the last round.", "gauge");
    w.sample("scb_scrape_round_seconds", {}, stats.lastRoundMs / 1000.0);
    w.family("scb_scrape_inventory_changes_total",
             "Inventory versions made from what pages showed.", "counter");
    w.sample("scb_scrape_inventory_changes_total", {}, double(stats.inventoryChanges));
    w.family("scb_scrape_values_missing_total", "Chip metrics absent from their page: no data.",
             "counter");
    w.sample("scb_scrape_values_missing_total", {}, double(stats.missingValues));
    w.family("scb_scrape_values_invalid_total",
             "Chip metrics NaN, infinite or out of range: no data.", "counter");
    w.sample("scb_scrape_values_invalid_total", {}, double(stats.invalidValues));
    w.family("scb_scrape_samples_without_chip_total", "Mapped samples with no chip id label.",
             "counter");
    w.sample("scb_scrape_samples_without_chip_total", {}, double(stats.samplesWithoutChipId));
}

} // namespace

std::string renderServerMetrics(TelemetryServer &server, const ScrapeSource *scrape)
{
    ExpositionWriter w;
    writeProcess(w);
    writeFleet(w, server);
    if (scrape)
        writeScrape(w, scrape->stats());
    return w.take();
}

} // namespace scb
