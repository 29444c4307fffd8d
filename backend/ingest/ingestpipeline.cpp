#include "ingest/ingestpipeline.h"

#include <chrono>

namespace scb {

namespace {
// Retention is cheap but not free: run it about once a minute of ticks.
constexpr int kRetentionEveryTicks = 60;
constexpr auto kReplayPublishInterval = std::chrono::milliseconds(250);
} // namespace

IngestPipeline::IngestPipeline(std::unique_ptr<HistoryStore> store,
                               Callbacks callbacks,
                               size_t maxQueue)
    : m_store(std::move(store))
    , m_callbacks(std::move(callbacks))
    , m_maxQueue(maxQueue < 1 ? 1 : maxQueue)
{
    m_thread = std::thread([this] { run(); });
}

IngestPipeline::~IngestPipeline()
{
    stop();
}

void IngestPipeline::setInventory(std::shared_ptr<const Inventory> inventory)
{
    auto index = std::make_shared<const InventoryIndex>(InventoryIndex::build(*inventory));
    std::lock_guard lock(m_mutex);
    m_inventory = std::move(inventory);
    m_index = std::move(index);
}

void IngestPipeline::push(FleetTickPtr tick, bool replay)
{
    {
        std::unique_lock lock(m_mutex);
        if (replay) {
            // A replay is history that exists nowhere else once dropped: wait
            // for room. The caller's stream then stops reading and gRPC's flow
            // control holds the server back; live ticks never wait.
            m_space.wait(lock, [this] { return m_stopping || m_queue.size() < m_maxQueue; });
        }
        if (m_stopping || !m_inventory || tick->inventoryVersion != m_inventory->version ||
            tick->chipCount() != m_inventory->chipCount())
            return;
        if (m_queue.size() >= m_maxQueue) {
            // The store is behind on live ticks: drop the oldest waiting tick
            // rather than block the network reader or grow without bound.
            m_queue.pop_front();
            ++m_counters.ticksCoalesced;
        }
        m_queue.push_back(Item{m_inventory, m_index, std::move(tick), replay});
        m_counters.queueDepth = m_queue.size();
    }
    m_cv.notify_one();
}

void IngestPipeline::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    m_space.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void IngestPipeline::run()
{
    uint64_t sinceRetention = 0;
    std::chrono::steady_clock::time_point lastPublished{};
    std::shared_ptr<const Inventory> savedInventory;
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything queued is written
            item = std::move(m_queue.front());
            m_queue.pop_front();
            m_counters.queueDepth = m_queue.size();
        }
        m_space.notify_one();

        auto snapshot = std::make_shared<Snapshot>();
        snapshot->inventory = item.inventory;
        snapshot->index = item.index;
        snapshot->tick = item.tick;
        snapshot->aggregates = computeAggregates(*item.inventory, *item.index, *item.tick);
        // Replayed ticks fill history; the live view wants only a few of them
        // while a backfill runs, and always the newest.
        const auto now = std::chrono::steady_clock::now();
        const bool newest = [&] {
            std::lock_guard lock(m_mutex);
            return m_queue.empty();
        }();
        if (m_callbacks.snapshot &&
            (!item.replay || (newest && now - lastPublished >= kReplayPublishInterval))) {
            m_callbacks.snapshot(snapshot);
            lastPublished = now;
        }

        if (!m_store)
            continue;
        if (savedInventory != item.inventory) {
            const Status saved = m_store->saveInventory(*item.inventory);
            if (!saved.ok())
                reportError(saved.message());
            savedInventory = item.inventory;
        }
        const Status status = m_store->append(*item.tick, snapshot->aggregates);
        if (status.ok()) {
            ++m_counters.ticksStored;
        } else {
            reportError(status.message());
        }
        if (++sinceRetention >= kRetentionEveryTicks) {
            sinceRetention = 0;
            const Status retained = m_store->enforceRetention(item.tick->unixMs);
            if (!retained.ok())
                reportError(retained.message());
        }
    }
}

void IngestPipeline::reportError(const std::string &message)
{
    ++m_counters.storeErrors;
    if (m_callbacks.storeError)
        m_callbacks.storeError(message);
}

} // namespace scb
