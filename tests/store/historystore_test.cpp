#include "storetestdata.h"

#include "core/tickcodec.h"
#include "sources/fleetsimulator.h"
#include "store/historystore.h"

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <sys/resource.h>
#include <thread>

namespace scb {
namespace {

using test::makeInventory;
using test::makeTick;
using test::RawDb;
using test::Sample;
using test::TempDir;

constexpr int64_t kT0 = 1'700'000'000'000; // 2023-11-14, a plausible "now"

std::unique_ptr<HistoryStore>
openStore(const std::string &path, const StoreOptions &options = {}, bool readOnly = false)
{
    auto store = HistoryStore::open(path, options, readOnly);
    EXPECT_TRUE(store.ok()) << store.error();
    return store.ok() ? std::move(*store) : nullptr;
}

// A tiny tick with chosen values: every online chip of the tick has `util`
// and `power`, which makes each aggregate field predictable.
FleetTick flatTick(const Inventory &inv, int64_t unixMs, int32_t util, int32_t power)
{
    FleetTick tick;
    tick.unixMs = unixMs;
    tick.inventoryVersion = inv.version;
    tick.resize(inv.chipCount(), 0);
    for (uint32_t i = 0; i < inv.chipCount(); ++i) {
        tick.column(Metric::State)[i] = ChipState::Online;
        tick.column(Metric::Utilization)[i] = util;
        tick.column(Metric::Power)[i] = power;
        tick.column(Metric::Temperature)[i] = 40;
        tick.column(Metric::MemoryUsed)[i] = 1024;
    }
    return tick;
}

std::vector<Sample>
fleetSamples(const std::vector<FleetAggregates> &stored, int scope, AggregateField field)
{
    std::vector<Sample> samples;
    for (const FleetAggregates &a : stored) {
        const GroupAggregate &g = scope == kFleetScope ? a.fleet : a.centers[scope];
        if (auto v = test::fieldValue(g, field))
            samples.push_back({a.unixMs, *v});
    }
    return samples;
}

std::vector<Sample> chipSamples(const std::vector<FleetTick> &ticks, uint32_t chip, Metric m)
{
    std::vector<Sample> samples;
    for (const FleetTick &t : ticks) {
        const int32_t v = t.column(m)[chip];
        if (v != kNoData)
            samples.push_back({t.unixMs, double(v)});
    }
    return samples;
}

TEST(HistoryStore, StoreWriteReopenRead)
{
    TempDir dir;
    const std::string path = dir.file("history/store.db"); // the folder does not exist yet
    FleetSimulator simulator({.chips = 2'000, .centers = 3, .seed = 7});
    const auto inventory = simulator.inventory();
    ASSERT_TRUE(inventory);
    const InventoryIndex index = InventoryIndex::build(*inventory);

    std::vector<FleetTick> ticks;
    std::vector<FleetAggregates> aggregates;
    {
        auto store = openStore(path);
        ASSERT_TRUE(store);
        EXPECT_EQ(store->lastTickMs(), 0);
        EXPECT_FALSE(store->latestTick());
        EXPECT_FALSE(store->loadInventory());
        ASSERT_TRUE(store->saveInventory(*inventory).ok());
        for (int i = 0; i < 60; ++i) {
            FleetTick tick;
            simulator.sample(kT0 + i * 1000LL, tick);
            ASSERT_EQ(tick.chipCount(), inventory->chipCount());
            aggregates.push_back(computeAggregates(*inventory, index, tick));
            const Status s = store->append(tick, aggregates.back());
            ASSERT_TRUE(s.ok()) << s.message();
            ticks.push_back(std::move(tick));
        }
    }

    for (const bool readOnly : {false, true}) {
        SCOPED_TRACE(readOnly ? "read-only" : "read-write");
        auto store = openStore(path, {}, readOnly);
        ASSERT_TRUE(store);
        EXPECT_EQ(store->readOnly(), readOnly);
        EXPECT_EQ(store->schemaVersion(), HistoryStore::kSchemaVersion);

        const auto loaded = store->loadInventory();
        ASSERT_TRUE(loaded) << store->lastError();
        EXPECT_EQ(*loaded, *inventory);
        ASSERT_TRUE(store->loadInventory(inventory->version));
        EXPECT_FALSE(store->loadInventory(inventory->version + 1));

        EXPECT_EQ(store->lastTickMs(), ticks.back().unixMs);
        const auto latest = store->latestTick();
        ASSERT_TRUE(latest) << store->lastError();
        EXPECT_EQ(*latest, ticks.back());

        const int64_t from = ticks.front().unixMs;
        const int64_t to = ticks.back().unixMs;
        for (int scope = kFleetScope; scope < int(inventory->centers.size()); ++scope) {
            for (AggregateField field : test::kAllFields) {
                auto points = store->queryAggregate(scope, field, from, to, 1000);
                ASSERT_TRUE(points.ok()) << points.error();
                const auto samples = fleetSamples(aggregates, scope, field);
                ASSERT_FALSE(samples.empty());
                test::expectSameSeries(*points, test::referenceDownsample(samples, from, to, 1000),
                                       "scope " + std::to_string(scope) + " field " +
                                           std::to_string(int(field)));
            }
        }
        for (uint32_t chip : {0u, 1u, 999u, inventory->chipCount() - 1}) {
            for (Metric m : kAllMetrics) {
                auto points = store->queryChip(chip, m, from, to, 1000);
                ASSERT_TRUE(points.ok()) << points.error();
                const auto samples = chipSamples(ticks, chip, m);
                test::expectSameSeries(*points, test::referenceDownsample(samples, from, to, 1000),
                                       "chip " + std::to_string(chip) + " metric " +
                                           std::string(metricKey(m)));
            }
        }
        // Downsampled to fewer points than samples, both paths still agree
        // with the plain reference.
        for (int maxPoints : {3, 7, 13, 59}) {
            auto agg = store->queryAggregate(kFleetScope, AggregateField::PowerWatts, from + 500,
                                             to, maxPoints);
            ASSERT_TRUE(agg.ok()) << agg.error();
            test::expectSameSeries(
                *agg,
                test::referenceDownsample(
                    fleetSamples(aggregates, kFleetScope, AggregateField::PowerWatts), from + 500,
                    to, maxPoints),
                "fleet power, maxPoints " + std::to_string(maxPoints));
            auto chip = store->queryChip(5, Metric::Utilization, from, to - 1, maxPoints);
            ASSERT_TRUE(chip.ok()) << chip.error();
            test::expectSameSeries(
                *chip,
                test::referenceDownsample(chipSamples(ticks, 5, Metric::Utilization), from, to - 1,
                                          maxPoints),
                "chip 5, maxPoints " + std::to_string(maxPoints));
        }
        EXPECT_EQ(store->corruptRecords(), 0u);
    }
}

TEST(HistoryStore, DownsamplingKeepsSpikes)
{
    TempDir dir;
    auto store = openStore(dir.file("spikes.db"));
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(16, 2);
    constexpr int kSamples = 10'000;
    constexpr int kSpikeAt = 6'789;
    constexpr int kDipAt = 1'234;
    constexpr int32_t kSpikeWatts = 4'900;
    constexpr int32_t kDipWatts = 1;
    std::vector<int64_t> times;
    // Four ticks a second keep the 100 buckets under half a minute wide: this
    // test is about the per-tick series (RollupsAgreeWithPerTickSeries covers
    // the rollups).
    for (int i = 0; i < kSamples; ++i) {
        const int64_t t = kT0 + i * 250LL;
        const int32_t watts = i == kSpikeAt ? kSpikeWatts : i == kDipAt ? kDipWatts : 300 + i % 7;
        const FleetTick tick = flatTick(inv, t, 50 + i % 3, watts);
        ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
        times.push_back(t);
    }
    const int64_t from = times.front();
    const int64_t to = times.back();
    const int64_t spikeMs = times[kSpikeAt];
    const int64_t dipMs = times[kDipAt];

    auto checkSeries = [&](const std::vector<SeriesPoint> &points, double spike, double dip,
                           double perChip) {
        ASSERT_LE(points.size(), 100u);
        ASSERT_GE(points.size(), 90u);
        const int64_t width = (to - from) / 100 + 1;
        bool sawSpike = false;
        bool sawDip = false;
        for (size_t i = 0; i < points.size(); ++i) {
            const SeriesPoint &p = points[i];
            EXPECT_LE(p.min, p.avg);
            EXPECT_LE(p.avg, p.max);
            if (i > 0) {
                EXPECT_GT(p.unixMs, points[i - 1].unixMs);
            }
            const bool holdsSpike = (p.unixMs - from) / width == (spikeMs - from) / width;
            const bool holdsDip = (p.unixMs - from) / width == (dipMs - from) / width;
            if (holdsSpike) {
                sawSpike = true;
                EXPECT_DOUBLE_EQ(p.max, spike);
            } else {
                EXPECT_LE(p.max, 306 * perChip);
            }
            if (holdsDip) {
                sawDip = true;
                EXPECT_DOUBLE_EQ(p.min, dip);
            } else {
                EXPECT_GE(p.min, 300 * perChip);
            }
        }
        EXPECT_TRUE(sawSpike);
        EXPECT_TRUE(sawDip);
    };

    // Fleet power is the sum over its 16 chips; each center has 8.
    auto fleet = store->queryAggregate(kFleetScope, AggregateField::PowerWatts, from, to, 100);
    ASSERT_TRUE(fleet.ok()) << fleet.error();
    checkSeries(*fleet, 16.0 * kSpikeWatts, 16.0 * kDipWatts, 16);
    auto center = store->queryAggregate(1, AggregateField::PowerWatts, from, to, 100);
    ASSERT_TRUE(center.ok()) << center.error();
    checkSeries(*center, 8.0 * kSpikeWatts, 8.0 * kDipWatts, 8);
    auto chip = store->queryChip(3, Metric::Power, from, to, 100);
    ASSERT_TRUE(chip.ok()) << chip.error();
    checkSeries(*chip, kSpikeWatts, kDipWatts, 1);

    // The bucket averages are those of the per-tick values.
    std::vector<Sample> samples;
    for (int i = 0; i < kSamples; ++i)
        samples.push_back({times[i], double(50 + i % 3)});
    auto util = store->queryAggregate(0, AggregateField::UtilizationMean, from, to, 100);
    ASSERT_TRUE(util.ok()) << util.error();
    test::expectSameSeries(*util, test::referenceDownsample(samples, from, to, 100),
                           "utilization mean");
}

TEST(HistoryStore, UtilizationSkipsTicksWithoutReports)
{
    TempDir dir;
    auto store = openStore(dir.file("util.db"));
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(8, 1);
    for (int i = 0; i < 10; ++i) {
        FleetTick tick = flatTick(inv, kT0 + i, 10 * i, 100);
        if (i % 2) // every chip offline: no utilization, power still counted as 0
            std::fill(tick.column(Metric::State).begin(), tick.column(Metric::State).end(), 0);
        ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
    }
    auto mean = store->queryAggregate(0, AggregateField::UtilizationMean, kT0, kT0 + 9, 100);
    ASSERT_TRUE(mean.ok()) << mean.error();
    ASSERT_EQ(mean->size(), 5u);
    for (size_t i = 0; i < mean->size(); ++i) {
        EXPECT_EQ((*mean)[i].unixMs, kT0 + 2 * int64_t(i));
        EXPECT_DOUBLE_EQ((*mean)[i].avg, 20.0 * i);
    }
    auto online = store->queryAggregate(0, AggregateField::ChipsOnline, kT0, kT0 + 9, 100);
    ASSERT_TRUE(online.ok());
    EXPECT_EQ(online->size(), 10u);
    // Bucketed: pairs (on, off) -> the offline tick is skipped, not averaged as 0.
    auto bucketed = store->queryAggregate(0, AggregateField::UtilizationMean, kT0, kT0 + 9, 2);
    ASSERT_TRUE(bucketed.ok());
    ASSERT_EQ(bucketed->size(), 2u);
    EXPECT_DOUBLE_EQ((*bucketed)[0].avg, (0 + 20 + 40) / 3.0);
    EXPECT_DOUBLE_EQ((*bucketed)[1].avg, (60 + 80) / 2.0);
}

TEST(HistoryStore, QueryArguments)
{
    TempDir dir;
    auto store = openStore(dir.file("args.db"));
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(8, 1);
    for (int i = 0; i < 5; ++i) {
        const FleetTick tick = flatTick(inv, kT0 + i * 10, 1 + i, 100 + i);
        ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
    }
    auto reversed =
        store->queryAggregate(kFleetScope, AggregateField::PowerWatts, kT0 + 1, kT0, 10);
    ASSERT_FALSE(reversed.ok());
    EXPECT_NE(reversed.error().find("ends before it starts"), std::string::npos)
        << reversed.error();
    EXPECT_FALSE(store->queryChip(0, Metric::Power, kT0 + 1, kT0, 10).ok());
    EXPECT_FALSE(store->queryChip(0, Metric::Power, -5, kT0, 10).ok());
    EXPECT_FALSE(store->queryChip(0, static_cast<Metric>(9), kT0, kT0 + 100, 10).ok());
    EXPECT_FALSE(
        store->queryAggregate(0, static_cast<AggregateField>(42), kT0, kT0 + 100, 10).ok());

    // maxPoints below 1 means 1; a huge range and a huge count are fine.
    for (int maxPoints : {0, -3, 1}) {
        auto one = store->queryAggregate(kFleetScope, AggregateField::PowerWatts, kT0, kT0 + 40,
                                         maxPoints);
        ASSERT_TRUE(one.ok());
        ASSERT_EQ(one->size(), 1u);
        EXPECT_EQ((*one)[0].unixMs, kT0);
        EXPECT_DOUBLE_EQ((*one)[0].min, 8 * 100);
        EXPECT_DOUBLE_EQ((*one)[0].max, 8 * 104);
        EXPECT_DOUBLE_EQ((*one)[0].avg, 8 * 102);
    }
    auto all = store->queryAggregate(kFleetScope, AggregateField::PowerWatts, 0,
                                     std::numeric_limits<int64_t>::max(), 1'000'000'000);
    ASSERT_TRUE(all.ok()) << all.error();
    EXPECT_EQ(all->size(), 5u);
    auto wide = store->queryChip(2, Metric::Utilization, 0, std::numeric_limits<int64_t>::max(), 1);
    ASSERT_TRUE(wide.ok()) << wide.error();
    ASSERT_EQ(wide->size(), 1u);
    EXPECT_DOUBLE_EQ((*wide)[0].avg, 3);
    auto empty = store->queryAggregate(7, AggregateField::PowerWatts, kT0, kT0 + 40, 10);
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->empty());
    auto noChip = store->queryChip(8, Metric::Power, kT0, kT0 + 40, 10);
    ASSERT_TRUE(noChip.ok());
    EXPECT_TRUE(noChip->empty());
}

TEST(HistoryStore, RefusesOutOfOrderTicks)
{
    TempDir dir;
    const std::string path = dir.file("order.db");
    auto store = openStore(path);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(64, 2);
    const FleetTick first = makeTick(inv, kT0 + 2000);
    ASSERT_TRUE(store->append(first, test::aggregatesOf(inv, first)).ok());

    RawDb raw(path);
    auto counts = [&] {
        return std::pair(raw.scalar("SELECT count(*) FROM hot_tick"),
                         raw.scalar("SELECT count(*) FROM aggregate"));
    };
    const auto before = counts();
    EXPECT_EQ(before, std::pair(int64_t(1), int64_t(3)));

    for (int64_t t : {kT0 + 2000, kT0 + 1999, kT0}) {
        const FleetTick tick = makeTick(inv, t, 2);
        const Status s = store->append(tick, test::aggregatesOf(inv, tick));
        ASSERT_FALSE(s.ok()) << t;
        EXPECT_NE(s.message().find("append tick " + std::to_string(t)), std::string::npos)
            << s.message();
        EXPECT_NE(s.message().find("not newer"), std::string::npos) << s.message();
        EXPECT_EQ(counts(), before);
    }
    for (int64_t t : {int64_t(0), int64_t(-5)}) {
        const FleetTick tick = makeTick(inv, t, 2);
        const Status s = store->append(tick, test::aggregatesOf(inv, tick));
        ASSERT_FALSE(s.ok()) << t;
        EXPECT_NE(s.message().find("after 1970"), std::string::npos) << s.message();
    }
    // Aggregates of another instant are refused too.
    FleetTick next = makeTick(inv, kT0 + 3000);
    FleetAggregates wrong = test::aggregatesOf(inv, next);
    wrong.unixMs += 1;
    EXPECT_FALSE(store->append(next, wrong).ok());
    // So is a torn tick.
    FleetTick torn = next;
    torn.column(Metric::Power).pop_back();
    EXPECT_FALSE(store->append(torn, test::aggregatesOf(inv, next)).ok());
    EXPECT_EQ(counts(), before);

    EXPECT_EQ(store->lastTickMs(), kT0 + 2000);
    EXPECT_EQ(*store->latestTick(), first);
    ASSERT_TRUE(store->append(next, test::aggregatesOf(inv, next)).ok());
    EXPECT_EQ(store->lastTickMs(), kT0 + 3000);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
}

TEST(HistoryStore, RetentionDeletesOnlyWhatIsOlderThanEachTier)
{
    TempDir dir;
    const std::string path = dir.file("retention.db");
    StoreOptions options;
    options.chipRetentionMs = 10'000;
    options.chip1mRetentionMs = 20'000;
    options.aggregateRetentionMs = 100'000;
    auto store = openStore(path, options);
    ASSERT_TRUE(store);
    const Inventory old = makeInventory(32, 3, 1);
    const Inventory current = makeInventory(40, 3, 2);
    ASSERT_TRUE(store->saveInventory(old).ok());
    for (int i = 0; i < 200; ++i) {
        const Inventory &inv = i < 150 ? old : current;
        if (i == 150) {
            ASSERT_TRUE(store->saveInventory(current).ok());
        }
        const FleetTick tick = makeTick(inv, kT0 + i * 1000LL);
        ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
    }
    const int64_t last = kT0 + 199'000;
    RawDb raw(path);
    // The hot log is history not yet compacted: retention leaves it alone,
    // and it still refers to both inventories.
    ASSERT_TRUE(store->enforceRetention(last + 3'600'000).ok());
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM hot_tick"), 200);
    EXPECT_TRUE(store->loadInventory(1));

    // The inventory change closes the first segment; the second stays open.
    while (true) {
        auto did = store->compactStep();
        ASSERT_TRUE(did.ok()) << did.error();
        if (!*did)
            break;
    }
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM segment"), 1);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM hot_tick"), 50);
    while (true) {
        auto did = store->compactStep(true);
        ASSERT_TRUE(did.ok()) << did.error();
        if (!*did)
            break;
    }
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM segment"), 2);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM hot_tick"), 0);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM chip_raw"), 32 + 40);

