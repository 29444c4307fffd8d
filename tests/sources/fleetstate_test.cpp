#include "sources/fleetstate.h"

#include "core/metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>

using namespace scb;
using namespace std::chrono_literals;

namespace {

// Generous bounds that only catch a hang; no test asserts how fast anything is.
constexpr auto kHangGuard = 60s;

// A tiny source whose every value is a pure function of (chip, unixMs).
class PureSource final : public Source
{
public:
    explicit PureSource(uint32_t chips, uint64_t version = 3)
    {
        auto inventory = std::make_shared<Inventory>();
        inventory->version = version;
        inventory->source = "test";
        inventory->centers.push_back({"Test center", "Here"});
        inventory->models.push_back({"Test chip", "Test vendor", 65536, 700});
        for (uint32_t first = 0; first < chips; first += 8)
            inventory->nodes.push_back(
                {"node" + std::to_string(first / 8), 0, 0, first, std::min(8u, chips - first), 0});
        inventory->chipUuids.resize(chips);
        for (uint32_t c = 0; c < chips; ++c)
            inventory->chipUuids[c][0] = uint8_t(c);
        m_inventory = std::move(inventory);
    }

    static FleetTick expected(uint32_t chips, uint64_t version, int64_t unixMs)
    {
        FleetTick tick;
        tick.unixMs = unixMs;
        tick.inventoryVersion = version;
        tick.resize(chips);
        const int64_t t = unixMs / 10;
        for (uint32_t c = 0; c < chips; ++c) {
            tick.column(Metric::Utilization)[c] = c % 53 == 0 ? kNoData : int32_t((t + c) % 101);
            tick.column(Metric::MemoryUsed)[c] = int32_t((t * 7 + c * 13) % 65536);
            tick.column(Metric::Power)[c] = int32_t(100 + (t + c * 3) % 600);
            tick.column(Metric::Temperature)[c] = int32_t(30 + (t + c) % 60);
            tick.column(Metric::State)[c] = c % 61 == 0 ? kNoData : ChipState::Online;
        }
        tick.events.push_back({uint32_t(t % chips), EventKind::Xid, uint32_t(t % 80)});
        return tick;
    }

    std::shared_ptr<const Inventory> inventory() override { return m_inventory; }
    void sample(int64_t unixMs, FleetTick &out) override
    {
        out = expected(m_inventory->chipCount(), m_inventory->version, unixMs);
    }
    std::string describe() const override { return "pure test source"; }

private:
    std::shared_ptr<const Inventory> m_inventory;
};

// A source that breaks its contract: one column is short.
class BrokenSource final : public Source
{
public:
    std::shared_ptr<const Inventory> inventory() override { return m_good.inventory(); }
    void sample(int64_t unixMs, FleetTick &out) override
    {
        m_good.sample(unixMs, out);
        out.column(Metric::Power).pop_back();
    }
    std::string describe() const override { return "broken"; }

private:
    PureSource m_good{64};
};

// Counts notifications and lets a test wait for the n-th.
class TickWaiter
{
public:
    explicit TickWaiter(FleetState &fleet)
        : m_fleet(fleet)
    {
        m_id = fleet.subscribe([this] {
            std::lock_guard lock(m_mutex);
            ++m_count;
            if (auto tick = m_fleet.latest())
                m_times.push_back(tick->unixMs);
            m_cv.notify_all();
        });
    }
    ~TickWaiter() { m_fleet.unsubscribe(m_id); }

    bool waitFor(size_t count)
    {
        std::unique_lock lock(m_mutex);
        return m_cv.wait_for(lock, kHangGuard, [&] { return m_count >= count; });
    }
    std::vector<int64_t> times()
    {
        std::lock_guard lock(m_mutex);
        return m_times;
    }

private:
    FleetState &m_fleet;
    int m_id = 0;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    size_t m_count = 0;
    std::vector<int64_t> m_times;
};

constexpr uint32_t kChips = 1000;

// The times of the ticks the ring holds after `after`, walking nextAfter.
std::vector<int64_t> ringTimes(const FleetState &fleet, int64_t after = 0)
{
    std::vector<int64_t> times;
    while (FleetTickPtr tick = fleet.nextAfter(after)) {
        times.push_back(tick->unixMs);
        after = tick->unixMs;
    }
    return times;
}

} // namespace

