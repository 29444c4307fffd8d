#pragma once

#include "store/historystore.h"
#include "store/querywindow.h"

#include <cstdint>
#include <vector>

namespace scb {

// Turns time-ordered samples into at most maxPoints points: one per sample
// while they fit, else min/avg/max per bucket of the window. A sample may
// itself be a rollup (min, max, sum and count of several), so that avg weighs
// ticks, not rows. Streams: a long range does not hold every sample.
class Downsampler
{
public:
    explicit Downsampler(const QueryWindow &window)
        : m_window(window)
    {
    }
    void add(int64_t unixMs, double value) { add(unixMs, value, value, value, 1); }
    void add(int64_t unixMs, double min, double max, double sum, int64_t count);
    std::vector<SeriesPoint> finish();

private:
    struct Bucket
    {
        int64_t unixMs;
        double min;
        double max;
        double sum;
        int64_t count;
    };
    void addToBucket(const Bucket &sample);
    void flush();

    QueryWindow m_window;
    std::vector<Bucket> m_samples; // while one point per sample still fits
    std::vector<SeriesPoint> m_points;
    bool m_bucketing = false;
    bool m_open = false;
    int64_t m_bucket = 0;
    Bucket m_current{};
};

} // namespace scb
