// Kills a writing process at random moments and checks that the file stays
// sound and that no tick the writer reported as stored is lost. The writer is
// a separate process (scb_store_writer) so that SIGKILL hits it mid-write,
// exactly as a power cut or an OOM kill would hit the workstation.

#include "storetestdata.h"

#include "core/aggregates.h"
#include "core/fleettick.h"
#include "sources/fleetsimulator.h"
#include "store/historystore.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <random>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace scb {
namespace {

// Must match storewriter.cpp: the test recomputes the writer's ticks.
constexpr uint32_t kChips = 3000;
constexpr uint32_t kCenters = 2;
constexpr uint64_t kSeed = 7;
constexpr int64_t kIntervalMs = 1000;

constexpr int kRounds = 25;
constexpr uint32_t kRandomSeed = 20240611;

struct WriterRun
{
    std::vector<int64_t> printedMs; // complete lines only
    int waitStatus = 0;
    std::string error; // why the run could not be done
};

// Starts the writer, reads its stdout for `runMs`, kills it with SIGKILL and
// reads what it had printed before dying.
WriterRun runAndKill(const std::string &dbPath, int runMs)
{
    WriterRun run;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        run.error = std::string("pipe2: ") + std::strerror(errno);
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    std::string program = SCB_STORE_WRITER;
    std::string db = dbPath;
    std::string chipsArg = std::to_string(kChips);
    char *argv[] = {program.data(), db.data(), chipsArg.data(), nullptr};
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawned != 0) {
        ::close(fds[0]);
        run.error = "posix_spawn " + program + ": " + std::strerror(spawned);
        return run;
    }

    std::string pending;
    auto consume = [&](const char *data, ssize_t size) {
        pending.append(data, static_cast<size_t>(size));
        size_t start = 0;
        for (size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1)
            run.printedMs.push_back(std::stoll(pending.substr(start, nl - start)));
        pending.erase(0, start);
    };

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(runMs);
    char buffer[4096];
    bool eof = false;
    while (!eof) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        pollfd pfd{fds[0], POLLIN, 0};
        const int ready = ::poll(&pfd, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n > 0)
            consume(buffer, n);
        else if (n == 0 || errno != EINTR)
            eof = true;
    }
    ::kill(pid, SIGKILL);
    // What it printed before the kill is committed too: drain to EOF.
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) != 0;) {
        if (n > 0)
            consume(buffer, n);
        else if (errno != EINTR)
            break;
    }
    ::close(fds[0]);
    while (::waitpid(pid, &run.waitStatus, 0) < 0 && errno == EINTR) {
    }
    return run;
}

std::string describeExit(int status)
{
    if (WIFSIGNALED(status))
        return "killed by signal " + std::to_string(WTERMSIG(status));
    if (WIFEXITED(status))
        return "exited with " + std::to_string(WEXITSTATUS(status));
    return "status " + std::to_string(status);
}

