// scb-bench: the end-to-end measuring instrument of DESIGN.md's performance
// targets. It streams a simulated fleet through the real gRPC server and
// client into the ingest pipeline and the history store, writes the same
// ticks the naive way (one SQLite row per value) beside it, measures the
// stored size, then times the two history queries the dashboard depends on.
// Figures go to stderr beside their targets as they come; with --json the
// last line of stdout is one JSON object holding all of them.

#include "core/aggregates.h"
#include "core/fleettick.h"
#include "core/inventory.h"
#include "ingest/ingestpipeline.h"
#include "rpc/client/telemetryclient.h"
#include "rpc/server/telemetryserver.h"
#include "sources/fleetsimulator.h"
#include "store/historystore.h"

#include "benchoptions.h"
#include "benchreport.h"
#include "scrapebench.h"

#if SCB_BENCH_GUI
#include "guibench.h"
#endif

#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace scb {
namespace {

constexpr uint32_t kNaiveMaxTicks = 3;
constexpr uint32_t kPromChips = 400;   // the --compare-prometheus fleet: 400 chips ...
constexpr int64_t kPromTicks = 3600;   // ... for an hour at 1 Hz
constexpr int kStreamIntervalMs = 100; // the server's own floor for its ticker (scb-telemetryd)
constexpr int kQueryRuns = 5;          // the first is cold; the median of the rest is reported
constexpr int kQueryPoints = 2000;
constexpr int64_t kHistoryStartMs = 1'700'000'000'000; // 2023-11-14, a fixed origin for setups
constexpr int64_t kDayMs = 86'400'000;
constexpr double kChipSetupBudgetS = 180; // 7 days at 1 s must append within this, else coarser

// The targets of DESIGN.md "Performance targets" (for a 2-core machine).
constexpr double kTargetIngestValuesPerS = 25e6;
constexpr double kTargetNaiveRatio = 40;
constexpr double kTargetBytesPerValue = 0.5;
constexpr double kTargetQueryMs = 10;
constexpr double kTargetPeakRssMb = 600;

// Where the database files go, and their removal at the end.
class Workspace
{
public:
    static Result<Workspace> make(const Options &options)
    {
        Workspace w;
        w.m_keep = options.keep;
        std::error_code ec;
        if (options.dir.empty()) {
            const fs::path base = fs::temp_directory_path(ec);
            if (ec)
                return Status::error("no temporary folder: " + ec.message());
            std::random_device random;
            for (int attempt = 0; attempt < 100 && w.m_dir.empty(); ++attempt) {
                const fs::path candidate = base / ("scb-bench-" + std::to_string(random()));
                if (fs::create_directory(candidate, ec))
                    w.m_dir = candidate;
            }
            if (w.m_dir.empty())
                return Status::error("cannot create a folder in " + base.string() + ": " +
                                     (ec ? ec.message() : std::string("names taken")));
            w.m_ownsDir = true;
        } else {
            w.m_dir = options.dir;
            fs::create_directories(w.m_dir, ec);
            if (ec || !fs::is_directory(w.m_dir))
                return Status::error("cannot use folder " + options.dir + ": " +
                                     (ec ? ec.message() : std::string("not a folder")));
        }
        return w;
    }
    Workspace(Workspace &&other) noexcept
        : m_dir(std::move(other.m_dir))
        , m_files(std::move(other.m_files))
        , m_trees(std::move(other.m_trees))
        , m_ownsDir(other.m_ownsDir)
        , m_keep(other.m_keep)
    {
        other.m_dir.clear();
        other.m_files.clear();
    }
    Workspace &operator=(Workspace &&) = delete;
    ~Workspace()
    {
        if (m_keep || m_dir.empty())
            return;
        std::error_code ec;
        if (m_ownsDir) {
            fs::remove_all(m_dir, ec);
            return;
        }
        for (const fs::path &file : m_files) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                fs::remove(file.string() + suffix, ec);
        }
        for (const fs::path &tree : m_trees)
            fs::remove_all(tree, ec);
    }
    // A file or folder of ours to remove at the end (unless kept).
    void remember(const fs::path &path) { m_trees.push_back(path); }

    // A database path, cleared of what an earlier run with the same --dir left.
    std::string file(const std::string &name)
    {
        const fs::path path = m_dir / name;
        std::error_code ec;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            fs::remove(path.string() + suffix, ec);
        m_files.push_back(path);
        return path.string();
    }
    const fs::path &dir() const { return m_dir; }

private:
    Workspace() = default;
    fs::path m_dir;
    std::vector<fs::path> m_files;
    std::vector<fs::path> m_trees;
    bool m_ownsDir = false;
    bool m_keep = false;
};

