#include "ingest/ingestpipeline.h"

#include <chrono>
#include <future>

namespace scb {

namespace {
// Retention is cheap but not free: run it about once a minute of ticks.
constexpr int64_t kRetentionEveryMs = 60'000;
constexpr auto kReplayPublishInterval = std::chrono::milliseconds(250);
} // namespace

IngestPipeline::IngestPipeline(std::unique_ptr<HistoryStore> store,
                               Callbacks callbacks,
                               size_t maxQueue,
                               std::unique_ptr<HistoryStore> compactor)
    : m_store(std::move(store))
    , m_callbacks(std::move(callbacks))
    , m_maxQueue(maxQueue < 1 ? 1 : maxQueue)
    , m_alerts(m_store.get())
    , m_compactor(m_store ? std::move(compactor) : nullptr)
{
    m_thread = std::thread([this] { run(); });
    if (m_compactor) {
        m_compactThread = std::thread([this] { compactLoop(); });
        // What an earlier run left in the hot log may be closed already.
        std::lock_guard lock(m_compactMutex);
        ++m_compactRequests;
        m_compactCv.notify_one();
    }
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

void IngestPipeline::acknowledgeAlert(uint64_t alertId,
                                      std::string who,
                                      std::string note,
                                      int64_t nowMs,
                                      std::function<void(Status)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back([this, alertId, who = std::move(who), note = std::move(note), nowMs,
                              done = std::move(done)] {
            const Status status = m_alerts.acknowledge(alertId, who, note, nowMs);
            publishAlerts();
            if (done)
                done(status);
        });
    }
    m_cv.notify_one();
}

Status IngestPipeline::setAlertRules(const AlertRules &rules)
{
    if (Status s = rules.validate(); !s.ok())
        return s;
    std::lock_guard lock(m_mutex);
    m_commands.push_back([this, rules] {
        if (Status s = m_alerts.setRules(rules); !s.ok())
            reportError(s.message());
    });
    m_cv.notify_one();
    return {};
}

void IngestPipeline::publishAlerts()
{
    if (m_callbacks.alerts)
        m_callbacks.alerts(std::make_shared<const std::vector<Alert>>(m_alerts.activeAlerts()));
}

void IngestPipeline::runCommands(std::unique_lock<std::mutex> &lock)
{
    while (!m_commands.empty()) {
        auto command = std::move(m_commands.front());
        m_commands.pop_front();
        lock.unlock();
        command();
        lock.lock();
    }
}

void IngestPipeline::evaluateAlerts(const FleetTick &tick)
{
    const AlertRecorder::TickOutcome outcome = m_alerts.evaluate(tick);
    for (const std::string &error : outcome.errors)
        reportError(error);
    if (outcome.changed)
        publishAlerts();
}

void IngestPipeline::flush(bool all)
{
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_stopping || (m_queue.empty() && !m_busy); });
    }
    if (!m_store)
        return;
    if (!m_compactor) {
        // On the pipeline's thread, which owns the store's connection.
        std::promise<void> done;
        auto finished = done.get_future();
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            m_commands.push_back([this, all, &done] {
                compact(*m_store, all);
                done.set_value();
            });
        }
        m_cv.notify_one();
        finished.wait();
        return;
    }
    std::unique_lock lock(m_compactMutex);
    const uint64_t wanted = ++m_compactRequests;
    m_compactAll = m_compactAll || all;
    m_compactCv.notify_one();
    m_compactIdle.wait(lock, [&] { return m_compactDone >= wanted || m_compactStopping; });
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
    m_stopCompaction = true; // the step under way finishes; no other starts
    {
        std::lock_guard lock(m_compactMutex);
        m_compactStopping = true;
    }
    m_compactCv.notify_all();
    if (m_compactThread.joinable())
        m_compactThread.join();
    m_compactIdle.notify_all();
}

void IngestPipeline::compact(HistoryStore &store, bool all)
{
    while (!m_stopCompaction) {
        const Result<bool> did = store.compactStep(all);
        if (!did.ok()) {
            reportError(did.status().message());
            break;
        }
        if (!*did)
            break;
        ++m_counters.chunksCompacted;
    }
    m_counters.hotTicks = static_cast<uint64_t>(store.stats().hotTicks);
}

void IngestPipeline::compactLoop()
{
    int64_t retainedAtMs = 0;
    std::unique_lock lock(m_compactMutex);
    for (;;) {
        m_compactCv.wait(lock,
                         [this] { return m_compactStopping || m_compactDone < m_compactRequests; });
        if (m_compactStopping)
            return;
        const uint64_t serving = m_compactRequests;
        const bool all = m_compactAll;
        const int64_t nowMs = m_compactNowMs;
        m_compactAll = false;
        lock.unlock();
        compact(*m_compactor, all);
        // Retention about once a minute of ticks (not while stopping: it can
        // wait for the next start).
        if (!m_stopCompaction && nowMs > 0 && nowMs - retainedAtMs >= kRetentionEveryMs) {
            retainedAtMs = nowMs;
            const Status retained = m_compactor->enforceRetention(nowMs);
            if (!retained.ok())
                reportError(retained.message());
        }
        lock.lock();
        m_compactDone = serving;
        m_compactIdle.notify_all();
    }
}

void IngestPipeline::run()
{
    int64_t window = -1;
    std::chrono::steady_clock::time_point lastPublished{};
    std::shared_ptr<const Inventory> savedInventory;
    std::shared_ptr<const Inventory> alertInventory;
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock,
                      [this] { return m_stopping || !m_queue.empty() || !m_commands.empty(); });
            runCommands(lock);
            if (m_queue.empty()) {
                if (m_stopping)
                    return; // stopping, and everything queued is written
                continue;
            }
            item = std::move(m_queue.front());
            m_queue.pop_front();
            m_counters.queueDepth = m_queue.size();
            m_busy = true;
        }
        m_space.notify_one();
        struct Idle
        {
            IngestPipeline *p;
            ~Idle()
            {
                {
                    std::lock_guard lock(p->m_mutex);
                    p->m_busy = false;
                }
                p->m_space.notify_all();
            }
        } idle{this};

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

        if (alertInventory != item.inventory) {
            if (Status s = m_alerts.setInventory(*item.inventory); !s.ok())
                reportError(s.message());
            alertInventory = item.inventory;
        }
        evaluateAlerts(*item.tick);

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
        // A tick in a new segment window closes the one before: compact it.
        const int64_t tickWindow = item.tick->unixMs / HistoryStore::kSegmentMs;
        const bool closes = tickWindow != window;
        window = tickWindow;
        if (m_compactor) {
            std::lock_guard lock(m_compactMutex);
            m_compactNowMs = item.tick->unixMs;
            if (closes || item.tick->unixMs - m_compactRetainNoticeMs >= kRetentionEveryMs) {
                m_compactRetainNoticeMs = item.tick->unixMs;
                ++m_compactRequests;
                m_compactCv.notify_one();
            }
        } else if (closes) {
            compact(*m_store, false);
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