TEST(FleetState, TicksAreAlignedToTheIntervalAndEqualTheSource)
{
    FleetState fleet(std::make_unique<PureSource>(kChips), 50, 10);
    TickWaiter waiter(fleet);
    fleet.start();
    ASSERT_NE(fleet.inventory(), nullptr) << "start() reads the inventory before it returns";
    ASSERT_TRUE(waiter.waitFor(4));
    fleet.stop();

    const auto times = waiter.times();
    ASSERT_GE(times.size(), 4u);
    for (size_t i = 0; i < times.size(); ++i) {
        EXPECT_EQ(times[i] % 50, 0) << "tick " << times[i] << " is not on the 50 ms grid";
        if (i > 0) {
            EXPECT_GT(times[i], times[i - 1]);
        }
    }
    auto latest = fleet.latest();
    ASSERT_NE(latest, nullptr);
    EXPECT_EQ(*latest, PureSource::expected(kChips, 3, latest->unixMs));
    EXPECT_GE(fleet.stats().ticks, 4u);
}

TEST(FleetState, EverySubscriberIsNotifiedAndUnsubscribedOnesAreNot)
{
    FleetState fleet(std::make_unique<PureSource>(kChips), 50, 10);
    std::atomic<int> a{0}, b{0};
    const int idA = fleet.subscribe([&] { ++a; });
    fleet.subscribe([&] { ++b; });
    TickWaiter waiter(fleet);
    fleet.start();
    ASSERT_TRUE(waiter.waitFor(2));
    fleet.unsubscribe(idA);
    const int aAfterUnsubscribe = a.load();
    ASSERT_TRUE(waiter.waitFor(5));
    fleet.stop();
    EXPECT_GE(aAfterUnsubscribe, 2);
    // At most one call may already have been under way when unsubscribe ran.
    EXPECT_LE(a.load(), aAfterUnsubscribe + 1);
    EXPECT_GE(b.load(), 5);
}

TEST(FleetState, ListenerMayUnsubscribeItself)
{
    FleetState fleet(std::make_unique<PureSource>(kChips), 50, 10);
    std::atomic<int> calls{0};
    std::atomic<int> id{0};
    id = fleet.subscribe([&] {
        ++calls;
        fleet.unsubscribe(id.load());
    });
    TickWaiter waiter(fleet);
    fleet.start();
    ASSERT_TRUE(waiter.waitFor(3));
    fleet.stop();
    EXPECT_EQ(calls.load(), 1);
}

TEST(FleetState, NextAfterWalksTheRingInOrder)
{
    FleetState fleet(std::make_unique<PureSource>(kChips), 50, 10);
    TickWaiter waiter(fleet);
    fleet.start();
    ASSERT_TRUE(waiter.waitFor(6));
    fleet.stop();

    const auto stats = fleet.stats();
    const auto latest = fleet.latest();
    ASSERT_NE(latest, nullptr);
    EXPECT_EQ(fleet.nextAfter(latest->unixMs), nullptr);

    int64_t cursor = 0;
    size_t walked = 0;
    int64_t previous = INT64_MIN;
    while (auto tick = fleet.nextAfter(cursor)) {
        EXPECT_GT(tick->unixMs, previous);
        EXPECT_EQ(*tick, PureSource::expected(kChips, 3, tick->unixMs))
            << "tick " << tick->unixMs << " did not survive the ring";
        previous = tick->unixMs;
        cursor = tick->unixMs;
        ++walked;
    }
    EXPECT_EQ(walked, stats.ringTicks);
    EXPECT_EQ(previous, latest->unixMs);
    EXPECT_EQ(fleet.oldestBufferedMs(), fleet.nextAfter(0)->unixMs);
    // A time between two ticks finds the later one.
    auto second = fleet.nextAfter(fleet.oldestBufferedMs());
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(fleet.nextAfter(second->unixMs - 1)->unixMs, second->unixMs);
}

TEST(FleetState, RingIsBoundedToReplaySeconds)
{
    // 1 s of 50 ms ticks: 20 in the ring.
    FleetState fleet(std::make_unique<PureSource>(kChips), 50, 1);
    EXPECT_EQ(fleet.ringCapacity(), 20u);
    TickWaiter waiter(fleet);
    fleet.start();
    ASSERT_TRUE(waiter.waitFor(26));
    fleet.stop();

    const auto stats = fleet.stats();
    EXPECT_GE(stats.ticks, 26u);
    EXPECT_EQ(stats.ringTicks, 20u);
    EXPECT_GT(stats.ringBytes, 0u);
    EXPECT_EQ(ringTimes(fleet).size(), 20u);
    EXPECT_GT(fleet.oldestBufferedMs(), waiter.times().front());
}

