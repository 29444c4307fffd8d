// scb-telemetryd --source scrape:FILE as an operator runs it: the built
// executable scraping fake dcgm-exporter and npu-exporter pages over real
// HTTP on loopback, read by a gRPC client, its /metrics read over HTTP.

#include "childprocess.h"
#include "fakeexporter.h"
#include "statsdata.h"
#include "tempdir.h"

#include "scb/v1/telemetry.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <cmath>
#include <csignal>
#include <map>
#include <string>
#include <vector>

namespace {

using scb::testing::FakeExporter;

class Server : public scb::test::ChildProcess
{
public:
    explicit Server(const std::vector<std::string> &args)
        : ChildProcess(SCB_TELEMETRYD, args)
    {
    }
};

int portAfter(const std::string &line, const std::string &prefix)
{
    const auto at = line.find(prefix);
    return at == std::string::npos ? 0 : std::atoi(line.c_str() + at + prefix.size());
}

// One whole tick from the stream: every column by chip index.
struct Tick
{
    int64_t unixMs = 0;
    uint64_t version = 0;
    std::vector<uint32_t> util, memory, power, temperature, state;
    std::vector<scb::v1::ChipEvent> events;
};

class Reader
{
public:
    explicit Reader(int port)
    {
        grpc::ChannelArguments args;
        args.SetMaxReceiveMessageSize(64 << 20);
        m_stub = scb::v1::TelemetryService::NewStub(grpc::CreateCustomChannel(
            "127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials(), args));
        m_context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(90));
        m_stream = m_stub->StreamSamples(&m_context, {});
    }
    scb::v1::Inventory inventory()
    {
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        scb::v1::Inventory inventory;
        EXPECT_TRUE(m_stub->GetInventory(&context, {}, &inventory).ok());
        return inventory;
    }
    bool next(Tick &tick)
    {
        tick = Tick{};
        scb::v1::SampleChunk chunk;
        while (m_stream->Read(&chunk)) {
            if (chunk.first_chip() == 0)
                tick = Tick{chunk.unix_ms(), chunk.inventory_version(), {}, {}, {}, {}, {}, {}};
            tick.util.insert(tick.util.end(), chunk.utilization_pct().begin(),
                             chunk.utilization_pct().end());
            tick.memory.insert(tick.memory.end(), chunk.memory_used_mib().begin(),
                               chunk.memory_used_mib().end());
            tick.power.insert(tick.power.end(), chunk.power_watts().begin(),
                              chunk.power_watts().end());
            tick.temperature.insert(tick.temperature.end(), chunk.temperature_c().begin(),
                                    chunk.temperature_c().end());
            tick.state.insert(tick.state.end(), chunk.state().begin(), chunk.state().end());
            tick.events.insert(tick.events.end(), chunk.events().begin(), chunk.events().end());
            if (tick.util.size() == chunk.tick_chip_count())
                return true;
        }
        return false;
    }

private:
    std::unique_ptr<scb::v1::TelemetryService::Stub> m_stub;
    grpc::ClientContext m_context;
    std::unique_ptr<grpc::ClientReader<scb::v1::SampleChunk>> m_stream;
};

struct TelemetrydScrape : ::testing::Test
{
    FakeExporter dcgm{FakeExporter::Kind::Dcgm};
    FakeExporter npu{FakeExporter::Kind::Npu};
    scb::test::TempDir dir;
    std::map<std::string, FakeExporter::Host> served;

