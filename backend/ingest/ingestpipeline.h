#pragma once

#include "alerts/alertrecorder.h"
#include "core/aggregates.h"
#include "core/fleettick.h"
#include "core/inventory.h"
#include "core/snapshot.h"
#include "store/historystore.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace scb {

struct IngestCounters
{
    std::atomic<uint64_t> ticksStored{0};
    std::atomic<uint64_t> ticksCoalesced{0}; // dropped from the queue while the store was behind
    std::atomic<uint64_t> storeErrors{0};
    std::atomic<uint64_t> queueDepth{0};
    std::atomic<uint64_t> chunksCompacted{0};
    std::atomic<uint64_t> hotTicks{
        0}; // stored but not yet compacted, after the last compaction pass
};

// Ticks in, snapshots and history out, through a bounded queue. A live tick
// never waits: when the store falls behind, the oldest waiting tick is
// dropped (counted). A replayed tick waits for room instead, since a backfill
// is history that exists nowhere else. The pipeline's thread computes
// aggregates, publishes a Snapshot (every live tick; replays at most 4 a
// second), and appends the tick to the store. A second thread, on its own
// connection to the same file, compacts closed segments of the hot log and
// enforces retention, so that neither stalls the appends for long (each
// compaction step is one short transaction).
class IngestPipeline
{
public:
    using AlertList = std::shared_ptr<const std::vector<Alert>>;
    struct Callbacks
    {
        std::function<void(SnapshotPtr)> snapshot; // on the pipeline's thread
        std::function<void(const std::string &)> storeError;
        // The active alerts, after every tick that changed them (and after an
        // acknowledgement); on the pipeline's thread.
        std::function<void(AlertList)> alerts;
    };

    // store may be null: live view without history (e.g. the store could not be opened).
    // compactor: a second writable connection to the same file for the
    // compaction thread; null: compact on the pipeline's thread.
    IngestPipeline(std::unique_ptr<HistoryStore> store,
                   Callbacks callbacks,
                   size_t maxQueue = 8,
                   std::unique_ptr<HistoryStore> compactor = nullptr);
    ~IngestPipeline();

    void setInventory(std::shared_ptr<const Inventory> inventory);
    void push(FleetTickPtr tick, bool replay);
    // Acknowledges an active alert (its engine id) on the pipeline's thread,
    // keeps it in the store's alert log, then calls done with the outcome
    // (on the pipeline's thread). Never waits.
    void acknowledgeAlert(uint64_t alertId,
                          std::string who,
                          std::string note,
                          int64_t nowMs,
                          std::function<void(Status)> done);
    // The alert rules; invalid ones are refused with the reason.
    Status setAlertRules(const AlertRules &rules);
    // Waits until everything queued is stored and every closed segment
    // compacted (all: the open one too). For tests and the benchmark.
    void flush(bool all = false);
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
    void evaluateAlerts(const FleetTick &tick);
    void runCommands(std::unique_lock<std::mutex> &lock);
    void publishAlerts();
    void compactLoop();
    void compact(HistoryStore &store, bool all);
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
    bool m_busy = false;                          // the pipeline thread holds an item
    std::deque<std::function<void()>> m_commands; // run on the pipeline thread, before items
    std::thread m_thread;

    AlertRecorder m_alerts; // on the pipeline thread, writing through m_store

    std::unique_ptr<HistoryStore> m_compactor;
    std::atomic<bool> m_stopCompaction{false};
    std::mutex m_compactMutex; // guards the three below
    std::condition_variable m_compactCv;
    int64_t m_compactNowMs = 0; // newest tick time handed to the compactor
    uint64_t m_compactRequests = 0;
    uint64_t m_compactDone = 0;
    bool m_compactAll = false;
    bool m_compactStopping = false;
    int64_t m_compactRetainNoticeMs = 0;
    std::condition_variable m_compactIdle;
    std::thread m_compactThread;
};

} // namespace scb
