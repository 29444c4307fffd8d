// The fake dcgm-exporter and npu-exporter that the scrape tests and the
// scrape benchmark stand on: their pages over real HTTP, and each failure mode.

#include "fakeexporter.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <cmath>
#include <future>
#include <regex>
#include <set>
#include <thread>

using scb::testing::FakeExporter;
using namespace std::chrono_literals;

namespace {

constexpr auto kPrompt = 5s;     // "prompt", without timing anything closely
constexpr auto kHangGuard = 60s; // only catches a hang

// A number as the exporters print it: integers bare, fractions shortest.
std::string text(double value)
{
    if (value == std::floor(value))
        return std::to_string(static_cast<long long>(value));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f",
                  value); // the fake's fractions have 3 decimals at most
    std::string out = buffer;
    while (out.back() == '0')
        out.pop_back();
    return out;
}

bool hasLine(const std::string &page, const std::string &line)
{
    return page.starts_with(line + "\n") || page.find("\n" + line + "\n") != std::string::npos;
}

struct Fake : ::testing::Test
{
    FakeExporter dcgm{FakeExporter::Kind::Dcgm};
    FakeExporter npu{FakeExporter::Kind::Npu};

    void SetUp() override
    {
        ASSERT_TRUE(dcgm.start());
        ASSERT_TRUE(npu.start());
        dcgm.setHost(FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "gpu-a", 4, 7));
        npu.setHost(FakeExporter::makeHost(FakeExporter::Kind::Npu, "npu-a", 4, 8));
    }

    static httplib::Client client(const FakeExporter &e, int readTimeoutMs = 5000)
    {
        httplib::Client c("127.0.0.1", e.port());
        c.set_connection_timeout(5);
        c.set_read_timeout(std::chrono::milliseconds(readTimeoutMs));
        return c;
    }
};

} // namespace

TEST_F(Fake, DcgmPageHasEachChipsValuesAsLines)
{
    const FakeExporter::Host host = FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "gpu-a", 4, 7);
    auto r = client(dcgm).Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_TRUE(r) << httplib::to_string(r.error());
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
    EXPECT_EQ(r->body, dcgm.page("gpu-a"));
    const std::string &page = r->body;
    for (const char *family : {"DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_FB_FREE",
                               "DCGM_FI_DEV_POWER_USAGE", "DCGM_FI_DEV_GPU_TEMP",
                               "DCGM_FI_DEV_XID_ERRORS", "DCGM_FI_DEV_ECC_DBE_VOL_TOTAL",
                               "DCGM_FI_DEV_CLOCK_THROTTLE_REASONS", "DCGM_FI_DEV_SM_CLOCK"}) {
        EXPECT_NE(page.find(std::string("# HELP ") + family + " "), std::string::npos) << family;
        EXPECT_NE(page.find(std::string("# TYPE ") + family + " "), std::string::npos) << family;
    }
    ASSERT_EQ(host.chips.size(), 4u);
    for (const FakeExporter::Chip &c : host.chips) {
        const std::string i = std::to_string(c.index);
        char bus[32];
        std::snprintf(bus, sizeof bus, "00000000:%02X:00.0", 0x18 + c.index);
        const std::string labels = "{gpu=\"" + i + "\",UUID=\"" + c.uuid + "\",pci_bus_id=\"" +
                                   bus + "\",device=\"nvidia" + i +
                                   "\",modelName=\"NVIDIA H100 80GB HBM3\",Hostname=\"gpu-a\"} ";
        EXPECT_TRUE(hasLine(page, "DCGM_FI_DEV_GPU_UTIL" + labels + text(c.utilization))) << i;
        EXPECT_TRUE(hasLine(page, "DCGM_FI_DEV_FB_USED" + labels + text(c.memoryUsedMiB))) << i;
        EXPECT_TRUE(hasLine(page, "DCGM_FI_DEV_FB_FREE" + labels + text(c.memoryFreeMiB))) << i;
        EXPECT_TRUE(hasLine(page, "DCGM_FI_DEV_POWER_USAGE" + labels + text(c.powerW))) << i;
        EXPECT_TRUE(hasLine(page, "DCGM_FI_DEV_GPU_TEMP" + labels + text(c.temperatureC))) << i;
        EXPECT_TRUE(hasLine(page, "DCGM_FI_DEV_XID_ERRORS" + labels + "0")) << i;
    }
}

