#include "chiprankmodel.h"
#include "chipspage.h"
#include "chiptablespanel.h"
#include "csvexport.h"
#include "formatting.h"
#include "tabletesthelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <random>

namespace scb {
namespace {

using tabletest::ModelTestWarnings;
using tabletest::parseCsv;

using Ranking = ChipRankModel::Ranking;
using M = ChipRankModel;

constexpr int32_t kOn = ChipState::Online;

// Two centers, two models, three nodes of eight chips: gy-n0001 (0-7, H100)
// and gy-n0002 (8-15, Ascend 910B) in Guiyang, wlcb-n0001 (16-23, H100) in
// 乌兰察布.
std::shared_ptr<const Inventory> smallInventory(uint64_t version = 7)
{
    auto inv = std::make_shared<Inventory>();
    inv->version = version;
    inv->source = "test";
    inv->centers = {{"Guiyang", "Guizhou"}, {"乌兰察布", "内蒙古"}};
    inv->models = {{"H100", "NVIDIA", 81'920, 700}, {"Ascend 910B", "Huawei", 65'536, 400}};
    inv->nodes = {
        {"gy-n0001", 0, 0, 0, 8, 0}, {"gy-n0002", 0, 0, 8, 8, 1}, {"wlcb-n0001", 1, 0, 16, 8, 0}};
    inv->chipUuids.resize(24);
    for (size_t i = 0; i < inv->chipUuids.size(); ++i)
        inv->chipUuids[i][15] = uint8_t(i);
    EXPECT_EQ(validateInventory(*inv), "");
    return inv;
}

// A fleet of `chips` chips in nodes of 8, spread over `centers` centers.
std::shared_ptr<const Inventory> largeInventory(uint32_t chips, uint32_t centers)
{
    auto inv = std::make_shared<Inventory>();
    inv->version = 11;
    for (uint32_t c = 0; c < centers; ++c)
        inv->centers.push_back({"Center " + std::to_string(c), ""});
    inv->models = {{"A", "V", 65'536, 400}, {"B", "V", 32'768, 300}, {"C", "V", 98'304, 700}};
    const uint32_t nodes = (chips + 7) / 8;
    for (uint32_t n = 0; n < nodes; ++n) {
        const uint32_t first = n * 8;
        inv->nodes.push_back({"n" + std::to_string(n), uint32_t(uint64_t{n} * centers / nodes), 0,
                              first, std::min(8u, chips - first), n % 3});
    }
    inv->chipUuids.resize(chips);
    for (uint32_t i = 0; i < chips; ++i) {
        inv->chipUuids[i][14] = uint8_t(i >> 8);
        inv->chipUuids[i][15] = uint8_t(i);
    }
    EXPECT_EQ(validateInventory(*inv), "");
    return inv;
}

// Every chip online at 50 %, 60 °C, 300 W, 10 GiB; then the changes asked for.
FleetTick baseTick(const Inventory &inv)
{
    FleetTick tick;
    tick.unixMs = 1'768'453'200'000;
    tick.inventoryVersion = inv.version;
    tick.resize(inv.chipCount());
    for (uint32_t i = 0; i < inv.chipCount(); ++i) {
        tick.column(Metric::Utilization)[i] = 50;
        tick.column(Metric::Temperature)[i] = 60;
        tick.column(Metric::Power)[i] = 300;
        tick.column(Metric::MemoryUsed)[i] = 10'240;
        tick.column(Metric::State)[i] = kOn;
    }
    return tick;
}

SnapshotPtr snapshotOf(std::shared_ptr<const Inventory> inv, FleetTick tick)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->index = std::make_shared<const InventoryIndex>(InventoryIndex::build(*inv));
    snapshot->inventory = std::move(inv);
    snapshot->tick = std::make_shared<const FleetTick>(std::move(tick));
    return snapshot;
}

// The chips of the model's rows in rank order.
std::vector<uint32_t> ranked(const ChipRankModel &model)
{
    return model.rankedChips();
}

// The chips in the order a model (or proxy) shows them.
std::vector<uint32_t> shownChips(const QAbstractItemModel &model)
{
    std::vector<uint32_t> chips;
    for (int r = 0; r < model.rowCount(); ++r)
        chips.push_back(model.index(r, 0).data(M::ChipRole).toUInt());
    return chips;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

TEST(ChipRankModel, HottestFirstTiesByChipAndChipsWithoutTemperatureLeftOut)
{
    auto inv = smallInventory();
    FleetTick tick = baseTick(*inv);
    auto &temperature = tick.column(Metric::Temperature);
    temperature[17] = 90;
    temperature[5] = 90; // a tie with 17: the lower index first
    temperature[9] = 85;
    temperature[3] = kNoData;
    temperature[12] = 100;
    tick.column(Metric::State)[12] = 0; // offline chips still report heat

    ChipRankModel model;
    model.setInventory(inv);
    model.setLimit(4);
    model.setSnapshot(snapshotOf(inv, tick));
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{12, 5, 17, 9}));
    EXPECT_EQ(model.candidateCount(), 23u) << "chip 3 has no temperature";
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), M::ColumnCount);