    // A segment's samples go once the whole segment (at most kSegmentMs long)
    // is older than the cutoff: the first one starts at kT0, the second at kT0 + 150 s.
    const int64_t now = kT0 + HistoryStore::kSegmentMs + options.chipRetentionMs;
    ASSERT_TRUE(store->enforceRetention(now).ok());
    EXPECT_EQ(raw.scalar("SELECT min(start_ms) FROM chip_raw"), kT0 + 150'000);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM chip_1m"), 32 + 40);
    for (int scope : {-1, 0, 1, 2}) {
        const std::string where = " FROM aggregate WHERE scope = " + std::to_string(scope);
        EXPECT_EQ(raw.scalar("SELECT count(*)" + where), 0) << scope;
    }
    // The first segment's minutes still answer for it.
    auto early = store->queryChip(3, Metric::Power, kT0, kT0 + 149'000, 1000);
    ASSERT_TRUE(early.ok()) << early.error();
    EXPECT_EQ(early->size(), 3u); // the minutes of kT0 .. kT0 + 149 s
    EXPECT_TRUE(store->loadInventory(1));

    // Once its minutes go too, the segment and its inventory go.
    ASSERT_TRUE(store->enforceRetention(kT0 + HistoryStore::kSegmentMs + 20'000).ok());
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM segment"), 1);
    EXPECT_FALSE(store->loadInventory(1));
    auto newest = store->loadInventory();
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->version, 2u);
    EXPECT_EQ(store->lastTickMs(), last);

    // Far in the future everything per-chip goes but the hourly rollups
    // (kept 30 days), and the newest inventory.
    ASSERT_TRUE(store->enforceRetention(last + 3'600'000).ok());
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM chip_raw"), 0);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM chip_1m"), 0);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM segment"), 0);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM chip_1h"), 40);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM inventory"), 1);
    auto hours = store->queryChip(39, Metric::Temperature, kT0, last, 1);
    ASSERT_TRUE(hours.ok()) << hours.error();
    EXPECT_EQ(hours->size(), 1u);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
}

