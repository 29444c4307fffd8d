#pragma once

#include "core/fleettick.h"
#include "core/inventory.h"
#include "sources/scrape/exportermapping.h"
#include "sources/scrape/scraperound.h"
#include "sources/scrape/targetsfile.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace scb {

// One chip as scraped: its identity and what the last rounds said of it.
struct ScrapedChip
{
    std::string id;          // the chip id label on its host
    Uuid pageUuid{};         // the identity its page gives it
    Uuid uuid{};             // the one in the inventory: pageUuid unless another chip has it
    uint32_t model = 0;      // index into the fleet's model table
    bool onPage = false;     // listed by its target's last page
    bool online = false;     // in the last tick
    bool everOnline = false; // ONLINE events are for a return, not a first sight
    double lastXid = 0;
    bool xidKnown = false;
    int64_t xidUntilMs = 0; // XidEvent state bit until then
    double lastDbe = 0;
    bool dbeKnown = false;
    bool throttled = false;
};

struct ScrapedTarget
{
    ScrapeTarget target;
    const ExporterMapping *mapping = nullptr;
    std::string node;               // the host label, else the target's host
    std::vector<ScrapedChip> chips; // by chip id
    bool up = false;
};

// Counted while turning pages into ticks.
struct ValueCounters
{
    uint64_t missing = 0;
    uint64_t invalid = 0;
    uint64_t duplicateUuids = 0;
};

// The scraped fleet: the targets with the chips their pages showed, the
// inventory built from them, and the tick of one round. Pure logic, no
// I/O: ScrapeSource feeds it the rounds' pages. Not thread-safe.
class ScrapedFleet
{
public:
    // Keeps what is known of targets that stay (same URL); mappings must
    // outlive the fleet (they are the source's).
    void setTargets(const std::vector<ScrapeTarget> &targets, const MappingSet &mappings);
    const std::vector<ScrapedTarget> &targets() const { return m_targets; }

    // Folds one round (pages[i] for targets()[i]) into the fleet and writes
    // the tick at unixMs against inventory() as it is afterwards.
    void
    apply(std::vector<PageResult> &pages, int64_t unixMs, FleetTick &out, ValueCounters &counters);

    // Null until some chip has been seen.
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }
    std::string describe() const;

    // A chip's identity: the page's UUID when it is one (dcgm's "GPU-…"),
    // else one derived from the text (or, with none, from the target and the
    // chip id), stable across scrapes and restarts.
    static Uuid
    chipUuid(const std::string &uuidText, const std::string &targetUrl, const std::string &chipId);

private:
    bool learnChips(ScrapedTarget &target, const std::vector<ChipReading> &chips);
    uint32_t modelOf(const ScrapedTarget &target, const ChipReading &chip);
    void rebuildInventory(ValueCounters &counters);
    void writeChip(const ScrapedTarget &target,
                   ScrapedChip &chip,
                   const ChipReading *reading,
                   uint32_t index,
                   int64_t unixMs,
                   FleetTick &out,
                   ValueCounters &counters);

    std::vector<ScrapedTarget> m_targets;
    std::vector<ChipModel> m_models;                     // append-only: indices stay valid
    std::vector<std::pair<uint32_t, uint32_t>> m_chipAt; // chip index -> (target, chip)
    std::shared_ptr<const Inventory> m_inventory;
    bool m_layoutChanged = true;
};

} // namespace scb
