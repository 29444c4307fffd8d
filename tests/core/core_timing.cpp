// Prints what one simulator tick, its aggregates and the tick codec cost on
// this machine, and how small a tick compresses. A measuring tool, not a test:
//   scb_core_timing [chips] [ticks]
#include "core/aggregates.h"
#include "core/tickcodec.h"
#include "sources/fleetsimulator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this thread: on a shared machine, wall time also counts the
// other processes that ran meanwhile.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double median()
    {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0.0 : ms[ms.size() / 2];
    }
};

} // namespace

int main(int argc, char **argv)
{
    const uint32_t chips = argc > 1 ? uint32_t(std::strtoul(argv[1], nullptr, 10)) : 200'000;
    const int ticks = argc > 2 ? std::atoi(argv[2]) : 60;
    scb::SimulatorConfig config;
    config.chips = chips;
    const std::string problem = scb::FleetSimulator::validate(config);
    if (!problem.empty()) {
        std::fprintf(stderr, "scb_core_timing: %s\n", problem.c_str());
        return 2;
    }

    auto start = Clock::now();
    scb::FleetSimulator sim(config);
    const auto inventory = sim.inventory();
    const double buildMs = msSince(start);
    start = Clock::now();
    const std::string invalid = scb::validateInventory(*inventory);
    const double validateMs = msSince(start);
    const scb::InventoryIndex index = scb::InventoryIndex::build(*inventory);

    // 14:00 CST on 2024-03-20, then one tick per second.
    const int64_t t0 = 1710914400000;
    Timing sample, aggregate, encode, decode;
    double sampleCpuMs = 0;
    size_t encodedBytes = 0;
    size_t events = 0;
    double utilMean = 0;
    uint64_t throttled = 0;
    uint64_t online = 0;
    uint64_t faults = 0;
    scb::FleetTick tick;
    scb::FleetTick decoded;
    for (int i = 0; i < ticks; ++i) {
        start = Clock::now();
        const double cpuStart = threadCpuMs();
        sim.sample(t0 + i * 1000, tick);
        sampleCpuMs += threadCpuMs() - cpuStart;
        sample.add(msSince(start));

        start = Clock::now();
        const scb::FleetAggregates agg = scb::computeAggregates(*inventory, index, tick);
        aggregate.add(msSince(start));
        utilMean += agg.fleet.utilizationMean() / ticks;
        throttled += agg.fleet.chipsThrottled;
        online += agg.fleet.chipsOnline;
        faults += agg.fleet.chipsFault;
        events += tick.events.size();

        start = Clock::now();
        const std::string bytes = scb::encodeTick(tick);
        encode.add(msSince(start));
        encodedBytes += bytes.size();

        start = Clock::now();
        const scb::Status status = scb::decodeTick(bytes, decoded);
        decode.add(msSince(start));
        if (!status.ok() || !(decoded == tick)) {
            std::fprintf(stderr, "round trip failed: %s\n", status.message().c_str());
            return 1;
        }
    }

    std::printf("fleet: %u chips, %zu nodes, %zu centers; inventory %s\n", chips,
                inventory->nodes.size(), inventory->centers.size(),
                invalid.empty() ? "valid" : invalid.c_str());
    std::printf("build inventory      %8.2f ms\n", buildMs);
    std::printf("validateInventory    %8.2f ms\n", validateMs);
    std::printf("sample (median)      %8.2f ms per tick (mean thread CPU %.2f ms)\n",
                sample.median(), sampleCpuMs / ticks);
    std::printf("computeAggregates    %8.3f ms per tick\n", aggregate.median());
    std::printf("encodeTick           %8.2f ms per tick\n", encode.median());
    std::printf("decodeTick           %8.2f ms per tick\n", decode.median());
    std::printf("encoded size         %8.3f bytes per chip (%.0f bytes per tick)\n",
                double(encodedBytes) / ticks / chips, double(encodedBytes) / ticks);
    std::printf("10 min replay ring   %8.1f MiB at 1 Hz\n",
                double(encodedBytes) / ticks * 600 / (1024.0 * 1024.0));
    std::printf("per tick: mean util %.1f %%, online %.1f %%, throttled %.3f %%, fault %.4f %%, "
                "%.2f events\n",
                utilMean, 100.0 * online / ticks / chips, 100.0 * throttled / ticks / chips,
                100.0 * faults / ticks / chips, double(events) / ticks);
    return 0;
}
