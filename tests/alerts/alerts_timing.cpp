// Not a test: what evaluating the alert rules costs per tick on the
// simulator's fleet. Usage: scb_alerts_timing [chips] [ticks]

#include "alerts/alertengine.h"
#include "sources/fleetsimulator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char **argv)
{
    using namespace scb;
    const uint32_t chips = argc > 1 ? uint32_t(std::strtoul(argv[1], nullptr, 10)) : 200'000;
    const int ticks = argc > 2 ? std::atoi(argv[2]) : 120;
    const SimulatorConfig config{chips, 4, 1};
    if (const std::string problem = FleetSimulator::validate(config); !problem.empty()) {
        std::fprintf(stderr, "%s\n", problem.c_str());
        return 2;
    }
    FleetSimulator sim(config);
    AlertEngine engine;
    if (const Status s = engine.setInventory(*sim.inventory()); !s) {
        std::fprintf(stderr, "%s\n", s.message().c_str());
        return 1;
    }
    const int64_t startMs = 1'710'914'400'000; // 14:00 CST
    FleetTick tick;
    std::vector<double> ms;
    size_t raised = 0, cleared = 0;
    for (int i = 0; i < ticks; ++i) {
        sim.sample(startMs + int64_t(i) * 1000, tick);
        const auto begin = std::chrono::steady_clock::now();
        const AlertUpdate update = engine.evaluate(tick);
        const auto end = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(end - begin).count());
        raised += update.raised.size();
        cleared += update.cleared.size();
    }
    std::sort(ms.begin(), ms.end());
    const AlertCounters c = engine.counters();
    std::printf("chips %u, ticks %d: evaluate median %.3f ms, p90 %.3f ms, max %.3f ms\n", chips,
                ticks, ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.back());
    std::printf("raised %zu, cleared %zu, open %zu, refused %llu, ticks evaluated %llu\n", raised,
                cleared, engine.activeCount(), (unsigned long long)c.raisesRefused,
                (unsigned long long)c.ticksEvaluated);
    return 0;
}