TEST(HistoryStore, ReaderReadsWhileWriterAppends)
{
    TempDir dir;
    const std::string path = dir.file("concurrent.db");
    const Inventory inv = makeInventory(512, 4);
    auto writer = openStore(path);
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->saveInventory(inv).ok());
    const FleetTick first = makeTick(inv, kT0);
    ASSERT_TRUE(writer->append(first, test::aggregatesOf(inv, first)).ok());

    auto reader = openStore(path, {}, true);
    ASSERT_TRUE(reader);
    // A reader cannot write.
    const FleetTick refused = makeTick(inv, kT0 + 1);
    EXPECT_FALSE(reader->append(refused, test::aggregatesOf(inv, refused)).ok());
    EXPECT_FALSE(reader->saveInventory(inv).ok());
    EXPECT_FALSE(reader->enforceRetention(kT0).ok());

    constexpr int kTicks = 300;
    std::atomic<bool> done{false};
    std::string writerError;
    std::thread writerThread([&] {
        for (int i = 1; i <= kTicks; ++i) {
            const FleetTick tick = makeTick(inv, kT0 + i * 1000LL);
            const Status s = writer->append(tick, test::aggregatesOf(inv, tick));
            if (!s.ok()) {
                writerError = s.message();
                break;
            }
        }
        done = true;
    });

    int64_t previous = 0;
    int reads = 0;
    bool failed = false;
    while (!failed && (!done || reads == 0)) {
        const int64_t last = reader->lastTickMs();
        failed |= last < previous;
        previous = last;
        const auto latest = reader->latestTick();
        failed |= !latest || latest->unixMs < last || latest->chipCount() != inv.chipCount();
        auto points = reader->queryAggregate(kFleetScope, AggregateField::ChipsOnline, kT0,
                                             kT0 + kTicks * 1000LL, 100'000);
        failed |= !points.ok() || points->empty() || points->back().unixMs < last;
        ++reads;
    }
    writerThread.join();
    EXPECT_FALSE(failed) << reader->lastError();
    EXPECT_TRUE(writerError.empty()) << writerError;
    EXPECT_GT(reads, 0);
    EXPECT_EQ(reader->lastTickMs(), kT0 + kTicks * 1000LL);
    auto all =
        reader->queryAggregate(2, AggregateField::PowerWatts, kT0, kT0 + kTicks * 1000LL, 100'000);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), size_t(kTicks) + 1);
    auto loaded = reader->loadInventory();
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, inv);
}