// The file size after folding the WAL into it and dropping free pages (what
// compaction freed is reused by later appends in a running store, so the
// free pages are not history), from a connection of our own.
Result<uint64_t> compactedSize(const std::string &path)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> owner(db, sqlite3_close);
    if (rc != SQLITE_OK)
        return Status::error("open " + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
    if (sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::error("vacuum " + path + ": " + sqlite3_errmsg(db));
    if (sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::error("checkpoint " + path + ": " + sqlite3_errmsg(db));
    owner.reset();
    std::error_code ec;
    const uint64_t size = fs::file_size(path, ec);
    if (ec)
        return Status::error("size of " + path + ": " + ec.message());
    return size;
}

// Pages of the named tables and indexes, from SQLite's dbstat (after
// compactedSize's VACUUM they are full).
Result<uint64_t> tableBytes(const std::string &path, const char *inList)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> owner(db, sqlite3_close);
    if (rc != SQLITE_OK)
        return Status::error("open " + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
    const std::string sql =
        std::string("SELECT sum(pgsize) FROM dbstat WHERE name IN (") + inList + ")";
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
        return Status::error("dbstat of " + path + ": " + sqlite3_errmsg(db));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    if (sqlite3_step(raw) != SQLITE_ROW)
        return Status::error("dbstat of " + path + ": " + sqlite3_errmsg(db));
    return static_cast<uint64_t>(sqlite3_column_int64(raw, 0));
}

// The process' peak and current resident set so far, in MB (Linux).
std::pair<double, double> residentMb()
{
    double peak = 0;
    double now = 0;
    if (FILE *f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f)) {
            long kb = 0;
            if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1)
                peak = kb / 1024.0;
            else if (std::sscanf(line, "VmRSS: %ld kB", &kb) == 1)
                now = kb / 1024.0;
        }
        std::fclose(f);
    }
    return {peak, now};
}

void sayMemory(const std::string &stage)
{
    const auto [peak, now] = residentMb();
    say("  memory after " + stage + ": " + fixed(now, 0) + " MB resident, peak so far " +
        fixed(peak, 0) + " MB");
}

// Cheap fingerprint of a tick, to check the streamed ticks are the simulator's.
uint64_t fingerprint(const FleetTick &tick)
{
    uint64_t h = 1469598103934665603ull ^ static_cast<uint64_t>(tick.unixMs);
    for (const auto &column : tick.columns) {
        for (int32_t v : column)
            h = (h ^ static_cast<uint32_t>(v)) * 1099511628211ull;
    }
    return h;
}

struct IngestFigures
{
    std::vector<int64_t> tickTimes; // of the ticks received, in order
    double seconds = 0;
    uint64_t stored = 0;
    uint64_t coalesced = 0;
    double compactSeconds = 0; // after the last tick was stored, until all was compacted
    std::string dbPath;
};

