#include "chipdetailview.h"
#include "chipspage.h"
#include "chiptablespanel.h"
#include "formatting.h"
#include "heatmapview.h"
#include "utilizationhistogram.h"

#include "core/aggregates.h"
#include "sources/fleetsimulator.h"

#include <QAbstractItemModelTester>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace scb {
namespace {

constexpr int64_t kNowMs = 1'768'453'200'000; // 2026-01-15 13:00 CST

struct Fleet
{
    std::shared_ptr<const Inventory> inventory;
    SnapshotPtr snapshot;
};

Fleet smallFleet()
{
    SimulatorConfig sim;
    sim.chips = 160;
    sim.centers = 2;
    FleetSimulator simulator(sim);
    Fleet f;
    f.inventory = simulator.inventory();
    auto tick = std::make_shared<FleetTick>();
    simulator.sample(kNowMs, *tick);
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->inventory = f.inventory;
    snapshot->index = std::make_shared<const InventoryIndex>(InventoryIndex::build(*f.inventory));
    snapshot->tick = tick;
    snapshot->aggregates = computeAggregates(*f.inventory, *snapshot->index, *tick);
    f.snapshot = snapshot;
    return f;
}

TEST(ChipsPage, ClickingAChipDrillsDownAndTheBreadcrumbClimbsBack)
{
    const Fleet fleet = smallFleet();
    ChipsPage page;
    page.resize(1366, 768);
    page.show();
    page.setInventory(fleet.inventory);
    page.setSnapshot(fleet.snapshot);
    EXPECT_EQ(page.level(), ChipsPage::Level::Fleet);
    EXPECT_EQ(page.breadcrumbText(), QStringLiteral("Fleet"));

    QSignalSpy requests(page.chipView(), &ChipDetailView::historyRequested);
    constexpr int kChip = 37;
    const QRect cell = page.heatmap()->cellRect(kChip);
    ASSERT_FALSE(cell.isEmpty());
    QTest::mouseClick(page.heatmap(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(page.level(), ChipsPage::Level::Chip);
    EXPECT_EQ(page.chipView()->chip(), uint32_t(kChip));
    ASSERT_GE(requests.count(), 1);
    const auto request = requests.last().at(0).value<ChipHistoryRequest>();
    EXPECT_EQ(request.chip, uint32_t(kChip));
    EXPECT_EQ(request.toMs, kNowMs);
    EXPECT_EQ(request.toMs - request.fromMs, page.rangeMinutes() * 60'000LL);

    const InventoryIndex index = InventoryIndex::build(*fleet.inventory);
    const Node &node = fleet.inventory->nodes[index.chipNode[kChip]];
    const QString crumbs = page.breadcrumbText();
    EXPECT_TRUE(crumbs.startsWith(QStringLiteral("Fleet")));
    EXPECT_TRUE(crumbs.contains(QString::fromStdString(node.name))) << crumbs.toStdString();
    EXPECT_TRUE(crumbs.endsWith(QStringLiteral("Chip 37"))) << crumbs.toStdString();

    // SCB_SHOT_DIR=folder saves the page for a look (a development aid).
    if (const QByteArray dir = qgetenv("SCB_SHOT_DIR"); !dir.isEmpty()) {
        ChipHistoryResult result;
        result.request = request;
        for (Metric m : kAllMetrics) {
            for (int64_t t = request.fromMs; t <= request.toMs; t += 30'000) {
                const double v = 40 + 30 * std::sin(double(t) / 4e5) + int(m) * 5;
                result.metrics[size_t(m)].push_back({t, v - 8, v, v + 8});
            }
        }
        result.events = {{kNowMs - 900'000, {kChip, EventKind::Xid, 79}},
                         {kNowMs - 300'000, {kChip, EventKind::Throttle, 0}}};
        page.chipView()->applyHistory(result);
        QCoreApplication::processEvents();
        page.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/chipview.png"));
    }

    // Up to the node: the heatmap shows just its chips.
    page.showNode(int(index.chipNode[kChip]));
    EXPECT_EQ(page.level(), ChipsPage::Level::Node);
    ASSERT_EQ(page.heatmap()->groups().size(), 1);
    EXPECT_EQ(page.heatmap()->groups()[0].firstCell, int(node.firstChip));
    EXPECT_EQ(page.heatmap()->groups()[0].cellCount, int(node.chipCount));
    // The center, then the fleet.
    page.showCenter(int(node.center));
    EXPECT_EQ(page.level(), ChipsPage::Level::Center);
    EXPECT_EQ(page.heatmap()->groups().size(), 1);
    page.showFleet();
    EXPECT_EQ(page.level(), ChipsPage::Level::Fleet);
    EXPECT_EQ(page.heatmap()->groups().size(), qsizetype(fleet.inventory->centers.size()));

    // Out-of-range drill-downs change nothing.
    page.showCenter(99);
    page.showNode(-1);
    page.showChip(100'000);
    EXPECT_EQ(page.level(), ChipsPage::Level::Fleet);
}

TEST(ChipsPage, TheMetricSelectorRecoloursTheHeatmap)
{
    const Fleet fleet = smallFleet();
    ChipsPage page;
    page.resize(1366, 768);
    page.setInventory(fleet.inventory);
    page.setSnapshot(fleet.snapshot);
    const FleetTick &tick = *fleet.snapshot->tick;
    for (int chip : {0, 50, 159}) {
        EXPECT_EQ(page.heatmap()->value(chip), tick.column(Metric::Utilization)[size_t(chip)]);
    }
    page.setShown(ChipsPage::Shown::Temperature);
    EXPECT_EQ(page.heatmap()->colorScale().maxValue(), 95);
    for (int chip : {0, 50, 159}) {
        EXPECT_EQ(page.heatmap()->value(chip), tick.column(Metric::Temperature)[size_t(chip)]);
    }
    page.setShown(ChipsPage::Shown::State);
    EXPECT_EQ(page.heatmap()->colorScale().categories().size(), 5);
    for (int chip : {0, 50, 159}) {
        EXPECT_EQ(page.heatmap()->value(chip),
                  chipStateCategory(tick.column(Metric::State)[size_t(chip)]));
    }
}

TEST(ChipsPage, StateCategoriesPutFaultsAboveThrottlingAndMaintenanceAboveAll)
{
    EXPECT_EQ(chipStateCategory(kNoData), -1);
    EXPECT_EQ(chipStateCategory(0), 0);
    EXPECT_EQ(chipStateCategory(ChipState::Online), 1);
    EXPECT_EQ(chipStateCategory(ChipState::Online | ChipState::Throttled), 2);
    EXPECT_EQ(chipStateCategory(ChipState::Online | ChipState::Throttled | ChipState::EccError), 3);
    EXPECT_EQ(chipStateCategory(ChipState::HealthFault), 3);
    EXPECT_EQ(chipStateCategory(ChipState::Maintenance | ChipState::XidEvent), 4);
}

TEST(ChipDetailView, ShowsTheAnswerToItsNewestRequestOnly)
{
    const Fleet fleet = smallFleet();
    ChipDetailView view;
    view.resize(1200, 700);
    QAbstractItemModelTester tester(view.eventModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    view.setInventory(fleet.inventory);
    QSignalSpy requests(&view, &ChipDetailView::historyRequested);
    view.showChip(3, kNowMs - 3'600'000, kNowMs, true);
    ASSERT_EQ(requests.count(), 1);
    const auto first = requests.takeFirst().at(0).value<ChipHistoryRequest>();
    view.showChip(4, kNowMs - 3'600'000, kNowMs, true);
    const auto second = requests.takeFirst().at(0).value<ChipHistoryRequest>();
    EXPECT_NE(first.serial, second.serial);

    ChipHistoryResult stale;
    stale.request = first;
    stale.metrics[0] = {{kNowMs - 1000, 1, 2, 3}};
    view.applyHistory(stale);
    EXPECT_EQ(view.meanSeries(Metric::Utilization)->count(), 0);

    ChipHistoryResult fresh;
    fresh.request = second;
    fresh.metrics[size_t(Metric::Utilization)] = {{kNowMs - 2000, 10, 20, 30},
                                                  {kNowMs - 1000, 40, 50, 60}};
    fresh.metrics[size_t(Metric::Power)] = {{kNowMs - 1000, 300, 350, 400}};
    fresh.events = {{kNowMs - 1500, {4, EventKind::Xid, 79}},
                    {kNowMs - 500, {4, EventKind::EccDoubleBit, 0}}};
    view.applyHistory(fresh);
    QLineSeries *util = view.meanSeries(Metric::Utilization);
    ASSERT_EQ(util->count(), 2);
    EXPECT_EQ(util->at(1).y(), 50);
    EXPECT_EQ(view.meanSeries(Metric::Power)->count(), 1);
    // Newest event first, with what to do about it.
    ASSERT_EQ(view.eventModel()->rowCount(), 2);
    EXPECT_TRUE(view.eventModel()->item(0, 1)->text().contains(QStringLiteral("ECC")));
    EXPECT_EQ(view.eventModel()->item(1, 1)->text(), QStringLiteral("XID 79"));
    EXPECT_FALSE(view.eventModel()->item(1, 2)->text().isEmpty());

    // Live ticks extend the chart while the range follows now.
    auto tick = std::make_shared<FleetTick>(*fleet.snapshot->tick);
    tick->unixMs = kNowMs + 1000;
    auto next = std::make_shared<Snapshot>(*fleet.snapshot);
    next->tick = tick;
    view.setSnapshot(next);
    if (tick->column(Metric::Utilization)[4] != kNoData) {
        EXPECT_EQ(util->count(), 3);
        EXPECT_EQ(util->at(2).x(), double(kNowMs + 1000));
    }
}

} // namespace
} // namespace scb

namespace scb {
namespace {

TEST(UtilizationBins, CountsChipsOnlineWithAValueInTenBins)
{
    FleetTick tick;
    tick.resize(8);
    const int32_t utilization[] = {0, 9, 10, 55, 99, 100, 70, 30};
    const int32_t state[] = {1, 1, 1, 1, 1, 1, 0 /* offline */, kNoData};
    for (int i = 0; i < 8; ++i) {
        tick.column(Metric::Utilization)[size_t(i)] = utilization[i];
        tick.column(Metric::State)[size_t(i)] = state[i];
    }
    tick.column(Metric::Utilization)[3] = kNoData; // online, but no value this tick
    const UtilizationBins all = UtilizationBins::count(tick, {});
    EXPECT_EQ(all.withValue, 5u);
    EXPECT_EQ(all.withoutValue, 3u);
    EXPECT_EQ(all.counts[0], 2u); // 0 and 9
    EXPECT_EQ(all.counts[1], 1u); // 10
    EXPECT_EQ(all.counts[9], 2u); // 99 and 100: the last bin holds 100 %
    EXPECT_EQ(all.counts[7], 0u); // 70 is offline

    const std::vector<uint32_t> scope{2, 4, 7, 1'000}; // an index past the tick is ignored
    const UtilizationBins some = UtilizationBins::count(tick, scope);
    EXPECT_EQ(some.withValue, 2u);
    EXPECT_EQ(some.withoutValue, 1u);
    EXPECT_EQ(some.counts[1], 1u);
    EXPECT_EQ(some.counts[9], 1u);
}

TEST(ChipsPage, DrillingDownNarrowsTheDistributionAndBringsTheCenterForward)
{
    const Fleet fleet = smallFleet();
    ChipsPage page;
    page.resize(1366, 768);
    page.show();
    page.setInventory(fleet.inventory);
    page.setSnapshot(fleet.snapshot);
    ASSERT_EQ(page.historyCharts().size(), 3);

    const auto total = [&] {
        const UtilizationBins &bins = page.histogram()->bins();
        return bins.withValue + bins.withoutValue;
    };
    EXPECT_TRUE(page.scopeChips().empty());
    EXPECT_EQ(total(), fleet.inventory->chipCount());
    for (HistoryChart *chart : page.historyCharts())
        EXPECT_EQ(chart->focusCenter(), -1);

    const InventoryIndex index = InventoryIndex::build(*fleet.inventory);
    page.showCenter(1);
    const uint32_t first = index.centerFirstChip[1];
    const uint32_t count = index.centerFirstChip[2] - first;
    ASSERT_EQ(page.scopeChips().size(), count);
    EXPECT_EQ(page.scopeChips().front(), first);
    EXPECT_EQ(total(), count);
    for (HistoryChart *chart : page.historyCharts())
        EXPECT_EQ(chart->focusCenter(), 1);
    // The other center's line is drawn faint, this one's strong.
    const HistoryChart *utilization = page.historyCharts().front();
    EXPECT_LT(utilization->segments(0).front()->pen().color().alpha(), 255);
    EXPECT_EQ(utilization->segments(1).front()->pen().color().alpha(), 255);

    const int node = int(index.centerNodeBegin[1]);
    page.showNode(node);
    EXPECT_EQ(total(), fleet.inventory->nodes[size_t(node)].chipCount);

    page.showFleet();
    EXPECT_TRUE(page.scopeChips().empty());
    EXPECT_EQ(total(), fleet.inventory->chipCount());
    EXPECT_EQ(utilization->segments(0).front()->pen().color().alpha(), 255);
}

} // namespace
} // namespace scb

namespace scb {
namespace {

TEST(ChipsPage, DrawsTheSimulatorsRacksOfFourNodes)
{
    const Fleet fleet = smallFleet();
    ChipsPage page;
    page.resize(1366, 768);
    page.setInventory(fleet.inventory);
    ASSERT_FALSE(page.heatmap()->groups().isEmpty());
    for (const HeatmapGroup &group : page.heatmap()->groups())
        EXPECT_EQ(group.unitsPerRack, 4) << group.label.toStdString();

    // Racks of unequal size are drawn without a rack level.
    auto uneven = std::make_shared<Inventory>(*fleet.inventory);
    uneven->version += 1;
    uneven->nodes[4].rack = uneven->nodes[0].rack; // rack 0 now holds 5 nodes
    page.setInventory(uneven);
    EXPECT_EQ(page.heatmap()->groups().front().unitsPerRack, 0);
}

TEST(ChipsPage, ASelectionOnTheHeatmapNarrowsTheScopeUntilCleared)
{
    const Fleet fleet = smallFleet();
    ChipsPage page;
    page.resize(1366, 768);
    page.show();
    page.setInventory(fleet.inventory);
    page.setSnapshot(fleet.snapshot);

    page.heatmap()->setSelectedCells({3, 4, 5, 90});
    EXPECT_EQ(page.scopeChips(), (std::vector<uint32_t>{3, 4, 5, 90}));
    const UtilizationBins &bins = page.histogram()->bins();
    EXPECT_EQ(bins.withValue + bins.withoutValue, 4u);

    // A selection wins over the center drilled into, and drilling clears it.
    page.showCenter(0);
    EXPECT_FALSE(page.heatmap()->hasSelection());
    const InventoryIndex index = InventoryIndex::build(*fleet.inventory);
    EXPECT_EQ(page.scopeChips().size(), index.centerFirstChip[1]);
    page.heatmap()->setSelectedCells({7});
    EXPECT_EQ(page.scopeChips(), (std::vector<uint32_t>{7}));
    page.heatmap()->clearSelection();
    EXPECT_EQ(page.scopeChips().size(), index.centerFirstChip[1]);
}

} // namespace
} // namespace scb

namespace scb {
namespace {

TEST(ChipsPage, TheTopChipsTabAsksForCountsOfThePageRangeAndOpensAChip)
{
    const Fleet fleet = smallFleet();
    ChipsPage page;
    page.resize(1366, 768);
    page.show();
    page.setInventory(fleet.inventory);
    page.setSnapshot(fleet.snapshot);
    QSignalSpy wanted(&page, &ChipsPage::eventCountsRequested);
    page.bottomTabs()->setCurrentWidget(page.tables());
    ASSERT_GE(wanted.count(), 1);
    const qint64 from = wanted.last().at(0).toLongLong();
    const qint64 to = wanted.last().at(1).toLongLong();
    EXPECT_EQ(to, kNowMs);
    EXPECT_EQ(to - from, page.rangeMinutes() * 60'000LL);

    // The table follows the page's scope: a node holds 8 chips.
    const InventoryIndex index = InventoryIndex::build(*fleet.inventory);
    page.showNode(2);
    EXPECT_LE(page.tables()->model()->rowCount(), 8);
    EXPECT_GT(page.tables()->model()->rowCount(), 0);
    const uint32_t chip =
        page.tables()->model()->index(0, 0).data(ChipRankModel::ChipRole).value<uint32_t>();
    EXPECT_EQ(index.chipNode[chip], 2u);

    if (const QByteArray dir = qgetenv("SCB_SHOT_DIR"); !dir.isEmpty()) {
        page.showFleet();
        page.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/toptables.png"));
    }
    emit page.tables()->chipActivated(chip);
    EXPECT_EQ(page.level(), ChipsPage::Level::Chip);
    EXPECT_EQ(page.chipView()->chip(), chip);
}

} // namespace
} // namespace scb
