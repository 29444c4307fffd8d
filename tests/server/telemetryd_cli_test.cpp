// scb-telemetryd as a user runs it: the built executable, in a child process.

#include "childprocess.h"
#include "statsdata.h"

#include "scb/v1/statistics.grpc.pb.h"
#include "scb/v1/telemetry.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstring>
#include <string>
#include <vector>

namespace {

// The server in a child process (tests/support/childprocess.h).
class Child : public scb::test::ChildProcess
{
public:
    explicit Child(const std::vector<std::string> &args)
        : ChildProcess(SCB_TELEMETRYD, args)
    {
    }
};

void expectUsageError(const std::vector<std::string> &args, const std::string &expectedText)
{
    Child child(args);
    EXPECT_EQ(child.exitCode(), 2) << "args: " << ::testing::PrintToString(args);
    const std::string &err = child.err();
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << "one line, got: " << err;
    EXPECT_TRUE(err.starts_with("scb-telemetryd: ")) << err;
    EXPECT_NE(err.find("(see --help)"), std::string::npos) << err;
    EXPECT_NE(err.find(expectedText), std::string::npos)
        << "expected '" << expectedText << "' in: " << err;
    EXPECT_TRUE(child.out().empty()) << child.out();
}

} // namespace

TEST(TelemetrydCli, BadArgumentsExitWithTwoAndOneLine)
{
    expectUsageError({"--chips", "abc"},
                     "scb-telemetryd: --chips: expected an integer in 1..1000000, got 'abc' "
                     "(see --help)\n");
    expectUsageError({"--chips", "0"}, "--chips: expected an integer in 1..1000000, got '0'");
    expectUsageError({"--chips", "5000000"}, "got '5000000'");
    expectUsageError({"--chips=-3"}, "got '-3'");
    expectUsageError({"--chips", "12x"}, "got '12x'");
    expectUsageError({"--chips", "99999999999999999999"}, "--chips: expected an integer");
    expectUsageError({"--interval-ms", "50"}, "--interval-ms: expected an integer in 100..60000");
    expectUsageError({"--interval-ms", "60001"}, "got '60001'");
    expectUsageError({"--centers", "0"}, "--centers: expected an integer in 1..256");
    expectUsageError({"--replay-s", "-1"}, "--replay-s: expected an integer");
    expectUsageError({"--seed", "1.5"}, "--seed: expected an integer");
    expectUsageError({"--listen", "nohost"}, "--listen: expected host:port");
    expectUsageError({"--listen", "127.0.0.1:70000"}, "--listen: expected host:port");
    expectUsageError({"--frobnicate"}, "unknown option '--frobnicate'");
    expectUsageError({"--chips"}, "--chips: missing value");
    expectUsageError({"stray"}, "unexpected argument 'stray'");
    expectUsageError({"--help=yes"}, "--help: takes no value");
    expectUsageError({"--data-dir="}, "--data-dir: expected a folder, got ''");
    expectUsageError({"--data-dir"}, "--data-dir: missing value");
}

TEST(TelemetrydCli, HelpListsEveryFlagWithItsDefault)
{
    Child child({"--help"});
    ASSERT_EQ(child.exitCode(), 0);
    const std::string &out = child.out();
    for (const char *flag :
         {"--listen", "--chips", "--centers", "--interval-ms", "--seed", "--replay-s", "--data-dir",
          "--source", "--mapping", "--scrape-timeout-ms", "--scrape-connections",
          "--metrics-listen", "--help", "--version", "SIGHUP"})
        EXPECT_NE(out.find(flag), std::string::npos) << flag << " missing from --help";
    for (const char *value : {"127.0.0.1:50051", "(default 80000)", "(default 4)", "(default 1000)",
                              "(default 1)", "(default 600)", "(default 15000)", "(default 256)"})
        EXPECT_NE(out.find(value), std::string::npos) << value << " missing from --help";
    EXPECT_TRUE(child.err().empty());
}

TEST(TelemetrydCli, VersionPrintsTheProjectVersion)
{
    Child child({"--version"});
    ASSERT_EQ(child.exitCode(), 0);
    EXPECT_EQ(child.out(), std::string("scb-telemetryd ") + SCB_VERSION_STRING + "\n");
}