    // The row of chip 5 (rank 2), column by column.
    const std::vector<uint32_t> chips = shownChips(model);
    const int r5 = int(std::find(chips.begin(), chips.end(), 5u) - chips.begin());
    EXPECT_EQ(cell(model, r5, M::RankColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(model, r5, M::ChipColumn), QStringLiteral("5"));
    EXPECT_EQ(cell(model, r5, M::UuidColumn),
              QString::fromStdString(formatUuid(inv->chipUuids[5])));
    EXPECT_EQ(cell(model, r5, M::NodeColumn), QStringLiteral("gy-n0001"));
    EXPECT_EQ(cell(model, r5, M::CenterColumn), QStringLiteral("Guiyang"));
    EXPECT_EQ(cell(model, r5, M::ModelColumn), QStringLiteral("H100"));
    EXPECT_EQ(cell(model, r5, M::StateColumn), QStringLiteral("online"));
    EXPECT_EQ(cell(model, r5, M::UtilizationColumn), QStringLiteral("50 %"));
    EXPECT_EQ(cell(model, r5, M::TemperatureColumn), QStringLiteral("90 °C"));
    EXPECT_EQ(cell(model, r5, M::PowerColumn), QStringLiteral("300 W"));
    EXPECT_EQ(cell(model, r5, M::MemoryColumn), QStringLiteral("10.0 GiB"));
    EXPECT_EQ(cell(model, r5, M::XidColumn), QString()) << "no counts yet";
    EXPECT_EQ(model.index(r5, M::TemperatureColumn).data(M::SortRole).toInt(), 90);
    EXPECT_EQ(model.index(r5, M::UuidColumn).data(M::ChipRole).toUInt(), 5u);
    EXPECT_EQ(model.index(r5, M::TemperatureColumn).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_EQ(model.index(r5, M::NodeColumn).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignLeft | Qt::AlignVCenter));
    const int r12 = int(std::find(chips.begin(), chips.end(), 12u) - chips.begin());
    EXPECT_EQ(cell(model, r12, M::StateColumn), QStringLiteral("offline"));
    EXPECT_EQ(cell(model, r12, M::ModelColumn), QStringLiteral("Ascend 910B"));
    EXPECT_EQ(model.headerData(M::TemperatureColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Temperature"));

    // Absurd values (the pipeline rejects them; a hand-made snapshot need not)
    // rank without harm.
    FleetTick absurd = tick;
    absurd.column(Metric::Temperature)[20] = 1'000'000;
    absurd.column(Metric::Temperature)[21] = std::numeric_limits<int32_t>::max();
    absurd.column(Metric::State)[21] = 1000;
    model.setFilter({-1, -1, 1});
    model.setSnapshot(snapshotOf(inv, absurd));
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{20, 5, 17, 9})) << "21 has no known state";
    model.setFilter({});
    model.setSnapshot(snapshotOf(inv, absurd));
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{20, 21, 12, 5}));
    model.setSnapshot(snapshotOf(inv, tick));

    // A chip without power shows a dash and sorts below every value.
    tick.column(Metric::Power)[5] = kNoData;
    model.setSnapshot(snapshotOf(inv, tick));
    EXPECT_EQ(cell(model, r5, M::PowerColumn), QStringLiteral("—"));
    EXPECT_LT(model.index(r5, M::PowerColumn).data(M::SortRole).toInt(), 0);
}

TEST(ChipRankModel, MostIdleCountsOnlineChipsWithAValue)
{
    auto inv = smallInventory();
    FleetTick tick = baseTick(*inv);
    auto &utilization = tick.column(Metric::Utilization);
    auto &state = tick.column(Metric::State);
    utilization[2] = 0;
    state[2] = 0; // offline at 0 %: not idle capacity
    utilization[20] = 0;
    utilization[4] = 0; // ties with 20: lower index first
    utilization[7] = kNoData;
    state[11] = kNoData;
    utilization[11] = 0;
    utilization[13] = 3;
    state[13] = kOn | ChipState::Throttled;
    utilization[15] = 5;
    state[15] = kOn | ChipState::Maintenance;

    ChipRankModel model;
    model.setInventory(inv);
    model.setRanking(Ranking::MostIdle);
    model.setLimit(5);
    model.setSnapshot(snapshotOf(inv, tick));
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{4, 20, 13, 15, 0}));
    EXPECT_EQ(model.candidateCount(), 21u) << "24 less the offline, no-data and no-state chips";
}

