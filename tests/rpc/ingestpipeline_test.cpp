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

} // namespace
} // namespace scb
