#include "sources/fleetstate.h"

#include "core/tickcodec.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <ctime>

namespace scb {

namespace {

int64_t wallClockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Rounds toward minus infinity, so slots stay aligned before 1970 too.
int64_t alignDown(int64_t unixMs, int64_t intervalMs)
{
    int64_t q = unixMs / intervalMs;
    if (unixMs % intervalMs < 0)
        --q;
    return q * intervalMs;
}

double threadCpuMs()
{
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

size_t capacityFor(int intervalMs, int replaySeconds)
{
    const int64_t interval = std::max(intervalMs, 1);
    const int64_t replayMs = int64_t(std::max(replaySeconds, 0)) * 1000;
    return size_t(std::max<int64_t>(1, (replayMs + interval - 1) / interval));
}

} // namespace

FleetState::FleetState(std::unique_ptr<Source> source,
                       int intervalMs,
                       int replaySeconds,
                       size_t maxRingBytes)
    : m_source(std::move(source))
    , m_intervalMs(std::max(intervalMs, 1))
    , m_ringCapacity(capacityFor(intervalMs, replaySeconds))
    , m_maxRingBytes(maxRingBytes)
{
}

FleetState::~FleetState()
{
    stop();
}

void FleetState::start()
{
    std::lock_guard lifecycle(m_lifecycleMutex);
    if (m_thread.joinable() || !m_source)
        return;
    // Read before the ticker runs, so inventory() answers as soon as start()
    // returns; the ticker thread is the source's only user from here on.
    auto inventory = m_source->inventory();
    {
        std::lock_guard lock(m_mutex);
        m_inventory = std::move(inventory);
    }
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
    m_running = true;
}

void FleetState::stop()
{
    std::lock_guard lifecycle(m_lifecycleMutex);
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

bool FleetState::running() const
{
    return m_running.load();
}

void FleetState::run()
{
    const int64_t interval = m_intervalMs;
    int64_t last = INT64_MIN;
    {
        std::lock_guard lock(m_mutex);
        if (!m_ring.empty())
            last = m_ring.back().unixMs;
    }
    int64_t next = alignDown(wallClockMs(), interval);
    for (;;) {
        {
            std::unique_lock lock(m_wakeMutex);
            for (;;) {
                if (m_stopping)
                    return;
                if (last != INT64_MIN && next <= last)
                    next = last + interval; // the clock stepped back: never repeat a tick
                const int64_t now = wallClockMs();
                if (now >= next)
                    break;
                m_wake.wait_for(lock, std::chrono::milliseconds(next - now));
            }
        }
        const int64_t current = alignDown(wallClockMs(), interval);
        if (current > next) {
            std::lock_guard lock(m_mutex);
            m_stats.skippedSlots += uint64_t((current - next) / interval);
            next = current;
        }
        produce(next);
        last = next;
        next += interval;
    }
}

void FleetState::produce(int64_t unixMs)
{
    const double cpuStart = threadCpuMs();
    auto tick = std::make_shared<FleetTick>();

    const auto sampleStart = std::chrono::steady_clock::now();
    m_source->sample(unixMs, *tick);
    const double sampleMs = msSince(sampleStart);
    // Asked after the sample: a source that discovers its fleet as it reads
    // it (a scrape finding a new chip) changes its inventory in sample().
    auto inventory = m_source->inventory();
    if (!inventory)
        return; // nothing seen yet (a scrape whose targets all failed): no tick, no fault

    tick->unixMs = unixMs;
    if (tick->inventoryVersion == 0)
        tick->inventoryVersion = inventory->version;
    bool valid = tick->inventoryVersion == inventory->version;
    for (const auto &column : tick->columns)
        valid = valid && column.size() == inventory->chipCount();
    if (!valid) {
        // A source bug must not reach the clients as a malformed tick.
        std::lock_guard lock(m_mutex);
        ++m_stats.rejectedTicks;
        m_inventory = std::move(inventory);
        return;
    }

    const auto encodeStart = std::chrono::steady_clock::now();
    auto bytes = std::make_shared<const std::string>(encodeTick(*tick));
    const double encodeMs = msSince(encodeStart);

    {
        std::lock_guard lock(m_mutex);
        m_inventory = std::move(inventory);
        m_latest = tick;
        while (!m_ring.empty() &&
               (m_ring.size() >= m_ringCapacity || m_ringBytes + bytes->size() > m_maxRingBytes)) {
            m_ringBytes -= m_ring.front().bytes->size();
            m_ring.pop_front();
        }
        m_ringBytes += bytes->size();
        m_ring.push_back({unixMs, std::move(bytes)});

        ++m_stats.ticks;
        m_stats.lastSampleMs = sampleMs;
        m_stats.lastEncodeMs = encodeMs;
        m_sampleMsTotal += sampleMs;
        m_encodeMsTotal += encodeMs;
        m_stats.meanSampleMs = m_sampleMsTotal / double(m_stats.ticks);
        m_stats.meanEncodeMs = m_encodeMsTotal / double(m_stats.ticks);
    }

    notifyListeners();

    const double cpuMs = threadCpuMs() - cpuStart;
    std::lock_guard lock(m_mutex);
    m_cpuMsTotal += cpuMs;
    m_stats.meanTickCpuMs = m_cpuMsTotal / double(m_stats.ticks);
}

void FleetState::notifyListeners()
{
    // Copied, so listeners run with no mutex held and may (un)subscribe.
    std::vector<std::shared_ptr<const Listener>> listeners;
    {
        std::lock_guard lock(m_listenerMutex);
        listeners.reserve(m_listeners.size());
        for (const auto &entry : m_listeners)
            listeners.push_back(entry.second);
    }
    for (const auto &listener : listeners)
        (*listener)();
}

std::shared_ptr<const Inventory> FleetState::inventory() const
{
    std::lock_guard lock(m_mutex);
    return m_inventory;
}

FleetTickPtr FleetState::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

FleetTickPtr FleetState::nextAfter(int64_t afterUnixMs) const
{
    std::shared_ptr<const std::string> bytes;
    {
        std::lock_guard lock(m_mutex);
        auto it = std::upper_bound(m_ring.begin(), m_ring.end(), afterUnixMs,
                                   [](int64_t t, const Encoded &e) { return t < e.unixMs; });
        if (it == m_ring.end())
            return nullptr;
        if (m_latest && m_latest->unixMs == it->unixMs)
            return m_latest; // already decoded
        bytes = it->bytes;
    }
    // Decoded outside the mutex: the ticker must not wait for a replay.
    auto tick = std::make_shared<FleetTick>();
    if (!decodeTick(*bytes, *tick).ok()) {
        std::lock_guard lock(m_mutex);
        ++m_decodeFailures;
        return nullptr;
    }
    return tick;
}

int64_t FleetState::oldestBufferedMs() const
{
    std::lock_guard lock(m_mutex);
    return m_ring.empty() ? 0 : m_ring.front().unixMs;
}

int FleetState::subscribe(Listener listener)
{
    std::lock_guard lock(m_listenerMutex);
    const int id = m_nextListenerId++;
    m_listeners.emplace_back(id, std::make_shared<const Listener>(std::move(listener)));
    return id;
}

void FleetState::unsubscribe(int id)
{
    std::lock_guard lock(m_listenerMutex);
    std::erase_if(m_listeners, [id](const auto &entry) { return entry.first == id; });
}

FleetStateStats FleetState::stats() const
{
    std::lock_guard lock(m_mutex);
    FleetStateStats stats = m_stats;
    stats.ringTicks = m_ring.size();
    stats.ringBytes = m_ringBytes;
    stats.decodeFailures = m_decodeFailures;
    return stats;
}

} // namespace scb
