#pragma once

#include "core/metrics.h"
#include "core/status.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scb {

// The row formats of the compacted chip history: several seriescodec series
// bundled into one blob, so that one SQLite row (one key, one record header)
// carries a chip's five metrics and a reader decodes only the one it wants.
//
// Bundle format (version 1):
//   byte      bundle version (1)
//   varint    series count K (at most kMaxBundleSeries)
//   K varints byte length of each series
//   bytes     the K encodeSeries() payloads, in order
inline constexpr size_t kMaxBundleSeries = 64;

std::string encodeBundle(std::span<const std::string> series);
// The series `index` of a bundle, without decoding the others. Untrusted input:
// a malformed bundle or a missing index is an error naming what is wrong.
Result<std::string_view> bundleEntry(std::string_view bundle, size_t index);

// Min / max / sum / count of one metric per bucket, and when its first
// sample was: what a rollup keeps. Buckets with count 0 had no sample (min,
// max, sum and first are then 0). first is in ms after the bucket's own time
// (which the row's segment or day gives), so that a rollup point sits where
// the per-tick answer's would: at its first sample.
struct BucketStats
{
    std::vector<int32_t> min;
    std::vector<int32_t> max;
    std::vector<int64_t> sum;
    std::vector<int32_t> count;
    std::vector<int32_t> first;

    size_t size() const { return count.size(); }
    // keep: keep the buckets there are, new ones empty; else all empty.
    void resize(size_t buckets, bool keep = false);
    // Folds value, sampled offsetMs after the bucket's time, into bucket b
    // (in time order); kNoData is skipped.
    void add(size_t b, int32_t value, int32_t offsetMs)
    {
        if (value == kNoData)
            return;
        if (count[b] == 0) {
            min[b] = max[b] = value;
            first[b] = offsetMs;
        } else {
            min[b] = value < min[b] ? value : min[b];
            max[b] = value > max[b] ? value : max[b];
        }
        sum[b] += value;
        ++count[b];
    }
    // Folds bucket ob of other, a later one whose time is shiftMs after this
    // bucket's, into bucket b.
    void merge(size_t b, const BucketStats &other, size_t ob, int32_t shiftMs);
};

// A raw block: one chip's five metrics over the ticks of one segment.
std::string encodeRawBlock(const std::array<std::span<const int32_t>, kMetricCount> &metrics);
Status decodeRawBlock(std::string_view block, Metric metric, std::vector<int32_t> &out);

// A rollup block: per metric the BucketStats of one chip, for buckets whose
// times the row's segment (1 min) or its own first series (1 h) gives. The sum
// is stored as two int32 series (low and high word): exact for any count;
// first is mostly 0, a run of a few bytes.
// times (may be empty) is an extra leading series of bucket times, in units the
// caller chooses.
std::string encodeStatsBlock(std::span<const int32_t> times,
                             const std::array<BucketStats, kMetricCount> &stats);
// Decodes the leading times series (empty if the block has none).
Status decodeStatsTimes(std::string_view block, std::vector<int32_t> &times);
Status decodeStatsBlock(std::string_view block, Metric metric, BucketStats &out);
Status decodeStatsBlock(std::string_view block, std::array<BucketStats, kMetricCount> &out);

} // namespace scb