TEST(ChipRankModel, MostErrorsByErrorsThenEventsThenChip)
{
    auto inv = smallInventory();
    ChipRankModel model;
    model.setInventory(inv);
    model.setRanking(Ranking::MostErrors);
    EXPECT_EQ(model.rowCount(), 0) << "no counts yet";
    model.setEventCounts({
        {9, 1, 1, 0, 0},  // 2 errors, 2 events
        {3, 0, 2, 1, 0},  // 2 errors, 3 events
        {21, 2, 0, 1, 0}, // 2 errors, 3 events: after 3
        {6, 0, 0, 9, 9},  // no errors, many events
        {30, 9, 9, 0, 0}, // beyond the inventory
        {14, 0, 0, 0, 0}, // nothing
        {1, 5, 0, 0, 0},
        {9, 1, 0, 0, 0}, // 9 again: its counts add up (3 errors)
    });
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{1, 9, 3, 21, 6}));
    EXPECT_EQ(model.candidateCount(), 5u);
    const std::vector<uint32_t> chips = shownChips(model);
    const int r9 = int(std::find(chips.begin(), chips.end(), 9u) - chips.begin());
    EXPECT_EQ(cell(model, r9, M::XidColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(model, r9, M::EccColumn), QStringLiteral("1"));
    EXPECT_EQ(model.index(r9, M::XidColumn).data(M::SortRole).toLongLong(), 2);
    EXPECT_TRUE(model.index(r9, M::XidColumn).data(Qt::ToolTipRole).toString().contains("XID 2"));
    // Without a snapshot the live columns are dashes; the state is unknown.
    EXPECT_EQ(cell(model, r9, M::TemperatureColumn), QStringLiteral("—"));
    EXPECT_EQ(cell(model, r9, M::StateColumn), QStringLiteral("no data"));

    model.setLimit(2);
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{1, 9}));

    // Counts show in every ranking; a chip without events has none.
    model.setRanking(Ranking::Hottest);
    model.setSnapshot(snapshotOf(inv, baseTick(*inv)));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, M::XidColumn), QStringLiteral("0"));
    model.clearEventCounts();
    EXPECT_EQ(cell(model, 0, M::XidColumn), QString());
}

TEST(ChipRankModel, RanksWithinScopeAndFilters)
{
    auto inv = smallInventory();
    FleetTick tick = baseTick(*inv);
    for (uint32_t i = 0; i < 24; ++i)
        tick.column(Metric::Temperature)[i] = 40 + int32_t(i); // 23 hottest
    tick.column(Metric::State)[10] = kOn | ChipState::Throttled;
    tick.column(Metric::State)[2] = kOn | ChipState::Throttled;
    tick.column(Metric::State)[22] = kOn | ChipState::XidEvent;

    ChipRankModel model;
    model.setInventory(inv);
    model.setLimit(3);
    model.setSnapshot(snapshotOf(inv, tick));
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{23, 22, 21}));

    // A scope (given unsorted, with a repeat): the hottest of those chips.
    model.setScope({9, 2, 16, 9, 5});
    EXPECT_EQ(model.scope(), (std::vector<uint32_t>{2, 5, 9, 16}));
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{16, 9, 5}));
    EXPECT_EQ(model.candidateCount(), 4u);

    // The top 3 of center 0 within the scope, not the top 3 then filtered.
    model.setFilter({0, -1, -1});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{9, 5, 2}));
    model.setScope({});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{15, 14, 13}));
    model.setFilter({1, -1, -1});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{23, 22, 21}));
    // Model 1 is only on gy-n0002.
    model.setFilter({-1, 1, -1});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{15, 14, 13}));
    model.setFilter({1, 1, -1});
    EXPECT_EQ(model.rowCount(), 0);
    // State categories as the heatmap colours them: 2 throttled, 3 fault.
    model.setFilter({-1, -1, 2});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{10, 2}));
    model.setFilter({-1, -1, 3});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{22}));
    model.setFilter({0, 1, 2});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{10}));
    // A center the inventory lacks: nothing, and no crash.
    model.setFilter({9, -1, -1});
    EXPECT_EQ(model.rowCount(), 0);
    // Scope chips beyond the inventory are ignored.
    model.setFilter({});
    model.setScope({3, 400, 1'000'000});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{3}));

    // Errors within the scope and filters too.
    model.setScope({1, 3, 17});
    model.setRanking(Ranking::MostErrors);
    model.setEventCounts({{1, 1, 0, 0, 0}, {2, 9, 0, 0, 0}, {17, 3, 0, 0, 0}, {3, 0, 0, 1, 0}});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{17, 1, 3}));
    model.setFilter({0, -1, -1});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{1, 3}));
}