// Stage 2: server -> loopback gRPC -> client -> ingest pipeline -> store.
// The server's replay ring is filled first and its ticker stopped, so the
// client receives the ticks as a replay as fast as the path carries them,
// not at the fleet's pace, and the simulator does not compete for the CPU.
Result<IngestFigures> runIngest(const Options &options,
                                const SimulatorConfig &sim,
                                Workspace &workspace,
                                std::vector<uint64_t> &fingerprints)
{
    ServerConfig serverConfig;
    serverConfig.listen = "127.0.0.1:0";
    serverConfig.intervalMs = kStreamIntervalMs;
    // Room for every tick to stream plus the live one, with margin for slow samples.
    serverConfig.replaySeconds =
        static_cast<int>((uint64_t(options.ticks) + 8) * kStreamIntervalMs / 1000 + 2);
    TelemetryServer server(std::make_unique<FleetSimulator>(sim), serverConfig);
    if (Status started = server.start(); !started.ok())
        return Status::error("start the server: " + started.message());

    // The last buffered tick is sent as live, so the ring needs one more than
    // the ticks measured for all of them to arrive as a (lossless) replay.
    const auto fillStart = Clock::now();
    const double fillLimitS = 60 + options.ticks * 2.0;
    while (server.fleet().stats().ringTicks < size_t(options.ticks) + 1) {
        if (secondsSince(fillStart) > fillLimitS)
            return Status::error("the server buffered only " +
                                 std::to_string(server.fleet().stats().ringTicks) + " ticks in " +
                                 fixed(fillLimitS, 0) + " s");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    server.fleet().stop();
    const FleetStateStats fleetStats = server.fleet().stats();
    say("  server buffered " + std::to_string(fleetStats.ringTicks) + " ticks (" +
        fixed(fleetStats.ringBytes / 1e6, 1) + " MB compressed) in " +
        fixed(secondsSince(fillStart), 1) + " s; ticker stopped");

    StoreOptions storeOptions;
    storeOptions.chipRetentionMs = 30 * kDayMs; // nothing of the run ages out
    IngestFigures figures;
    figures.dbPath = workspace.file("ingest.db");
    auto store = HistoryStore::open(figures.dbPath, storeOptions);
    if (!store.ok())
        return Status::error("open the ingest store: " + store.error());

    std::mutex errorMutex;
    std::string firstStoreError;
    IngestPipeline::Callbacks pipelineCallbacks;
    pipelineCallbacks.storeError = [&](const std::string &message) {
        std::lock_guard lock(errorMutex);
        if (firstStoreError.empty())
            firstStoreError = message;
    };
    auto compactor = HistoryStore::open(figures.dbPath, storeOptions);
    if (!compactor.ok())
        return Status::error("open the compactor's connection: " + compactor.error());
    IngestPipeline pipeline(std::move(*store), pipelineCallbacks, 8, std::move(*compactor));

    // Written by the client's thread until `pushed` reaches the tick count.
    std::atomic<uint32_t> pushed{0};
    std::atomic<uint32_t> pushedLive{0};
    std::atomic<bool> gotInventory{false};
    Clock::time_point firstTick{};
    std::vector<int64_t> times;
    times.reserve(options.ticks);
    fingerprints.clear();
    fingerprints.reserve(options.ticks);

    TelemetryClient::Callbacks clientCallbacks;
    clientCallbacks.inventory = [&](std::shared_ptr<const Inventory> inventory) {
        pipeline.setInventory(std::move(inventory));
        gotInventory = true;
    };
    clientCallbacks.tick = [&](FleetTickPtr tick, bool replay) {
        const uint32_t n = pushed.load();
        if (n >= options.ticks)
            return;
        if (n == 0)
            firstTick = Clock::now();
        times.push_back(tick->unixMs);
        fingerprints.push_back(fingerprint(*tick));
        if (!replay)
            ++pushedLive;
        pipeline.push(std::move(tick), replay);
        pushed = n + 1;
    };
    ClientConfig clientConfig;
    clientConfig.target = server.address();
    clientConfig.initialBackoffMs = 200;
    clientConfig.maxBackoffMs = 1000;
    clientConfig.resumeAfterUnixMs = server.fleet().oldestBufferedMs() - 1;
    TelemetryClient client(clientConfig, clientCallbacks);
    client.start();

    const auto streamStart = Clock::now();
    // Generous: the naive rate of a slow disk would still finish well within it.
    const double streamLimitS = 120 + double(options.ticks) * options.chips * 5 / 1e5;
    Clock::time_point lastStored{};
    for (;;) {
        const IngestCounters &c = pipeline.counters();
        if (pushed.load() >= options.ticks && c.ticksStored + c.ticksCoalesced >= options.ticks &&
            c.queueDepth == 0) {
            // Compaction is part of ingest: what the run stored must end up in
            // blocks, the open segment included.
            const auto appended = Clock::now();
            pipeline.flush(true);
            lastStored = Clock::now();
            figures.compactSeconds = std::chrono::duration<double>(lastStored - appended).count();
            break;
        }
        if (c.storeErrors > 0 || secondsSince(streamStart) > streamLimitS)
            break;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    client.stop();
    pipeline.stop();
    server.stop();

    const IngestCounters &c = pipeline.counters();
    {
        std::lock_guard lock(errorMutex);
        if (!firstStoreError.empty())
            return Status::error("the store refused a tick: " + firstStoreError);
    }
    if (!gotInventory || pushed.load() < options.ticks)
        return Status::error("received " + std::to_string(pushed.load()) + " of " +
                             std::to_string(options.ticks) + " ticks within " +
                             fixed(streamLimitS, 0) + " s (client rejected " +
                             std::to_string(client.counters().rejectedChunks.load()) + " chunks)");
    if (client.counters().rejectedChunks > 0 || client.counters().rejectedValues > 0 ||
        client.counters().incompleteTicks > 0)
        return Status::error("the client rejected data of the simulator: " +
                             std::to_string(client.counters().rejectedChunks.load()) + " chunks, " +
                             std::to_string(client.counters().rejectedValues.load()) + " values, " +
                             std::to_string(client.counters().incompleteTicks.load()) +
                             " incomplete ticks");
    if (c.ticksStored + c.ticksCoalesced < options.ticks)
        return Status::error("stored " + std::to_string(c.ticksStored.load()) + " of " +
                             std::to_string(options.ticks) + " ticks");
    figures.stored = c.ticksStored;
    figures.coalesced = c.ticksCoalesced;
    // Durable: the hot log holds every tick. The compaction tail is reported
    // apart (DESIGN.md: ingest is "stream decode + validation + durable history").
    figures.seconds =
        std::chrono::duration<double>(lastStored - firstTick).count() - figures.compactSeconds;
    figures.tickTimes = std::move(times);
    if (pushedLive > 0)
        say("  note: " + std::to_string(pushedLive.load()) +
            " ticks arrived live rather than as replay");
    return figures;
}

// The ticks of the run again, straight from a simulator of the same seed,
// one at a time (a 200,000-chip tick is 4 MB: the run's ticks are not held).
class TickSource
{
public:
    TickSource(const SimulatorConfig &sim, const std::vector<int64_t> &times)
        : m_simulator(sim)
        , m_times(times)
        , m_inventory(m_simulator.inventory())
        , m_index(InventoryIndex::build(*m_inventory))
    {
    }
    size_t size() const { return m_times.size(); }
    const Inventory &inventory() const { return *m_inventory; }
    // Samples tick i into tick and its aggregates.
    void sample(size_t i, FleetTick &tick, FleetAggregates &aggregates)
    {
        m_simulator.sample(m_times[i], tick);
        aggregates = computeAggregates(*m_inventory, m_index, tick);
    }

private:
    FleetSimulator m_simulator;
    const std::vector<int64_t> &m_times;
    std::shared_ptr<const Inventory> m_inventory;
    InventoryIndex m_index;
};

// Stage 2b: HistoryStore::append and compaction alone on the same ticks
// (sampling them is not timed). Returns the seconds of both; compactSeconds
// gets the compaction's part.
Result<double> runStoreAppend(TickSource &data, const std::string &path, double &compactSeconds)
{
    StoreOptions storeOptions;
    storeOptions.chipRetentionMs = 30 * kDayMs;
    auto store = HistoryStore::open(path, storeOptions);
    if (!store.ok())
        return Status::error("open the append store: " + store.error());
    if (Status saved = (*store)->saveInventory(data.inventory()); !saved.ok())
        return Status::error("save the inventory: " + saved.message());
    FleetTick tick;
    FleetAggregates aggregates;
    Clock::duration spent{};
    for (size_t i = 0; i < data.size(); ++i) {
        data.sample(i, tick, aggregates);
        const auto start = Clock::now();
        if (Status appended = (*store)->append(tick, aggregates); !appended.ok())
            return Status::error(appended.message());
        spent += Clock::now() - start;
    }
    const auto start = Clock::now();
    for (;;) {
        auto did = (*store)->compactStep(true);
        if (!did.ok())
            return Status::error(did.error());
        if (!*did)
            break;
    }
    compactSeconds = secondsSince(start);
    spent += Clock::now() - start;
    return std::chrono::duration<double>(spent).count();
}

// Stage 3: the obvious schema, one row per value.
Result<double> runNaive(TickSource &data, size_t ticks, const std::string &path)
{
    sqlite3 *db = nullptr;
    const int rc =
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> owner(db, sqlite3_close);
    if (rc != SQLITE_OK)
        return Status::error("open " + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
    const auto exec = [&](const char *sql) -> Status {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return Status::error(std::string(sql) + ": " + sqlite3_errmsg(db));
        return {};
    };
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                            "CREATE TABLE sample(unix_ms INTEGER, chip INTEGER, metric INTEGER, "
                            "value INTEGER)",
                            "CREATE INDEX sample_series ON sample(chip, metric, unix_ms)"}) {
        if (Status s = exec(sql); !s.ok())
            return s;
    }
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO sample(unix_ms, chip, metric, value) VALUES(?,?,?,?)",
                           -1, &raw, nullptr) != SQLITE_OK)
        return Status::error(std::string("prepare the insert: ") + sqlite3_errmsg(db));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> insert(raw, sqlite3_finalize);

    FleetTick tick;
    FleetAggregates aggregates;
    Clock::duration spent{};
    for (size_t t = 0; t < ticks; ++t) {
        data.sample(t, tick, aggregates);
        const auto start = Clock::now();
        if (Status s = exec("BEGIN"); !s.ok())
            return s;
        const uint32_t chips = tick.chipCount();
        for (uint32_t chip = 0; chip < chips; ++chip) {
            for (int metric = 0; metric < kMetricCount; ++metric) {
                sqlite3_bind_int64(raw, 1, tick.unixMs);
                sqlite3_bind_int64(raw, 2, chip);
                sqlite3_bind_int64(raw, 3, metric);
                sqlite3_bind_int64(raw, 4, tick.columns[metric][chip]);
                if (sqlite3_step(raw) != SQLITE_DONE)
                    return Status::error(std::string("insert: ") + sqlite3_errmsg(db));
                sqlite3_reset(raw);
            }
        }
        if (Status s = exec("COMMIT"); !s.ok())
            return s;
        spent += Clock::now() - start;
    }
    return std::chrono::duration<double>(spent).count();
}

