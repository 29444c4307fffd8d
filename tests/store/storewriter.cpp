// The victim of the crash-safety test: appends simulator ticks to a store as
// fast as it can until it is killed. A tool for that test, not a test.
//
//   scb_store_writer DB CHIPS
//
// After each append that returned ok it prints the tick's unixMs on a line of
// its own and flushes, so a printed line means a committed tick. Started again
// on the same file it continues one second after the newest stored tick.

#include "core/aggregates.h"
#include "core/fleettick.h"
#include "core/inventory.h"
#include "sources/fleetsimulator.h"
#include "store/historystore.h"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// Shared with crashsafety_test.cpp, which recomputes the ticks from them.
constexpr int64_t kStartUnixMs = 1'700'000'000'000;
constexpr int64_t kIntervalMs = 1000;
constexpr uint32_t kCenters = 2;
constexpr uint64_t kSeed = 7;

bool parseChips(const char *text, uint32_t &chips)
{
    errno = 0;
    char *end = nullptr;
    const unsigned long long value = std::strtoull(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < kCenters || value > 1'000'000)
        return false;
    chips = static_cast<uint32_t>(value);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    uint32_t chips = 0;
    if (argc != 3 || !parseChips(argv[2], chips)) {
        std::fprintf(stderr, "usage: scb_store_writer DB CHIPS  (CHIPS in [%u, 1000000])\n",
                     kCenters);
        return 2;
    }

    scb::SimulatorConfig config;
    config.chips = chips;
    config.centers = kCenters;
    config.seed = kSeed;
    if (const std::string why = scb::FleetSimulator::validate(config); !why.empty()) {
        std::fprintf(stderr, "scb_store_writer: simulator: %s\n", why.c_str());
        return 2;
    }
    scb::FleetSimulator simulator(config);
    const auto inventory = simulator.inventory();
    const scb::InventoryIndex index = scb::InventoryIndex::build(*inventory);

    auto store = scb::HistoryStore::open(argv[1]);
    if (!store.ok()) {
        std::fprintf(stderr, "scb_store_writer: open %s: %s\n", argv[1], store.error().c_str());
        return 1;
    }
    // Saved on every start, so that kills also land inside inventory writes.
    if (const scb::Status saved = (*store)->saveInventory(*inventory); !saved.ok()) {
        std::fprintf(stderr, "scb_store_writer: save inventory: %s\n", saved.message().c_str());
        return 1;
    }

    const int64_t last = (*store)->lastTickMs();
    int64_t unixMs = last > 0 ? std::max(kStartUnixMs, last + kIntervalMs) : kStartUnixMs;
    scb::FleetTick tick;
    for (;; unixMs += kIntervalMs) {
        simulator.sample(unixMs, tick);
        const scb::FleetAggregates aggregates = scb::computeAggregates(*inventory, index, tick);
        if (const scb::Status appended = (*store)->append(tick, aggregates); !appended.ok()) {
            std::fprintf(stderr, "scb_store_writer: append %" PRId64 ": %s\n", unixMs,
                         appended.message().c_str());
            return 1;
        }
        // A reader gone means nobody can learn of further ticks: stop.
        if (std::printf("%" PRId64 "\n", unixMs) < 0 || std::fflush(stdout) != 0)
            return 1;
    }
}
