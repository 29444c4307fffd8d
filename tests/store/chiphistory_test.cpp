// Per-chip history (schema 3): the hot log, its compaction into segments,
// the rollup tiers, retention and the disk budget, each checked against a
// plain per-tick reference.

#include "storetestdata.h"

#include "store/historystore.h"

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <map>
#include <thread>

namespace scb {
namespace {

using test::makeInventory;
using test::makeTick;
using test::RawDb;
using test::Sample;
using test::TempDir;

constexpr int64_t kT0 = 1'700'000'000'000; // 200 s into a 10-minute window
constexpr int64_t kSecondMs = 1'000;
constexpr int64_t kMinuteMs = 60'000;
constexpr int64_t kHourMs = 3'600'000;
constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kSegmentMs = HistoryStore::kSegmentMs;
constexpr int64_t kDay1 = kT0 - kT0 % kDayMs + kDayMs; // the UTC midnight after kT0
static_assert(kT0 % kSegmentMs != 0);

std::unique_ptr<HistoryStore>
openStore(const std::string &path, const StoreOptions &options = {}, bool readOnly = false)
{
    auto store = HistoryStore::open(path, options, readOnly);
    EXPECT_TRUE(store.ok()) << store.error();
    return store.ok() ? std::move(*store) : nullptr;
}

// Compacts until nothing is left to do; returns the steps that did something.
int compactAll(HistoryStore &store, bool all)
{
    int steps = 0;
    for (;;) {
        auto did = store.compactStep(all);
        EXPECT_TRUE(did.ok()) << did.error();
        if (!did.ok() || !*did)
            return steps;
        ++steps;
    }
}

// Appends ticks and keeps every value of the chips it watches, for the
// reference answers.
class Recorder
{
public:
    Recorder(HistoryStore &store, std::vector<uint32_t> watched)
        : m_store(store)
        , m_watched(std::move(watched))
    {
    }

    ::testing::AssertionResult append(const Inventory &inv, const FleetTick &tick)
    {
        auto &index = m_indexes[inv.version];
        if (index.first != &inv) {
            index.first = &inv;
            index.second = InventoryIndex::build(inv);
        }
        const Status s = m_store.append(tick, computeAggregates(inv, index.second, tick));
        if (!s.ok())
            return ::testing::AssertionFailure() << s.message();
        for (uint32_t chip : m_watched) {
            if (chip >= tick.chipCount())
                continue;
            for (int m = 0; m < kMetricCount; ++m) {
                const int32_t v = tick.columns[m][chip];
                if (v != kNoData)
                    m_samples[chip][m].push_back({tick.unixMs, double(v)});
            }
        }
        m_last = tick;
        return ::testing::AssertionSuccess();
    }

