#pragma once

#include "core/fleettick.h"
#include "core/inventory.h"
#include "sources/source.h"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace scb {

struct FleetStateStats
{
    uint64_t ticks = 0;
    double lastSampleMs = 0;  // cost of the last Source::sample
    double lastEncodeMs = 0;  // cost of compressing the last tick into the ring
    double meanTickCpuMs = 0; // mean thread CPU per tick, all included (sample, encode, listeners)
    double meanSampleMs = 0;  // mean wall time of Source::sample
    double meanEncodeMs = 0;  // mean wall time of encodeTick
    size_t ringTicks = 0;
    size_t ringBytes = 0;        // compressed bytes held by the replay ring
    uint64_t skippedSlots = 0;   // interval slots not sampled because the ticker fell behind
    uint64_t rejectedTicks = 0;  // source ticks with columns that do not match the inventory
    uint64_t decodeFailures = 0; // ring entries that did not decode (never expected)
};

// The server's view of the fleet: one ticker thread asks the source for a
// tick every intervalMs (aligned to the wall clock: unixMs is a multiple of
// intervalMs), keeps the newest tick decoded and the last `replaySeconds`
// compressed in a ring, and tells subscribers a new tick is there.
//
// The ring holds ceil(replaySeconds * 1000 / intervalMs) ticks (at least
// one) and never more than maxRingBytes compressed bytes; the newest tick is
// always in it, so nextAfter() walks up to latest().
//
// Ticks are strictly increasing in time: if the wall clock steps back, the
// ticker waits until it passes the last tick again; if it falls behind (or
// the clock steps forward) it skips to the current slot and counts the skip.
//
// Thread-safety: all public functions may be called from any thread.
// m_mutex guards the inventory, the ring, the latest tick and the stats;
// m_listenerMutex guards the listener list. Listeners run on the ticker
// thread with no FleetState mutex held, in subscription order; they must
// return quickly and may call any FleetState function, subscribe and
// unsubscribe included. A listener may still be called once after
// unsubscribe() returned (a notification was already under way): what it
// captures must stay valid or be checked (a shared link, not a raw pointer).
class FleetState
{
public:
    FleetState(std::unique_ptr<Source> source,
               int intervalMs,
               int replaySeconds,
               size_t maxRingBytes = size_t(2) << 30);
    ~FleetState(); // stops

    // Reads the source's inventory, then starts the ticker, whose first
    // tick is the current slot (the latest multiple of intervalMs, sampled
    // at once). Restartable after stop(); the ring is kept.
    void start();
    // Prompt: wakes the ticker and joins it.
    void stop();
    bool running() const;

    std::shared_ptr<const Inventory> inventory() const;
    FleetTickPtr latest() const;
    // The buffered tick right after `afterUnixMs` (decoded), or null when
    // there is none newer. Walk replays with it, one tick at a time.
    FleetTickPtr nextAfter(int64_t afterUnixMs) const;
    int64_t oldestBufferedMs() const; // 0 when the ring is empty

    using Listener = std::function<void()>;
    int subscribe(Listener listener);
    void unsubscribe(int id);

    FleetStateStats stats() const;
    int intervalMs() const { return m_intervalMs; }
    size_t ringCapacity() const { return m_ringCapacity; }

private:
    void run();
    void produce(int64_t unixMs);
    void notifyListeners();

    std::unique_ptr<Source> m_source; // used by the ticker thread (and start() before it runs)
    const int m_intervalMs;
    const size_t m_ringCapacity;
    const size_t m_maxRingBytes;

    mutable std::mutex m_mutex;
    std::shared_ptr<const Inventory> m_inventory;
    FleetTickPtr m_latest;
    struct Encoded
    {
        int64_t unixMs = 0;
        std::shared_ptr<const std::string> bytes;
    };
    std::deque<Encoded> m_ring; // oldest first, strictly increasing unixMs
    size_t m_ringBytes = 0;
    FleetStateStats m_stats;
    double m_cpuMsTotal = 0;
    double m_sampleMsTotal = 0;
    double m_encodeMsTotal = 0;
    mutable uint64_t m_decodeFailures = 0;

    std::mutex m_listenerMutex;
    std::vector<std::pair<int, std::shared_ptr<const Listener>>> m_listeners;
    int m_nextListenerId = 1;

    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::mutex m_lifecycleMutex; // serializes start() and stop()
    std::thread m_thread;
    std::atomic<bool> m_running{false};
};

} // namespace scb
