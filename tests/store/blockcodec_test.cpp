#include "core/metrics.h"
#include "store/blockcodec.h"
#include "store/seriescodec.h"

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace scb {
namespace {

// Bytes of a bundle written by hand: version, count, lengths, payload.
std::string bytesOf(std::initializer_list<int> values)
{
    std::string out;
    for (int v : values)
        out.push_back(static_cast<char>(v));
    return out;
}

// The entry lies inside the bundle's own bytes (a view, never a copy or a
// pointer past the end).
bool insideOf(std::string_view entry, std::string_view bundle)
{
    return entry.data() >= bundle.data() &&
           entry.data() + entry.size() <= bundle.data() + bundle.size();
}

TEST(BlockCodec, BundleRoundTripsEveryEntry)
{
    // Empty entries, one-byte varint lengths, two- and three-byte ones.
    std::vector<std::string> series = {
        "", "a", std::string(127, 'b'), std::string(128, 'c'), "", std::string(20'000, 'd'), "xyz"};
    std::mt19937 rng(5);
    for (char &c : series[5])
        c = static_cast<char>(rng());
    const std::string bundle = encodeBundle(series);
    for (size_t i = 0; i < series.size(); ++i) {
        auto entry = bundleEntry(bundle, i);
        ASSERT_TRUE(entry.ok()) << "entry " << i << ": " << entry.error();
        EXPECT_EQ(*entry, series[i]) << "entry " << i;
        EXPECT_TRUE(insideOf(*entry, bundle)) << "entry " << i;
    }
    auto past = bundleEntry(bundle, series.size());
    ASSERT_FALSE(past.ok());
    EXPECT_NE(past.error().find("not series 7"), std::string::npos) << past.error();

    // The largest bundle the format allows, and an empty one.
    std::vector<std::string> many;
    for (size_t i = 0; i < kMaxBundleSeries; ++i)
        many.push_back(std::string(i, static_cast<char>('A' + i % 26)));
    const std::string full = encodeBundle(many);
    for (size_t i = 0; i < many.size(); ++i) {
        auto entry = bundleEntry(full, i);
        ASSERT_TRUE(entry.ok()) << entry.error();
        EXPECT_EQ(*entry, many[i]);
    }
    const std::string none = encodeBundle(std::vector<std::string>{});
    EXPECT_FALSE(bundleEntry(none, 0).ok());
}

TEST(BlockCodec, BundleEntryRefusesMalformedInput)
{
    const std::string good = encodeBundle(std::vector<std::string>{"abc", "de"});
    ASSERT_EQ(good, bytesOf({1, 2, 3, 2, 'a', 'b', 'c', 'd', 'e'}));
    ASSERT_TRUE(bundleEntry(good, 1).ok());

    struct Case
    {
        const char *what;
        std::string bytes;
        size_t index;
    };
    std::string overlongCount = bytesOf({1});
    overlongCount.append(10, static_cast<char>(0x80)); // a varint that never ends
    overlongCount.push_back(0);
    std::string hugeLength = bytesOf({1, 1});
    hugeLength.append(9, static_cast<char>(0xff)); // 2^63 - 1 bytes
    hugeLength.push_back(0x7f);
    hugeLength += "abc";
    const Case cases[] = {
        {"empty", "", 0},
        {"version 0", bytesOf({0, 2, 3, 2, 'a', 'b', 'c', 'd', 'e'}), 0},
        {"version 2", bytesOf({2, 2, 3, 2, 'a', 'b', 'c', 'd', 'e'}), 0},
        {"version 255", bytesOf({255, 2, 3, 2, 'a', 'b', 'c', 'd', 'e'}), 0},
        {"only a version", bytesOf({1}), 0},
        {"count cut short", bytesOf({1, 0x80}), 0},
        {"count never ends", overlongCount, 0},
        {"count over the limit", bytesOf({1, 65, 1, 'a'}), 0},
        {"count far over the limit", bytesOf({1, 0xff, 0xff, 0x03, 1, 'a'}), 0},
        {"index past the count", good, 2},
        {"index far past the count", good, SIZE_MAX},
        {"lengths cut short", bytesOf({1, 3, 1}), 0},
        {"second length cut short", bytesOf({1, 2, 1, 0x80}), 0},
        {"length larger than the bundle", bytesOf({1, 1, 100, 'a'}), 0},
        {"length of 2^63", hugeLength, 0},
        {"first series runs past the end", bytesOf({1, 2, 3, 2, 'a', 'b'}), 0},
        {"second series runs past the end", bytesOf({1, 2, 3, 2, 'a', 'b', 'c', 'd'}), 1},
        {"lengths sum past the end", bytesOf({1, 3, 6, 6, 1, 'a', 'b', 'c', 'd', 'e', 'f', 'g'}),
         2},
    };
    for (const Case &c : cases) {
        auto entry = bundleEntry(c.bytes, c.index);
        EXPECT_FALSE(entry.ok()) << c.what;
        if (!entry.ok()) {
            EXPECT_NE(entry.error().find("series bundle"), std::string::npos) << c.what;
        }
    }
}

TEST(BlockCodec, BundleEntryNeverReadsOutsideDamagedBundles)
{
    std::vector<std::string> series;
    std::mt19937 rng(11);
    for (int i = 0; i < 12; ++i) {
        std::string s(rng() % 300, '\0');
        for (char &c : s)
            c = static_cast<char>(rng());
        series.push_back(std::move(s));
    }
    series.back() = "last"; // not empty: any cut shows
    const std::string bundle = encodeBundle(series);

    // Every cut of the bundle loses the last series.
    for (size_t size = 0; size < bundle.size(); ++size) {
        const std::string cut = bundle.substr(0, size);
        auto entry = bundleEntry(cut, series.size() - 1);
        EXPECT_FALSE(entry.ok()) << "cut to " << size << " bytes";
        for (size_t i = 0; i < series.size(); ++i) {
            auto e = bundleEntry(cut, i);
            if (e.ok()) {
                EXPECT_TRUE(insideOf(*e, cut)) << "cut to " << size << ", entry " << i;
                EXPECT_EQ(*e, series[i]) << "cut to " << size << ", entry " << i;
            }
        }
    }
    // Random damage to the header: an answer, if any, stays inside the bytes.
    const size_t header = bundle.size() - [&] {
        size_t total = 0;
        for (const std::string &s : series)
            total += s.size();
        return total;
    }();
    for (int trial = 0; trial < 20'000; ++trial) {
        std::string damaged = bundle;
        const int flips = 1 + static_cast<int>(rng() % 3);
        for (int f = 0; f < flips; ++f)
            damaged[rng() % header] = static_cast<char>(rng());
        if (rng() % 4 == 0)
            damaged.resize(rng() % damaged.size());
        const size_t index = rng() % (kMaxBundleSeries + 2);
        auto e = bundleEntry(damaged, index);
        if (e.ok()) {
            ASSERT_TRUE(insideOf(*e, damaged)) << "trial " << trial;
        }
    }
}

TEST(BlockCodec, BucketStatsAddSkipsNoDataAndMergeCombines)
{
    BucketStats a;
    a.resize(3);
    ASSERT_EQ(a.size(), 3u);
    a.add(0, kNoData, 0);
    EXPECT_EQ(a.count[0], 0);
    EXPECT_EQ(a.min[0], 0);
    EXPECT_EQ(a.max[0], 0);
    EXPECT_EQ(a.sum[0], 0);

    // The first value sets min and max, whatever its sign.
    a.add(0, -7, 0);
    EXPECT_EQ(a.min[0], -7);
    EXPECT_EQ(a.max[0], -7);
    a.add(0, kNoData, 0);
    a.add(0, 12, 0);
    a.add(0, 3, 0);
    EXPECT_EQ(a.min[0], -7);
    EXPECT_EQ(a.max[0], 12);
    EXPECT_EQ(a.sum[0], 8);
    EXPECT_EQ(a.count[0], 3);

    a.add(1, 50, 0);
    EXPECT_EQ(a.min[1], 50);
    EXPECT_EQ(a.max[1], 50);
    a.add(1, 40, 0);
    a.add(1, 60, 0);
    EXPECT_EQ(a.min[1], 40);
    EXPECT_EQ(a.max[1], 60);
    EXPECT_EQ(a.count[1], 3);
    EXPECT_EQ(a.count[2], 0);

    // Sums past int32 stay exact.
    BucketStats big;
    big.resize(1);
    for (int i = 0; i < 1200; ++i)
        big.add(0, 4'000'000, 0);
    EXPECT_EQ(big.sum[0], 4'800'000'000LL);
    EXPECT_EQ(big.count[0], 1200);

    BucketStats b;
    b.resize(2);
    b.add(0, 100, 0);
    b.add(0, -20, 0);
    // Into a bucket with samples, into an empty one, and an empty one into another.
    a.merge(0, b, 0, 0);
    EXPECT_EQ(a.min[0], -20);
    EXPECT_EQ(a.max[0], 100);
    EXPECT_EQ(a.sum[0], 88);
    EXPECT_EQ(a.count[0], 5);
    a.merge(2, b, 0, 0);
    EXPECT_EQ(a.min[2], -20);
    EXPECT_EQ(a.max[2], 100);
    EXPECT_EQ(a.sum[2], 80);
    EXPECT_EQ(a.count[2], 2);
    // The first sample's time: kept by add, shifted by merge into an empty bucket.
    BucketStats timed;
    timed.resize(2);
    timed.add(0, kNoData, 0);
    timed.add(0, 5, 2'000);
    timed.add(0, 6, 3'000);
    EXPECT_EQ(timed.first[0], 2'000);
    timed.merge(1, timed, 0, 60'000);
    EXPECT_EQ(timed.first[1], 62'000);
    timed.merge(1, timed, 0, 120'000); // not empty any more: first stays
    EXPECT_EQ(timed.first[1], 62'000);
    a.merge(1, b, 1, 0); // b's bucket 1 is empty: nothing changes
    EXPECT_EQ(a.min[1], 40);
    EXPECT_EQ(a.max[1], 60);
    EXPECT_EQ(a.sum[1], 150);
    EXPECT_EQ(a.count[1], 3);
    BucketStats empty;
    empty.resize(1);
    empty.merge(0, b, 1, 0);
    EXPECT_EQ(empty.count[0], 0);
    EXPECT_EQ(empty.sum[0], 0);

    // resize keeps or clears.
    a.resize(5, /*keep=*/true);
    EXPECT_EQ(a.size(), 5u);
    EXPECT_EQ(a.count[1], 3);
    EXPECT_EQ(a.count[4], 0);
    EXPECT_EQ(a.sum[4], 0);
    a.resize(2);
    EXPECT_EQ(a.size(), 2u);
    EXPECT_EQ(a.count[0], 0);
    EXPECT_EQ(a.sum[1], 0);
    EXPECT_EQ(a.min.size(), 2u);
    EXPECT_EQ(a.max.size(), 2u);
    EXPECT_EQ(a.sum.size(), 2u);
}

void expectSameStats(const BucketStats &actual,
                     const BucketStats &expected,
                     const std::string &what)
{
    EXPECT_EQ(actual.min, expected.min) << what;
    EXPECT_EQ(actual.max, expected.max) << what;
    EXPECT_EQ(actual.sum, expected.sum) << what;
    EXPECT_EQ(actual.count, expected.count) << what;
}

TEST(BlockCodec, StatsBlockRoundTripsExactly)
{
    std::array<BucketStats, kMetricCount> stats;
    std::mt19937_64 rng(3);
    const size_t buckets = 61;
    for (int m = 0; m < kMetricCount; ++m) {
        stats[m].resize(buckets);
        for (size_t b = 0; b < buckets; ++b) {
            // Empty buckets, single samples and full minutes / hours.
            if (b % 7 == 3)
                continue;
            const int samples = b % 5 == 0 ? 1 : 60;
            for (int i = 0; i < samples; ++i)
                stats[m].add(b, static_cast<int32_t>(rng() % 5000), (i + int(b % 3)) * 1000);
        }
    }
    // Memory at 4,000,000 MiB for a segment of 1,200 ticks: past 2^32.
    stats[1].resize(buckets + 3, /*keep=*/true);
    for (int i = 0; i < 1200; ++i)
        stats[1].add(buckets, 4'000'000, 0);
    // Extremes: the codec keeps any int32 and any int64 sum.
    stats[1].min[buckets + 1] = INT32_MIN;
    stats[1].max[buckets + 1] = INT32_MAX;
    stats[1].sum[buckets + 1] = INT64_MIN;
    stats[1].count[buckets + 1] = INT32_MAX;
    stats[1].min[buckets + 2] = -5;
    stats[1].max[buckets + 2] = -1;
    stats[1].sum[buckets + 2] = -6'000'000'000LL;
    stats[1].count[buckets + 2] = 2;
    stats[2].resize(1, /*keep=*/true); // metrics may hold different bucket counts
    stats[2].sum[0] = INT64_MAX;
    stats[2].count[0] = 1;
    stats[4].resize(0); // and none at all
    ASSERT_EQ(stats[1].sum[buckets], 4'800'000'000LL);

    const std::vector<int32_t> times = {0, 60'000, 120'000, -1, INT32_MAX, INT32_MIN};
    for (const bool withTimes : {true, false}) {
        SCOPED_TRACE(withTimes ? "with times" : "without times");
        const std::string block = encodeStatsBlock(
            withTimes ? std::span<const int32_t>(times) : std::span<const int32_t>(), stats);
        std::vector<int32_t> decodedTimes{9, 9};
        const Status ts = decodeStatsTimes(block, decodedTimes);
        ASSERT_TRUE(ts.ok()) << ts.message();
        EXPECT_EQ(decodedTimes, withTimes ? times : std::vector<int32_t>{});

        for (int m = 0; m < kMetricCount; ++m) {
            BucketStats one;
            one.resize(4);
            one.add(0, 1, 0); // decoding replaces what was there
            const Status s = decodeStatsBlock(block, static_cast<Metric>(m), one);
            ASSERT_TRUE(s.ok()) << s.message();
            expectSameStats(one, stats[m], "metric " + std::to_string(m));
        }
        std::array<BucketStats, kMetricCount> all;
        const Status s = decodeStatsBlock(block, all);
        ASSERT_TRUE(s.ok()) << s.message();
        for (int m = 0; m < kMetricCount; ++m)
            expectSameStats(all[m], stats[m], "all, metric " + std::to_string(m));
    }
}

TEST(BlockCodec, StatsBlockRefusesMalformedBlocks)
{
    std::array<BucketStats, kMetricCount> stats;
    for (BucketStats &s : stats) {
        s.resize(3);
        s.add(0, 5, 0);
        s.add(2, 7, 0);
    }
    const std::string good = encodeStatsBlock({}, stats);

    auto expectRefused = [](const std::string &block, const std::string &what) {
        BucketStats out;
        out.resize(2);
        out.add(1, 3, 0);
        const Status s = decodeStatsBlock(block, Metric::Power, out);
        EXPECT_FALSE(s.ok()) << what;
        // Nothing half-decoded is left behind.
        EXPECT_EQ(out.size(), 0u) << what;
        EXPECT_TRUE(out.min.empty() && out.max.empty() && out.sum.empty()) << what;
        std::array<BucketStats, kMetricCount> all;
        EXPECT_FALSE(decodeStatsBlock(block, all).ok()) << what;
    };

    // Series of different lengths: the bundle of a stats block, rebuilt with
    // Power's max one value short.
    std::vector<std::string> series;
    for (size_t i = 0;; ++i) {
        auto e = bundleEntry(good, i);
        if (!e.ok())
            break;
        series.emplace_back(*e);
    }
    ASSERT_EQ(series.size(), 1u + kMetricCount * 6);
    const size_t powerBase = 1 + static_cast<size_t>(Metric::Power) * 6;
    {
        std::vector<std::string> bad = series;
        bad[powerBase + 1] = encodeSeries(std::vector<int32_t>{5, 0});
        expectRefused(encodeBundle(bad), "max one short");
    }
    {
        std::vector<std::string> bad = series;
        bad[powerBase + 3] = encodeSeries(std::vector<int32_t>{0, 0, 0, 0});
        expectRefused(encodeBundle(bad), "sum high word one long");
    }
    {
        std::vector<std::string> bad = series;
        bad[powerBase + 4] = encodeSeries(std::vector<int32_t>{1, -1, 1});
        expectRefused(encodeBundle(bad), "negative count");
    }
    {
        std::vector<std::string> bad = series;
        bad[powerBase + 2] = "\x07garbage";
        expectRefused(encodeBundle(bad), "undecodable series");
    }
    {
        std::vector<std::string> bad(series.begin(), series.begin() + powerBase + 2);
        expectRefused(encodeBundle(bad), "series missing");
    }
    expectRefused("", "empty");
    expectRefused(good.substr(0, good.size() / 2), "cut in half");

    // A raw block is no stats block.
    const std::vector<int32_t> v(10, 1);
    std::array<std::span<const int32_t>, kMetricCount> metrics;
    metrics.fill(v);
    expectRefused(encodeRawBlock(metrics), "a raw block");

    // And damage anywhere never crashes.
    std::mt19937 rng(17);
    for (int trial = 0; trial < 5'000; ++trial) {
        std::string damaged = good;
        damaged[rng() % damaged.size()] = static_cast<char>(rng());
        std::array<BucketStats, kMetricCount> all;
        std::vector<int32_t> times;
        if (decodeStatsBlock(damaged, all).ok()) {
            for (const BucketStats &s : all) {
                EXPECT_EQ(s.min.size(), s.size());
                EXPECT_EQ(s.max.size(), s.size());
                EXPECT_EQ(s.sum.size(), s.size());
            }
        }
        (void)decodeStatsTimes(damaged, times);
    }
}

TEST(BlockCodec, RawBlockRoundTripsEveryMetric)
{
    const size_t n = 1200;
    std::array<std::vector<int32_t>, kMetricCount> values;
    std::mt19937 rng(23);
    for (size_t i = 0; i < n; ++i) {
        values[0].push_back(static_cast<int32_t>(rng() % 101));
        values[1].push_back(i < 600 ? 61'440 : 4'000'000);
        values[2].push_back(i % 97 == 0 ? kNoData : static_cast<int32_t>(60 + rng() % 340));
        values[3].push_back(static_cast<int32_t>(30 + i / 40));
        values[4].push_back(i % 300 == 0 ? 0 : ChipState::Online);
    }
    values[0][5] = INT32_MIN;
    values[0][6] = INT32_MAX;
    std::array<std::span<const int32_t>, kMetricCount> spans;
    for (int m = 0; m < kMetricCount; ++m)
        spans[m] = values[m];
    const std::string block = encodeRawBlock(spans);
    for (Metric m : kAllMetrics) {
        std::vector<int32_t> out{1, 2, 3};
        const Status s = decodeRawBlock(block, m, out);
        ASSERT_TRUE(s.ok()) << s.message();
        EXPECT_EQ(out, values[static_cast<int>(m)]) << metricKey(m);
    }
    // A metric past the last is an error, not another series.
    std::vector<int32_t> out;
    EXPECT_FALSE(decodeRawBlock(block, static_cast<Metric>(kMetricCount), out).ok());

    // A silent metric, and metrics of their own lengths: the block keeps each as given.
    const std::vector<int32_t> silent(n, kNoData);
    const std::vector<int32_t> shortOne = {1, 2, 3};
    spans[2] = silent;
    spans[3] = shortOne;
    spans[4] = {};
    const std::string mixed = encodeRawBlock(spans);
    ASSERT_TRUE(decodeRawBlock(mixed, Metric::Power, out).ok());
    EXPECT_EQ(out, silent);
    ASSERT_TRUE(decodeRawBlock(mixed, Metric::Temperature, out).ok());
    EXPECT_EQ(out, shortOne);
    ASSERT_TRUE(decodeRawBlock(mixed, Metric::State, out).ok());
    EXPECT_TRUE(out.empty());
    ASSERT_TRUE(decodeRawBlock(mixed, Metric::MemoryUsed, out).ok());
    EXPECT_EQ(out, values[1]);

    // Damage: an error or some values, never a crash.
    for (int trial = 0; trial < 3'000; ++trial) {
        std::string damaged = block;
        damaged[rng() % damaged.size()] = static_cast<char>(rng());
        if (trial % 3 == 0)
            damaged.resize(rng() % damaged.size());
        const Metric m = kAllMetrics[rng() % kMetricCount];
        out.clear();
        if (decodeRawBlock(damaged, m, out).ok())
            EXPECT_LE(out.size(), kMaxSeriesValues) << "trial " << trial;
        else
            EXPECT_TRUE(out.empty()) << "trial " << trial;
    }
}

} // namespace
} // namespace scb