TEST(HistoryStore, CorruptRecordsAreSkippedNotFatal)
{
    TempDir dir;
    const std::string path = dir.file("corrupt.db");
    const Inventory inv = makeInventory(64, 2);
    {
        auto store = openStore(path);
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->saveInventory(inv).ok());
        for (int i = 0; i < 5; ++i) {
            const FleetTick tick = makeTick(inv, kT0 + i * 1000LL);
            ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
        }
    }
    {
        RawDb raw(path);
        raw.setBlob("inventory", "data", "version = 1", std::string("\x00garbage\xff", 9));
        // The hot log's rows: id = unix_ms * 1024 + chunk.
        raw.setBlob("hot_chunk", "data", "id = " + std::to_string((kT0 + 4000) * 1024),
                    "definitely not a tick");
        raw.setBlob("hot_chunk", "data", "id = " + std::to_string((kT0 + 2000) * 1024), "");
    }
    auto store = openStore(path);
    ASSERT_TRUE(store);
    EXPECT_FALSE(store->loadInventory());
    EXPECT_EQ(store->corruptRecords(), 1u);
    EXPECT_NE(store->lastError().find("inventory"), std::string::npos) << store->lastError();
    EXPECT_FALSE(store->latestTick());
    EXPECT_EQ(store->corruptRecords(), 2u);

    auto points = store->queryChip(0, Metric::Temperature, kT0, kT0 + 4000, 100);
    ASSERT_TRUE(points.ok()) << points.error();
    std::vector<int64_t> times;
    for (const SeriesPoint &p : *points)
        times.push_back(p.unixMs);
    const FleetTick t0 = makeTick(inv, kT0);
    if (t0.column(Metric::Temperature)[0] != kNoData) {
        EXPECT_EQ(times.front(), kT0);
    }
    EXPECT_EQ(std::count(times.begin(), times.end(), kT0 + 2000), 0);
    EXPECT_EQ(std::count(times.begin(), times.end(), kT0 + 4000), 0);
    EXPECT_EQ(store->corruptRecords(), 4u);

    // A truncated but otherwise genuine record is refused as well.
    {
        RawDb raw(path);
        const std::string whole = [&] {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(raw.handle(), "SELECT data FROM hot_chunk WHERE id = ?1", -1, &stmt,
                               nullptr);
            sqlite3_bind_int64(stmt, 1, (kT0 + 3000) * 1024);
            std::string bytes;
            if (sqlite3_step(stmt) == SQLITE_ROW)
                bytes.assign(static_cast<const char *>(sqlite3_column_blob(stmt, 0)),
                             sqlite3_column_bytes(stmt, 0));
            sqlite3_finalize(stmt);
            return bytes;
        }();
        ASSERT_GT(whole.size(), 10u);
        raw.setBlob("hot_chunk", "data", "id = " + std::to_string((kT0 + 3000) * 1024),
                    whole.substr(0, whole.size() / 2));
    }
    auto again = store->queryChip(0, Metric::State, kT0, kT0 + 4000, 100);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->size(), 2u);
    // The aggregates are intact and the store still takes new ticks.
    const FleetTick next = makeTick(inv, kT0 + 5000);
    EXPECT_TRUE(store->append(next, test::aggregatesOf(inv, next)).ok());
    EXPECT_EQ(store->latestTick(), next);
}