TEST(FleetState, RingIsBoundedByBytes)
{
    // Measure one compressed tick, then allow room for three.
    size_t oneTick = 0;
    {
        FleetState probe(std::make_unique<PureSource>(kChips), 50, 10);
        TickWaiter waiter(probe);
        probe.start();
        ASSERT_TRUE(waiter.waitFor(1));
        probe.stop();
        oneTick = probe.stats().ringBytes / probe.stats().ringTicks;
    }
    FleetState fleet(std::make_unique<PureSource>(kChips), 50, 10, oneTick * 3 + oneTick / 2);
    TickWaiter waiter(fleet);
    fleet.start();
    ASSERT_TRUE(waiter.waitFor(8));
    fleet.stop();
    const auto stats = fleet.stats();
    EXPECT_GE(stats.ringTicks, 1u);
    EXPECT_LE(stats.ringTicks, 4u);
    EXPECT_LE(stats.ringBytes, oneTick * 3 + oneTick / 2);
    EXPECT_EQ(fleet.nextAfter(fleet.latest()->unixMs - 1), fleet.latest());
}

TEST(FleetState, StopIsPromptEvenWithALongInterval)
{
    // A 10-minute interval: a stop that waited for the next slot would hang here.
    FleetState fleet(std::make_unique<PureSource>(kChips), 600'000, 3600);
    TickWaiter waiter(fleet);
    fleet.start();
    ASSERT_TRUE(waiter.waitFor(1)) << "the current slot is sampled at once";
    EXPECT_EQ(fleet.latest()->unixMs % 600'000, 0);
    auto stopped = std::async(std::launch::async, [&] { fleet.stop(); });
    ASSERT_EQ(stopped.wait_for(kHangGuard), std::future_status::ready);
    EXPECT_FALSE(fleet.running());
}

TEST(FleetState, RestartKeepsTheRingAndTimeMovesForward)
{
    FleetState fleet(std::make_unique<PureSource>(kChips), 50, 10);
    {
        TickWaiter waiter(fleet);
        fleet.start();
        ASSERT_TRUE(waiter.waitFor(3));
        fleet.stop();
    }
    const uint64_t before = fleet.stats().ticks;
    {
        TickWaiter waiter(fleet);
        fleet.start();
        EXPECT_TRUE(fleet.running());
        ASSERT_TRUE(waiter.waitFor(3));
        fleet.stop();
    }
    EXPECT_GE(fleet.stats().ticks, before + 3);
    const auto times = ringTimes(fleet);
    EXPECT_TRUE(std::is_sorted(times.begin(), times.end()));
    EXPECT_EQ(std::adjacent_find(times.begin(), times.end()), times.end()) << "a tick repeated";
    EXPECT_EQ(times.size(), fleet.stats().ringTicks);
    EXPECT_GE(times.size(), size_t(before + 3));
}

TEST(FleetState, MalformedSourceTicksAreRejectedAndCounted)
{
    FleetState fleet(std::make_unique<BrokenSource>(), 50, 10);
    fleet.start();
    // Rejected ticks notify nobody; poll the counter (bounded by the hang guard).
    const auto deadline = std::chrono::steady_clock::now() + kHangGuard;
    while (fleet.stats().rejectedTicks < 2 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(10ms);
    fleet.stop();
    EXPECT_GE(fleet.stats().rejectedTicks, 2u);
    EXPECT_EQ(fleet.latest(), nullptr);
    EXPECT_EQ(fleet.stats().ringTicks, 0u);
    EXPECT_EQ(fleet.nextAfter(0), nullptr);
}

TEST(FleetState, StatsMeasureTheTicker)
{
    FleetState fleet(std::make_unique<PureSource>(20'000), 50, 10);
    TickWaiter waiter(fleet);
    fleet.start();
    ASSERT_TRUE(waiter.waitFor(3));
    fleet.stop();
    const auto stats = fleet.stats();
    EXPECT_GT(stats.meanTickCpuMs, 0.0);
    EXPECT_GT(stats.meanSampleMs, 0.0);
    EXPECT_GT(stats.meanEncodeMs, 0.0);
    EXPECT_GT(stats.lastSampleMs, 0.0);
    EXPECT_EQ(stats.decodeFailures, 0u);
}
