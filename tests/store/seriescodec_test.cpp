#include "core/fleettick.h"
#include "core/metrics.h"
#include "sources/fleetsimulator.h"
#include "store/seriescodec.h"

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace scb {
namespace {

std::vector<int32_t> roundTrip(const std::vector<int32_t> &values)
{
    const std::string bytes = encodeSeries(values);
    EXPECT_EQ(decodedCount(bytes), values.size());
    std::vector<int32_t> back{7, 7, 7}; // decode must replace, not append
    const Status status = decodeSeries(bytes, back);
    EXPECT_TRUE(status.ok()) << status.message();
    return back;
}

TEST(SeriesCodec, EmptyAndSingleValuesRoundTrip)
{
    EXPECT_EQ(roundTrip({}), std::vector<int32_t>{});
    for (int32_t v : {0, 1, -1, 42, INT32_MIN, INT32_MAX})
        EXPECT_EQ(roundTrip({v}), std::vector<int32_t>{v});
}

TEST(SeriesCodec, AllNoDataRoundTripsCompactly)
{
    const std::vector<int32_t> values(3600, kNoData);
    EXPECT_EQ(roundTrip(values), values);
    // A missing hour is one frame and a run of repeats: a few bytes in all.
    EXPECT_LT(encodeSeries(values).size(), 16u);
}

TEST(SeriesCodec, ConstantRoundTripsCompactly)
{
    for (int32_t v : {0, 61440, INT32_MAX, INT32_MIN}) {
        const std::vector<int32_t> values(1000, v);
        EXPECT_EQ(roundTrip(values), values);
        EXPECT_LT(encodeSeries(values).size(), 8 * 7u);
    }
}

TEST(SeriesCodec, RampsRoundTripAtZeroWidth)
{
    for (int32_t slope : {1, -1, 3, 1000, -65536}) {
        std::vector<int32_t> values(1024);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = static_cast<int32_t>(12345 + slope * static_cast<int32_t>(i));
        EXPECT_EQ(roundTrip(values), values) << "slope " << slope;
        // The median delta is the slope: no bits per value.
        EXPECT_LT(encodeSeries(values).size(), 8 * 8u) << "slope " << slope;
    }
    // A ramp across the int32 wrap-around point still decodes exactly.
    std::vector<int32_t> wrap(300);
    for (size_t i = 0; i < wrap.size(); ++i)
        wrap[i] = static_cast<int32_t>(uint32_t(INT32_MAX) - 150u + uint32_t(i) * 7u);
    EXPECT_EQ(roundTrip(wrap), wrap);
}

TEST(SeriesCodec, RandomFullRangeRoundTrips)
{
    std::mt19937 rng(7);
    std::uniform_int_distribution<int32_t> any(INT32_MIN, INT32_MAX);
    std::vector<int32_t> values(5000);
    for (auto &v : values)
        v = any(rng);
    values[10] = INT32_MIN;
    values[11] = INT32_MAX;
    EXPECT_EQ(roundTrip(values), values);
}

TEST(SeriesCodec, AlternatingExtremesRoundTrip)
{
    std::vector<int32_t> values(777);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = i % 2 ? INT32_MIN : INT32_MAX;
    EXPECT_EQ(roundTrip(values), values);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = i % 3 == 0 ? kNoData : (i % 3 == 1 ? INT32_MIN : 0);
    EXPECT_EQ(roundTrip(values), values);
}

TEST(SeriesCodec, EveryLengthAroundFrameBoundariesRoundTrips)
{
    std::mt19937 rng(11);
    std::uniform_int_distribution<int32_t> noise(-3, 3);
    std::uniform_int_distribution<int> rare(0, 40);
    for (size_t n = 1; n <= 300; ++n) {
        std::vector<int32_t> values(n);
        int32_t level = 90;
        for (auto &v : values) {
            level += noise(rng);
            // Outliers exercise the patch lists.
            const int r = rare(rng);
            v = r == 0 ? kNoData : (r == 1 ? level + 100000 : level);
        }
        ASSERT_EQ(roundTrip(values), values) << "length " << n;
    }
}

TEST(SeriesCodec, OneOutlierDoesNotWidenTheFrame)
{
    std::vector<int32_t> values(128, 95);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] += static_cast<int32_t>(i % 4); // two bits
    const size_t plain = encodeSeries(values).size();
    values[60] = kNoData;
    values[61] = 1'000'000;
    EXPECT_EQ(roundTrip(values), values);
    EXPECT_LE(encodeSeries(values).size(), plain + 12);
}

// Each chip's column per metric over an hour of the simulated fleet.
std::array<std::vector<std::vector<int32_t>>, kMetricCount> simulatorSeries(uint32_t chips,
                                                                            int seconds)
{
    FleetSimulator sim(SimulatorConfig{chips, 4, 1});
    const int64_t startMs = 1'768'453'200'000; // 2026-01-15 13:00 CST: inference near its peak
    std::array<std::vector<std::vector<int32_t>>, kMetricCount> series;
    FleetTick tick;
    for (int s = 0; s < seconds; ++s) {
        sim.sample(startMs + int64_t(s) * 1000, tick);
        for (int m = 0; m < kMetricCount; ++m) {
            auto &perChip = series[m];
            perChip.resize(tick.chipCount());
            for (uint32_t c = 0; c < tick.chipCount(); ++c)
                perChip[c].push_back(tick.columns[m][c]);
        }
    }
    return series;
}

TEST(SeriesCodec, SimulatorSeriesRoundTripWithinBudget)
{
    const auto series = simulatorSeries(2000, 3600);
    size_t values = 0;
    size_t bytes = 0;
    std::vector<int32_t> back;
    for (int m = 0; m < kMetricCount; ++m) {
        ASSERT_EQ(series[m].size(), 2000u);
        for (const auto &chip : series[m]) {
            const std::string encoded = encodeSeries(chip);
            ASSERT_TRUE(decodeSeries(encoded, back).ok());
            ASSERT_EQ(back, chip) << metricKey(kAllMetrics[m]);
            values += chip.size();
            bytes += encoded.size();
        }
    }
    // The design target; the measure tool reports the figures per metric.
    EXPECT_LE(double(bytes) / double(values), 0.5);
}

std::vector<int32_t> sampleSeries()
{
    std::vector<int32_t> values(400);
    std::mt19937 rng(3);
    std::uniform_int_distribution<int32_t> noise(-5, 5);
    int32_t level = 300;
    for (size_t i = 0; i < values.size(); ++i) {
        level += noise(rng);
        values[i] = i % 97 == 5 ? kNoData : level;
    }
    values[200] = INT32_MIN;
    return values;
}

// Steady stretches, an outage and a ramp: exercises runs and every mode.
std::vector<int32_t> steadySeries()
{
    std::vector<int32_t> values;
    values.insert(values.end(), 700, 61440);
    values.insert(values.end(), 300, kNoData);
    for (int32_t i = 0; i < 200; ++i)
        values.push_back(1000 + 3 * i);
    values.insert(values.end(), 260, 4);
    values[1400] = 12;
    return values;
}

TEST(SeriesCodec, EveryTruncationIsRejected)
{
    for (const auto &values : {sampleSeries(), steadySeries()}) {
        const std::string bytes = encodeSeries(values);
        ASSERT_EQ(roundTrip(values), values);
        std::vector<int32_t> out;
        for (size_t len = 0; len < bytes.size(); ++len) {
            const Status status = decodeSeries(std::string_view(bytes).substr(0, len), out);
            EXPECT_FALSE(status.ok()) << "length " << len;
            EXPECT_FALSE(status.message().empty());
            EXPECT_TRUE(out.empty());
        }
        // Trailing garbage is an error too.
        EXPECT_FALSE(decodeSeries(bytes + "x", out).ok());
    }
}

TEST(SeriesCodec, RandomBitFlipsNeverCrash)
{
    std::mt19937 rng(5);
    std::vector<int32_t> out;
    int rejected = 0;
    const std::string noisy = encodeSeries(sampleSeries());
    const std::string steady = encodeSeries(steadySeries());
    for (int trial = 0; trial < 40000; ++trial) {
        const std::string &bytes = trial % 2 ? noisy : steady;
        std::string damaged = bytes;
        const int flips = 1 + trial % 4;
        for (int f = 0; f < flips; ++f) {
            const size_t bit = rng() % (damaged.size() * 8);
            damaged[bit / 8] = static_cast<char>(damaged[bit / 8] ^ (1 << (bit % 8)));
        }
        const Status status = decodeSeries(damaged, out);
        if (status.ok()) {
            // Whatever decodes stays within what the bytes can announce.
            EXPECT_LE(out.size(), kMaxSeriesValues);
            EXPECT_EQ(out.size(), decodedCount(damaged));
        } else {
            ++rejected;
            EXPECT_TRUE(out.empty());
        }
    }
    EXPECT_GT(rejected, 0);
}

TEST(SeriesCodec, HugeClaimedCountsAreRejectedBeforeAllocating)
{
    std::vector<int32_t> out;
    // Version 1, count 2^31 as a varint, then a few bytes.
    const std::string claim31("\x01\x80\x80\x80\x80\x08\x00\x00\x00\x00", 10);
    Status status = decodeSeries(claim31, out);
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message().find("exceeds the limit"), std::string::npos) << status.message();
    EXPECT_EQ(decodedCount(claim31), 0u);

    // Under the limit but far more than the bytes can hold.
    std::string claimMillion("\x01\xc0\x84\x3d", 4); // 1,000,000
    claimMillion += std::string(16, '\0');
    status = decodeSeries(claimMillion, out);
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message().find("truncated"), std::string::npos) << status.message();
    // What was reserved follows the bytes given, not the count claimed.
    EXPECT_LE(out.capacity(), 16 * kSeriesFrameValues);

    // A run of repeats longer than the frames left.
    std::vector<int32_t> values(300, 5);
    std::string bytes = encodeSeries(values);
    ASSERT_TRUE(decodeSeries(bytes, out).ok());
    EXPECT_EQ(out, values);
    bytes.back() = 9; // the trailing run counts its frames in its last byte
    status = decodeSeries(bytes, out);
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message().find("run of"), std::string::npos) << status.message();

    // A varint running past 10 bytes, and an unknown version.
    EXPECT_FALSE(decodeSeries(std::string("\x01") + std::string(12, '\xff'), out).ok());
    EXPECT_FALSE(decodeSeries(std::string("\x02\x00", 2), out).ok());
    EXPECT_FALSE(decodeSeries(std::string_view(), out).ok());
}

} // namespace
} // namespace scb
