// scb-fake-exporters: dcgm-exporter and npu-exporter pages served on
// loopback, for trying `scb-telemetryd --source scrape:FILE` without a GPU
// in sight. The pages are sample data (tests/support/fakeexporter.h): they
// change every interval, and say nothing about any real chip.

#include "fakeexporter.h"

#include <charconv>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

bool parseCount(std::string_view text, int min, int max, int &out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && out >= min && out <= max;
}

const char *const kUsage =
    "Usage: scb-fake-exporters --targets-out FILE [options]\n"
    "Serves sample dcgm-exporter and npu-exporter pages on 127.0.0.1 and writes a\n"
    "targets file for `scb-telemetryd --source scrape:FILE`. Runs until SIGINT or SIGTERM.\n"
    "  --dcgm-hosts N   hosts of NVIDIA GPUs (default 2)\n"
    "  --npu-hosts N    hosts of Ascend NPUs (default 2)\n"
    "  --chips N        chips a host, 1..64 (default 8)\n"
    "  --interval-s N   new values every N seconds (default 15)\n";

} // namespace

int main(int argc, char **argv)
{
    using scb::testing::FakeExporter;
    int dcgmHosts = 2;
    int npuHosts = 2;
    int chips = 8;
    int intervalS = 15;
    std::string targetsOut;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        const bool hasValue = i + 1 < argc;
        const std::string_view value = hasValue ? argv[i + 1] : "";
        bool ok = hasValue;
        if (flag == "--help") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (flag == "--targets-out") {
            targetsOut = value;
        } else if (flag == "--dcgm-hosts") {
            ok = ok && parseCount(value, 0, 100'000, dcgmHosts);
        } else if (flag == "--npu-hosts") {
            ok = ok && parseCount(value, 0, 100'000, npuHosts);
        } else if (flag == "--chips") {
            ok = ok && parseCount(value, 1, 64, chips);
        } else if (flag == "--interval-s") {
            ok = ok && parseCount(value, 1, 3600, intervalS);
        } else {
            ok = false;
        }
        if (!ok) {
            std::fprintf(stderr, "scb-fake-exporters: bad option '%s' (see --help)\n", argv[i]);
            return 2;
        }
        ++i;
    }
    if (targetsOut.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    FakeExporter dcgm(FakeExporter::Kind::Dcgm);
    FakeExporter npu(FakeExporter::Kind::Npu);
    if (!dcgm.start() || !npu.start()) {
        std::fprintf(stderr, "scb-fake-exporters: cannot listen on 127.0.0.1\n");
        return 1;
    }
    const auto hostName = [](bool gpu, int i) {
        return std::string(gpu ? "gpu-node-" : "npu-node-") + std::to_string(i + 1);
    };
    const auto refresh = [&](uint32_t round) {
        for (int i = 0; i < dcgmHosts; ++i)
            dcgm.setHost(FakeExporter::makeHost(FakeExporter::Kind::Dcgm, hostName(true, i), chips,
                                                uint32_t(i) * 7919u + round));
        for (int i = 0; i < npuHosts; ++i)
            npu.setHost(FakeExporter::makeHost(FakeExporter::Kind::Npu, hostName(false, i), chips,
                                               uint32_t(i) * 7907u + round + 1'000'003u));
    };
    refresh(0);
    {
        std::ofstream out(targetsOut);
        out << "[\n";
        bool first = true;
        for (int i = 0; i < dcgmHosts + npuHosts; ++i) {
            const bool gpu = i < dcgmHosts;
            const std::string host = hostName(gpu, gpu ? i : i - dcgmHosts);
            out << (first ? "" : ",\n") << "  {\"targets\": [\"" << (gpu ? dcgm : npu).address()
                << "\"], \"labels\": {\"center\": \""
                << (gpu ? "Sample GPU center" : "Sample NPU center") << "\", \"exporter\": \""
                << (gpu ? "dcgm" : "npu") << "\", \"rack\": \"" << (gpu ? i : i - dcgmHosts) / 4 + 1
                << "\", \"__metrics_path__\": \"" << FakeExporter::pathOf(host) << "\"}}";
            first = false;
        }
        out << "\n]\n";
        if (!out) {
            std::fprintf(stderr, "scb-fake-exporters: cannot write %s\n", targetsOut.c_str());
            return 1;
        }
    }
    std::printf("scb-fake-exporters: %d dcgm hosts on %s, %d npu hosts on %s, targets in %s\n",
                dcgmHosts, dcgm.address().c_str(), npuHosts, npu.address().c_str(),
                targetsOut.c_str());
    std::fflush(stdout);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    for (uint32_t round = 1; !g_stop; ++round) {
        for (int s = 0; s < intervalS * 10 && !g_stop; ++s)
            usleep(100'000);
        refresh(round);
    }
    return 0;
}