TEST(ChipRankModel, LimitIsClampedAndTheTopMatchesAFullSort)
{
    auto inv = largeInventory(5'000, 4);
    std::mt19937 rng(42);
    FleetTick tick = baseTick(*inv);
    for (uint32_t i = 0; i < inv->chipCount(); ++i) {
        tick.column(Metric::Temperature)[i] = rng() % 17 == 0 ? kNoData : int32_t(rng() % 60 + 30);
        tick.column(Metric::Utilization)[i] = rng() % 13 == 0 ? kNoData : int32_t(rng() % 101);
        tick.column(Metric::State)[i] = rng() % 11 == 0 ? 0 : kOn;
    }
    std::vector<ChipEventCounts> counts;
    for (uint32_t i = 0; i < inv->chipCount(); i += 1 + rng() % 4)
        counts.push_back({i, uint32_t(rng() % 4), uint32_t(rng() % 2), uint32_t(rng() % 5),
                          uint32_t(rng() % 3)});
    std::shuffle(counts.begin(), counts.end(), rng);

    ChipRankModel model;
    model.setInventory(inv);
    model.setSnapshot(snapshotOf(inv, tick));
    model.setEventCounts(counts);
    EXPECT_EQ(model.limit(), ChipRankModel::kDefaultLimit);
    model.setLimit(0);
    EXPECT_EQ(model.limit(), 1);
    model.setLimit(1'000'000);
    EXPECT_EQ(model.limit(), ChipRankModel::kMaxLimit);

    // The reference: every chip in scope, filtered, fully sorted.
    const auto reference = [&](Ranking ranking, const std::vector<uint32_t> &scope, int center,
                               size_t limit) {
        std::vector<uint32_t> chips;
        const InventoryIndex index = InventoryIndex::build(*inv);
        for (uint32_t i = 0; i < inv->chipCount(); ++i) {
            if (!scope.empty() && !std::binary_search(scope.begin(), scope.end(), i))
                continue;
            if (center >= 0 && index.centerOfChip(*inv, i) != uint32_t(center))
                continue;
            chips.push_back(i);
        }
        std::map<uint32_t, ChipEventCounts> byChip;
        for (const ChipEventCounts &c : counts)
            byChip[c.chip] = c;
        const auto &t = tick.column(Metric::Temperature);
        const auto &u = tick.column(Metric::Utilization);
        const auto &s = tick.column(Metric::State);
        std::erase_if(chips, [&](uint32_t i) {
            switch (ranking) {
            case Ranking::Hottest:
                return t[i] < 0;
            case Ranking::MostIdle:
                return u[i] < 0 || !(s[i] & kOn);
            case Ranking::MostErrors:
                return !byChip.count(i) || byChip[i].total() == 0;
            }
            return true;
        });
        std::stable_sort(chips.begin(), chips.end(), [&](uint32_t a, uint32_t b) {
            switch (ranking) {
            case Ranking::Hottest:
                return t[a] > t[b];
            case Ranking::MostIdle:
                return u[a] < u[b];
            case Ranking::MostErrors:
                if (byChip[a].errors() != byChip[b].errors())
                    return byChip[a].errors() > byChip[b].errors();
                return byChip[a].total() > byChip[b].total();
            }
            return false;
        });
        chips.resize(std::min(chips.size(), limit));
        return chips;
    };
    std::vector<uint32_t> scope;
    for (uint32_t i = 0; i < inv->chipCount(); i += 1 + rng() % 3)
        scope.push_back(i);
    for (Ranking ranking : {Ranking::Hottest, Ranking::MostIdle, Ranking::MostErrors}) {
        model.setRanking(ranking);
        for (int limit : {1, 7, 50, 1000}) {
            model.setLimit(limit);
            for (int center : {-1, 2}) {
                for (bool scoped : {false, true}) {
                    model.setFilter({center, -1, -1});
                    model.setScope(scoped ? scope : std::vector<uint32_t>{});
                    EXPECT_EQ(ranked(model),
                              reference(ranking, scoped ? scope : std::vector<uint32_t>{}, center,
                                        size_t(limit)))
                        << "ranking " << int(ranking) << ", limit " << limit << ", center "
                        << center << ", scoped " << scoped;
                }
            }
        }
    }
}

TEST(ChipRankModel, SameChipsUpdateInPlaceOtherChipsReset)
{
    ModelTestWarnings warnings;
    auto inv = smallInventory();
    ChipRankModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setInventory(inv);
    model.setLimit(3);
    FleetTick tick = baseTick(*inv);
    tick.column(Metric::Temperature)[4] = 80;
    tick.column(Metric::Temperature)[8] = 81;
    tick.column(Metric::Temperature)[19] = 82;
    model.setSnapshot(snapshotOf(inv, tick));
    ASSERT_EQ(ranked(model), (std::vector<uint32_t>{19, 8, 4}));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const std::vector<uint32_t> rowsBefore = shownChips(model);
    const QPersistentModelIndex chip4 = model.index(
        int(std::find(rowsBefore.begin(), rowsBefore.end(), 4u) - rowsBefore.begin()), 0);

    // The same three chips in another order: rows stay, ranks and values change.
    tick.column(Metric::Temperature)[4] = 90;
    model.setSnapshot(snapshotOf(inv, tick));
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes[0][0].toModelIndex(), model.index(0, 0));
    EXPECT_EQ(changes[0][1].toModelIndex(), model.index(2, M::ColumnCount - 1));
    EXPECT_EQ(shownChips(model), rowsBefore) << "rows keep their chips";
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{4, 19, 8}));
    ASSERT_TRUE(chip4.isValid());
    EXPECT_EQ(chip4.data(M::ChipRole).toUInt(), 4u);
    EXPECT_EQ(chip4.data().toString(), QStringLiteral("1"));

    // Another chip enters the top: a reset.
    tick.column(Metric::Temperature)[0] = 95;
    model.setSnapshot(snapshotOf(inv, tick));
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{0, 4, 19}));
    EXPECT_EQ(shownChips(model), ranked(model)) << "after a reset, rows are in rank order";

    // Fewer chips than the limit, then none, then some again.
    model.setFilter({1, -1, -1});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{19, 16, 17}));
    model.setFilter({1, 1, -1});
    EXPECT_EQ(model.rowCount(), 0);
    const int resetsBefore = int(resets.count());
    const int changesBefore = int(changes.count());
    model.setSnapshot(snapshotOf(inv, tick));
    EXPECT_EQ(resets.count(), resetsBefore) << "nothing before, nothing now";
    EXPECT_EQ(changes.count(), changesBefore);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 3);

    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join('\n').toStdString();
}

