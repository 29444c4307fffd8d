#include "store/downsampler.h"

#include <algorithm>

namespace scb {

void Downsampler::add(int64_t unixMs, double min, double max, double sum, int64_t count)
{
    const Bucket sample{unixMs, min, max, sum, count};
    if (m_bucketing) {
        addToBucket(sample);
        return;
    }
    m_samples.push_back(sample);
    if (m_samples.size() <= m_window.maxPoints)
        return;
    // Too many for one point per sample: fold what we have into buckets.
    m_bucketing = true;
    for (const Bucket &b : m_samples)
        addToBucket(b);
    m_samples = {};
}

std::vector<SeriesPoint> Downsampler::finish()
{
    if (m_bucketing) {
        flush();
        return std::move(m_points);
    }
    std::vector<SeriesPoint> points;
    points.reserve(m_samples.size());
    for (const Bucket &b : m_samples)
        points.push_back({b.unixMs, b.min, b.sum / static_cast<double>(b.count), b.max});
    return points;
}

void Downsampler::addToBucket(const Bucket &sample)
{
    // Samples before fromMs (a rollup row that started earlier) join the first bucket.
    const int64_t bucket =
        std::max<int64_t>(0, (sample.unixMs - m_window.fromMs) / m_window.widthMs);
    if (!m_open || bucket != m_bucket) {
        flush();
        m_open = true;
        m_bucket = bucket;
        m_current = sample;
        m_current.unixMs = std::max(sample.unixMs, m_window.fromMs);
        return;
    }
    m_current.min = std::min(m_current.min, sample.min);
    m_current.max = std::max(m_current.max, sample.max);
    m_current.sum += sample.sum;
    m_current.count += sample.count;
}

void Downsampler::flush()
{
    if (!m_open)
        return;
    m_points.push_back({m_current.unixMs, m_current.min,
                        m_current.sum / static_cast<double>(m_current.count), m_current.max});
    m_open = false;
}

} // namespace scb
