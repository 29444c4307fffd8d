#include "historychart.h"

#include "sources/fleetsimulator.h"

#include <QLineSeries>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

namespace scb {
namespace {

std::shared_ptr<const Inventory> smallInventory()
{
    SimulatorConfig sim;
    sim.chips = 800;
    sim.centers = 2;
    return FleetSimulator(sim).inventory();
}

Snapshot
liveSnapshot(const std::shared_ptr<const Inventory> &inventory, int64_t unixMs, double util)
{
    Snapshot snapshot;
    snapshot.inventory = inventory;
    auto tick = std::make_shared<FleetTick>();
    tick->unixMs = unixMs;
    snapshot.tick = tick;
    GroupAggregate g;
    g.utilizationCount = 10;
    g.utilizationSum = int64_t(util * 10);
    snapshot.aggregates.fleet = g;
    snapshot.aggregates.centers = {g, g};
    return snapshot;
}

TEST(HistoryChart, AsksForItsRangeAndAppliesOnlyTheNewestAnswer)
{
    HistoryChart chart(HistoryChart::utilizationPerCenter());
    chart.resize(800, 300);
    QSignalSpy requests(&chart, &HistoryChart::historyRequested);
    chart.setInventory(smallInventory());
    ASSERT_EQ(requests.count(), 1);
    const auto first = requests.takeFirst().at(0).value<HistoryRequest>();
    EXPECT_EQ(first.toMs - first.fromMs, 60 * 60'000);
    EXPECT_TRUE(first.perCenter);

    chart.setRangeMinutes(15);
    ASSERT_EQ(requests.count(), 1);
    const auto second = requests.takeFirst().at(0).value<HistoryRequest>();

    HistoryResult stale;
    stale.request = first; // answers the 1 h request, which is no longer wanted
    stale.series = {{kFleetScope, {{first.fromMs, 10, 10, 10}, {first.fromMs + 1000, 10, 10, 10}}}};
    chart.applyHistory(stale);
    EXPECT_EQ(chart.segments(kFleetScope).front()->count(), 0);

    HistoryResult fresh;
    fresh.request = second;
    fresh.series = {
        {kFleetScope, {{second.toMs - 2000, 40, 50, 60}, {second.toMs - 1000, 40, 55, 60}}}};
    chart.applyHistory(fresh);
    ASSERT_EQ(chart.segments(kFleetScope).size(), 1u);
    EXPECT_EQ(chart.segments(kFleetScope).front()->count(), 2);
    EXPECT_DOUBLE_EQ(chart.segments(kFleetScope).front()->at(1).y(), 55.0);
}

TEST(HistoryChart, BreaksTheLineWhereNoDataArrived)
{
    HistoryChart chart(HistoryChart::utilizationPerCenter());
    QSignalSpy requests(&chart, &HistoryChart::historyRequested);
    const auto inventory = smallInventory();
    chart.setInventory(inventory);
    const auto request = requests.takeFirst().at(0).value<HistoryRequest>();

    // Two stretches of history ten minutes apart: the app was closed between them.
    HistoryResult result;
    result.request = request;
    const int64_t t0 = request.fromMs;
    result.series = {{kFleetScope,
                      {{t0, 50, 50, 50},
                       {t0 + 1000, 51, 51, 51},
                       {t0 + 600'000, 60, 60, 60},
                       {t0 + 601'000, 61, 61, 61}}}};
    chart.applyHistory(result);
    ASSERT_EQ(chart.segments(kFleetScope).size(), 2u);
    EXPECT_EQ(chart.segments(kFleetScope)[0]->count(), 2);
    EXPECT_EQ(chart.segments(kFleetScope)[1]->count(), 2);

    // Live ticks continue the last stretch; one after a long silence starts another.
    const int64_t last = t0 + 601'000;
    chart.appendLive(liveSnapshot(inventory, last + 2000, 62)); // past the 1.8 s bucket
    EXPECT_EQ(chart.segments(kFleetScope).size(), 2u);
    EXPECT_EQ(chart.segments(kFleetScope)[1]->count(), 3);
    chart.appendLive(liveSnapshot(inventory, last + 120'000, 70));
    ASSERT_EQ(chart.segments(kFleetScope).size(), 3u);
    EXPECT_EQ(chart.segments(kFleetScope)[2]->count(), 1);

    // An hour later the first stretches have scrolled out of the range and are gone.
    chart.appendLive(liveSnapshot(inventory, last + 121'000 + 3'600'000, 80));
    ASSERT_EQ(chart.segments(kFleetScope).size(), 1u);
    EXPECT_EQ(chart.segments(kFleetScope)[0]->count(), 1);
    EXPECT_DOUBLE_EQ(chart.segments(kFleetScope)[0]->at(0).y(), 80.0);
}

} // namespace
} // namespace scb