    void SetUp() override
    {
        ASSERT_TRUE(dcgm.start());
        ASSERT_TRUE(npu.start());
        serve(dcgm, FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "gpu-a", 8, 11));
        serve(dcgm, FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "gpu-b", 8, 12));
        serve(npu, FakeExporter::makeHost(FakeExporter::Kind::Npu, "npu-a", 8, 13));
        serve(npu, FakeExporter::makeHost(FakeExporter::Kind::Npu, "npu-b", 8, 14));
        std::string targets = "[\n";
        for (const auto &[host, exporter, center] :
             std::vector<std::tuple<std::string, FakeExporter *, std::string>>{
                 {"gpu-a", &dcgm, "Gui'an"},
                 {"gpu-b", &dcgm, "Gui'an"},
                 {"npu-a", &npu, "Guiyang"},
                 {"npu-b", &npu, "Guiyang"}}) {
            targets += std::string(host == "gpu-a" ? "" : ",\n") + "{\"targets\": [\"" +
                       exporter->address() + "\"], \"labels\": {\"center\": \"" + center +
                       "\", \"exporter\": \"" + (exporter == &dcgm ? "dcgm" : "npu") +
                       "\", \"__metrics_path__\": \"" + FakeExporter::pathOf(host) + "\"}}";
        }
        dir.write("targets.json", targets + "\n]\n");
        std::filesystem::create_directories(dir.path() / "data");
        scb::test::writeDataFolder(dir.path() / "data", scb::test::statisticsData(3));
    }
    void serve(FakeExporter &exporter, const FakeExporter::Host &host)
    {
        exporter.setHost(host);
        served[host.name] = host;
    }
    std::vector<std::string> arguments()
    {
        return {"--listen",
                "127.0.0.1:0",
                "--source",
                "scrape:" + dir.file("targets.json"),
                "--interval-ms",
                "1000",
                "--scrape-timeout-ms",
                "500",
                "--metrics-listen",
                "127.0.0.1:0",
                "--data-dir",
                (dir.path() / "data").string()};
    }
};

TEST_F(TelemetrydScrape, ServesBothVendorsValueForValueAndNamesSilentTargets)
{
    Server server(arguments());
    std::string listening, metricsLine;
    ASSERT_TRUE(server.waitForLine("listening on", listening)) << server.errLines();
    ASSERT_TRUE(server.waitForLine("/metrics on", metricsLine));
    EXPECT_NE(listening.find("scraping 4 targets"), std::string::npos) << listening;
    const int port = portAfter(listening, "127.0.0.1:");
    const int metricsPort = portAfter(metricsLine, "127.0.0.1:");
    ASSERT_GT(port, 0);
    ASSERT_GT(metricsPort, 0);

    Reader reader(port);
    const scb::v1::Inventory inventory = reader.inventory();
    ASSERT_EQ(inventory.chip_uuids_size(), 32);
    EXPECT_EQ(inventory.source(), "scrape: 4 targets");
    ASSERT_EQ(inventory.centers_size(), 2);
    ASSERT_EQ(inventory.nodes_size(), 4);
    std::vector<std::string> vendors;
    for (const scb::v1::Node &node : inventory.nodes())
        vendors.push_back(inventory.models(int(node.model_index())).vendor());
    EXPECT_EQ(vendors, (std::vector<std::string>{"NVIDIA", "NVIDIA", "Huawei", "Huawei"}));

    Tick tick;
    ASSERT_TRUE(reader.next(tick));
    ASSERT_EQ(tick.version, inventory.version());
    uint32_t chip = 0;
    for (const char *host : {"gpu-a", "gpu-b", "npu-a", "npu-b"}) {
        for (const FakeExporter::Chip &c : served[host].chips) {
            SCOPED_TRACE(std::string(host) + " chip " + std::to_string(c.index));
            EXPECT_EQ(tick.util[chip], uint32_t(std::llround(c.utilization)));
            EXPECT_EQ(tick.memory[chip], uint32_t(std::llround(c.memoryUsedMiB)));
            EXPECT_EQ(tick.power[chip], uint32_t(std::llround(c.powerW)));
            EXPECT_EQ(tick.temperature[chip], uint32_t(std::llround(c.temperatureC)));
            EXPECT_TRUE(tick.state[chip] & 1u) << "online";
            ++chip;
        }
    }

    // gpu-b stops answering: its chips are offline within two intervals,
    // its name is in the log and in /metrics; the others keep coming.
    dcgm.setMode("gpu-b", FakeExporter::Mode::Error500);
    const int64_t silencedAt = tick.unixMs;
    bool offline = false;
    while (!offline && reader.next(tick) && tick.unixMs <= silencedAt + 3000)
        offline = tick.state[8] == 0 && tick.state[15] == 0;
    ASSERT_TRUE(offline) << "gpu-b's chips still online at " << tick.unixMs;
    EXPECT_TRUE(tick.state[0] & 1u);
    EXPECT_TRUE(tick.state[16] & 1u);
    EXPECT_EQ(tick.util[8], 0xFFFFFFFFu);
    std::string line;
    ASSERT_TRUE(server.waitForErrLine("gpu-b", line)) << server.errLines();
    EXPECT_NE(line.find("down: HTTP 500"), std::string::npos) << line;

    httplib::Client http("127.0.0.1", metricsPort);
    const auto page = http.Get("/metrics");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    EXPECT_NE(page->body.find("scb_scrape_targets_up{center=\"Gui'an\"} 1\n"), std::string::npos)
        << page->body;
    EXPECT_NE(page->body.find("scb_scrape_target_up{center=\"Gui'an\",target=\"http://" +
                              dcgm.address() + "/host/gpu-b/metrics\"} 0\n"),
              std::string::npos)
        << page->body;
    EXPECT_NE(page->body.find("scb_chips 32\n"), std::string::npos);

    // Back: online again.
    dcgm.setMode("gpu-b", FakeExporter::Mode::Normal);
    bool online = false;
    const int64_t restoredAt = tick.unixMs;
    while (!online && reader.next(tick) && tick.unixMs <= restoredAt + 3000)
        online = (tick.state[8] & 1u) && (tick.state[15] & 1u);
    EXPECT_TRUE(online);
    EXPECT_EQ(tick.version, inventory.version()) << "the same fleet, the same inventory";

    server.signal(SIGTERM);
    EXPECT_EQ(server.exitCode(), 0) << server.err();
}