TEST_F(Fake, NpuPageHasItsLabelsAndAHelpWithoutType)
{
    const FakeExporter::Host host = FakeExporter::makeHost(FakeExporter::Kind::Npu, "npu-a", 4, 8);
    auto r = client(npu).Get(FakeExporter::pathOf("npu-a"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    const std::string &page = r->body;
    EXPECT_NE(page.find("# HELP npu_chip_info_utilization "), std::string::npos);
    EXPECT_EQ(page.find("# TYPE npu_chip_info_utilization "), std::string::npos);
    EXPECT_NE(page.find("# TYPE npu_chip_info_power gauge\n"), std::string::npos);
    for (const FakeExporter::Chip &c : host.chips) {
        const std::string i = std::to_string(c.index);
        const std::string prefix =
            "{id=\"" + i + "\",model_name=\"Ascend910B\",vdie_id=\"" + c.uuid + "\",";
        const std::string suffix = ",namespace=\"\",pod_name=\"\"} ";
        // The chip's whole line of one metric; empty when there is none.
        const auto line = [&](const char *metric) {
            const size_t at = page.find("\n" + std::string(metric) + prefix);
            if (at == std::string::npos)
                return std::string();
            return page.substr(at + 1, page.find('\n', at + 1) - at - 1);
        };
        EXPECT_TRUE(line("npu_chip_info_utilization").ends_with(suffix + text(c.utilization))) << i;
        EXPECT_TRUE(line("npu_chip_info_hbm_used_memory").ends_with(suffix + text(c.memoryUsedMiB)))
            << i;
        EXPECT_TRUE(line("npu_chip_info_hbm_total_memory")
                        .ends_with(suffix + text(c.memoryUsedMiB + c.memoryFreeMiB)))
            << i;
        EXPECT_TRUE(line("npu_chip_info_power").ends_with(suffix + text(c.powerW))) << i;
        EXPECT_TRUE(line("npu_chip_info_temperature").ends_with(suffix + text(c.temperatureC)))
            << i;
        EXPECT_TRUE(line("npu_chip_info_health_status").ends_with(suffix + "1")) << i;
        EXPECT_TRUE(line("npu_chip_info_name").ends_with(suffix + "1")) << i;
    }
}

TEST(FakeExporterHosts, MakeHostIsDeterministicDistinctAndPlausible)
{
    const auto a = FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "g", 8, 42);
    const auto again = FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "g", 8, 42);
    const auto other = FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "g", 8, 43);
    ASSERT_EQ(a.chips.size(), 8u);
    const std::regex uuid("GPU-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    std::set<std::string> uuids;
    std::set<double> util, used, power, temp;
    bool fractional = false;
    for (size_t i = 0; i < a.chips.size(); ++i) {
        const FakeExporter::Chip &c = a.chips[i];
        EXPECT_EQ(c.index, int(i));
        EXPECT_EQ(c.model, "NVIDIA H100 80GB HBM3");
        EXPECT_TRUE(std::regex_match(c.uuid, uuid)) << c.uuid;
        EXPECT_EQ(c.uuid, again.chips[i].uuid);
        EXPECT_EQ(c.powerW, again.chips[i].powerW);
        EXPECT_EQ(c.memoryUsedMiB, again.chips[i].memoryUsedMiB);
        EXPECT_NE(c.uuid, other.chips[i].uuid);
        EXPECT_TRUE(c.utilization >= 0 && c.utilization <= 100) << c.utilization;
        EXPECT_TRUE(c.memoryUsedMiB >= 0 && c.memoryUsedMiB <= 80 * 1024) << c.memoryUsedMiB;
        EXPECT_GT(c.memoryFreeMiB, 0);
        EXPECT_TRUE(c.powerW >= 50 && c.powerW <= 700) << c.powerW;
        EXPECT_TRUE(c.temperatureC >= 30 && c.temperatureC <= 90) << c.temperatureC;
        EXPECT_EQ(std::round(c.powerW * 1000) / 1000, c.powerW); // three decimals at most
        fractional = fractional || c.powerW != std::floor(c.powerW);
        uuids.insert(c.uuid);
        util.insert(c.utilization);
        used.insert(c.memoryUsedMiB);
        power.insert(c.powerW);
        temp.insert(c.temperatureC);
    }
    EXPECT_TRUE(fractional);
    for (size_t distinct : {uuids.size(), util.size(), used.size(), power.size(), temp.size()})
        EXPECT_EQ(distinct, 8u);

    const auto n = FakeExporter::makeHost(FakeExporter::Kind::Npu, "n", 8, 42);
    std::set<std::string> vdies;
    for (const FakeExporter::Chip &c : n.chips) {
        EXPECT_EQ(c.model, "Ascend910B");
        EXPECT_FALSE(c.uuid.empty());
        EXPECT_EQ(c.memoryUsedMiB + c.memoryFreeMiB, 65536);
        vdies.insert(c.uuid);
    }
    EXPECT_EQ(vdies.size(), 8u);
}

TEST_F(Fake, UnknownHostsAndPathsAreNotFound)
{
    auto c = client(dcgm);
    for (const std::string &path :
         {FakeExporter::pathOf("nobody"), FakeExporter::pathOf("npu-a"), std::string("/metrics"),
          std::string("/host/gpu-a"), std::string("/")}) {
        auto r = c.Get(path);
        ASSERT_TRUE(r) << path;
        EXPECT_EQ(r->status, 404) << path;
    }
    dcgm.removeHost("gpu-a");
    auto r = c.Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 404);
    EXPECT_EQ(dcgm.requests(), 6u);
}

TEST_F(Fake, Error500)
{
    dcgm.setMode("gpu-a", FakeExporter::Mode::Error500);
    auto r = client(dcgm).Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 500);
}

