#include "store/blockcodec.h"

#include "store/seriescodec.h"
#include "store/varint.h"

#include <algorithm>

namespace scb {

namespace {

constexpr uint8_t kBundleVersion = 1;
constexpr size_t kStatsSeriesPerMetric = 6; // min, max, sum low, sum high, count, first

Status decodeEntry(std::string_view bundle, size_t index, std::vector<int32_t> &out)
{
    auto entry = bundleEntry(bundle, index);
    if (!entry.ok()) {
        out.clear();
        return entry.status();
    }
    return decodeSeries(*entry, out);
}

// The int64 sum as low and high words, each a plain int32 series.
void splitSum(std::span<const int64_t> sum, std::vector<int32_t> &low, std::vector<int32_t> &high)
{
    low.resize(sum.size());
    high.resize(sum.size());
    for (size_t i = 0; i < sum.size(); ++i) {
        const auto u = static_cast<uint64_t>(sum[i]);
        low[i] = static_cast<int32_t>(static_cast<uint32_t>(u));
        high[i] = static_cast<int32_t>(static_cast<uint32_t>(u >> 32));
    }
}

// Builds a bundle from series encoded straight into one buffer.
class BundleWriter
{
public:
    void add(std::span<const int32_t> values)
    {
        const size_t before = m_payload.size();
        appendSeries(m_payload, values);
        m_lengths.push_back(m_payload.size() - before);
    }
    std::string finish() const
    {
        std::string out;
        out.reserve(2 + m_lengths.size() * 2 + m_payload.size());
        out.push_back(static_cast<char>(kBundleVersion));
        putVarint(out, m_lengths.size());
        for (size_t n : m_lengths)
            putVarint(out, n);
        out += m_payload;
        return out;
    }

private:
    std::string m_payload;
    std::vector<size_t> m_lengths;
};

} // namespace

void BucketStats::resize(size_t buckets, bool keep)
{
    if (!keep) {
        min.clear();
        max.clear();
        sum.clear();
        count.clear();
        first.clear();
    }
    min.resize(buckets, 0);
    max.resize(buckets, 0);
    sum.resize(buckets, 0);
    count.resize(buckets, 0);
    first.resize(buckets, 0);
}

void BucketStats::merge(size_t b, const BucketStats &other, size_t ob, int32_t shiftMs)
{
    if (other.count[ob] == 0)
        return;
    if (count[b] == 0) {
        min[b] = other.min[ob];
        max[b] = other.max[ob];
        first[b] = static_cast<int32_t>(static_cast<uint32_t>(shiftMs) +
                                        static_cast<uint32_t>(other.first[ob]));
    } else {
        min[b] = std::min(min[b], other.min[ob]);
        max[b] = std::max(max[b], other.max[ob]);
    }
    sum[b] += other.sum[ob];
    count[b] += other.count[ob];
}

std::string encodeBundle(std::span<const std::string> series)
{
    std::string out;
    size_t total = 0;
    for (const std::string &s : series)
        total += s.size();
    out.reserve(2 + series.size() * 3 + total);
    out.push_back(static_cast<char>(kBundleVersion));
    putVarint(out, series.size());
    for (const std::string &s : series)
        putVarint(out, s.size());
    for (const std::string &s : series)
        out += s;
    return out;
}

Result<std::string_view> bundleEntry(std::string_view bundle, size_t index)
{
    if (bundle.empty())
        return Status::error("series bundle: empty");
    if (static_cast<uint8_t>(bundle[0]) != kBundleVersion)
        return Status::error("series bundle: unknown version " +
                             std::to_string(static_cast<uint8_t>(bundle[0])));
    size_t pos = 1;
    uint64_t count = 0;
    if (!getVarint(bundle, pos, count) || count > kMaxBundleSeries)
        return Status::error("series bundle: bad series count");
    if (index >= count)
        return Status::error("series bundle: holds " + std::to_string(count) +
                             " series, not series " + std::to_string(index));
    uint64_t offset = 0;
    uint64_t length = 0;
    for (uint64_t i = 0; i < count; ++i) {
        uint64_t n = 0;
        if (!getVarint(bundle, pos, n) || n > bundle.size())
            return Status::error("series bundle: bad length of series " + std::to_string(i));
        if (i < index)
            offset += n;
        else if (i == index)
            length = n;
    }
    // pos is now where the payloads begin; each length is at most the bundle
    // size (checked above), so offset is at most kMaxBundleSeries times it and
    // the sums cannot overflow.
    if (pos + offset + length > bundle.size())
        return Status::error("series bundle: series " + std::to_string(index) +
                             " runs past the end");
    return bundle.substr(pos + offset, length);
}

std::string encodeRawBlock(const std::array<std::span<const int32_t>, kMetricCount> &metrics)
{
    BundleWriter bundle;
    for (const auto &m : metrics)
        bundle.add(m);
    return bundle.finish();
}

Status decodeRawBlock(std::string_view block, Metric metric, std::vector<int32_t> &out)
{
    return decodeEntry(block, static_cast<size_t>(metric), out);
}

std::string encodeStatsBlock(std::span<const int32_t> times,
                             const std::array<BucketStats, kMetricCount> &stats)
{
    BundleWriter bundle;
    bundle.add(times);
    std::vector<int32_t> low;
    std::vector<int32_t> high;
    for (const BucketStats &s : stats) {
        bundle.add(s.min);
        bundle.add(s.max);
        splitSum(s.sum, low, high);
        bundle.add(low);
        bundle.add(high);
        bundle.add(s.count);
        bundle.add(s.first);
    }
    return bundle.finish();
}

Status decodeStatsTimes(std::string_view block, std::vector<int32_t> &times)
{
    return decodeEntry(block, 0, times);
}

Status decodeStatsBlock(std::string_view block, Metric metric, BucketStats &out)
{
    const size_t base = 1 + static_cast<size_t>(metric) * kStatsSeriesPerMetric;
    std::vector<int32_t> low;
    std::vector<int32_t> high;
    Status s = decodeEntry(block, base, out.min);
    if (s.ok())
        s = decodeEntry(block, base + 1, out.max);
    if (s.ok())
        s = decodeEntry(block, base + 2, low);
    if (s.ok())
        s = decodeEntry(block, base + 3, high);
    if (s.ok())
        s = decodeEntry(block, base + 4, out.count);
    if (s.ok())
        s = decodeEntry(block, base + 5, out.first);
    const size_t n = out.count.size();
    if (s.ok() && (out.min.size() != n || out.max.size() != n || low.size() != n ||
                   high.size() != n || out.first.size() != n))
        s = Status::error("rollup block: series of different lengths");
    if (!s.ok()) {
        out.resize(0);
        return s;
    }
    out.sum.resize(n);
    for (size_t i = 0; i < n; ++i) {
        if (out.count[i] < 0) {
            out.resize(0);
            return Status::error("rollup block: a negative sample count");
        }
        out.sum[i] = static_cast<int64_t>(uint64_t(static_cast<uint32_t>(high[i])) << 32 |
                                          static_cast<uint32_t>(low[i]));
    }
    return {};
}

Status decodeStatsBlock(std::string_view block, std::array<BucketStats, kMetricCount> &out)
{
    for (int m = 0; m < kMetricCount; ++m) {
        if (Status s = decodeStatsBlock(block, static_cast<Metric>(m), out[m]); !s.ok())
            return s;
    }
    return {};
}

} // namespace scb