TEST(ChipRankModel, SuspendedComputesNothingUntilResumed)
{
    auto inv = smallInventory();
    ChipRankModel model;
    model.setInventory(inv);
    model.setSuspended(true);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    FleetTick tick = baseTick(*inv);
    tick.column(Metric::Temperature)[6] = 99;
    model.setSnapshot(snapshotOf(inv, tick));
    model.setLimit(2);
    model.setRanking(Ranking::MostIdle);
    model.setRanking(Ranking::Hottest);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(resets.count() + changes.count(), 0);
    model.setSuspended(false);
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{6, 0}));
    model.setSuspended(true);
    model.setSuspended(false);
    EXPECT_EQ(resets.count() + changes.count(), 1) << "nothing changed while suspended";
}

TEST(ChipRankModel, IgnoresSnapshotsOfAnotherInventoryAndStartsOverOnANewOne)
{
    auto inv = smallInventory(7);
    ChipRankModel model;
    model.setLimit(2);
    // No inventory yet: nothing to rank, nothing to crash.
    model.setSnapshot(snapshotOf(inv, baseTick(*inv)));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.hasSnapshot());

    model.setInventory(inv);
    model.setSnapshot(snapshotOf(smallInventory(8), baseTick(*smallInventory(8))));
    EXPECT_FALSE(model.hasSnapshot()) << "another version";
    FleetTick shortTick = baseTick(*inv);
    shortTick.column(Metric::Power).resize(5);
    model.setSnapshot(snapshotOf(inv, shortTick));
    EXPECT_FALSE(model.hasSnapshot()) << "a column of the wrong size";
    model.setSnapshot(nullptr);
    model.setSnapshot(snapshotOf(inv, baseTick(*inv)));
    EXPECT_TRUE(model.hasSnapshot());
    model.setScope({1, 2, 3});
    EXPECT_EQ(ranked(model), (std::vector<uint32_t>{1, 2}));

    // A new inventory: scope and snapshot were in terms of the old one.
    model.setInventory(smallInventory(8));
    EXPECT_FALSE(model.hasSnapshot());
    EXPECT_TRUE(model.scope().empty());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ChipRankProxy, SortsNumbersAsNumbersAndFiltersByText)
{
    ModelTestWarnings warnings;
    auto inv = smallInventory();
    FleetTick tick = baseTick(*inv);
    tick.column(Metric::Temperature)[9] = 100;
    tick.column(Metric::Temperature)[17] = 85;
    tick.column(Metric::Temperature)[2] = 9;
    tick.column(Metric::Utilization)[9] = 7;
    tick.column(Metric::Utilization)[17] = 100;
    tick.column(Metric::Utilization)[2] = 60;
    ChipRankModel model;
    ChipRankProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setInventory(inv);
    model.setScope({2, 9, 17});
    model.setSnapshot(snapshotOf(inv, tick));
    proxy.sort(M::RankColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{9, 17, 2}));

    // Text would put "100 °C" before "85 °C" and "9 °C"; numbers do not.
    proxy.sort(M::TemperatureColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{2, 17, 9}));
    proxy.sort(M::UtilizationColumn, Qt::DescendingOrder);
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{17, 2, 9}));
    proxy.sort(M::ChipColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{2, 9, 17}));
    // Equal keys: by rank.
    proxy.sort(M::PowerColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{9, 17, 2}));
    // Centers in inventory order.
    proxy.sort(M::CenterColumn, Qt::DescendingOrder);
    EXPECT_EQ(shownChips(proxy).front(), 17u);

    // Sorted rows follow new values.
    proxy.sort(M::TemperatureColumn, Qt::DescendingOrder);
    tick.column(Metric::Temperature)[2] = 120;
    model.setSnapshot(snapshotOf(inv, tick));
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{2, 9, 17}));

    // Any column, any case.
    proxy.setSearchText(QStringLiteral("WLCB"));
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{17}));
    proxy.setSearchText(QStringLiteral("guiyang"));
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{2, 9}));
    proxy.setSearchText(QStringLiteral("  乌兰  "));
    EXPECT_EQ(proxy.searchText(), QStringLiteral("乌兰"));
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{17}));
    proxy.setSearchText(QStringLiteral("ascend"));
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{9}));
    proxy.setSearchText(QStringLiteral("nothing like it"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    EXPECT_EQ(proxy.rowCount(), 3);

    // Through a reset and in-place updates, both pass the tester.
    model.setLimit(1);
    model.setRanking(Ranking::MostErrors);
    model.setEventCounts({{9, 1, 0, 0, 0}});
    model.setScope({});
    EXPECT_EQ(shownChips(proxy), (std::vector<uint32_t>{9}));
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join('\n').toStdString();
}

TEST(FleetBridge, CountsEventsOnAWorkerThread)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.db"));
    auto inv = smallInventory();
    {
        auto store = HistoryStore::open(path.toStdString());
        ASSERT_TRUE(store.ok()) << store.error();
        FleetTick tick = baseTick(*inv);
        tick.events = {{4, EventKind::Xid, 79},
                       {4, EventKind::Throttle, 0},
                       {9, EventKind::EccDoubleBit, 0},
                       {9, EventKind::EccDoubleBit, 0}};
        const InventoryIndex index = InventoryIndex::build(*inv);
        ASSERT_TRUE((*store)->append(tick, computeAggregates(*inv, index, tick)).ok());
    }
    FleetOptions options;
    options.dbPath = path;
    options.server = QStringLiteral("127.0.0.1:1"); // never started here
    FleetBridge bridge(options);
    // Each answer goes to the callback of its own question, on this thread.
    QObject context;
    std::map<quint64, EventCountsResult> bySerial;
    const auto keep = [&bySerial](const EventCountsResult &result) {
        bySerial[result.request.serial] = result;
    };
    const int64_t t = baseTick(*inv).unixMs;
    bridge.requestEventCounts({t - 1000, t + 1000, 41}, &context, keep);
    bridge.requestEventCounts({t + 1, t + 1000, 42}, &context, keep);
    ASSERT_TRUE(QTest::qWaitFor([&] { return bySerial.size() == 2; }, 20'000));
    ASSERT_EQ(bySerial.count(41), 1u);
    const EventCountsResult &first = bySerial[41];
    EXPECT_TRUE(first.error.isEmpty()) << first.error.toStdString();
    EXPECT_EQ(first.request.fromMs, t - 1000);
    EXPECT_EQ(first.rows, (std::vector<ChipEventCounts>{{9, 0, 2, 0, 0}, {4, 1, 0, 1, 0}}));
    EXPECT_TRUE(bySerial[42].rows.empty());

    // A store that is not there: an error, not a crash.
    FleetOptions missing = options;
    missing.dbPath = dir.filePath(QStringLiteral("no/such/history.db"));
    FleetBridge nowhere(missing);
    std::optional<EventCountsResult> failed;
    nowhere.requestEventCounts({0, t, 1}, &context,
                               [&failed](const EventCountsResult &result) { failed = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.has_value(); }, 10'000));
    EXPECT_FALSE(failed->error.isEmpty());
    EXPECT_EQ(failed->request.serial, 1u);
}

// The panel as the page would hold it: shown, with an inventory and a snapshot.
class PanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_inv = smallInventory();
        m_tick = baseTick(*m_inv);
        for (uint32_t i = 0; i < 24; ++i)
            m_tick.column(Metric::Temperature)[i] = 40 + int32_t(i);
        m_panel.resize(1366, 500);
    }

    std::shared_ptr<const Inventory> m_inv;
    FleetTick m_tick;
    ChipTablesPanel m_panel;
};

TEST_F(PanelTest, ComputesOnlyWhileShown)
{
    QSignalSpy wanted(&m_panel, &ChipTablesPanel::eventCountsWanted);
    m_panel.setInventory(m_inv);
    m_panel.setSnapshot(snapshotOf(m_inv, m_tick));
    EXPECT_EQ(m_panel.model()->rowCount(), 0) << "hidden: nothing ranked";
    EXPECT_EQ(wanted.count(), 0) << "hidden: no counts wanted";

    m_panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_panel));
    EXPECT_EQ(m_panel.model()->rowCount(), 24);
    EXPECT_EQ(m_panel.model()->rankedChips().front(), 23u);
    EXPECT_EQ(wanted.count(), 1) << "shown: the XID and ECC columns want counts";
    // Plural forms come from the translation, which tests do not load.
    EXPECT_TRUE(m_panel.headerText().startsWith(QStringLiteral("Hottest · 24 of 24 chip")))
        << m_panel.headerText().toStdString();

    m_panel.hide();
    m_tick.column(Metric::Temperature)[0] = 130;
    m_panel.setSnapshot(snapshotOf(m_inv, m_tick));
    EXPECT_EQ(m_panel.model()->rankedChips().front(), 23u) << "hidden: not recomputed";
    m_panel.show();
    EXPECT_EQ(m_panel.model()->rankedChips().front(), 0u) << "the latest snapshot, once shown";
}

