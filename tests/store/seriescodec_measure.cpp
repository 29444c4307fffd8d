// Measures the series codec on the simulator workload: bytes per value per
// metric and overall, encode and decode throughput, beside raw int32 and
// zstd level 1 over the same raw series. A tool to run, not a test.
//
//   scb_seriescodec_measure [chips=2000] [seconds=3600] [startUnixMs]

#include "core/fleettick.h"
#include "core/metrics.h"
#include "sources/fleetsimulator.h"
#include "store/seriescodec.h"

#include <zstd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace scb;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Figures
{
    size_t values = 0;
    size_t codecBytes = 0;
    size_t zstdBytes = 0;
    double encodeS = 0;
    double decodeS = 0;
    double zstdDecodeS = 0;
};

void printRow(const char *name, const Figures &f)
{
    const double v = double(f.values);
    std::printf("%-16s %10zu %9.3f %9.3f %9.3f %10.1f %10.1f %10.1f\n", name, f.values,
                double(f.codecBytes) / v, double(f.zstdBytes) / v, 4.0, v / f.encodeS / 1e6,
                v / f.decodeS / 1e6, v / f.zstdDecodeS / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    const uint32_t chips = argc > 1 ? uint32_t(std::strtoul(argv[1], nullptr, 10)) : 2000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 3600;
    const int64_t startMs = argc > 3 ? std::strtoll(argv[3], nullptr, 10) : 1'768'453'200'000;
    const SimulatorConfig config{chips, 4, 1};
    if (const std::string why = FleetSimulator::validate(config); !why.empty() || seconds <= 0) {
        std::fprintf(stderr, "bad arguments: %s\n",
                     why.empty() ? "seconds must be > 0" : why.c_str());
        return 2;
    }

    FleetSimulator sim(config);
    std::array<std::vector<std::vector<int32_t>>, kMetricCount> series;
    FleetTick tick;
    const auto simStart = Clock::now();
    for (int s = 0; s < seconds; ++s) {
        sim.sample(startMs + int64_t(s) * 1000, tick);
        for (int m = 0; m < kMetricCount; ++m) {
            series[m].resize(tick.chipCount());
            for (uint32_t c = 0; c < tick.chipCount(); ++c)
                series[m][c].push_back(tick.columns[m][c]);
        }
    }
    std::printf("simulator: %u chips x %d s from unixMs %lld, sampled in %.1f s\n", chips, seconds,
                static_cast<long long>(startMs), secondsSince(simStart));
    std::printf("%-16s %10s %9s %9s %9s %10s %10s %10s\n", "metric", "values", "codec B/v",
                "zstd1 B/v", "raw B/v", "enc Mv/s", "dec Mv/s", "zstd dec");

    Figures total;
    std::vector<int32_t> back;
    std::vector<int32_t> zback;
    std::string zbuf;
    bool mismatch = false;
    for (int m = 0; m < kMetricCount; ++m) {
        Figures f;
        std::vector<std::string> encoded(series[m].size());
        auto t = Clock::now();
        for (size_t c = 0; c < series[m].size(); ++c)
            encoded[c] = encodeSeries(series[m][c]);
        f.encodeS = secondsSince(t);
        t = Clock::now();
        for (size_t c = 0; c < series[m].size(); ++c) {
            if (!decodeSeries(encoded[c], back).ok() || back != series[m][c])
                mismatch = true;
        }
        f.decodeS = secondsSince(t);

        std::vector<std::string> compressed(series[m].size());
        for (size_t c = 0; c < series[m].size(); ++c) {
            const auto &raw = series[m][c];
            zbuf.resize(ZSTD_compressBound(raw.size() * 4));
            const size_t n = ZSTD_compress(zbuf.data(), zbuf.size(), raw.data(), raw.size() * 4, 1);
            compressed[c].assign(zbuf.data(), ZSTD_isError(n) ? 0 : n);
            f.zstdBytes += compressed[c].size();
        }
        t = Clock::now();
        for (size_t c = 0; c < series[m].size(); ++c) {
            zback.resize(series[m][c].size());
            const size_t n = ZSTD_decompress(zback.data(), zback.size() * 4, compressed[c].data(),
                                             compressed[c].size());
            if (ZSTD_isError(n) || zback != series[m][c])
                mismatch = true;
        }
        f.zstdDecodeS = secondsSince(t);

        for (size_t c = 0; c < series[m].size(); ++c) {
            f.values += series[m][c].size();
            f.codecBytes += encoded[c].size();
        }
        printRow(std::string(metricKey(kAllMetrics[m])).c_str(), f);
        total.values += f.values;
        total.codecBytes += f.codecBytes;
        total.zstdBytes += f.zstdBytes;
        total.encodeS += f.encodeS;
        total.decodeS += f.decodeS;
        total.zstdDecodeS += f.zstdDecodeS;
    }
    printRow("overall", total);

    // The history query's unit of work: 7 days of one chip, one metric.
    std::vector<int32_t> week;
    week.reserve(7 * 86400);
    while (week.size() < 7 * 86400) {
        const auto &src = series[0][week.size() / seconds % series[0].size()];
        week.insert(week.end(), src.begin(), src.end());
    }
    week.resize(7 * 86400);
    const std::string weekBytes = encodeSeries(week);
    const auto t = Clock::now();
    constexpr int kRepeats = 20;
    bool weekOk = true;
    for (int i = 0; i < kRepeats; ++i)
        weekOk = decodeSeries(weekBytes, back).ok() && weekOk;
    const double weekMs = secondsSince(t) / kRepeats * 1e3;
    if (!weekOk || back != week)
        mismatch = true;
    std::printf("7 days of one chip's utilization (%zu values, %zu bytes): decode %.3f ms\n",
                week.size(), weekBytes.size(), weekMs);

    if (mismatch) {
        std::fprintf(stderr, "round trip mismatch\n");
        return 1;
    }
    return 0;
}