struct QueryFigures
{
    double setupSeconds = 0;
    double medianWarmMs = 0;
    size_t points = 0;
    int64_t spacingMs = 1000;
};

// Appends `count` ticks of `sim` from kHistoryStartMs, `spacingMs` apart.
Status
appendHistory(const SimulatorConfig &sim, const std::string &path, int64_t count, int64_t spacingMs)
{
    StoreOptions storeOptions;
    storeOptions.chipRetentionMs = 30 * kDayMs;
    storeOptions.aggregateRetentionMs = 30 * kDayMs;
    auto store = HistoryStore::open(path, storeOptions);
    if (!store.ok())
        return Status::error("open " + path + ": " + store.error());
    FleetSimulator simulator(sim);
    const auto inventory = simulator.inventory();
    const InventoryIndex index = InventoryIndex::build(*inventory);
    if (Status saved = (*store)->saveInventory(*inventory); !saved.ok())
        return saved;
    FleetTick tick;
    for (int64_t i = 0; i < count; ++i) {
        simulator.sample(kHistoryStartMs + i * spacingMs, tick);
        const FleetAggregates aggregates = computeAggregates(*inventory, index, tick);
        if (Status appended = (*store)->append(tick, aggregates); !appended.ok())
            return appended;
        // Compact as the pipeline's compactor would, segment by segment.
        if (i % 600 == 599) {
            for (;;) {
                auto did = (*store)->compactStep();
                if (!did.ok())
                    return did.status();
                if (!*did)
                    break;
            }
        }
    }
    for (;;) {
        auto did = (*store)->compactStep(true);
        if (!did.ok())
            return did.status();
        if (!*did)
            return {};
    }
}