TEST_F(PanelTest, AsksForEventCountsAndIgnoresOverTakenAnswers)
{
    QSignalSpy wanted(&m_panel, &ChipTablesPanel::eventCountsWanted);
    m_panel.setInventory(m_inv);
    m_panel.setSnapshot(snapshotOf(m_inv, m_tick));
    m_panel.show();
    ASSERT_EQ(wanted.count(), 1);
    EXPECT_EQ(m_panel.placeholderText(), QString());

    // One request at a time: more snapshots and a ranking change ask nothing more.
    m_panel.setSnapshot(snapshotOf(m_inv, m_tick));
    m_panel.setRanking(Ranking::MostErrors);
    EXPECT_EQ(m_panel.ranking(), Ranking::MostErrors);
    EXPECT_EQ(m_panel.rankingBox()->currentData().toInt(), int(Ranking::MostErrors));
    EXPECT_EQ(wanted.count(), 1);
    EXPECT_EQ(m_panel.placeholderText(), QStringLiteral("Counting events…"));

    const int64_t fromMs = m_tick.unixMs - 3'600'000;
    EventCountsResult answer;
    answer.request = {fromMs, m_tick.unixMs, 5};
    answer.rows = {{3, 3, 0, 0, 0}, {17, 1, 1, 4, 0}};
    m_panel.setEventCounts(answer);
    EXPECT_EQ(m_panel.model()->rankedChips(), (std::vector<uint32_t>{3, 17}));
    EXPECT_TRUE(m_panel.headerText().contains(QStringLiteral("2 of 2 chip")))
        << m_panel.headerText().toStdString();
    EXPECT_TRUE(m_panel.headerText().contains(QStringLiteral("events: ")));

    // The answer to an older request comes late: ignored.
    EventCountsResult late = answer;
    late.request.serial = 4;
    late.rows = {{9, 9, 9, 0, 0}};
    m_panel.setEventCounts(late);
    EXPECT_EQ(m_panel.model()->rankedChips(), (std::vector<uint32_t>{3, 17}));

    // The range changed: asked again at once.
    m_panel.invalidateEventCounts();
    EXPECT_EQ(wanted.count(), 2);
    EventCountsResult failed;
    failed.request = {fromMs, m_tick.unixMs, 6};
    failed.error = QStringLiteral("database is locked");
    m_panel.setEventCounts(failed);
    EXPECT_TRUE(m_panel.headerText().contains(QStringLiteral("database is locked")));
    EXPECT_EQ(m_panel.model()->rankedChips(), (std::vector<uint32_t>{3, 17})) << "kept";

    // No events at all.
    EventCountsResult quiet;
    quiet.request = {fromMs, m_tick.unixMs, 7};
    m_panel.setEventCounts(quiet);
    EXPECT_EQ(m_panel.model()->rowCount(), 0);
    EXPECT_EQ(m_panel.placeholderText(),
              QStringLiteral("No XID, ECC, throttling or offline events in the range."));

    // Hidden: the range may change, nothing is asked until it shows.
    m_panel.hide();
    m_panel.invalidateEventCounts();
    EXPECT_EQ(wanted.count(), 2);
    m_panel.show();
    EXPECT_EQ(wanted.count(), 3);
}