TEST(HistoryStore, LockedDatabaseIsAnErrorNotAHang)
{
    TempDir dir;
    const std::string path = dir.file("locked.db");
    StoreOptions options;
    options.busyTimeoutMs = 50;
    auto store = openStore(path, options);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(64, 2);
    const FleetTick tick = makeTick(inv, kT0);
    {
        RawDb other(path);
        other.exec("BEGIN IMMEDIATE");
        const Status s = store->append(tick, test::aggregatesOf(inv, tick));
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.message(), "append tick " + std::to_string(kT0) + ": database is locked");
        const Status r = store->enforceRetention(kT0);
        EXPECT_FALSE(r.ok());
        other.exec("ROLLBACK");
    }
    EXPECT_EQ(store->lastTickMs(), 0);
    EXPECT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
    EXPECT_EQ(store->lastTickMs(), kT0);
}

TEST(HistoryStore, FullDiskFailsTheTickAndLosesNothingElse)
{
    TempDir dir;
    const std::string path = dir.file("full.db");
    const Inventory inv = makeInventory(20'000, 2);
    const FleetTick small = makeTick(inv, kT0);
    {
        auto store = openStore(path);
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->append(small, test::aggregatesOf(inv, small)).ok());

        // Random values barely compress: this tick needs far more room than is left.
        FleetTick big = makeTick(inv, kT0 + 1000, 99);
        ASSERT_GT(encodeTick(big).size(), 40'000u);

        uintmax_t largest = 0;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            std::error_code ec;
            largest =
                std::max<uintmax_t>(largest, std::filesystem::file_size(path + suffix, ec) * !ec);
        }
        // Writes past the limit fail with EFBIG, as they would on a full disk.
        struct sigaction ignore = {}, previousAction = {};
        ignore.sa_handler = SIG_IGN;
        sigaction(SIGXFSZ, &ignore, &previousAction);
        rlimit previousLimit = {};
        getrlimit(RLIMIT_FSIZE, &previousLimit);
        rlimit limit = previousLimit;
        limit.rlim_cur = largest + 8192;
        ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
        const Status s = store->append(big, test::aggregatesOf(inv, big));
        setrlimit(RLIMIT_FSIZE, &previousLimit);
        sigaction(SIGXFSZ, &previousAction, nullptr);

        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.message().rfind("append tick " + std::to_string(kT0 + 1000) + ": ", 0), 0u)
            << s.message();
        EXPECT_EQ(store->lastTickMs(), kT0);
    }
    auto store = openStore(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->lastTickMs(), kT0);
    EXPECT_EQ(store->latestTick(), small);
    RawDb raw(path);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate"), 3);
    const FleetTick next = makeTick(inv, kT0 + 1000, 99);
    EXPECT_TRUE(store->append(next, test::aggregatesOf(inv, next)).ok());
}