// Runs a query kQueryRuns times on a fresh read-only connection; the median of
// the warm runs (all but the first).
Result<std::pair<double, size_t>>
timeQuery(const std::string &path,
          const std::function<Result<std::vector<SeriesPoint>>(HistoryStore &)> &query)
{
    auto store = HistoryStore::open(path, {}, true);
    if (!store.ok())
        return Status::error("open " + path + " read-only: " + store.error());
    std::vector<double> warmMs;
    size_t points = 0;
    for (int run = 0; run < kQueryRuns; ++run) {
        const auto start = Clock::now();
        auto result = query(**store);
        const double ms = secondsSince(start) * 1000;
        if (!result.ok())
            return Status::error(result.error());
        points = result->size();
        if (run > 0)
            warmMs.push_back(ms);
    }
    std::sort(warmMs.begin(), warmMs.end());
    const size_t n = warmMs.size();
    const double median = n % 2 ? warmMs[n / 2] : (warmMs[n / 2 - 1] + warmMs[n / 2]) / 2;
    return std::make_pair(median, points);
}

// Where an executable is on PATH, or empty.
std::string findOnPath(const std::string &name)
{
    const char *path = std::getenv("PATH");
    std::string_view rest = path ? path : "";
    while (!rest.empty()) {
        const size_t colon = rest.find(':');
        const std::string_view dir = rest.substr(0, colon);
        rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        if (dir.empty())
            continue;
        const fs::path candidate = fs::path(dir) / name;
        if (access(candidate.c_str(), X_OK) == 0)
            return candidate.string();
    }
    return {};
}

// The bytes of the regular files under dir.
uint64_t treeBytes(const fs::path &dir)
{
    uint64_t total = 0;
    std::error_code ec;
    for (const auto &entry : fs::recursive_directory_iterator(dir, ec)) {
        if (entry.is_regular_file(ec))
            total += entry.file_size(ec);
    }
    return total;
}

struct PrometheusFigures
{
    double oursBytesPerValue = 0;     // the chip series: chip_raw and segment
    double oursFileBytesPerValue = 0; // the whole file: aggregates and rollups too
    double promBytesPerValue = 0;
    uint64_t samples = 0;
};

// The same series in our store and in Prometheus' TSDB: kPromChips chips for
// kPromTicks seconds, all five metrics. Ours is the whole file (aggregates and
// rollups included) over every value; Prometheus' is its blocks over the
// samples written (no-data values are not written to it).
Result<PrometheusFigures> comparePrometheus(const std::string &promtool, Workspace &workspace)
{
    SimulatorConfig sim;
    sim.chips = kPromChips;
    sim.centers = 2;
    sim.seed = 3;
    PrometheusFigures f;
    const std::string ours = workspace.file("prometheus-ours.db");
    if (Status s = appendHistory(sim, ours, kPromTicks, 1000); !s.ok())
        return s;
    auto oursSize = compactedSize(ours);
    if (!oursSize.ok())
        return oursSize.status();
    auto seriesSize = tableBytes(ours, "'chip_raw', 'segment', 'segment_by_inventory'");
    if (!seriesSize.ok())
        return seriesSize.status();
    const double values = double(kPromChips) * kPromTicks * kMetricCount;
    f.oursBytesPerValue = double(*seriesSize) / values;
    f.oursFileBytesPerValue = double(*oursSize) / values;

    // OpenMetrics: each family's samples together, each series in time order.
    const fs::path text = workspace.dir() / "prometheus.om";
    const fs::path blocks = workspace.dir() / "prometheus-tsdb";
    std::error_code ec;
    fs::remove_all(blocks, ec);
    workspace.remember(text);
    workspace.remember(blocks);
    {
        std::unique_ptr<FILE, int (*)(FILE *)> out(std::fopen(text.c_str(), "w"), std::fclose);
        if (!out)
            return Status::error("write " + text.string());
        FleetSimulator simulator(sim);
        std::vector<FleetTick> ticks(kPromTicks);
        for (int64_t i = 0; i < kPromTicks; ++i)
            simulator.sample(kHistoryStartMs + i * 1000, ticks[i]);
        for (Metric m : kAllMetrics) {
            const std::string family = "scb_chip_" + std::string(metricKey(m));
            std::fprintf(out.get(), "# TYPE %s gauge\n", family.c_str());
            for (uint32_t chip = 0; chip < kPromChips; ++chip) {
                for (const FleetTick &tick : ticks) {
                    const int32_t v = tick.column(m)[chip];
                    if (v == kNoData)
                        continue;
                    std::fprintf(out.get(), "%s{chip=\"%u\"} %d %lld\n", family.c_str(), chip, v,
                                 static_cast<long long>(tick.unixMs / 1000));
                    ++f.samples;
                }
            }
        }
        std::fputs("# EOF\n", out.get());
        if (std::fflush(out.get()) != 0)
            return Status::error("write " + text.string());
    }
    const std::string command = "'" + promtool + "' tsdb create-blocks-from openmetrics '" +
                                text.string() + "' '" + blocks.string() + "' >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0)
        return Status::error("promtool failed: " + command);
    f.promBytesPerValue = double(treeBytes(blocks)) / double(f.samples);
    fs::remove(text, ec);
    return f;
}