    const std::vector<Sample> &samples(uint32_t chip, Metric m) const
    {
        static const std::vector<Sample> none;
        auto it = m_samples.find(chip);
        return it == m_samples.end() ? none : it->second[static_cast<int>(m)];
    }
    const FleetTick &last() const { return m_last; }
    const std::vector<uint32_t> &watched() const { return m_watched; }

private:
    HistoryStore &m_store;
    std::vector<uint32_t> m_watched;
    std::map<uint64_t, std::pair<const Inventory *, InventoryIndex>> m_indexes;
    std::map<uint32_t, std::array<std::vector<Sample>, kMetricCount>> m_samples;
    FleetTick m_last;
};

std::string describe(uint32_t chip, Metric m, int64_t fromMs, int64_t toMs, int maxPoints)
{
    return "chip " + std::to_string(chip) + " " + std::string(metricKey(m)) + " [" +
           std::to_string(fromMs) + ", " + std::to_string(toMs) + "] in " +
           std::to_string(maxPoints);
}

// Like test::expectSameSeries, but for points computed from rollups of
// tierMs: a point's time may be the first tick of its rollup row rather than
// the chip's first sample (see RollupPointsAreAtTheChipsFirstSample), though
// never later and never in another row. tierMs 0: exactly.
void expectSameSeries(const std::vector<SeriesPoint> &actual,
                      const std::vector<SeriesPoint> &expected,
                      const std::string &what,
                      int64_t tierMs)
{
    if (tierMs == 0) {
        test::expectSameSeries(actual, expected, what);
        return;
    }
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (size_t i = 0; i < actual.size(); ++i) {
        EXPECT_LE(actual[i].unixMs, expected[i].unixMs) << what << " point " << i;
        EXPECT_EQ(actual[i].unixMs / tierMs, expected[i].unixMs / tierMs) << what << " point " << i;
        EXPECT_DOUBLE_EQ(actual[i].min, expected[i].min) << what << " point " << i;
        EXPECT_NEAR(actual[i].avg, expected[i].avg, 1e-9 * (1 + std::abs(expected[i].avg)))
            << what << " point " << i;
        EXPECT_DOUBLE_EQ(actual[i].max, expected[i].max) << what << " point " << i;
    }
}

// queryChip equals the reference downsampling of the recorded samples (point
// times up to tierMs, see above).
void expectChip(HistoryStore &store,
                const Recorder &recorder,
                uint32_t chip,
                Metric m,
                int64_t fromMs,
                int64_t toMs,
                int maxPoints,
                const std::string &when,
                int64_t tierMs = 0)
{
    const std::string what = when + ": " + describe(chip, m, fromMs, toMs, maxPoints);
    auto got = store.queryChip(chip, m, fromMs, toMs, maxPoints);
    ASSERT_TRUE(got.ok()) << what << ": " << got.error();
    expectSameSeries(*got,
                     test::referenceDownsample(recorder.samples(chip, m), fromMs, toMs, maxPoints),
                     what, tierMs);
}

// Points the rollups can give: min <= avg <= max, inside the metric's limits.
void expectPlausible(const std::vector<SeriesPoint> &points, Metric m, const std::string &what)
{
    const MetricLimits limits = metricLimits(m);
    for (size_t i = 0; i < points.size(); ++i) {
        const SeriesPoint &p = points[i];
        EXPECT_LE(p.min, p.avg) << what << " point " << i;
        EXPECT_LE(p.avg, p.max) << what << " point " << i;
        EXPECT_GE(p.min, limits.min) << what << " point " << i;
        EXPECT_LE(p.max, limits.max) << what << " point " << i;
    }
}

int64_t count(RawDb &db, const std::string &table, const std::string &where = "1")
{
    return db.scalar("SELECT count(*) FROM " + table + " WHERE " + where);
}

TEST(ChipHistory, CompactionIsInvisibleToQueries)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto store = openStore(path);
    ASSERT_TRUE(store);
    // Three hot chunks, the last one partial.
    const Inventory inv = makeInventory(2'500, 4);
    ASSERT_TRUE(store->saveInventory(inv).ok());
    Recorder recorder(*store, {0, 1, 1023, 1024, 2047, 2048, 2499});
    const int ticks = 1'500; // 25 minutes at 1 Hz from kT0: 3 segments
    for (int i = 0; i < ticks; ++i) {
        FleetTick tick = makeTick(inv, kT0 + i * kSecondMs);
        if (i % 100 == 7)
            tick.events.push_back({static_cast<uint32_t>(i), EventKind::Xid, 79});
        if (i == ticks - 1) {
            tick.events.push_back({2'499, EventKind::Offline, 0});
            tick.events.push_back({1'024, EventKind::Throttle, 3});
        }
        ASSERT_TRUE(recorder.append(inv, tick));
    }
    const int64_t fromMs = kT0;
    const int64_t toMs = kT0 + (ticks - 1) * kSecondMs;
    const int perTick = 2'000;
    auto checkAll = [&](const std::string &when) {
        for (uint32_t chip : {0u, 1023u, 1024u, 2499u}) {
            for (Metric m : kAllMetrics)
                expectChip(*store, recorder, chip, m, fromMs, toMs, perTick, when);
        }
        // Buckets of 15 s (per tick series), and ranges cutting segments.
        for (Metric m : kAllMetrics)
            expectChip(*store, recorder, 1024, m, fromMs, toMs, 100, when);
        expectChip(*store, recorder, 2048, Metric::Power, kT0 + 123'456, kT0 + 1'234'567, perTick,
                   when);
        expectChip(*store, recorder, 1, Metric::Temperature, kT0 + 399'000, kT0 + 400'000, 5, when);
    };
    auto checkLatest = [&](const std::string &when) {
        const auto latest = store->latestTick();
        ASSERT_TRUE(latest) << when << ": " << store->lastError();
        EXPECT_EQ(latest->unixMs, recorder.last().unixMs) << when;
        EXPECT_EQ(latest->inventoryVersion, recorder.last().inventoryVersion) << when;
        EXPECT_EQ(latest->events, recorder.last().events) << when;
        EXPECT_TRUE(*latest == recorder.last()) << when << ": the columns differ";
    };

    EXPECT_EQ(store->stats().hotTicks, ticks);
    EXPECT_EQ(store->stats().segments, 0);
    checkAll("hot");
    checkLatest("hot");

    RawDb raw(path, SQLITE_OPEN_READONLY);
    // Closed segments only: [kT0, +400 s) and [+400 s, +1000 s); the last
    // window is still open.
    int steps = 0;
    for (const bool all : {false, true}) {
        for (;;) {
            const int64_t chunksBefore = count(raw, "hot_chunk");
            auto did = store->compactStep(all);
            ASSERT_TRUE(did.ok()) << did.error();
            if (!*did)
                break;
            ++steps;
            // One chunk of one segment (at most 600 ticks) per step.
            EXPECT_LE(chunksBefore - count(raw, "hot_chunk"), 600) << "step " << steps;
            const std::string when = "after step " + std::to_string(steps);
            const Metric m = kAllMetrics[steps % kMetricCount];
            for (uint32_t chip : {0u, 1024u, 2499u})
                expectChip(*store, recorder, chip, m, fromMs, toMs, perTick, when);
            if (steps == 5)
                checkLatest(when);
        }
        if (!all) {
            EXPECT_GE(steps, 6); // 3 chunks x 2 segments, each in its own step
            const StoreStats st = store->stats();
            EXPECT_EQ(st.hotTicks, 500) << "the open segment stays hot";
            EXPECT_EQ(st.segments, 2);
            EXPECT_EQ(st.oldestRawMs, kT0);
            EXPECT_EQ(count(raw, "hot_chunk"), 500 * 3);
            EXPECT_EQ(count(raw, "segment"), 2);
            EXPECT_EQ(raw.scalar("SELECT max(end_ms) FROM segment"), kT0 + 999 * kSecondMs);
            checkAll("closed segments compacted");
            // Only the hot log holds this range (the hour's earlier segments
            // are compacted): it answers alone.
            for (uint32_t chip : {0u, 2499u}) {
                for (Metric m : kAllMetrics)
                    expectChip(*store, recorder, chip, m, kT0 + 1'100'000, kT0 + 1'160'000, perTick,
                               "the open segment only");
            }
            checkLatest("closed segments compacted");
        }
    }
    EXPECT_GE(steps, 9);
    EXPECT_EQ(store->stats().hotTicks, 0);
    EXPECT_EQ(store->stats().segments, 3);
    EXPECT_EQ(count(raw, "hot_tick"), 0);
    EXPECT_EQ(count(raw, "hot_chunk"), 0);
    EXPECT_EQ(store->lastTickMs(), toMs);
    checkAll("all compacted");
    checkLatest("all compacted");

    // Appending goes on after everything was compacted.
    FleetTick next = makeTick(inv, toMs + kSecondMs);
    ASSERT_TRUE(recorder.append(inv, next));
    checkLatest("appended after compaction");
    expectChip(*store, recorder, 2499, Metric::Utilization, fromMs, toMs + kSecondMs, perTick,
               "appended after compaction");
    EXPECT_EQ(store->corruptRecords(), 0u) << store->lastError();
}

// The per-chip values of a small fleet over 3 h from 23:00 UTC (two chip_1h
// day rows), with gaps: chip 2 offline for four minutes, chip 3 silent for
// the whole hour after midnight.
TEST(ChipHistory, RollupTiersAgreeWithPerTickSeries)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto store = openStore(path);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(6, 1);
    Recorder recorder(*store, {0, 1, 2, 3, 4, 5});
    const int64_t startMs = kDay1 - kHourMs;
    const int ticks = 3 * 3'600;
    for (int i = 0; i < ticks; ++i) {
        const int64_t t = startMs + i * kSecondMs;
        FleetTick tick = makeTick(inv, t, 2);
        if (t >= startMs + 30 * kMinuteMs && t < startMs + 34 * kMinuteMs) {
            for (Metric m : kAllMetrics)
                tick.column(m)[2] = m == Metric::State ? 0 : kNoData;
        }
        if (t >= kDay1 && t < kDay1 + kHourMs) {
            for (Metric m : kAllMetrics)
                tick.column(m)[3] = kNoData;
        }
        ASSERT_TRUE(recorder.append(inv, tick));
    }
    EXPECT_EQ(compactAll(*store, true), 18 * 2);
    ASSERT_EQ(store->stats().hotTicks, 0);
    ASSERT_EQ(store->stats().segments, 18);

    const int64_t toMs = startMs + 3 * kHourMs - 1;
    for (uint32_t chip = 0; chip < 6; ++chip) {
        for (Metric m : kAllMetrics) {
            expectChip(*store, recorder, chip, m, startMs, toMs, 3, "1-hour buckets", kHourMs);
            expectChip(*store, recorder, chip, m, startMs, toMs, 180, "1-minute buckets",
                       kMinuteMs);
            expectChip(*store, recorder, chip, m, startMs, toMs, ticks, "per tick");
        }
        // Two hours from midnight in one bucket each; ten minutes per bucket.
        expectChip(*store, recorder, chip, Metric::Power, kDay1, kDay1 + 2 * kHourMs - 1, 2,
                   "1-hour buckets from midnight", kHourMs);
        expectChip(*store, recorder, chip, Metric::Utilization, startMs, toMs, 18,
                   "10-minute buckets", kMinuteMs);
    }

    // A damaged 1-minute row: skipped and counted, the rest unaffected.
    const int64_t damagedMs = startMs + 10 * kMinuteMs;
    RawDb raw(path);
    ASSERT_EQ(count(raw, "chip_1m", "chip = 1 AND start_ms = " + std::to_string(damagedMs)), 1);
    raw.exec("UPDATE chip_1m SET data = x'00' WHERE chip = 1 AND start_ms = " +
             std::to_string(damagedMs));
    const uint64_t corruptBefore = store->corruptRecords();
    auto damaged = store->queryChip(1, Metric::Power, startMs, toMs, 180);
    ASSERT_TRUE(damaged.ok()) << damaged.error();
    EXPECT_GT(store->corruptRecords(), corruptBefore);
    EXPECT_NE(store->lastError().find("unreadable"), std::string::npos) << store->lastError();
    std::vector<Sample> without;
    for (const Sample &s : recorder.samples(1, Metric::Power)) {
        if (s.unixMs < damagedMs || s.unixMs >= damagedMs + kSegmentMs)
            without.push_back(s);
    }
    expectSameSeries(*damaged, test::referenceDownsample(without, startMs, toMs, 180),
                     "chip 1 without its damaged segment", kMinuteMs);
    expectChip(*store, recorder, 0, Metric::Power, startMs, toMs, 180, "another chip", kMinuteMs);
    expectChip(*store, recorder, 1, Metric::Power, startMs, toMs, 3, "the 1-hour tier", kHourMs);
    expectChip(*store, recorder, 1, Metric::Power, startMs, toMs, ticks, "the per-tick tier");
}

TEST(ChipHistory, CompactionReplacesHotRowsWithOneRowPerChipAndSegment)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto store = openStore(path);
    ASSERT_TRUE(store);
    const uint32_t chips = 1'030; // a full chunk and one of 6 chips
    const Inventory inv = makeInventory(chips, 2);
    Recorder recorder(*store, {0, 1023, 1024, 1027, 1029});
    const int64_t startMs = kDay1 + 3 * kSegmentMs; // window-aligned
    const int64_t stepMs = 3 * kSecondMs;
    const int ticks = 600; // 30 minutes: 3 segments of 200 ticks
    for (int i = 0; i < ticks; ++i) {
        const int64_t t = startMs + i * stepMs;
        FleetTick tick = makeTick(inv, t, 3);
        const int segment = i / 200;
        // Chip 1027 silent for segment 1, the whole second chunk for segment 2.
        for (uint32_t chip = 1024; chip < chips; ++chip) {
            if (segment == 2 || (segment == 1 && chip == 1027)) {
                for (Metric m : kAllMetrics)
                    tick.column(m)[chip] = kNoData;
            }
        }
        ASSERT_TRUE(recorder.append(inv, tick));
    }
    RawDb raw(path, SQLITE_OPEN_READONLY);
    EXPECT_EQ(count(raw, "hot_tick"), ticks);
    EXPECT_EQ(count(raw, "hot_chunk"), ticks * 2);
    EXPECT_EQ(count(raw, "segment"), 0);

    EXPECT_GE(compactAll(*store, true), 3 * 2);
    EXPECT_EQ(count(raw, "hot_tick"), 0);
    EXPECT_EQ(count(raw, "hot_chunk"), 0);
    EXPECT_EQ(count(raw, "segment"), 3);
    EXPECT_EQ(store->stats().segments, 3);
    for (int s = 0; s < 3; ++s) {
        const std::string where = "start_ms = " + std::to_string(startMs + s * kSegmentMs);
        EXPECT_EQ(count(raw, "segment", where + " AND tick_count = 200 AND chip_count = 1030"), 1)
            << "segment " << s;
    }
    // Chips with any data, per segment.
    const int64_t rows = 1'030 + 1'029 + 1'024;
    EXPECT_EQ(count(raw, "chip_raw"), rows);
    EXPECT_EQ(count(raw, "chip_1m"), rows);
    EXPECT_EQ(count(raw, "chip_1h"), chips); // one day, and every chip had some data
    const std::string seg1 = std::to_string(startMs + kSegmentMs);
    const std::string seg2 = std::to_string(startMs + 2 * kSegmentMs);
    EXPECT_EQ(count(raw, "chip_raw", "chip = 1027 AND start_ms = " + seg1), 0);
    EXPECT_EQ(count(raw, "chip_raw", "chip = 1026 AND start_ms = " + seg1), 1);
    EXPECT_EQ(count(raw, "chip_raw", "chip >= 1024 AND start_ms = " + seg2), 0);
    EXPECT_EQ(count(raw, "chip_1m", "chip = 1027 AND start_ms = " + seg1), 0);

    // Silent chips answer nothing for their silent segment, whatever the tier.
    for (int maxPoints : {1, 10, 1000}) {
        for (Metric m : kAllMetrics) {
            auto silent = store->queryChip(1027, m, startMs + kSegmentMs,
                                           startMs + 2 * kSegmentMs - 1, maxPoints);
            ASSERT_TRUE(silent.ok()) << silent.error();
            EXPECT_TRUE(silent->empty()) << metricKey(m) << " in " << maxPoints;
            auto chunk = store->queryChip(1025, m, startMs + 2 * kSegmentMs,
                                          startMs + 3 * kSegmentMs - 1, maxPoints);
            ASSERT_TRUE(chunk.ok()) << chunk.error();
            EXPECT_TRUE(chunk->empty()) << metricKey(m) << " in " << maxPoints;
        }
    }
    const int64_t toMs = startMs + (ticks - 1) * stepMs;
    for (uint32_t chip : recorder.watched()) {
        for (Metric m : kAllMetrics) {
            expectChip(*store, recorder, chip, m, startMs, toMs, ticks, "compacted");
            expectChip(*store, recorder, chip, m, startMs, startMs + 30 * kMinuteMs - 1, 30,
                       "1-minute buckets", kMinuteMs);
        }
    }
    // The latest tick: its silent chunk reads back as no data.
    const auto latest = store->latestTick();
    ASSERT_TRUE(latest) << store->lastError();
    EXPECT_TRUE(*latest == recorder.last());
    EXPECT_EQ(latest->column(Metric::State)[1025], kNoData);
    EXPECT_EQ(store->corruptRecords(), 0u) << store->lastError();
}

// A point's time is its bucket's first sample, in every tier: here the
// first ticks of each minute (chip 0) and the first segment of the hour
// (chip 1) have no value.
TEST(ChipHistory, RollupPointsAreAtTheChipsFirstSample)
{
    TempDir dir;
    auto store = openStore(dir.file("store.db"));
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(2, 1);
    Recorder recorder(*store, {0, 1});
    const int64_t h = kDay1 + 7 * kHourMs;
    for (int i = 0; i < 3'600; ++i) {
        const int64_t t = h + i * kSecondMs;
        FleetTick tick = makeTick(inv, t, 9);
        for (Metric m : kAllMetrics) {
            if (i % 60 < 5)
                tick.column(m)[0] = kNoData;
            if (i < 600)
                tick.column(m)[1] = kNoData;
        }
        ASSERT_TRUE(recorder.append(inv, tick));
    }
    ASSERT_GE(compactAll(*store, true), 6);
    const int64_t toMs = h + kHourMs - 1;
    for (uint32_t chip : {0u, 1u}) {
        expectChip(*store, recorder, chip, Metric::Temperature, h, toMs, 60, "1-minute buckets");
        expectChip(*store, recorder, chip, Metric::Temperature, h, toMs, 6, "10-minute buckets");
        expectChip(*store, recorder, chip, Metric::Temperature, h, toMs, 1, "1-hour bucket");
    }
}

// Tiers of their own retention: per tick for 20 min, 1-minute rollups for
// 40 min, 1-hour rollups for a day.
TEST(ChipHistory, RetentionDeletesWholeSegmentsPerTier)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    StoreOptions options;
    options.chipRetentionMs = 20 * kMinuteMs;
    options.chip1mRetentionMs = 40 * kMinuteMs;
    options.chip1hRetentionMs = kDayMs;
    auto store = openStore(path, options);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(8, 2);
    Recorder recorder(*store, {0, 5, 7});
    const int64_t h = kDay1 + 2 * kHourMs;
    const int64_t stepMs = 5 * kSecondMs;
    const int ticks = 2 * 720; // 2 h: 12 segments of 120 ticks
    for (int i = 0; i < ticks; ++i)
        ASSERT_TRUE(recorder.append(inv, makeTick(inv, h + i * stepMs, 4)));
    ASSERT_GE(compactAll(*store, true), 12 * 2);
    const int64_t nowMs = h + 2 * kHourMs;
    const int64_t toMs = nowMs - stepMs;

    RawDb raw(path, SQLITE_OPEN_READONLY);
    ASSERT_EQ(raw.scalar("SELECT count(DISTINCT start_ms) FROM chip_raw"), 12);
    ASSERT_TRUE(store->enforceRetention(nowMs).ok());
    // Per tick: cutoff at +100 min, so segments up to the one at +90 min go
    // (all of it is older); 1-minute rollups: cutoff at +80 min.
    EXPECT_EQ(raw.scalar("SELECT min(start_ms) FROM chip_raw"), h + 100 * kMinuteMs);
    EXPECT_EQ(raw.scalar("SELECT count(DISTINCT start_ms) FROM chip_raw"), 2);
    EXPECT_EQ(raw.scalar("SELECT min(start_ms) FROM chip_1m"), h + 80 * kMinuteMs);
    EXPECT_EQ(raw.scalar("SELECT count(DISTINCT start_ms) FROM chip_1m"), 4);
    EXPECT_EQ(count(raw, "chip_1h"), 8);
    EXPECT_EQ(store->stats().oldestRawMs, h + 100 * kMinuteMs);
    EXPECT_GE(store->stats().segments, 4);
    EXPECT_EQ(count(raw, "segment", "start_ms >= " + std::to_string(h + 80 * kMinuteMs)), 4);

    for (uint32_t chip : recorder.watched()) {
        for (Metric m : kAllMetrics) {
            const std::string what =
                "chip " + std::to_string(chip) + " " + std::string(metricKey(m));
            // Still per tick.
            expectChip(*store, recorder, chip, m, h + 100 * kMinuteMs, toMs, 1000, "kept");
            // Per tick asked, the 1-minute rollups answer: exactly the
            // reference's 1-minute buckets.
            const int64_t fromMs = h + 80 * kMinuteMs;
            const int64_t endMs = h + 100 * kMinuteMs - 1;
            auto minutes = store->queryChip(chip, m, fromMs, endMs, 1000);
            ASSERT_TRUE(minutes.ok()) << minutes.error();
            EXPECT_EQ(minutes->size(), 20u) << what;
            expectPlausible(*minutes, m, what + " from 1-minute rollups");
            expectSameSeries(
                *minutes, test::referenceDownsample(recorder.samples(chip, m), fromMs, endMs, 20),
                what + " from 1-minute rollups", kMinuteMs);
            // Older than both finer tiers: the 1-hour rollups answer.
            auto hours = store->queryChip(chip, m, h, h + kHourMs - 1, 1000);
            ASSERT_TRUE(hours.ok()) << hours.error();
            EXPECT_EQ(hours->size(), 1u) << what << ": the first hour, from its 1-hour rollup";
            expectPlausible(*hours, m, what + " from 1-hour rollups");
            expectSameSeries(
                *hours, test::referenceDownsample(recorder.samples(chip, m), h, h + kHourMs - 1, 1),
                what + " from 1-hour rollups", kHourMs);
            // The second hour in one bucket: its 1-hour rollup, whole.
            expectChip(*store, recorder, chip, m, h + kHourMs, h + 2 * kHourMs - 1, 1,
                       "second hour", kHourMs);
        }
    }

    // A day and more later every chip tier is gone, and so are the segments.
    ASSERT_TRUE(store->enforceRetention(kDay1 + 2 * kDayMs).ok());
    EXPECT_EQ(count(raw, "chip_raw"), 0);
    EXPECT_EQ(count(raw, "chip_1m"), 0);
    EXPECT_EQ(count(raw, "chip_1h"), 0);
    EXPECT_EQ(count(raw, "segment"), 0);
    EXPECT_EQ(store->stats().oldestRawMs, 0);
    auto gone = store->queryChip(0, Metric::Power, h, toMs, 10);
    ASSERT_TRUE(gone.ok()) << gone.error();
    EXPECT_TRUE(gone->empty());
    EXPECT_EQ(store->corruptRecords(), 0u) << store->lastError();
}

TEST(ChipHistory, DiskBudgetDropsFinestTiersFirst)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    StoreOptions options;
    options.diskBudgetBytes = 2'000'000;
    auto store = openStore(path, options);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(300, 2);
    Recorder recorder(*store, {0, 150, 299});
    const int64_t startMs = kDay1 + kHourMs;
    const int64_t stepMs = 2 * kSecondMs;
    const int ticks = 3'600; // 2 h: 12 segments
    for (int i = 0; i < ticks; ++i)
        ASSERT_TRUE(recorder.append(inv, makeTick(inv, startMs + i * stepMs, 5)));
    ASSERT_GE(compactAll(*store, true), 12 * 2);
    const int64_t toMs = startMs + (ticks - 1) * stepMs;
    ASSERT_GT(store->stats().fileBytes, options.diskBudgetBytes) << "too little data to test";

    RawDb raw(path, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(store->enforceRetention(toMs + stepMs).ok());
    const int64_t rawUnits = raw.scalar("SELECT count(DISTINCT start_ms) FROM chip_raw");
    const int64_t minuteUnits = raw.scalar("SELECT count(DISTINCT start_ms) FROM chip_1m");
    const int64_t hourUnits = raw.scalar("SELECT count(DISTINCT day_ms) FROM chip_1h");
    const int64_t used = store->stats().fileBytes;
    EXPECT_TRUE(used <= options.diskBudgetBytes ||
                (rawUnits == 1 && minuteUnits == 1 && hourUnits == 1))
        << used << " bytes in use; units left: " << rawUnits << " " << minuteUnits << " "
        << hourUnits;
    EXPECT_LT(rawUnits, 12) << "nothing was dropped";
    EXPECT_GE(rawUnits, 1);
    if (minuteUnits < 12) {
        EXPECT_EQ(rawUnits, 1) << "1-minute rollups went while older samples stayed";
    }
    EXPECT_EQ(hourUnits, 1);
    // The newest samples are kept, whole.
    EXPECT_EQ(raw.scalar("SELECT max(start_ms) FROM chip_raw"), startMs + 11 * kSegmentMs);
    EXPECT_EQ(store->stats().oldestRawMs, raw.scalar("SELECT min(start_ms) FROM chip_raw"));
    // Where the samples went and the 1-minute rollups stayed, those answer.
    const int64_t oldestMinuteMs = raw.scalar("SELECT min(start_ms) FROM chip_1m");
    const bool minutesOnly = oldestMinuteMs < raw.scalar("SELECT min(start_ms) FROM chip_raw");
    EXPECT_TRUE(minutesOnly) << "the budget kept every 1-minute rollup it dropped samples of";
    for (uint32_t chip : recorder.watched()) {
        for (Metric m : kAllMetrics) {
            if (minutesOnly)
                expectChip(*store, recorder, chip, m, oldestMinuteMs,
                           oldestMinuteMs + kSegmentMs - 1, 10, "1-minute rollups", kMinuteMs);
            expectChip(*store, recorder, chip, m, startMs + 11 * kSegmentMs, toMs, 1000, "newest");
            // Older ranges answer from what is left.
            auto old = store->queryChip(chip, m, startMs, toMs, 200);
            ASSERT_TRUE(old.ok()) << old.error();
            EXPECT_FALSE(old->empty());
            expectPlausible(*old, m, "whole range");
        }
    }
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(store->corruptRecords(), 0u) << store->lastError();
}

TEST(ChipHistory, EventsAreQueriedByChipAndRange)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    StoreOptions options;
    options.chip1mRetentionMs = 15 * kMinuteMs;
    auto store = openStore(path, options);
    ASSERT_TRUE(store);
    const Inventory inv = makeInventory(10, 1);
    Recorder recorder(*store, {});
    const int64_t startMs = kT0;
    const int64_t stepMs = 2 * kSecondMs;
    const int ticks = 900; // 30 minutes
    std::vector<HistoryStore::StoredEvent> all;
    for (int i = 0; i < ticks; ++i) {
        const int64_t t = startMs + i * stepMs;
        FleetTick tick = makeTick(inv, t, 6);
        if (i % 50 == 10) {
            tick.events.push_back({3, EventKind::Xid, static_cast<uint32_t>(i)});
            tick.events.push_back({7, EventKind::Offline, 0});
        }
        if (i % 120 == 0)
            tick.events.push_back({3, EventKind::EccDoubleBit, 1});
        for (const ChipEvent &e : tick.events)
            all.push_back({t, e});
        ASSERT_TRUE(recorder.append(inv, tick));
    }
    const int64_t toMs = startMs + (ticks - 1) * stepMs;
    auto expected = [&](int64_t chip, int64_t fromMs, int64_t endMs, size_t max) {
        std::vector<HistoryStore::StoredEvent> out;
        for (const auto &e : all) {
            if (out.size() < max && e.unixMs >= fromMs && e.unixMs <= endMs &&
                (chip < 0 || e.event.chip == chip))
                out.push_back(e);
        }
        return out;
    };
    auto check = [&](int64_t chip, int64_t fromMs, int64_t endMs, size_t max,
                     const std::string &when) {
        auto got = store->queryEvents(chip, fromMs, endMs, max);
        ASSERT_TRUE(got.ok()) << got.error();
        const auto want = expected(chip, fromMs, endMs, max);
        ASSERT_EQ(got->size(), want.size()) << when << " chip " << chip;
        for (size_t i = 0; i < want.size(); ++i) {
            EXPECT_EQ((*got)[i].unixMs, want[i].unixMs) << when << " event " << i;
            EXPECT_EQ((*got)[i].event, want[i].event) << when << " event " << i;
        }
    };
    auto checkAll = [&](const std::string &when) {
        for (int64_t chip : {-1, 3, 7, 0}) {
            check(chip, startMs, toMs, 10'000, when);
            check(chip, startMs + 100 * stepMs, startMs + 500 * stepMs, 10'000, when);
            check(chip, startMs + 10 * stepMs, startMs + 10 * stepMs, 10'000, when);
            check(chip, startMs, toMs, 5, when);
        }
    };
    ASSERT_GT(all.size(), 40u);
    checkAll("hot");
    ASSERT_GE(compactAll(*store, true), 3);
    checkAll("compacted");
    EXPECT_FALSE(store->queryEvents(-1, toMs, startMs, 10).ok());

    // Events are kept as long as the 1-minute rollups.
    const int64_t nowMs = toMs + kSecondMs;
    ASSERT_TRUE(store->enforceRetention(nowMs).ok());
    auto kept = store->queryEvents(-1, 0, nowMs, 10'000);
    ASSERT_TRUE(kept.ok()) << kept.error();
    ASSERT_FALSE(kept->empty());
    EXPECT_GE(kept->front().unixMs, nowMs - options.chip1mRetentionMs);
    EXPECT_EQ(kept->size(), expected(-1, nowMs - options.chip1mRetentionMs, nowMs, 10'000).size());
}

TEST(ChipHistory, InventoryChangeSplitsSegments)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto store = openStore(path);
    ASSERT_TRUE(store);
    const Inventory v1 = makeInventory(12, 2, 1);
    const Inventory v2 = makeInventory(20, 2, 2);
    const Inventory v3 = makeInventory(8, 1, 3);
    Recorder recorder(*store, {0, 5, 10, 15, 19});
    const int64_t startMs = kDay1 + 5 * kHourMs; // hour-aligned
    const int64_t stepMs = 10 * kSecondMs;
    // v1 for 5 min, v2 for 10 min (across a window edge), v3 for 10 min
    // (changing mid-window).
    for (int i = 0; i < 150; ++i) {
        const Inventory &inv = i < 30 ? v1 : i < 90 ? v2 : v3;
        if (i == 0 || i == 30 || i == 90) {
            ASSERT_TRUE(store->saveInventory(inv).ok());
        }
        ASSERT_TRUE(recorder.append(inv, makeTick(inv, startMs + i * stepMs, 7)));
    }
    const int64_t toMs = startMs + 149 * stepMs;
    auto checkAll = [&](const std::string &when) {
        for (uint32_t chip : recorder.watched()) {
            for (Metric m : kAllMetrics) {
                expectChip(*store, recorder, chip, m, startMs, toMs, 1000, when);
                expectChip(*store, recorder, chip, m, startMs, toMs, 60, when);
            }
            // The hour's rollup merges the segments of every version.
            expectChip(*store, recorder, chip, Metric::Power, startMs, startMs + kHourMs - 1, 1,
                       when, kHourMs);
        }
        for (Metric m : kAllMetrics) {
            // Chip 15 exists in v2 only.
            auto before = store->queryChip(15, m, startMs, startMs + 29 * stepMs, 1000);
            ASSERT_TRUE(before.ok()) << before.error();
            EXPECT_TRUE(before->empty()) << when;
        }
    };
    checkAll("hot");
    ASSERT_GE(compactAll(*store, true), 5);
    RawDb raw(path, SQLITE_OPEN_READONLY);
    EXPECT_EQ(count(raw, "segment"), 5);
    const struct
    {
        int64_t startMs;
        int64_t endMs;
        int version;
        int chips;
    } segments[] = {
        {startMs, startMs + 29 * stepMs, 1, 12},
        {startMs + 30 * stepMs, startMs + 59 * stepMs, 2, 20},
        {startMs + 60 * stepMs, startMs + 89 * stepMs, 2, 20},
        {startMs + 90 * stepMs, startMs + 119 * stepMs, 3, 8},
        {startMs + 120 * stepMs, toMs, 3, 8},
    };
    for (const auto &seg : segments) {
        EXPECT_EQ(count(raw, "segment",
                        "start_ms = " + std::to_string(seg.startMs) +
                            " AND end_ms = " + std::to_string(seg.endMs) +
                            " AND inventory_version = " + std::to_string(seg.version) +
                            " AND chip_count = " + std::to_string(seg.chips)),
                  1)
            << "segment at " << seg.startMs;
        EXPECT_EQ(count(raw, "chip_raw", "start_ms = " + std::to_string(seg.startMs)), seg.chips);
    }
    checkAll("compacted");
    const auto latest = store->latestTick();
    ASSERT_TRUE(latest) << store->lastError();
    EXPECT_TRUE(*latest == recorder.last());
    EXPECT_EQ(latest->chipCount(), 8u);
}

// A reader on its own connection sees each compaction step whole: never a
// chunk missing from both the hot log and the blocks, never one in both.
TEST(ChipHistory, ReaderSeesCompactionStepsWhole)
{
    TempDir dir;
    const std::string path = dir.file("store.db");
    auto writer = openStore(path);
    ASSERT_TRUE(writer);
    const Inventory inv = makeInventory(1'100, 2);
    Recorder recorder(*writer, {0, 1023, 1024, 1099});
    const int64_t stepMs = 2 * kSecondMs;
    const int ticks = 750; // 25 minutes from kT0: 3 segments of 2 chunks
    for (int i = 0; i < ticks; ++i)
        ASSERT_TRUE(recorder.append(inv, makeTick(inv, kT0 + i * stepMs, 8)));
    const int64_t toMs = kT0 + (ticks - 1) * stepMs;
    auto reader = openStore(path, {}, /*readOnly=*/true);
    ASSERT_TRUE(reader);
    EXPECT_FALSE(reader->compactStep(true).ok()) << "a read-only store compacts nothing";

    // Step by step, the writer closed and opened again halfway (as after a
    // crash between two steps).
    int steps = 0;
    for (;;) {
        auto did = writer->compactStep(false);
        ASSERT_TRUE(did.ok()) << did.error();
        if (!*did)
            break;
        ++steps;
        for (uint32_t chip : recorder.watched()) {
            const Metric m = kAllMetrics[(steps + chip) % kMetricCount];
            expectChip(*reader, recorder, chip, m, kT0, toMs, 1000,
                       "reader after step " + std::to_string(steps));
        }
        if (steps == 3) {
            writer.reset();
            writer = openStore(path);
            ASSERT_TRUE(writer);
            expectChip(*writer, recorder, 1024, Metric::Power, kT0, toMs, 1000, "reopened");
        }
    }
    EXPECT_GE(steps, 4);

    // The last segment while a reader queries without pause.
    std::atomic<bool> done{false};
    std::atomic<int> queries{0};
    std::thread readerThread([&] {
        while (!done.load() || queries.load() == 0) {
            const uint32_t chip = recorder.watched()[queries.load() % 4];
            expectChip(*reader, recorder, chip, Metric::Utilization, kT0, toMs, 1000,
                       "concurrent reader");
            ++queries;
            if (::testing::Test::HasFailure())
                break;
        }
    });
    for (;;) {
        auto did = writer->compactStep(true);
        EXPECT_TRUE(did.ok()) << did.error();
        if (!did.ok() || !*did)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    done = true;
    readerThread.join();
    EXPECT_GT(queries.load(), 0);
    EXPECT_EQ(writer->stats().hotTicks, 0);
    for (uint32_t chip : recorder.watched()) {
        for (Metric m : kAllMetrics)
            expectChip(*reader, recorder, chip, m, kT0, toMs, 1000, "reader, all compacted");
    }
    EXPECT_EQ(reader->corruptRecords(), 0u) << reader->lastError();
}

TEST(ChipHistory, NodeQueriesMergeTheirChipsPerBucket)
{
    TempDir dir;
    auto opened = HistoryStore::open(dir.file("node.db"));
    ASSERT_TRUE(opened.ok()) << opened.error();
    HistoryStore &store = **opened;
    const Inventory inv = makeInventory(64, 2);
    constexpr uint32_t kFirst = 16;
    constexpr uint32_t kCount = 8;
    std::vector<uint32_t> watched;
    for (uint32_t c = kFirst; c < kFirst + kCount; ++c)
        watched.push_back(c);
    Recorder recorder(store, watched);
    const int64_t start = 1'700'000'000'000 - 1'700'000'000'000 % HistoryStore::kSegmentMs;
    constexpr int kTicks = 1500; // 25 minutes: compacted segments and the hot log
    for (int i = 0; i < kTicks; ++i)
        ASSERT_TRUE(recorder.append(inv, makeTick(inv, start + i * 1000LL)));
    for (;;) {
        auto did = store.compactStep();
        ASSERT_TRUE(did.ok()) << did.error();
        if (!*did)
            break;
    }
    const int64_t to = start + (kTicks - 1) * 1000LL;
    // Buckets under 30 s: every chip answers per tick (the rollup tiers'
    // bucket edges are covered by RollupTiersAgreeWithPerTickSeries).
    for (int maxPoints : {100, 300, 5000}) {
        for (Metric m : {Metric::Power, Metric::Temperature}) {
            const std::string what =
                "node, " + std::string(metricKey(m)) + " in " + std::to_string(maxPoints);
            auto node = store.queryNode(kFirst, kCount, m, start, to, maxPoints);
            ASSERT_TRUE(node.ok()) << what << ": " << node.error();
            ASSERT_FALSE(node->empty()) << what;
            ASSERT_LE(node->size(), size_t(maxPoints)) << what;
            // Each bucket: the min and max over the node's chips' samples in it.
            const int64_t width = (to - start) / maxPoints + 1;
            std::map<int64_t, std::pair<double, double>> reference;
            for (uint32_t c : watched) {
                for (const auto &sample : recorder.samples(c, m)) {
                    auto [it, fresh] = reference.try_emplace((sample.unixMs - start) / width,
                                                             sample.value, sample.value);
                    it->second.first = std::min(it->second.first, sample.value);
                    it->second.second = std::max(it->second.second, sample.value);
                }
            }
            ASSERT_EQ(node->size(), reference.size()) << what;
            size_t i = 0;
            for (const auto &[bucket, range] : reference) {
                const SeriesPoint &p = (*node)[i++];
                EXPECT_EQ((p.unixMs - start) / width, bucket) << what;
                EXPECT_DOUBLE_EQ(p.min, range.first) << what;
                EXPECT_DOUBLE_EQ(p.max, range.second) << what;
                EXPECT_LE(p.min, p.avg) << what;
                EXPECT_LE(p.avg, p.max) << what;
            }
        }
    }
    EXPECT_FALSE(store.queryNode(0, 0, Metric::Power, start, to, 10).ok());
    EXPECT_FALSE(store.queryNode(kMaxChips - 1, 8, Metric::Power, start, to, 10).ok());
}

// Found in review: compactStep(true) compacts the open segment chunk by
// chunk; a tick appended to the same window between two steps must not
// change the segment's ticks half way (it belongs to the next segment).
TEST(ChipHistory, ATickArrivingBetweenStepsOfAForcedCompactionWaitsForTheNextSegment)
{
    TempDir dir;
    const std::string path = dir.file("between.db");
    auto opened = HistoryStore::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error();
    HistoryStore &store = **opened;
    const Inventory inv = makeInventory(1'500, 1); // two chunks
    Recorder recorder(store, {5, 1'100});
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(recorder.append(inv, makeTick(inv, kT0 + i * 1000LL)));
    auto did = store.compactStep(true); // chunk 0 of ticks 0 and 1
    ASSERT_TRUE(did.ok() && *did);
    ASSERT_TRUE(recorder.append(inv, makeTick(inv, kT0 + 2000)));
    for (;;) {
        auto step = store.compactStep(true);
        ASSERT_TRUE(step.ok()) << step.error();
        if (!*step)
            break;
    }
    RawDb raw(path);
    EXPECT_EQ(count(raw, "segment"), 2);
    EXPECT_EQ(count(raw, "hot_tick"), 0);
    for (uint32_t chip : {5u, 1'100u}) {
        expectChip(store, recorder, chip, Metric::State, kT0, kT0 + 10'000, 100, "after");
        expectChip(store, recorder, chip, Metric::Power, kT0, kT0 + 10'000, 100, "after");
    }
    EXPECT_EQ(store.corruptRecords(), 0u) << store.lastError();
}

} // namespace
} // namespace scb
