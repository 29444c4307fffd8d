#include "ingest/ingestpipeline.h"
#include "sources/fleetsimulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <unistd.h>

using namespace std::chrono_literals;

namespace scb {
namespace {

std::string tempDatabase(const std::string &name)
{
    const auto dir =
        std::filesystem::temp_directory_path() / ("scb-ingest-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / name;
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
    return path.string();
}

TEST(IngestPipeline, StoresEveryTickAndPublishesSnapshots)
{
    SimulatorConfig sim;
    sim.chips = 5'000;
    sim.centers = 2;
    FleetSimulator simulator(sim);
    const auto inventory = simulator.inventory();
    const std::string path = tempDatabase("pipeline.db");
    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store) << store.error();

    testing::Waiter waiter;
    std::vector<SnapshotPtr> snapshots;
    IngestPipeline::Callbacks callbacks;
    callbacks.snapshot = [&](SnapshotPtr snapshot) {
        {
            std::lock_guard lock(waiter.mutex());
            snapshots.push_back(std::move(snapshot));
        }
        waiter.notify();
    };
    IngestPipeline pipeline(std::move(store.value()), callbacks, 1000);
    pipeline.setInventory(inventory);
    const int64_t t0 = 1'700'000'000'000;
    for (int i = 0; i < 20; ++i) {
        auto tick = std::make_shared<FleetTick>();
        simulator.sample(t0 + i * 1000, *tick);
        pipeline.push(std::move(tick), false);
    }
    ASSERT_TRUE(waiter.waitFor(20s, [&] { return snapshots.size() == 20; }));
    pipeline.stop();
    EXPECT_EQ(pipeline.counters().ticksStored, 20u);
    EXPECT_EQ(pipeline.counters().ticksCoalesced, 0u);
    EXPECT_EQ(snapshots.back()->tick->unixMs, t0 + 19'000);
    EXPECT_EQ(snapshots.back()->aggregates.fleet.chipsTotal, sim.chips);

    auto reopened = HistoryStore::open(path, {}, true);
    ASSERT_TRUE(reopened) << reopened.error();
    EXPECT_EQ(reopened.value()->lastTickMs(), t0 + 19'000);
    auto points = reopened.value()->queryAggregate(kFleetScope, AggregateField::UtilizationMean, t0,
                                                   t0 + 19'000, 100);
    ASSERT_TRUE(points) << points.error();
    ASSERT_EQ(points->size(), 20u);
    EXPECT_NEAR((*points)[5].avg, snapshots[5]->aggregates.fleet.utilizationMean(), 1e-9);
}

TEST(IngestPipeline, DropsTheOldestTickWhenTheStoreFallsBehindAndNeverBlocks)
{
    SimulatorConfig sim;
    sim.chips = 200'000;
    FleetSimulator simulator(sim);
    auto tick = std::make_shared<FleetTick>();
    simulator.sample(1'700'000'000'000, *tick);

    std::atomic<bool> release{false};
    std::atomic<int> published{0};
    IngestPipeline::Callbacks callbacks;
    // A slow consumer stands in for a slow disk: the first snapshot blocks the pipeline thread.
    callbacks.snapshot = [&](SnapshotPtr) {
        ++published;
        while (!release)
            std::this_thread::sleep_for(1ms);
    };
    IngestPipeline pipeline(nullptr, callbacks, 4);
    pipeline.setInventory(simulator.inventory());
    for (int i = 0; i < 50; ++i) {
        auto copy = std::make_shared<FleetTick>(*tick);
        copy->unixMs += i * 1000;
        pipeline.push(std::move(copy), false); // returns at once although nothing drains
    }
    EXPECT_LE(pipeline.counters().queueDepth, 4u);
    EXPECT_GE(pipeline.counters().ticksCoalesced, 45u);
    release = true;
    pipeline.stop();
    EXPECT_LE(published, 5);
}

TEST(IngestPipeline, ReplayedTicksWaitForRoomAndAreNeverDropped)
{
    SimulatorConfig sim;
    sim.chips = 20'000;
    FleetSimulator simulator(sim);
    auto store = HistoryStore::open(tempDatabase("replay.db"));
    ASSERT_TRUE(store) << store.error();
    std::atomic<int> published{0};
    IngestPipeline::Callbacks callbacks;
    callbacks.snapshot = [&](SnapshotPtr) {
        ++published;
    };
    IngestPipeline pipeline(std::move(store.value()), callbacks, 2);
    pipeline.setInventory(simulator.inventory());
    const int64_t t0 = 1'700'000'000'000;
    for (int i = 0; i < 40; ++i) {
        auto tick = std::make_shared<FleetTick>();
        simulator.sample(t0 + i * 1000, *tick);
        pipeline.push(std::move(tick), /*replay=*/true);
        EXPECT_LE(pipeline.counters().queueDepth, 2u);
    }
    pipeline.stop();
    EXPECT_EQ(pipeline.counters().ticksStored, 40u);
    EXPECT_EQ(pipeline.counters().ticksCoalesced, 0u);
    EXPECT_LT(published, 40); // a backfill does not flood the live view
}

TEST(IngestPipeline, IgnoresTicksOfAnotherInventory)
{
    SimulatorConfig sim;
    sim.chips = 1'000;
    FleetSimulator simulator(sim);
    std::atomic<int> published{0};
    IngestPipeline::Callbacks callbacks;
    callbacks.snapshot = [&](SnapshotPtr) {
        ++published;
    };
    IngestPipeline pipeline(nullptr, callbacks);
    pipeline.setInventory(simulator.inventory());
    auto tick = std::make_shared<FleetTick>();
    simulator.sample(1'700'000'000'000, *tick);
    tick->inventoryVersion += 1;
    pipeline.push(tick, false);
    pipeline.stop();
    EXPECT_EQ(published, 0);
}

TEST(IngestPipeline, AlertsAreRaisedPerTickAndTheirAcknowledgementOutlivesARestart)
{
    SimulatorConfig sim;
    sim.chips = 64;
    sim.centers = 1;
    FleetSimulator simulator(sim);
    const auto inventory = simulator.inventory();
    const std::string path = tempDatabase("alerts.db");
    constexpr uint32_t kHotChip = 5;
    const int64_t t0 = 1'700'000'000'000;
    // Chip 5 at 90 °C: past the critical threshold at once.
    auto hotTick = [&](int64_t unixMs) {
        auto tick = std::make_shared<FleetTick>();
        simulator.sample(unixMs, *tick);
        tick->column(Metric::Temperature)[kHotChip] = 90;
        tick->column(Metric::State)[kHotChip] = ChipState::Online;
        return tick;
    };
    auto hotAlert = [&](const IngestPipeline::AlertList &list) -> std::optional<Alert> {
        if (list) {
            for (const Alert &a : *list) {
                if (a.kind == AlertKind::Temperature && a.chip == kHotChip)
                    return a;
            }
        }
        return std::nullopt;
    };

    testing::Waiter waiter;
    IngestPipeline::AlertList latest;
    IngestPipeline::Callbacks callbacks;
    callbacks.alerts = [&](IngestPipeline::AlertList list) {
        {
            std::lock_guard lock(waiter.mutex());
            latest = std::move(list);
        }
        waiter.notify();
    };
    {
        auto store = HistoryStore::open(path);
        ASSERT_TRUE(store) << store.error();
        IngestPipeline pipeline(std::move(store.value()), callbacks, 100);
        pipeline.setInventory(inventory);
        pipeline.push(hotTick(t0), false);
        ASSERT_TRUE(waiter.waitFor(20s, [&] { return hotAlert(latest).has_value(); }));
        const Alert alert = *hotAlert(latest);
        EXPECT_EQ(alert.severity, Severity::Critical);
        EXPECT_FALSE(alert.acknowledged);

        std::optional<Status> outcome;
        pipeline.acknowledgeAlert(alert.id, "ops", "fan swapped", t0 + 500, [&](Status s) {
            {
                std::lock_guard lock(waiter.mutex());
                outcome = s;
            }
            waiter.notify();
        });
        ASSERT_TRUE(waiter.waitFor(20s, [&] { return outcome.has_value(); }));
        EXPECT_TRUE(outcome->ok()) << outcome->message();
        ASSERT_TRUE(waiter.waitFor(
            20s, [&] { return hotAlert(latest) && hotAlert(latest)->acknowledged; }));
        // An unknown alert is refused, with the reason.
        outcome.reset();
        pipeline.acknowledgeAlert(987'654, "ops", "", t0 + 600, [&](Status s) {
            {
                std::lock_guard lock(waiter.mutex());
                outcome = s;
            }
            waiter.notify();
        });
        ASSERT_TRUE(waiter.waitFor(20s, [&] { return outcome.has_value(); }));
        EXPECT_FALSE(outcome->ok());
        pipeline.stop();
    }
    {
        std::lock_guard lock(waiter.mutex());
        latest.reset();
    }
    // Restarted on the same file: the condition is back, and so is its acknowledgement.
    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store) << store.error();
    IngestPipeline pipeline(std::move(store.value()), callbacks, 100);
    pipeline.setInventory(inventory);
    pipeline.push(hotTick(t0 + 60'000), false);
    ASSERT_TRUE(waiter.waitFor(20s, [&] { return hotAlert(latest).has_value(); }));
    const Alert again = *hotAlert(latest);
    EXPECT_TRUE(again.acknowledged);
    EXPECT_EQ(again.ackBy, "ops");
    EXPECT_EQ(again.ackNote, "fan swapped");
    pipeline.stop();
}

} // namespace
} // namespace scb