TEST_F(Fake, HangTimesTheClientOutAndStopIsPrompt)
{
    dcgm.setMode("gpu-a", FakeExporter::Mode::Hang);
    auto r = client(dcgm, 300).Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), httplib::Error::Read);
    // A second one still held when stop() comes.
    auto held = std::async(std::launch::async, [this] {
        return client(dcgm, 30'000).Get(FakeExporter::pathOf("gpu-a"));
    });
    const auto deadline = std::chrono::steady_clock::now() + kHangGuard;
    while (dcgm.requests() < 2 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(10ms);
    const auto start = std::chrono::steady_clock::now();
    dcgm.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - start, kPrompt);
    ASSERT_EQ(held.wait_for(kHangGuard), std::future_status::ready);
    auto answer = held.get();
    EXPECT_TRUE(!answer || answer->status != 200); // never the page
}

TEST_F(Fake, AHeldRequestIsAnsweredWhenTheModeChanges)
{
    npu.setMode("npu-a", FakeExporter::Mode::Hang);
    auto held = std::async(std::launch::async, [this] {
        return client(npu, 30'000).Get(FakeExporter::pathOf("npu-a"));
    });
    const auto deadline = std::chrono::steady_clock::now() + kHangGuard;
    while (npu.requests() < 1 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(10ms);
    EXPECT_EQ(held.wait_for(200ms), std::future_status::timeout); // held, not answered
    npu.setMode("npu-a", FakeExporter::Mode::Normal);
    ASSERT_EQ(held.wait_for(kHangGuard), std::future_status::ready);
    auto r = held.get();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, npu.page("npu-a"));
}

TEST_F(Fake, HugeIsAValidPagePaddedPast100MB)
{
    dcgm.setMode("gpu-a", FakeExporter::Mode::Huge);
    auto r = client(dcgm, 60'000).Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_TRUE(r) << httplib::to_string(r.error());
    EXPECT_EQ(r->status, 200);
    const std::string page = dcgm.page("gpu-a");
    ASSERT_GE(r->body.size(), 100'000'000u);
    EXPECT_TRUE(r->body.starts_with(page));
    EXPECT_EQ(r->body.back(), '\n');
    // Everything after the page is comment lines.
    size_t lines = 0;
    for (size_t at = page.size(); at < r->body.size(); at = r->body.find('\n', at) + 1, ++lines)
        ASSERT_EQ(r->body.compare(at, 2, "# "), 0) << "at byte " << at;
    EXPECT_GT(lines, 0u);
}

TEST_F(Fake, GarbageIsNotText)
{
    npu.setMode("npu-a", FakeExporter::Mode::Garbage);
    auto r = client(npu).Get(FakeExporter::pathOf("npu-a"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_FALSE(r->body.empty());
    EXPECT_NE(r->body.find('\x01'), std::string::npos);
    EXPECT_EQ(r->body.find("npu_chip_info"), std::string::npos);
}

TEST_F(Fake, PartialCutsThePageInASampleLine)
{
    dcgm.setMode("gpu-a", FakeExporter::Mode::Partial);
    auto r = client(dcgm).Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    const std::string page = dcgm.page("gpu-a");
    const std::string &body = r->body;
    ASSERT_FALSE(body.empty());
    ASSERT_LT(body.size(), page.size());
    EXPECT_TRUE(page.starts_with(body));
    EXPECT_NE(body.back(), '\n');
    const size_t lastLine = body.rfind('\n') + 1;
    EXPECT_EQ(body.compare(lastLine, 5, "DCGM_"), 0) << body.substr(lastLine);
}

TEST_F(Fake, SetHostChangesTheNextPage)
{
    auto c = client(dcgm);
    auto before = c.Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_TRUE(before);
    dcgm.setHost(FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "gpu-a", 5, 99));
    auto after = c.Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_TRUE(after);
    EXPECT_NE(after->body, before->body);
    EXPECT_EQ(after->body, dcgm.page("gpu-a"));
    EXPECT_NE(after->body.find("gpu=\"4\""), std::string::npos); // the fifth chip
    EXPECT_EQ(dcgm.requests(), 2u);
}

TEST_F(Fake, ManyClientsAtOnceAllGetThePage)
{
    // More connections than the fake has workers, each kept alive for
    // several requests: the ones queued behind others must still be served.
    const std::string page = npu.page("npu-a");
    std::vector<std::future<int>> clients;
    for (int i = 0; i < 96; ++i)
        clients.push_back(std::async(std::launch::async, [this, &page] {
            auto c = client(npu, 20'000);
            c.set_keep_alive(true);
            int ok = 0;
            for (int r = 0; r < 10; ++r) {
                auto got = c.Get(FakeExporter::pathOf("npu-a"));
                ok += got && got->status == 200 && got->body == page ? 1 : 0;
            }
            return ok;
        }));
    int ok = 0;
    for (auto &c : clients)
        ok += c.get();
    EXPECT_EQ(ok, 960);
    EXPECT_EQ(npu.requests(), 960u);
}

TEST_F(Fake, StartsAgainAfterStop)
{
    dcgm.stop();
    dcgm.stop();
    ASSERT_TRUE(dcgm.start());
    auto r = client(dcgm).Get(FakeExporter::pathOf("gpu-a"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, dcgm.page("gpu-a"));
}