TEST_F(TelemetrydScrape, SighupRereadsTheTargetsAllOrNothing)
{
    Server server(arguments());
    std::string line;
    ASSERT_TRUE(server.waitForLine("listening on", line)) << server.errLines();
    dir.write("targets.json",
              "[{\"targets\": [\"127.0.0.1:1\"],\n \"labels\": {\"exporter\": \"dcgm\"}}]");
    server.signal(SIGHUP);
    ASSERT_TRUE(server.waitForErrLine("targets reload refused", line)) << server.errLines();
    EXPECT_NE(server.errLines().find("targets.json:2: labels.center: required"), std::string::npos)
        << server.errLines();

    // A good file: taken from the next round.
    dir.write("targets.json", "[{\"targets\": [\"" + dcgm.address() +
                                  "\"], \"labels\": {\"center\": \"A\", \"exporter\": \"dcgm\", "
                                  "\"__metrics_path__\": \"/host/gpu-a/metrics\"}}]");
    server.signal(SIGHUP);
    ASSERT_TRUE(server.waitForLine("targets reloaded", line)) << server.errLines();
    EXPECT_NE(line.find("targets reloaded: 1 from"), std::string::npos) << line;
    server.signal(SIGTERM);
    EXPECT_EQ(server.exitCode(), 0) << server.err();
}

TEST_F(TelemetrydScrape, ABadTargetsFileStopsTheStartWithTheLineAndField)
{
    dir.write("bad.json",
              "[\n  {\"targets\": [\"10.0.0.1:9400\"], \"labels\": {\"center\": \"A\"}}\n]\n");
    Server server({"--listen", "127.0.0.1:0", "--source", "scrape:" + dir.file("bad.json")});
    EXPECT_EQ(server.exitCode(), 1);
    EXPECT_NE(server.err().find("bad.json:2: labels.exporter"), std::string::npos) << server.err();
}

TEST_F(TelemetrydScrape, SimulatorFlagsWithAScrapeSourceAreRefused)
{
    Server server({"--source", "scrape:" + dir.file("targets.json"), "--chips", "10"});
    EXPECT_EQ(server.exitCode(), 2);
    EXPECT_NE(server.err().find("--chips: only with --source sim"), std::string::npos)
        << server.err();
    Server other({"--source", "prometheus"});
    EXPECT_EQ(other.exitCode(), 2);
    EXPECT_NE(other.err().find("--source: expected sim or scrape:TARGETS_FILE"), std::string::npos);
}

} // namespace