TEST(TelemetrydCli, ServesOnAFreePortAndStopsCleanlyOnSignals)
{
    for (int signal : {SIGTERM, SIGINT}) {
        Child child({"--listen", "127.0.0.1:0", "--chips", "2000", "--centers", "2",
                     "--interval-ms", "100"});
        std::string line;
        ASSERT_TRUE(child.waitForLine("listening on", line));
        EXPECT_NE(line.find("2000 chips"), std::string::npos) << line;
        EXPECT_NE(line.find("2 centers"), std::string::npos) << line;
        EXPECT_NE(line.find("interval 100 ms"), std::string::npos) << line;
        const auto start = line.find("127.0.0.1:");
        ASSERT_NE(start, std::string::npos) << line;
        const int port = std::atoi(line.c_str() + start + 10);
        ASSERT_GT(port, 0) << line;

        // It really serves: one full tick of 2,000 chips.
        grpc::ChannelArguments args;
        args.SetMaxReceiveMessageSize(64 << 20);
        auto stub = scb::v1::TelemetryService::NewStub(grpc::CreateCustomChannel(
            "127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials(), args));
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + scb::test::kHangGuard);
        auto reader = stub->StreamSamples(&context, {});
        scb::v1::SampleChunk chunk;
        ASSERT_TRUE(reader->Read(&chunk));
        EXPECT_EQ(chunk.tick_chip_count(), 2000u);
        EXPECT_EQ(chunk.utilization_pct_size(), 2000);

        child.signal(signal);
        EXPECT_EQ(child.exitCode(), 0) << "stderr: " << child.err();
        EXPECT_NE(child.out().find("stopped"), std::string::npos);
        while (reader->Read(&chunk)) {
        }
        EXPECT_FALSE(reader->Finish().ok());
    }
}

TEST(TelemetrydCli, PortInUseExitsWithOneAndSaysSo)
{
    Child first({"--listen", "127.0.0.1:0", "--chips", "100", "--centers", "1"});
    std::string line;
    ASSERT_TRUE(first.waitForLine("listening on", line));
    const auto start = line.find("127.0.0.1:");
    ASSERT_NE(start, std::string::npos);
    const std::string taken = line.substr(start, line.find(',', start) - start);

    Child second({"--listen", taken, "--chips", "100", "--centers", "1"});
    EXPECT_EQ(second.exitCode(), 1);
    EXPECT_EQ(second.err(),
              "scb-telemetryd: cannot listen on " + taken + ": address in use or not allowed\n");
    first.signal(SIGTERM);
    EXPECT_EQ(first.exitCode(), 0);
}

// --- statistics: --data-dir and SIGHUP ------------------------------------------

namespace {

int portOf(const std::string &listeningLine)
{
    const auto start = listeningLine.find("127.0.0.1:");
    return start == std::string::npos ? 0 : std::atoi(listeningLine.c_str() + start + 10);
}

// total_size of the whole catalog, and the data version; {-1, ""} when the call fails.
std::pair<int64_t, std::string> catalogTotal(int port)
{
    auto stub = scb::v1::StatisticsService::NewStub(grpc::CreateChannel(
        "127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials()));
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + scb::test::kHangGuard);
    scb::v1::ListDatasetsResponse response;
    if (!stub->ListDatasets(&context, {}, &response).ok())
        return {-1, ""};
    return {response.total_size(), response.info().version()};
}

std::vector<std::string> smallServer(const std::string &dataDir)
{
    return {"--listen", "127.0.0.1:0", "--chips", "100", "--centers", "1", "--data-dir", dataDir};
}

} // namespace

TEST(TelemetrydCli, ADataDirWithNothingValidExitsWithOneAndSaysWhy)
{
    scb::test::TempDir empty;
    Child child(smallServer(empty.str()));
    EXPECT_EQ(child.exitCode(), 1);
    const std::string &err = child.err();
    for (const char *file : {"datasets.csv", "adoption.csv", "industry.csv"})
        EXPECT_NE(err.find("scb-telemetryd: " + std::string(file) + ": missing\n"),
                  std::string::npos)
            << err;
    EXPECT_TRUE(
        err.ends_with("scb-telemetryd: no statistics could be loaded from " + empty.str() + "\n"))
        << err;
    EXPECT_TRUE(child.out().empty()) << child.out();

    Child nowhere(smallServer(empty.str() + "/does-not-exist"));
    EXPECT_EQ(nowhere.exitCode(), 1);
}

TEST(TelemetrydCli, ServesTheValidRecordsAndNamesTheSkippedOnes)
{
    scb::test::TempDir folder;
    scb::test::writeDataFolder(folder.path(), scb::test::statisticsData(12),
                               scb::test::badDatasetRow());
    Child child(smallServer(folder.str()));
    std::string listening, statistics;
    ASSERT_TRUE(child.waitForLine("listening on", listening));
    ASSERT_TRUE(child.waitForLine("statistics from", statistics));
    EXPECT_NE(statistics.find(folder.str() + ": 12 datasets"), std::string::npos) << statistics;
    EXPECT_EQ(catalogTotal(portOf(listening)).first, 12);
    child.signal(SIGTERM);
    EXPECT_EQ(child.exitCode(), 0);
    EXPECT_EQ(child.err(),
              "scb-telemetryd: datasets.csv:14: issued: not a date YYYY-MM-DD: 2024-13-01\n");
}

TEST(TelemetrydCli, SighupReloadsAllOrNothing)
{
    scb::test::TempDir folder;
    scb::test::writeDataFolder(folder.path(), scb::test::statisticsData(10));
    Child child(smallServer(folder.str()));
    std::string listening, line;
    ASSERT_TRUE(child.waitForLine("listening on", listening));
    const int port = portOf(listening);
    ASSERT_GT(port, 0) << listening;
    ASSERT_TRUE(child.waitForLine("statistics from", line));
    const auto first = catalogTotal(port);
    EXPECT_EQ(first.first, 10);

    // A broken record: the reload is refused, the last good data stays.
    scb::test::writeDataFolder(folder.path(), scb::test::statisticsData(11),
                               scb::test::badDatasetRow());
    child.signal(SIGHUP);
    ASSERT_TRUE(child.waitForErrLine("reload refused", line)) << child.errLines();
    EXPECT_NE(line.find("still serving 10 datasets"), std::string::npos) << line;
    EXPECT_NE(child.errLines().find("scb-telemetryd: datasets.csv:13: issued: not a date"),
              std::string::npos)
        << child.errLines();
    EXPECT_EQ(catalogTotal(port), first);

    // A good folder: swapped in.
    scb::test::writeDataFolder(folder.path(), scb::test::statisticsData(11));
    child.signal(SIGHUP);
    ASSERT_TRUE(child.waitForLine("reloaded:", line));
    EXPECT_NE(line.find("scb-telemetryd: reloaded: 11 datasets"), std::string::npos) << line;
    const auto second = catalogTotal(port);
    EXPECT_EQ(second.first, 11);
    EXPECT_NE(second.second, first.second) << "a new version";

    child.signal(SIGTERM);
    EXPECT_EQ(child.exitCode(), 0) << child.err();
    EXPECT_NE(child.out().find("stopped (SIGTERM)"), std::string::npos);
}