TEST_F(PanelTest, FiltersLimitAndTextFromTheControls)
{
    m_panel.setInventory(m_inv);
    m_panel.show();
    m_panel.setSnapshot(snapshotOf(m_inv, m_tick));
    ASSERT_EQ(m_panel.model()->rowCount(), 24);
    const QAbstractItemModel &shown = *m_panel.table()->model();

    m_panel.limitBox()->setValue(5);
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{23, 22, 21, 20, 19}));
    QComboBox *center = m_panel.centerFilter();
    ASSERT_EQ(center->count(), 3);
    EXPECT_EQ(center->itemText(2), QStringLiteral("乌兰察布"));
    center->setCurrentIndex(1);
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{15, 14, 13, 12, 11}));
    QComboBox *model = m_panel.modelFilter();
    ASSERT_EQ(model->count(), 3);
    model->setCurrentIndex(model->findText(QStringLiteral("H100")));
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{7, 6, 5, 4, 3}));
    QComboBox *state = m_panel.stateFilter();
    ASSERT_EQ(state->count(), 1 + chipStateCategoryNames().size());
    state->setCurrentIndex(state->findData(0)); // offline
    EXPECT_EQ(shown.rowCount(), 0);
    EXPECT_EQ(m_panel.placeholderText(), QStringLiteral("No chips match the filters."));
    state->setCurrentIndex(0);
    model->setCurrentIndex(0);

    m_panel.searchEdit()->setText(QStringLiteral("gy-n0001"));
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{}));
    EXPECT_EQ(m_panel.placeholderText(), QStringLiteral("No chips match the text."));
    m_panel.searchEdit()->setText(QStringLiteral("gy-n0002"));
    EXPECT_EQ(shown.rowCount(), 5);
    m_panel.searchEdit()->setText(QStringLiteral("°C"));
    EXPECT_EQ(shown.rowCount(), 5);
    EXPECT_FALSE(m_panel.headerText().contains(QStringLiteral("match the text")));
    m_panel.searchEdit()->setText(QStringLiteral("55 °C"));
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{15}));
    EXPECT_TRUE(m_panel.headerText().contains(QStringLiteral("1 match the text")))
        << m_panel.headerText().toStdString();
    m_panel.searchEdit()->clear();

    // The scope from the page; the filters still apply within it.
    m_panel.setScope({1, 2, 9, 20});
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{9, 2, 1}));
    EXPECT_TRUE(m_panel.headerText().contains(QStringLiteral("scope of 4 chip")))
        << m_panel.headerText().toStdString();
    center->setCurrentIndex(0);
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{20, 9, 2, 1}));

    // The ranking control; a new ranking comes in rank order.
    m_panel.table()->sortByColumn(M::ChipColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{1, 2, 9, 20}));
    m_panel.rankingBox()->setCurrentIndex(m_panel.rankingBox()->findData(int(Ranking::MostIdle)));
    EXPECT_EQ(m_panel.ranking(), Ranking::MostIdle);
    EXPECT_EQ(m_panel.table()->horizontalHeader()->sortIndicatorSection(), int(M::RankColumn));
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{1, 2, 9, 20}));

    // A new inventory keeps the center chosen by name.
    center->setCurrentIndex(2);
    auto renamed = std::make_shared<Inventory>(*m_inv);
    std::swap(renamed->centers[0], renamed->centers[1]);
    m_panel.setInventory(renamed);
    EXPECT_EQ(center->currentText(), QStringLiteral("乌兰察布"));
    EXPECT_EQ(m_panel.model()->filter().center, 0);
}