int run(const Options &options)
{
    JsonObject json;
    json.add("chips", uint64_t(options.chips));
    json.add("ticks", uint64_t(options.ticks));

    SimulatorConfig sim;
    sim.chips = options.chips;
    sim.centers = std::min<uint32_t>(4, (options.chips + 7) / 8);
    sim.seed = 1;
    if (const std::string why = FleetSimulator::validate(sim); !why.empty()) {
        say("scb-bench: " + why);
        return 2;
    }
    auto workspace = Workspace::make(options);
    if (!workspace.ok()) {
        say("scb-bench: " + workspace.error());
        return 1;
    }
    const auto fail = [](const std::string &step, const std::string &why) {
        say("scb-bench: " + step + " failed: " + why);
        return 1;
    };
    say("scb-bench: " + std::to_string(options.chips) + " chips, " + std::to_string(options.ticks) +
        " ticks, files in " + workspace->dir().string() + (options.keep ? " (kept)" : ""));

    // --- 2. ingest end to end ---------------------------------------------------
    say("ingest: server -> gRPC loopback -> client -> pipeline -> store ...");
    std::vector<uint64_t> fingerprints;
    auto ingest = runIngest(options, sim, *workspace, fingerprints);
    if (!ingest.ok())
        return fail("ingest", ingest.error());
    // Values the ingest store holds: a coalesced tick was received but not stored.
    const double storedValues = double(ingest->stored) * options.chips * kMetricCount;
    const double ingestRate = storedValues / ingest->seconds;
    say("  ingest end to end, to the durable hot log (compaction running beside it):\n"
        "                       " +
        millions(ingestRate) + " (" + fixed(ingest->seconds, 3) + " s)   target >= " +
        millions(kTargetIngestValuesPerS) + verdict(ingestRate >= kTargetIngestValuesPerS));
    json.add("ingest_values_per_s", ingestRate, 0);
    json.add("ticks_coalesced", ingest->coalesced);
    if (ingest->coalesced > 0)
        say("  " + std::to_string(ingest->coalesced) + " ticks coalesced by the pipeline");

    const double sustained = storedValues / (ingest->seconds + ingest->compactSeconds);
    say("  then compacting what was left: " + fixed(ingest->compactSeconds, 3) +
        " s; ingest and compaction together: " + millions(sustained));
    json.add("ingest_compact_tail_s", ingest->compactSeconds, 3);
    json.add("ingest_with_compaction_values_per_s", sustained, 0);

    sayMemory("ingest");
    // The same ticks, sampled straight from the simulator, must be what was streamed.
    TickSource data(sim, ingest->tickTimes);
    {
        FleetTick tick;
        FleetAggregates aggregates;
        for (size_t i = 0; i < data.size(); ++i) {
            data.sample(i, tick, aggregates);
            if (fingerprint(tick) != fingerprints[i])
                return fail("ingest", "the tick streamed at " + std::to_string(tick.unixMs) +
                                          " differs from the simulator's");
        }
    }

    double compactSeconds = 0;
    auto append = runStoreAppend(data, workspace->file("append.db"), compactSeconds);
    if (!append.ok())
        return fail("store append", append.error());
    const double values = double(data.size()) * options.chips * kMetricCount;
    const double appendRate = values / (*append - compactSeconds);
    say("  HistoryStore alone, one thread: append " + millions(appendRate) + " (" +
        fixed(*append - compactSeconds, 3) + " s), then compaction " +
        millions(values / compactSeconds) + " (" + fixed(compactSeconds, 3) + " s)");
    json.add("store_append_values_per_s", appendRate, 0);
    json.add("store_compact_values_per_s", values / compactSeconds, 0);

    sayMemory("store alone");
    // --- 3. naive ---------------------------------------------------------------
    const size_t naiveTicks = std::min<size_t>(options.ticks, kNaiveMaxTicks);
    const std::string naivePath = workspace->file("naive.db");
    say("naive: one row per value, " + std::to_string(naiveTicks) + " ticks ...");
    auto naive = runNaive(data, naiveTicks, naivePath);
    if (!naive.ok())
        return fail("naive insert", naive.error());
    const double naiveValues = double(naiveTicks) * options.chips * kMetricCount;
    const double naiveRate = naiveValues / *naive;
    const double ratio = ingestRate / naiveRate;
    say("  naive row per value: " + millions(naiveRate) + " (" + fixed(*naive, 3) +
        " s); ingest is " + fixed(ratio, 1) + "x naive   target >= " + fixed(kTargetNaiveRatio, 0) +
        "x" + verdict(ratio >= kTargetNaiveRatio));
    json.add("naive_values_per_s", naiveRate, 0);
    json.add("naive_ticks", uint64_t(naiveTicks));

    // --- 4. size ----------------------------------------------------------------
    auto ourSize = compactedSize(ingest->dbPath);
    if (!ourSize.ok())
        return fail("size", ourSize.error());
    auto naiveSize = compactedSize(naivePath);
    if (!naiveSize.ok())
        return fail("size", naiveSize.error());
    const double bytesPerValue = double(*ourSize) / storedValues;
    const double naiveBytesPerValue = double(*naiveSize) / naiveValues;
    say("  stored size: " + fixed(bytesPerValue, 3) + " bytes/value (" + fixed(*ourSize / 1e6, 1) +
        " MB)   target <= " + fixed(kTargetBytesPerValue, 1) +
        verdict(bytesPerValue <= kTargetBytesPerValue) + "; naive " + fixed(naiveBytesPerValue, 2) +
        " bytes/value");
    json.add("bytes_per_value", bytesPerValue, 4);
    json.add("naive_bytes_per_value", naiveBytesPerValue, 4);

    // --- 5. 24 h of a center ----------------------------------------------------
    {
        SimulatorConfig small;
        small.chips = 64;
        small.centers = 2;
        small.seed = 7;
        const int64_t ticks = options.quick ? 3600 : 86'400;
        const std::string path = workspace->file("center24h.db");
        say("query setup: " + std::to_string(ticks) + " ticks of 64 chips at 1 s ...");
        const auto start = Clock::now();
        if (Status s = appendHistory(small, path, ticks, 1000); !s.ok())
            return fail("center history setup", s.message());
        const double setupS = secondsSince(start);
        const int64_t toMs = kHistoryStartMs + (ticks - 1) * 1000;
        auto timed = timeQuery(path, [&](HistoryStore &store) {
            return store.queryAggregate(0, AggregateField::UtilizationMean, kHistoryStartMs, toMs,
                                        kQueryPoints);
        });
        if (!timed.ok())
            return fail("center query", timed.error());
        say("  setup " + fixed(setupS, 1) + " s; center " + (options.quick ? "1 h" : "24 h") +
            " query: " + fixed(timed->first, 3) + " ms warm, " + std::to_string(timed->second) +
            " points   target <= " + fixed(kTargetQueryMs, 0) + " ms" +
            verdict(timed->first <= kTargetQueryMs));
        json.add("query_center_24h_ms", timed->first, 3);
        json.add("setup_center_24h_s", setupS, 2);
    }

    // --- 6. 7 days of a chip ----------------------------------------------------
    {
        SimulatorConfig small;
        small.chips = 8;
        small.centers = 1;
        small.seed = 7;
        const int64_t spanMs = options.quick ? 3600 * 1000LL : 7 * kDayMs;
        const std::string path = workspace->file("chip7d.db");
        int64_t spacingMs = 1000;
        if (!options.quick) {
            // A pilot decides whether 1 s spacing fits the time allowed for the setup.
            constexpr int64_t kPilotTicks = 3000;
            const auto pilotStart = Clock::now();
            if (Status s =
                    appendHistory(small, workspace->file("chip7d-pilot.db"), kPilotTicks, 1000);
                !s.ok())
                return fail("chip history pilot", s.message());
            const double projectedS = secondsSince(pilotStart) / kPilotTicks * (spanMs / 1000);
            if (projectedS > kChipSetupBudgetS) {
                spacingMs = 1000 * static_cast<int64_t>(std::ceil(projectedS / kChipSetupBudgetS));
                say("  7 days at 1 s would take ~" + fixed(projectedS, 0) + " s to append; using " +
                    std::to_string(spacingMs / 1000) + " s spacing");
            }
        }
        const int64_t ticks = spanMs / spacingMs;
        say("query setup: " + std::to_string(ticks) + " ticks of 8 chips at " +
            std::to_string(spacingMs / 1000) + " s ...");
        const auto start = Clock::now();
        if (Status s = appendHistory(small, path, ticks, spacingMs); !s.ok())
            return fail("chip history setup", s.message());
        const double setupS = secondsSince(start);
        const int64_t toMs = kHistoryStartMs + (ticks - 1) * spacingMs;
        auto timed = timeQuery(path, [&](HistoryStore &store) {
            return store.queryChip(3, Metric::Utilization, kHistoryStartMs, toMs, kQueryPoints);
        });
        if (!timed.ok())
            return fail("chip query", timed.error());
        say("  setup " + fixed(setupS, 1) + " s; chip " + (options.quick ? "1 h" : "7 d") +
            " query: " + fixed(timed->first, 3) + " ms warm, " + std::to_string(timed->second) +
            " points   target <= " + fixed(kTargetQueryMs, 0) + " ms" +
            verdict(timed->first <= kTargetQueryMs));
        json.add("query_chip_7d_ms", timed->first, 3);
        json.add("setup_chip_7d_s", setupS, 2);
        json.add("chip_7d_spacing_s", uint64_t(spacingMs / 1000));
    }

    sayMemory("queries");

    // --- 6b. the GUI ------------------------------------------------------------
#if SCB_BENCH_GUI
    if (options.gui) {
        const int busyTicks = options.guiTicks > 0 ? int(options.guiTicks) : options.quick ? 5 : 30;
        say("gui: heatmap of " + std::to_string(options.chips) +
            " cells at 1920x1080, then the main window on the Chips page for " +
            std::to_string(busyTicks) + " live ticks (offscreen) ...");
        const GuiFigures gui = measureGui(options.chips, busyTicks, workspace->file("gui.db"));
        if (!gui.error.empty())
            return fail("gui", gui.error);
        say("  heatmap repaint (new values + full paint): " + fixed(gui.heatmapRepaintMs, 2) +
            " ms   target <= 2 ms" + verdict(gui.heatmapRepaintMs <= 2) +
            "; naive fillRect per chip " + fixed(gui.heatmapNaiveMs, 1) + " ms (" +
            fixed(gui.heatmapNaiveMs / gui.heatmapRepaintMs, 0) + "x)");
        say("  GUI thread busy: " + fixed(gui.guiBusyPct, 2) + " % over " +
            std::to_string(gui.busyTicks) + " ticks   target <= 5 %" +
            verdict(gui.guiBusyPct <= 5));
        json.add("heatmap_repaint_ms", gui.heatmapRepaintMs, 3);
        json.add("heatmap_naive_ms", gui.heatmapNaiveMs, 3);
        say("  PDF report, " + std::to_string(gui.reportPages) +
            " pages with charts and tables: " + fixed(gui.report10pMs, 1) +
            " ms   target <= 1000 ms" + verdict(gui.report10pMs >= 0 && gui.report10pMs <= 1000) +
            "; charts as 300 dpi bitmaps " + fixed(gui.report10pNaiveMs, 1) + " ms (" +
            fixed(gui.report10pNaiveMs / std::max(gui.report10pMs, 1e-3), 1) + "x)");
        json.add("report_10p_ms", gui.report10pMs, 1);
        json.add("report_10p_naive_ms", gui.report10pNaiveMs, 1);
        json.add("report_pages", uint64_t(gui.reportPages));
        json.add("gui_busy_pct", gui.guiBusyPct, 2);
        if (options.chips == 200'000)
            json.add("gui_busy_pct_200k", gui.guiBusyPct, 2);
        sayMemory("gui");
    }
#else
    if (options.gui)
        say("gui: not measured (scb-bench built without the GUI)");
#endif
    // --- 7. Prometheus on the same series ----------------------------------------
    if (options.comparePrometheus) {
        const std::string promtool = findOnPath("promtool");
        if (promtool.empty()) {
            say("prometheus: promtool not found (Debian package prometheus); comparison skipped");
        } else {
            say("prometheus: " + std::to_string(kPromChips) + " chips x " +
                std::to_string(kPromTicks) + " s, ours and promtool's TSDB blocks ...");
            auto prom = comparePrometheus(promtool, *workspace);
            if (!prom.ok())
                return fail("prometheus comparison", prom.error());
            const double ratio = prom->oursBytesPerValue / prom->promBytesPerValue;
            say("  same series: ours " + fixed(prom->oursBytesPerValue, 3) +
                " bytes/value (chip_raw and segment pages), Prometheus " +
                fixed(prom->promBytesPerValue, 3) + " bytes/sample (" +
                std::to_string(prom->samples) + " samples); ours is " + fixed(ratio, 2) +
                "x   target <= 0.5x" + verdict(ratio <= 0.5));
            say("  ours, the whole file (per-tick aggregates of 2 centers and the fleet, "
                "rollups): " +
                fixed(prom->oursFileBytesPerValue, 3) + " bytes/value; the main run's " +
                fixed(bytesPerValue, 3) + " is " +
                fixed(bytesPerValue / prom->promBytesPerValue, 2) + "x Prometheus");
            json.add("prometheus_bytes_per_value", prom->promBytesPerValue, 4);
            json.add("prometheus_ours_bytes_per_value", prom->oursBytesPerValue, 4);
            json.add("prometheus_ours_file_bytes_per_value", prom->oursFileBytesPerValue, 4);
            json.add("prometheus_samples", prom->samples);
        }
    }

    // --- 8. memory --------------------------------------------------------------
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakRssMb = usage.ru_maxrss / 1024.0; // Linux reports KiB
    say("  peak RSS: " + fixed(peakRssMb, 1) + " MB   target <= " + fixed(kTargetPeakRssMb, 0) +
        " MB" + verdict(peakRssMb <= kTargetPeakRssMb));
    json.add("peak_rss_mb", peakRssMb, 1);
    json.add("quick", uint64_t(options.quick ? 1 : 0));

    // --- 9. scrape --------------------------------------------------------------
    const uint32_t scrapeTargets = options.scrapeTargetsGiven ? options.scrapeTargets
                                   : options.quick            ? 500
                                                              : 25'000;
    if (scrapeTargets > 0 &&
        !reportScrape(scrapeTargets, workspace->dir().string(), options.quick, json))
        return 1;

    if (options.json) {
        std::printf("%s\n", json.text().c_str());
        std::fflush(stdout);
    }
    return 0;
}

} // namespace
} // namespace scb

int main(int argc, char **argv)
{
    const scb::ParseResult parsed = scb::parseArguments(argc, argv);
    if (parsed.help) {
        std::fputs(scb::kUsage, stdout);
        return 0;
    }
    if (!parsed.options) {
        std::fprintf(stderr, "scb-bench: %s\n", parsed.error.c_str());
        return 2;
    }
    return scb::run(*parsed.options);
}