// The first hour edge after kT0: rollup buckets line up with ranges from here.
constexpr int64_t kHour0 = kT0 - kT0 % 3'600'000 + 3'600'000;

// makeTick's values, with every chip offline now and then (no utilization).
FleetTick variedTick(const Inventory &inv, int64_t unixMs, int i)
{
    FleetTick tick = makeTick(inv, unixMs, 3);
    if (i % 97 == 5 || i % 3600 == 0) {
        std::fill(tick.column(Metric::State).begin(), tick.column(Metric::State).end(), 0);
    }
    return tick;
}

TEST(HistoryStore, RollupsAgreeWithPerTickSeries)
{
    TempDir dir;
    const std::string path = dir.file("rollup.db");
    auto store = openStore(path);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(16, 2);
    // Three hours at 1 Hz, from an hour edge.
    constexpr int kTicks = 3 * 3600;
    std::vector<FleetAggregates> stored;
    for (int i = 0; i < kTicks; ++i) {
        const FleetTick tick = variedTick(inv, kHour0 + i * 1000LL, i);
        stored.push_back(test::aggregatesOf(inv, tick));
        ASSERT_TRUE(store->append(tick, stored.back()).ok());
    }
    {
        RawDb raw(path);
        EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate_1m"), 3 * 180);
        EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate_1h"), 3 * 3);
        EXPECT_EQ(raw.scalar("SELECT sum(samples) FROM aggregate_1h WHERE scope = -1"), kTicks);
        EXPECT_EQ(raw.scalar("SELECT sum(samples) FROM aggregate_1m WHERE scope = 1"), kTicks);
    }

    const int64_t to = kHour0 + kTicks * 1000LL - 1;
    struct Range
    {
        int64_t fromMs;
        int maxPoints; // chosen so that buckets are whole minutes or hours
    };
    const Range ranges[] = {
        {kHour0, 3},             // 1 h buckets: the 1-hour tier
        {kHour0 + 3'600'000, 2}, // the same, from the second hour
        {kHour0, 36},            // 5 min: the 1-minute tier
        {kHour0, 180},           // 1 min
        {kHour0 + 600'000, 10},  // 17 min: 1-minute tier
        {kHour0, 1000},          // 10.8 s: per tick
    };
    for (int scope = kFleetScope; scope < 2; ++scope) {
        for (AggregateField field : test::kAllFields) {
            const auto samples = fleetSamples(stored, scope, field);
            for (const Range &r : ranges) {
                const std::string what = "scope " + std::to_string(scope) + " field " +
                                         std::to_string(int(field)) + " from " +
                                         std::to_string(r.fromMs - kHour0) + " points " +
                                         std::to_string(r.maxPoints);
                auto points = store->queryAggregate(scope, field, r.fromMs, to, r.maxPoints);
                ASSERT_TRUE(points.ok()) << points.error();
                test::expectSameSeries(
                    *points, test::referenceDownsample(samples, r.fromMs, to, r.maxPoints), what);
            }
        }
    }

    // The wide queries really read the rollups: a value changed there shows.
    {
        RawDb raw(path);
        raw.exec("UPDATE aggregate_1h SET power_watts_max = 123456789 WHERE scope = 0 AND "
                 "bucket_unix_ms = " +
                 std::to_string(kHour0 + 3'600'000));
        raw.exec("UPDATE aggregate_1m SET power_watts_min = -7 WHERE scope = 0 AND "
                 "bucket_unix_ms = " +
                 std::to_string(kHour0 + 120'000));
    }
    auto hours = store->queryAggregate(0, AggregateField::PowerWatts, kHour0, to, 3);
    ASSERT_TRUE(hours.ok()) << hours.error();
    ASSERT_EQ(hours->size(), 3u);
    EXPECT_EQ((*hours)[1].max, 123456789);
    auto minutes = store->queryAggregate(0, AggregateField::PowerWatts, kHour0, to, 180);
    ASSERT_TRUE(minutes.ok()) << minutes.error();
    ASSERT_EQ(minutes->size(), 180u);
    EXPECT_EQ((*minutes)[2].min, -7);
    auto ticks = store->queryAggregate(0, AggregateField::PowerWatts, kHour0, to, 1000);
    ASSERT_TRUE(ticks.ok()) << ticks.error();
    for (const SeriesPoint &p : *ticks) {
        EXPECT_GE(p.min, 0);
        EXPECT_LT(p.max, 123456789);
    }
}

TEST(HistoryStore, RollupsKeepSpikesOnUnalignedRanges)
{
    TempDir dir;
    auto store = openStore(dir.file("unaligned.db"));
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(8, 1);
    constexpr int kTicks = 2 * 3600;
    constexpr int kSpikeAt = 4'321;
    for (int i = 0; i < kTicks; ++i) {
        const int32_t watts = i == kSpikeAt ? 5'000 : 300 + i % 11;
        const FleetTick tick = flatTick(inv, kT0 + i * 1000LL, 40, watts);
        ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
    }
    const int64_t to = kT0 + (kTicks - 1) * 1000LL;
    for (int maxPoints : {1, 7, 50, 101}) {
        SCOPED_TRACE(maxPoints);
        // Starts mid-minute: the rollup rows do not line up with the buckets.
        const int64_t from = kT0 + 12'345;
        auto points = store->queryAggregate(0, AggregateField::PowerWatts, from, to, maxPoints);
        ASSERT_TRUE(points.ok()) << points.error();
        ASSERT_FALSE(points->empty());
        ASSERT_LE(points->size(), size_t(maxPoints));
        double highest = 0;
        double lowest = 1e18;
        for (size_t i = 0; i < points->size(); ++i) {
            const SeriesPoint &p = (*points)[i];
            EXPECT_GE(p.unixMs, from);
            EXPECT_LE(p.unixMs, to);
            if (i > 0) {
                EXPECT_GT(p.unixMs, (*points)[i - 1].unixMs);
            }
            EXPECT_LE(p.min, p.avg);
            EXPECT_LE(p.avg, p.max);
            highest = std::max(highest, p.max);
            lowest = std::min(lowest, p.min);
        }
        EXPECT_EQ(highest, 8 * 5'000);
        EXPECT_EQ(lowest, 8 * 300);
    }
}

TEST(HistoryStore, RollupsKeepTheirOwnRetention)
{
    TempDir dir;
    const std::string path = dir.file("rollup-retention.db");
    StoreOptions options;
    options.chipRetentionMs = 60'000;
    options.aggregateRetentionMs = 5 * 60'000;
    options.rollup1mRetentionMs = 40 * 60'000;
    options.rollup1hRetentionMs = 2 * 3'600'000;
    auto store = openStore(path, options);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(8, 2);
    // Five hours, a tick every 10 s, from an hour edge + 7 s.
    constexpr int kTicks = 5 * 360;
    for (int i = 0; i < kTicks; ++i) {
        const FleetTick tick = flatTick(inv, kHour0 + 7'000 + i * 10'000LL, 30 + i % 50, 200);
        ASSERT_TRUE(store->append(tick, test::aggregatesOf(inv, tick)).ok());
    }
    const int64_t now = kHour0 + 7'000 + (kTicks - 1) * 10'000LL;
    ASSERT_TRUE(store->enforceRetention(now).ok());

    // A rollup row goes once its whole bucket is older than its tier's cutoff.
    const int64_t minuteCutoff = now - 40 * 60'000;
    const int64_t hourCutoff = now - 2 * 3'600'000;
    RawDb raw(path);
    for (int scope : {-1, 0, 1}) {
        SCOPED_TRACE(scope);
        const std::string where = " WHERE scope = " + std::to_string(scope);
        // now - 5 min is a tick time: that tick stays.
        EXPECT_EQ(raw.scalar("SELECT min(unix_ms) FROM aggregate" + where), now - 5 * 60'000);
        EXPECT_EQ(raw.scalar("SELECT min(bucket_unix_ms) FROM aggregate_1m" + where),
                  minuteCutoff - minuteCutoff % 60'000);
        EXPECT_EQ(raw.scalar("SELECT min(bucket_unix_ms) FROM aggregate_1h" + where),
                  hourCutoff - hourCutoff % 3'600'000);
        EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate_1h" + where), 3);
        EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate_1m" + where), 41);
    }

    // Beyond the per-tick retention, wide buckets still come from the rollups,
    // even where the per-tick rows left would fit as points.
    auto old = store->queryAggregate(0, AggregateField::UtilizationMean, kHour0, now, 100);
    ASSERT_TRUE(old.ok()) << old.error();
    ASSERT_FALSE(old->empty());
    EXPECT_LT(old->front().unixMs, now - 30 * 60'000);
    EXPECT_GE(old->front().unixMs, minuteCutoff - minuteCutoff % 60'000);
    auto hours = store->queryAggregate(kFleetScope, AggregateField::PowerWatts, kHour0, now, 4);
    ASSERT_TRUE(hours.ok()) << hours.error();
    ASSERT_EQ(hours->size(), 3u);
    for (const SeriesPoint &p : *hours) {
        EXPECT_DOUBLE_EQ(p.min, 8 * 200);
        EXPECT_DOUBLE_EQ(p.avg, 8 * 200);
        EXPECT_DOUBLE_EQ(p.max, 8 * 200);
    }
    EXPECT_EQ(hours->front().unixMs, kHour0 + 7'207'000); // first tick of the third hour
    // Within the per-tick retention, few samples are still one point each.
    auto recent = store->queryAggregate(0, AggregateField::PowerWatts, now - 4 * 60'000, now, 100);
    ASSERT_TRUE(recent.ok());
    EXPECT_EQ(recent->size(), 25u);

    ASSERT_TRUE(store->enforceRetention(now + 3 * 3'600'000).ok());
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate_1m"), 0);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate_1h"), 0);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
}

} // namespace
} // namespace scb