TEST_F(PanelTest, CopiesExportsAndNamesTheChipDoubleClicked)
{
    auto inv = std::make_shared<Inventory>(*m_inv);
    inv->nodes[2].name = "wlcb-n0001, \"rack 3\""; // a name CSV has to quote
    m_inv = inv;
    m_panel.setInventory(m_inv);
    m_panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_panel));
    m_panel.setSnapshot(snapshotOf(m_inv, m_tick));
    m_panel.setLimit(4);
    const QAbstractItemModel &shown = *m_panel.table()->model();
    ASSERT_EQ(shown.rowCount(), 4);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chips.csv"));
    ASSERT_TRUE(m_panel.exportCsv(path)) << m_panel.statusText().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\"wlcb-n0001, \"\"rack 3\"\"\""));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0].first(), QStringLiteral("#"));
    EXPECT_EQ(rows[0][M::TemperatureColumn], QStringLiteral("Temperature"));
    for (int r = 0; r < shown.rowCount(); ++r) {
        ASSERT_EQ(rows[r + 1].size(), M::ColumnCount);
        for (int c = 0; c < M::ColumnCount; ++c)
            EXPECT_EQ(rows[r + 1][c], cell(shown, r, c)) << r << ", " << c;
    }
    EXPECT_EQ(rows[1][M::ChipColumn], QStringLiteral("23"));
    EXPECT_EQ(rows[1][M::CenterColumn], QStringLiteral("乌兰察布"));
    EXPECT_TRUE(m_panel.statusText().startsWith(QStringLiteral("Saved 4 row")))
        << m_panel.statusText().toStdString();
    EXPECT_FALSE(m_panel.exportCsv(dir.filePath(QStringLiteral("no/such/folder/a.csv"))));
    EXPECT_TRUE(m_panel.statusText().startsWith(QStringLiteral("Could not write")));

    // Copy: the selected rows, tab-separated, in the table's order.
    EXPECT_FALSE(m_panel.copyButton()->isEnabled());
    auto *selection = m_panel.table()->selectionModel();
    selection->select(shown.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(shown.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_TRUE(m_panel.copyButton()->isEnabled());
    const QString text = m_panel.selectedRowsText();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].split(QLatin1Char('\t')).size(), M::ColumnCount);
    EXPECT_EQ(lines[0].split(QLatin1Char('\t'))[M::ChipColumn], QStringLiteral("23"));
    EXPECT_EQ(lines[1].split(QLatin1Char('\t'))[M::ChipColumn], QStringLiteral("21"));
    QApplication::clipboard()->clear();
    m_panel.table()->setFocus();
    QTest::keySequence(m_panel.table(), QKeySequence::Copy);
    EXPECT_EQ(QApplication::clipboard()->text(), text);
    QApplication::clipboard()->clear();
    QTest::mouseClick(m_panel.copyButton(), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), text);
    EXPECT_TRUE(m_panel.statusText().startsWith(QStringLiteral("Copied 2 row")));

    // Another chip enters the top: the chips still listed stay selected.
    m_tick.column(Metric::Temperature)[0] = 140;
    m_panel.setSnapshot(snapshotOf(m_inv, m_tick));
    EXPECT_EQ(shownChips(shown), (std::vector<uint32_t>{0, 23, 22, 21}));
    EXPECT_EQ(m_panel.selectedChips(), (std::vector<uint32_t>{23, 21}));

    // Double-click: the chip of the row.
    QSignalSpy activated(&m_panel, &ChipTablesPanel::chipActivated);
    const QRect rect = m_panel.table()->visualRect(shown.index(2, M::NodeColumn));
    // A view takes a double-click on the row the press went to.
    QTest::mouseClick(m_panel.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_panel.table()->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated[0][0].value<uint32_t>(), 22u);

    // SCB_SHOT_DIR=folder saves the panel for a look (a development aid).
    if (const QByteArray shots = qgetenv("SCB_SHOT_DIR"); !shots.isEmpty()) {
        EventCountsResult counts;
        counts.request = {m_tick.unixMs - 3'600'000, m_tick.unixMs, 1};
        counts.rows = {{22, 2, 1, 0, 0}, {0, 0, 0, 3, 1}};
        m_panel.setEventCounts(counts);
        m_panel.setLimit(20);
        QCoreApplication::processEvents();
        m_panel.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/chip-tables.png"));
    }
}

} // namespace
} // namespace scb
