#pragma once

#include "core/fleettick.h"
#include "core/inventory.h"
#include "sources/source.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace scb {

struct FleetStateStats
{
    uint64_t ticks = 0;
    double lastSampleMs = 0;   // cost of the last Source::sample
    double lastEncodeMs = 0;   // cost of compressing the last tick into the ring
    double meanTickCpuMs = 0;  // mean thread CPU per tick, all included
    size_t ringTicks = 0;
    size_t ringBytes = 0;
};

// The server's view of the fleet: one ticker thread asks the source for a
// tick every intervalMs (aligned to the wall clock), keeps the newest tick
// decoded and the last `replaySeconds` compressed in a ring, and tells
// subscribers a new tick is there.
//
// Thread-safety: all public functions may be called from any thread.
// m_mutex guards the ring and the latest tick; subscriber callbacks run on the
// ticker thread after the mutex is released and must return quickly.
class FleetState
{
public:
    FleetState(std::unique_ptr<Source> source, int intervalMs, int replaySeconds);
    ~FleetState();

    void start();
    void stop();

    std::shared_ptr<const Inventory> inventory() const;
    FleetTickPtr latest() const;
    // The buffered tick right after `afterUnixMs` (decoded), or null when
    // there is none newer. Walk replays with it, one tick at a time.
    FleetTickPtr nextAfter(int64_t afterUnixMs) const;
    int64_t oldestBufferedMs() const;

    using Listener = std::function<void()>;
    int subscribe(Listener listener);
    void unsubscribe(int id);

    FleetStateStats stats() const;
    int intervalMs() const { return m_intervalMs; }

private:
    void run();
    void produce(int64_t unixMs);

    std::unique_ptr<Source> m_source;
    const int m_intervalMs;
    const int m_replaySeconds;

    mutable std::mutex m_mutex;
    std::shared_ptr<const Inventory> m_inventory;
    FleetTickPtr m_latest;
    struct Encoded
    {
        int64_t unixMs;
        std::string bytes;
    };
    std::vector<Encoded> m_ring; // circular, m_ringHead = oldest
    size_t m_ringHead = 0;
    size_t m_ringSize = 0;
    FleetStateStats m_stats;

    std::mutex m_listenerMutex;
    std::vector<std::pair<int, Listener>> m_listeners;
    int m_nextListenerId = 1;

    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace scb
