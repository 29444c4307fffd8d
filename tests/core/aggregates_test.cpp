#include "core/aggregates.h"
#include "sources/fleetsimulator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace scb {
namespace {

// The obvious, slow way, written independently of the fast one.
FleetAggregates naiveAggregates(const Inventory &inv, const FleetTick &tick)
{
    FleetAggregates out;
    out.unixMs = tick.unixMs;
    out.centers.resize(inv.centers.size());
    for (const Node &node : inv.nodes) {
        for (uint32_t chip = node.firstChip; chip < node.firstChip + node.chipCount; ++chip) {
            for (GroupAggregate *g : {&out.centers[node.center], &out.fleet}) {
                ++g->chipsTotal;
                const int32_t state = tick.column(Metric::State)[chip];
                if (state == kNoData)
                    continue;
                if (state & (ChipState::EccError | ChipState::XidEvent | ChipState::HealthFault))
                    ++g->chipsFault;
                if (state & ChipState::Throttled)
                    ++g->chipsThrottled;
                if (!(state & ChipState::Online))
                    continue;
                ++g->chipsOnline;
                const int32_t util = tick.column(Metric::Utilization)[chip];
                if (util != kNoData) {
                    g->utilizationMin =
                        g->utilizationCount ? std::min(g->utilizationMin, util) : util;
                    g->utilizationMax =
                        g->utilizationCount ? std::max(g->utilizationMax, util) : util;
                    g->utilizationSum += util;
                    ++g->utilizationCount;
                }
                if (tick.column(Metric::Power)[chip] != kNoData)
                    g->powerWatts += tick.column(Metric::Power)[chip];
                if (tick.column(Metric::MemoryUsed)[chip] != kNoData)
                    g->memoryUsedMiB += tick.column(Metric::MemoryUsed)[chip];
                const int32_t temp = tick.column(Metric::Temperature)[chip];
                if (temp != kNoData)
                    g->temperatureMaxC = std::max(g->temperatureMaxC, temp);
            }
        }
    }
    return out;
}

TEST(Aggregates, MatchNaiveRecomputationWithMissingAndOfflineChips)
{
    FleetSimulator sim({20'000, 4, 11});
    const auto inv = sim.inventory();
    const InventoryIndex index = InventoryIndex::build(*inv);
    FleetTick tick;
    sim.sample(1'710'914'400'000, tick);

    // Damage the tick the ways a real stream does.
    std::mt19937 rng(5);
    std::uniform_int_distribution<uint32_t> anyChip(0, tick.chipCount() - 1);
    for (int i = 0; i < 3000; ++i) {
        const auto metric = static_cast<Metric>(rng() % kMetricCount);
        tick.column(metric)[anyChip(rng)] = kNoData;
    }
    for (int i = 0; i < 500; ++i) // offline, but a stale value still in the columns
        tick.column(Metric::State)[anyChip(rng)] = 0;
    for (int i = 0; i < 300; ++i)
        tick.column(Metric::State)[anyChip(rng)] = ChipState::Online | ChipState::XidEvent;
    for (int i = 0; i < 300; ++i)
        tick.column(Metric::State)[anyChip(rng)] = ChipState::Online | ChipState::Throttled;
    for (int i = 0; i < 100; ++i)
        tick.column(Metric::State)[anyChip(rng)] = ChipState::HealthFault; // offline and faulty

    const FleetAggregates fast = computeAggregates(*inv, index, tick);
    const FleetAggregates naive = naiveAggregates(*inv, tick);
    EXPECT_EQ(fast.unixMs, tick.unixMs);
    ASSERT_EQ(fast.centers.size(), 4u);
    for (size_t c = 0; c < fast.centers.size(); ++c)
        EXPECT_EQ(fast.centers[c], naive.centers[c]) << "center " << c;
    EXPECT_EQ(fast.fleet, naive.fleet);
    EXPECT_EQ(fast.fleet.chipsTotal, 20'000u);
    EXPECT_LT(fast.fleet.chipsOnline, 20'000u - 400);
    EXPECT_GT(fast.fleet.chipsFault, 300u);
    EXPECT_GT(fast.fleet.chipsThrottled, 250u);
    EXPECT_GT(fast.fleet.utilizationMean(), 10.0);
}

TEST(Aggregates, SmallHandWorkedExample)
{
    Inventory inv;
    inv.centers = {{"A", ""}, {"B", ""}};
    inv.models = {{"m", "v", 1000, 100}};
    inv.nodes = {{"n0", 0, 0, 0, 3, 0}, {"n1", 1, 0, 3, 2, 0}};
    inv.chipUuids.resize(5);
    const InventoryIndex index = InventoryIndex::build(inv);

    FleetTick tick;
    tick.resize(5);
    const int32_t on = ChipState::Online;
    tick.column(Metric::State) = {on, on | ChipState::Throttled, 0, on | ChipState::EccError,
                                  kNoData};
    tick.column(Metric::Utilization) = {10, 90, 50, kNoData, 70};
    tick.column(Metric::Power) = {100, 300, 999, 50, 999};
    tick.column(Metric::MemoryUsed) = {1, 2, 999, 4, 999};
    tick.column(Metric::Temperature) = {40, 80, 99, 30, 99};

    const FleetAggregates a = computeAggregates(inv, index, tick);
    const GroupAggregate &c0 = a.centers[0];
    EXPECT_EQ(c0.chipsTotal, 3u);
    EXPECT_EQ(c0.chipsOnline, 2u);
    EXPECT_EQ(c0.chipsThrottled, 1u);
    EXPECT_EQ(c0.utilizationCount, 2u);
    EXPECT_EQ(c0.utilizationMin, 10);
    EXPECT_EQ(c0.utilizationMax, 90);
    EXPECT_DOUBLE_EQ(c0.utilizationMean(), 50.0);
    EXPECT_EQ(c0.powerWatts, 400);
    EXPECT_EQ(c0.memoryUsedMiB, 3);
    EXPECT_EQ(c0.temperatureMaxC, 80); // the offline chip's 99 does not count

    const GroupAggregate &c1 = a.centers[1];
    EXPECT_EQ(c1.chipsTotal, 2u);
    EXPECT_EQ(c1.chipsOnline, 1u);
    EXPECT_EQ(c1.chipsFault, 1u);
    EXPECT_EQ(c1.utilizationCount, 0u);
    EXPECT_EQ(c1.utilizationMin, 0);
    EXPECT_EQ(c1.utilizationMax, 0);
    EXPECT_EQ(c1.powerWatts, 50);
    EXPECT_EQ(c1.temperatureMaxC, 30);

    EXPECT_EQ(a.fleet.chipsTotal, 5u);
    EXPECT_EQ(a.fleet.chipsOnline, 3u);
    EXPECT_EQ(a.fleet.utilizationMin, 10);
    EXPECT_EQ(a.fleet.utilizationMax, 90);
    EXPECT_EQ(a.fleet.powerWatts, 450);
    EXPECT_EQ(a.fleet.temperatureMaxC, 80);
}

TEST(Aggregates, ATickOfTheWrongSizeIsReadOnlyAsFarAsItGoes)
{
    FleetSimulator sim({1000, 2, 3});
    const auto inv = sim.inventory();
    const InventoryIndex index = InventoryIndex::build(*inv);
    FleetTick tick;
    sim.sample(1'710'914'400'000, tick);
    tick.column(Metric::Power).resize(10); // torn
    const FleetAggregates a = computeAggregates(*inv, index, tick);
    EXPECT_EQ(a.fleet.chipsTotal, 1000u);
    EXPECT_LE(a.fleet.chipsOnline, 10u);

    FleetTick empty;
    const FleetAggregates none = computeAggregates(*inv, index, empty);
    EXPECT_EQ(none.fleet.chipsOnline, 0u);
    EXPECT_EQ(none.fleet.chipsTotal, 1000u);
}

} // namespace
} // namespace scb
