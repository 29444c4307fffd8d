#pragma once

#include "core/aggregates.h"
#include "core/fleettick.h"
#include "core/inventory.h"
#include "store/historystore.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace scb {

// What the live views show: one immutable picture of the fleet at one tick.
struct Snapshot
{
    std::shared_ptr<const Inventory> inventory;
    std::shared_ptr<const InventoryIndex> index;
    FleetTickPtr tick;
    FleetAggregates aggregates;
};
using SnapshotPtr = std::shared_ptr<const Snapshot>;

struct IngestCounters
{
    std::atomic<uint64_t> ticksStored{0};
    std::atomic<uint64_t> ticksCoalesced{0}; // dropped from the queue while the store was behind
    std::atomic<uint64_t> storeErrors{0};
    std::atomic<uint64_t> queueDepth{0};
};

// Ticks in, snapshots and history out, through a bounded queue. A live tick
// never waits: when the store falls behind, the oldest waiting tick is
// dropped (counted). A replayed tick waits for room instead, since a backfill
// is history that exists nowhere else. The pipeline's thread computes
// aggregates, publishes a Snapshot (every live tick; replays at most 4 a
// second), and appends the tick to the store.
class IngestPipeline
{
public:
    struct Callbacks
    {
        std::function<void(SnapshotPtr)> snapshot; // on the pipeline's thread
        std::function<void(const std::string &)> storeError;
    };

    // store may be null: live view without history (e.g. the store could not be opened).
    IngestPipeline(std::unique_ptr<HistoryStore> store, Callbacks callbacks, size_t maxQueue = 8);
    ~IngestPipeline();

    void setInventory(std::shared_ptr<const Inventory> inventory);
    void push(FleetTickPtr tick, bool replay);
    void stop();

    const IngestCounters &counters() const { return m_counters; }

private:
    struct Item
    {
        std::shared_ptr<const Inventory> inventory;
        std::shared_ptr<const InventoryIndex> index;
        FleetTickPtr tick;
        bool replay;
    };
    void run();
    void reportError(const std::string &message);

    std::unique_ptr<HistoryStore> m_store;
    Callbacks m_callbacks;
    const size_t m_maxQueue;
    IngestCounters m_counters;

    std::mutex m_mutex;              // guards everything below
    std::condition_variable m_cv;    // work for the pipeline thread
    std::condition_variable m_space; // room in the queue, for replayed ticks
    std::deque<Item> m_queue;
    std::shared_ptr<const Inventory> m_inventory;
    std::shared_ptr<const InventoryIndex> m_index;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace scb
