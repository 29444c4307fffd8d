#pragma once

#include "core/status.h"
#include "sources/scrape/exportermapping.h"
#include "sources/scrape/scraperound.h"
#include "sources/scrape/targetsfile.h"
#include "sources/source.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace scb {

struct ScrapeConfig
{
    std::string targetsFile;
    MappingSet mappings;
    ScrapeLimits limits;
    // Where the source's log lines go (a target going down or up, a page
    // that does not parse); one line each, no newline. Null: nowhere.
    std::function<void(const std::string &)> log;
};

// How one target did, for /metrics and the log.
struct ScrapeTargetStatus
{
    std::string address;
    std::string url;
    std::string center;
    std::string exporter;
    bool up = false;
    std::string lastError; // empty while up
    uint32_t chips = 0;    // chips its page listed last time it answered
    uint64_t successes = 0;
    uint64_t failures = 0;
    uint64_t parseErrors = 0; // malformed lines, over all its pages
    uint64_t lastBytes = 0;
    double lastMs = 0;
};

struct ScrapeStats
{
    uint64_t rounds = 0;
    double lastRoundMs = 0;
    uint64_t inventoryChanges = 0;
    uint64_t missingValues = 0; // a chip's mapped metric absent from its page
    uint64_t invalidValues = 0; // present but NaN, ±Inf or out of range
    uint64_t samplesWithoutChipId = 0;
    std::vector<ScrapeTargetStatus> targets; // in the targets file's order
};

// The fleet as exporters show it: every interval, one concurrent round over
// the targets file's exporters (ScrapeRound), their pages mapped onto chips
// (ExporterMapping), the chips placed in an inventory built from what is
// seen.
//
// Inventory: a chip is known by its UUID (the page's uuid label, else one
// derived from the target and the chip id). Centers in the order the
// targets file names them, nodes (one a target and model) in file order,
// chips by their id on the host: indices stay put while the fleet does. A
// new chip, a chip replaced (new UUID), a target added or removed changes
// the inventory and its version (a hash of it, so an unchanged fleet keeps
// its version across restarts). A target that stops answering keeps its
// chips, offline (state 0, no data, an OFFLINE event), until it answers
// again (ONLINE) or leaves the targets file.
//
// Values: quantized to the proto's units; a value absent, NaN or out of
// range is "no data" for that metric and counted, never guessed.
//
// Thread-safety: inventory() and sample() from the ticker thread (as Source
// says); reloadTargets() and stats() from any thread.
class ScrapeSource final : public Source
{
public:
    // Reads the targets file; an error names the file, the line and the
    // field, or a target whose exporter has no mapping.
    static Result<std::unique_ptr<ScrapeSource>> create(ScrapeConfig config);
    ~ScrapeSource() override;

    std::shared_ptr<const Inventory> inventory() override;
    void sample(int64_t unixMs, FleetTick &out) override;
    std::string describe() const override;

    // Rereads the targets file (SIGHUP). Applied at the next round; on an
    // error nothing changes and the old targets keep being scraped.
    // Returns a line for the log: what changed, or why it was refused.
    Result<std::string> reloadTargets();

    ScrapeStats stats() const;

private:
    explicit ScrapeSource(ScrapeConfig config);
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The targets' problems that loading cannot see alone: an exporter label
// naming no mapping. Empty when every target has one.
std::string checkExporters(const std::vector<ScrapeTarget> &targets,
                           const MappingSet &mappings,
                           const std::string &fileName);

} // namespace scb