TEST(StoreCrashSafety, SigkillAtRandomMomentsLosesNoFinishedTick)
{
    test::TempDir dir;
    const std::string path = dir.file("crash.db");

    SimulatorConfig config;
    config.chips = kChips;
    config.centers = kCenters;
    config.seed = kSeed;
    FleetSimulator simulator(config);
    const auto inventory = simulator.inventory();
    const InventoryIndex index = InventoryIndex::build(*inventory);

    std::mt19937 rng(kRandomSeed);
    std::uniform_int_distribution<int> runMsOf(20, 400);
    std::printf("crash safety: seed %u, %d rounds, %u chips\n", kRandomSeed, kRounds, kChips);

    std::vector<int64_t> allPrinted;
    int roundsWithTicks = 0;
    for (int round = 0; round < kRounds; ++round) {
        const int runMs = runMsOf(rng);
        const WriterRun run = runAndKill(path, runMs);
        ASSERT_TRUE(run.error.empty()) << run.error;
        // Anything but our SIGKILL means the writer failed on its own.
        ASSERT_TRUE(WIFSIGNALED(run.waitStatus) && WTERMSIG(run.waitStatus) == SIGKILL)
            << "round " << round << ": writer " << describeExit(run.waitStatus);
        std::printf("round %2d: killed after %3d ms, %zu ticks printed\n", round, runMs,
                    run.printedMs.size());
        SCOPED_TRACE("round " + std::to_string(round) + " (" + std::to_string(runMs) + " ms)");

        {
            test::RawDb raw(path);
            EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
        }

        auto store = HistoryStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error();
        const int64_t lastMs = (*store)->lastTickMs();
        if (!allPrinted.empty()) {
            EXPECT_GE(lastMs, allPrinted.back());
        }
        if (run.printedMs.empty())
            continue;
        ++roundsWithTicks;

        const int64_t fromMs = run.printedMs.front();
        const int64_t toMs = run.printedMs.back();
        ASSERT_GE(lastMs, toMs);
        for (size_t i = 1; i < run.printedMs.size(); ++i)
            ASSERT_EQ(run.printedMs[i], run.printedMs[i - 1] + kIntervalMs) << "printed line " << i;
        if (!allPrinted.empty()) {
            EXPECT_GT(fromMs, allPrinted.back()) << "a restarted writer must continue, not redo";
        }

        const int maxPoints = static_cast<int>((toMs - fromMs) / kIntervalMs + 1);
        // Recomputed once per printed tick: what each query must give back.
        std::vector<FleetAggregates> expectedAggregates;
        size_t ticksWithTemperature = 0;
        for (int64_t unixMs : run.printedMs) {
            FleetTick tick;
            simulator.sample(unixMs, tick);
            expectedAggregates.push_back(computeAggregates(*inventory, index, tick));
            ticksWithTemperature += tick.column(Metric::Temperature)[kChips - 1] != kNoData;
        }
        for (AggregateField field : {AggregateField::ChipsOnline, AggregateField::PowerWatts}) {
            auto points = (*store)->queryAggregate(kFleetScope, field, fromMs, toMs, maxPoints);
            ASSERT_TRUE(points.ok()) << points.error();
            ASSERT_EQ(points->size(), run.printedMs.size());
            for (size_t i = 0; i < points->size(); ++i) {
                ASSERT_EQ((*points)[i].unixMs, run.printedMs[i]) << "point " << i;
                EXPECT_EQ((*points)[i].avg, *test::fieldValue(expectedAggregates[i].fleet, field))
                    << "point " << i;
            }
        }

        // The chip log of the same ticks reads back too.
        auto chip = (*store)->queryChip(kChips - 1, Metric::Temperature, fromMs, toMs, maxPoints);
        ASSERT_TRUE(chip.ok()) << chip.error();
        EXPECT_EQ(chip->size(), ticksWithTemperature);

        const auto latest = (*store)->latestTick();
        ASSERT_TRUE(latest) << (*store)->lastError();
        EXPECT_EQ(latest->unixMs, lastMs);
        EXPECT_EQ(latest->inventoryVersion, inventory->version);
        FleetTick expected;
        simulator.sample(latest->unixMs, expected);
        EXPECT_EQ(latest->columns, expected.columns);

        EXPECT_EQ((*store)->corruptRecords(), 0u) << (*store)->lastError();

        allPrinted.insert(allPrinted.end(), run.printedMs.begin(), run.printedMs.end());
    }

    ASSERT_FALSE(allPrinted.empty()) << "the writer never stored a tick";
    // Some kills should land after at least one tick, else the test tests little.
    EXPECT_GE(roundsWithTicks, kRounds / 2);

    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    const int64_t firstMs = allPrinted.front();
    const int64_t lastMs = (*store)->lastTickMs();
    auto points = (*store)->queryAggregate(kFleetScope, AggregateField::ChipsOnline, firstMs,
                                           lastMs, HistoryStore::kMaxQueryPoints);
    ASSERT_TRUE(points.ok()) << points.error();
    EXPECT_GE(points->size(), allPrinted.size());
    // Restarts continue after the newest stored tick, so a gap would be a lost tick.
    EXPECT_EQ(points->size(), static_cast<size_t>((lastMs - firstMs) / kIntervalMs + 1));
    for (size_t i = 1; i < points->size(); ++i)
        ASSERT_EQ((*points)[i].unixMs, (*points)[i - 1].unixMs + kIntervalMs) << "point " << i;
    std::printf("crash safety: %zu ticks printed, %zu stored, %d of %d rounds printed ticks\n",
                allPrinted.size(), points->size(), roundsWithTicks, kRounds);
}

} // namespace
} // namespace scb
