#include "store/historystore.h"

#include "core/tickcodec.h"
#include "sqlite/sqlitestatement.h"
#include "store/historystore_p.h"
#include "store/inventorycodec.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <limits>

namespace scb {

namespace {

// "SCBD" in the file header: tells our files from other SQLite databases.
constexpr int32_t kApplicationId = 0x53434244;

struct Migration
{
    int toVersion;
    const char *sql; // fixed text, ends by setting user_version = toVersion
    // What SQL cannot do (e.g. re-encode blobs), run after sql in the same
    // transaction; may be null.
    Status (*step)(sqlite3 *db, const std::string &what);
};

Status moveChipLogToHotLog(sqlite3 *db, const std::string &what);

// Every schema change is one entry, run in order at open from the file's
// version. A shipped entry never changes: files in the field were made by it.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE inventory(
    version INTEGER PRIMARY KEY,
    saved_unix_ms INTEGER NOT NULL,
    data BLOB NOT NULL);
CREATE TABLE chip_log(
    unix_ms INTEGER PRIMARY KEY,
    inventory_version INTEGER NOT NULL,
    tick BLOB NOT NULL);
CREATE INDEX chip_log_by_inventory ON chip_log(inventory_version);
CREATE TABLE aggregate(
    scope INTEGER NOT NULL,
    unix_ms INTEGER NOT NULL,
    chips_total INTEGER NOT NULL,
    chips_online INTEGER NOT NULL,
    chips_fault INTEGER NOT NULL,
    chips_throttled INTEGER NOT NULL,
    util_sum INTEGER NOT NULL,
    util_count INTEGER NOT NULL,
    util_min INTEGER NOT NULL,
    util_max INTEGER NOT NULL,
    power_watts INTEGER NOT NULL,
    memory_used_mib INTEGER NOT NULL,
    temperature_max_c INTEGER NOT NULL,
    PRIMARY KEY(scope, unix_ms)) WITHOUT ROWID;
PRAGMA application_id = 1396916804;
PRAGMA user_version = 1;
)sql",
     nullptr},
    // Rollups of the aggregate series, back-filled from what version 1 stored.
    // Utilization columns cover only ticks where some chip reported it
    // (util_samples of them); util_mean holds each tick's mean as REAL, the
    // same double the per-tick query computes, so min and max stay exact.
    {2, R"sql(
CREATE TABLE aggregate_1m(
    scope INTEGER NOT NULL,
    bucket_unix_ms INTEGER NOT NULL,
    samples INTEGER NOT NULL,
    first_unix_ms INTEGER NOT NULL,
    util_samples INTEGER NOT NULL,
    util_first_unix_ms INTEGER,
    util_mean_min REAL,
    util_mean_max REAL,
    util_mean_sum REAL NOT NULL,
    util_min_min INTEGER,
    util_min_max INTEGER,
    util_min_sum INTEGER NOT NULL,
    util_max_min INTEGER,
    util_max_max INTEGER,
    util_max_sum INTEGER NOT NULL,
    power_watts_min INTEGER NOT NULL,
    power_watts_max INTEGER NOT NULL,
    power_watts_sum INTEGER NOT NULL,
    temperature_max_c_min INTEGER NOT NULL,
    temperature_max_c_max INTEGER NOT NULL,
    temperature_max_c_sum INTEGER NOT NULL,
    chips_online_min INTEGER NOT NULL,
    chips_online_max INTEGER NOT NULL,
    chips_online_sum INTEGER NOT NULL,
    chips_fault_min INTEGER NOT NULL,
    chips_fault_max INTEGER NOT NULL,
    chips_fault_sum INTEGER NOT NULL,
    memory_used_mib_min INTEGER NOT NULL,
    memory_used_mib_max INTEGER NOT NULL,
    memory_used_mib_sum INTEGER NOT NULL,
    PRIMARY KEY(scope, bucket_unix_ms)) WITHOUT ROWID;
CREATE TABLE aggregate_1h(
    scope INTEGER NOT NULL,
    bucket_unix_ms INTEGER NOT NULL,
    samples INTEGER NOT NULL,
    first_unix_ms INTEGER NOT NULL,
    util_samples INTEGER NOT NULL,
    util_first_unix_ms INTEGER,
    util_mean_min REAL,
    util_mean_max REAL,
    util_mean_sum REAL NOT NULL,
    util_min_min INTEGER,
    util_min_max INTEGER,
    util_min_sum INTEGER NOT NULL,
    util_max_min INTEGER,
    util_max_max INTEGER,
    util_max_sum INTEGER NOT NULL,
    power_watts_min INTEGER NOT NULL,
    power_watts_max INTEGER NOT NULL,
    power_watts_sum INTEGER NOT NULL,
    temperature_max_c_min INTEGER NOT NULL,
    temperature_max_c_max INTEGER NOT NULL,
    temperature_max_c_sum INTEGER NOT NULL,
    chips_online_min INTEGER NOT NULL,
    chips_online_max INTEGER NOT NULL,
    chips_online_sum INTEGER NOT NULL,
    chips_fault_min INTEGER NOT NULL,
    chips_fault_max INTEGER NOT NULL,
    chips_fault_sum INTEGER NOT NULL,
    memory_used_mib_min INTEGER NOT NULL,
    memory_used_mib_max INTEGER NOT NULL,
    memory_used_mib_sum INTEGER NOT NULL,
    PRIMARY KEY(scope, bucket_unix_ms)) WITHOUT ROWID;
INSERT INTO aggregate_1m SELECT
    scope, unix_ms - unix_ms % 60000, count(*), min(unix_ms),
    sum(util_count > 0), min(CASE WHEN util_count > 0 THEN unix_ms END),
    min(CASE WHEN util_count > 0 THEN CAST(util_sum AS REAL) / util_count END),
    max(CASE WHEN util_count > 0 THEN CAST(util_sum AS REAL) / util_count END),
    total(CASE WHEN util_count > 0 THEN CAST(util_sum AS REAL) / util_count END),
    min(CASE WHEN util_count > 0 THEN util_min END),
    max(CASE WHEN util_count > 0 THEN util_min END),
    coalesce(sum(CASE WHEN util_count > 0 THEN util_min END), 0),
    min(CASE WHEN util_count > 0 THEN util_max END),
    max(CASE WHEN util_count > 0 THEN util_max END),
    coalesce(sum(CASE WHEN util_count > 0 THEN util_max END), 0),
    min(power_watts), max(power_watts), sum(power_watts),
    min(temperature_max_c), max(temperature_max_c), sum(temperature_max_c),
    min(chips_online), max(chips_online), sum(chips_online),
    min(chips_fault), max(chips_fault), sum(chips_fault),
    min(memory_used_mib), max(memory_used_mib), sum(memory_used_mib)
FROM aggregate GROUP BY scope, unix_ms - unix_ms % 60000;
INSERT INTO aggregate_1h SELECT
    scope, bucket_unix_ms - bucket_unix_ms % 3600000, sum(samples), min(first_unix_ms),
    sum(util_samples), min(util_first_unix_ms),
    min(util_mean_min), max(util_mean_max), total(util_mean_sum),
    min(util_min_min), max(util_min_max), sum(util_min_sum),
    min(util_max_min), max(util_max_max), sum(util_max_sum),
    min(power_watts_min), max(power_watts_max), sum(power_watts_sum),
    min(temperature_max_c_min), max(temperature_max_c_max), sum(temperature_max_c_sum),
    min(chips_online_min), max(chips_online_max), sum(chips_online_sum),
    min(chips_fault_min), max(chips_fault_max), sum(chips_fault_sum),
    min(memory_used_mib_min), max(memory_used_mib_max), sum(memory_used_mib_sum)
FROM aggregate_1m GROUP BY scope, bucket_unix_ms - bucket_unix_ms % 3600000;
PRAGMA user_version = 2;
)sql",
     nullptr},
    // Per-chip history as a hot log of chunks, compacted into per-chip series
    // blocks and rollups; events in their own table. The whole-tick chip_log
    // of version 2 is re-chunked into the hot log by moveChipLogToHotLog.
    {3, R"sql(
CREATE TABLE hot_tick(
    unix_ms INTEGER PRIMARY KEY,
    inventory_version INTEGER NOT NULL,
    chip_count INTEGER NOT NULL);
CREATE INDEX hot_tick_by_inventory ON hot_tick(inventory_version);
CREATE TABLE hot_chunk(
    id INTEGER PRIMARY KEY, -- unix_ms * 1024 + chunk
    data BLOB NOT NULL);
CREATE TABLE segment(
    start_ms INTEGER PRIMARY KEY,
    end_ms INTEGER NOT NULL,
    inventory_version INTEGER NOT NULL,
    chip_count INTEGER NOT NULL,
    tick_count INTEGER NOT NULL,
    times BLOB NOT NULL); -- the ticks' offsets from start_ms, a seriescodec series
CREATE INDEX segment_by_inventory ON segment(inventory_version);
CREATE TABLE chip_raw(
    start_ms INTEGER NOT NULL,
    chip INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(start_ms, chip)) WITHOUT ROWID;
CREATE TABLE chip_1m(
    start_ms INTEGER NOT NULL,
    chip INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(start_ms, chip)) WITHOUT ROWID;
CREATE TABLE chip_1h(
    day_ms INTEGER NOT NULL,
    chip INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(day_ms, chip)) WITHOUT ROWID;
CREATE TABLE chip_event(
    unix_ms INTEGER NOT NULL,
    chip INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    code INTEGER NOT NULL);
CREATE INDEX chip_event_by_time ON chip_event(unix_ms);
CREATE INDEX chip_event_by_chip ON chip_event(chip, unix_ms);
PRAGMA user_version = 3;
)sql",
     moveChipLogToHotLog},
    // The alert history: one row per alert raised, updated as it escalates,
    // is acknowledged and clears. Open rows are found again after a restart,
    // so that an acknowledgement outlives it.
    {4, R"sql(
CREATE TABLE alert_log(
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    center INTEGER NOT NULL,
    node INTEGER NOT NULL,
    chip INTEGER NOT NULL,
    code INTEGER NOT NULL,
    since_ms INTEGER NOT NULL,
    raised_ms INTEGER NOT NULL,
    escalated_ms INTEGER NOT NULL DEFAULT 0,
    cleared_ms INTEGER NOT NULL DEFAULT 0,
    value REAL NOT NULL DEFAULT 0,
    peak REAL NOT NULL DEFAULT 0,
    ack_by TEXT,
    ack_note TEXT,
    ack_ms INTEGER NOT NULL DEFAULT 0,
    seen_ms INTEGER NOT NULL DEFAULT 0); -- raised, or taken over after a restart
CREATE INDEX alert_log_open ON alert_log(kind, chip, node, code) WHERE cleared_ms = 0;
CREATE INDEX alert_log_by_time ON alert_log(raised_ms);
PRAGMA user_version = 4;
)sql",
     nullptr},
};
static_assert(std::size(kMigrations) == HistoryStore::kSchemaVersion &&
                  kMigrations[std::size(kMigrations) - 1].toVersion == HistoryStore::kSchemaVersion,
              "one migration per schema version, the last one reaching kSchemaVersion");
static_assert(kApplicationId == 1396916804, "the migration text spells kApplicationId");

// The per-tick value of each aggregate field, as an SQL expression over one
// aggregate row. Only these fixed fragments are ever put into query text.
struct FieldSql
{
    const char *expression;
    bool needsUtilization; // skip ticks where no chip reported utilization
};
constexpr std::array<FieldSql, kAggregateFieldCount> kFieldSql{{
    {"CAST(util_sum AS REAL) / util_count", true}, // UtilizationMean
    {"util_min", true},                            // UtilizationMin
    {"util_max", true},                            // UtilizationMax
    {"power_watts", false},                        // PowerWatts
    {"temperature_max_c", false},                  // TemperatureMaxC
    {"chips_online", false},                       // ChipsOnline
    {"chips_fault", false},                        // ChipsFault
    {"memory_used_mib", false},                    // MemoryUsedMiB
}};
static_assert(static_cast<int>(AggregateField::MemoryUsedMiB) == kAggregateFieldCount - 1);

// The rollup tiers, finest first. A tier row covers [bucket_unix_ms,
// bucket_unix_ms + widthMs) of one scope.
struct RollupTier
{
    const char *table;
    int64_t widthMs;
};
constexpr std::array<RollupTier, kRollupTierCount> kRollupTiers{{
    {"aggregate_1m", kRollupWidthMs[0]},
    {"aggregate_1h", kRollupWidthMs[1]},
}};

// Each field's column prefix in the rollup tables (<prefix>_min, _max, _sum),
// and the parameter text of its per-tick value in the rollup upsert. The mean
// is computed by SQLite exactly as the per-tick query computes it.
struct RollupFieldSql
{
    const char *prefix;
    const char *value;
};
constexpr std::array<RollupFieldSql, kAggregateFieldCount> kRollupFieldSql{{
    {"util_mean", "(CAST(?6 AS REAL) / ?7)"}, // UtilizationMean
    {"util_min", "?8"},                       // UtilizationMin
    {"util_max", "?9"},                       // UtilizationMax
    {"power_watts", "?10"},                   // PowerWatts
    {"temperature_max_c", "?11"},             // TemperatureMaxC
    {"chips_online", "?12"},                  // ChipsOnline
    {"chips_fault", "?13"},                   // ChipsFault
    {"memory_used_mib", "?14"},               // MemoryUsedMiB
}};

// One row per scope per tier per tick: inserted by a bucket's first tick,
// folded in by the others. Utilization columns stay NULL (sum 0) until a tick
// of the bucket has utilization; their parameters are NULL for ticks without.
std::string rollupUpsertSql(const char *table)
{
    std::string columns =
        "scope, bucket_unix_ms, samples, first_unix_ms, util_samples, util_first_unix_ms";
    std::string values = "?1, ?2, 1, ?3, ?4, ?5";
    std::string updates =
        "samples = samples + 1, first_unix_ms = min(first_unix_ms, excluded.first_unix_ms), "
        "util_samples = util_samples + excluded.util_samples, util_first_unix_ms = "
        "min(coalesce(util_first_unix_ms, excluded.util_first_unix_ms), "
        "coalesce(excluded.util_first_unix_ms, util_first_unix_ms))";
    for (int f = 0; f < kAggregateFieldCount; ++f) {
        const std::string p = kRollupFieldSql[f].prefix;
        const std::string v = kRollupFieldSql[f].value;
        columns += ", " + p + "_min, " + p + "_max, " + p + "_sum";
        values += ", " + v + ", " + v + ", coalesce(" + v + ", 0)";
        for (const char *op : {"min", "max"}) {
            const std::string c = p + "_" + op;
            if (kFieldSql[f].needsUtilization) // NULL means no value yet, on either side
                updates += ", " + c + " = " + op + "(coalesce(" + c + ", excluded." + c +
                           "), coalesce(excluded." + c + ", " + c + "))";
            else
                updates += ", " + c + " = " + op + "(" + c + ", excluded." + c + ")";
        }
        updates += ", " + p + "_sum = " + p + "_sum + excluded." + p + "_sum";
    }
    return std::string("INSERT INTO ") + table + "(" + columns + ") VALUES(" + values +
           ") ON CONFLICT(scope, bucket_unix_ms) DO UPDATE SET " + updates;
}

const char *aggregateFieldName(AggregateField field)
{
    switch (field) {
    case AggregateField::UtilizationMean:
        return "utilization mean";
    case AggregateField::UtilizationMin:
        return "utilization min";
    case AggregateField::UtilizationMax:
        return "utilization max";
    case AggregateField::PowerWatts:
        return "power";
    case AggregateField::TemperatureMaxC:
        return "temperature max";
    case AggregateField::ChipsOnline:
        return "chips online";
    case AggregateField::ChipsFault:
        return "chips fault";
    case AggregateField::MemoryUsedMiB:
        return "memory used";
    }
    return "unknown field";
}

int64_t nowUnixMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Reads one integer pragma (fixed text) on a connection not yet set up.
Result<int64_t> readPragma(sqlite3 *db, const char *sql, const std::string &what)
{
    SqliteStatement statement;
    if (Status s = statement.prepare(db, sql, sql); !s.ok())
        return Status::error(what + ": " + sqlite3_errmsg(db));
    StatementUse use(statement);
    if (use.step() != SQLITE_ROW)
        return sqliteError(db, what);
    return use.int64(0);
}

std::string newerSchemaMessage(const std::string &what, int64_t version)
{
    return what + ": written by a newer SCB Dashboard (schema version " + std::to_string(version) +
           "; this build knows versions up to " + std::to_string(HistoryStore::kSchemaVersion) +
           "); refusing to open it";
}

// Checks the file's schema version and identity before anything is changed.
Status checkSchema(sqlite3 *db, const std::string &what, bool requireCurrent)
{
    auto version = readPragma(db, "PRAGMA user_version", what);
    if (!version.ok())
        return version.status();
    if (*version > HistoryStore::kSchemaVersion || *version < 0)
        return Status::error(newerSchemaMessage(what, *version));
    if (*version > 0) {
        auto appId = readPragma(db, "PRAGMA application_id", what);
        if (!appId.ok())
            return appId.status();
        if (*appId != kApplicationId)
            return Status::error(what + ": not an SCB Dashboard history file (application id " +
                                 std::to_string(*appId) + ")");
    }
    if (requireCurrent && *version != HistoryStore::kSchemaVersion) {
        if (*version == 0)
            return Status::error(what + ": no history schema in this file; it is created when "
                                        "the file is first opened for writing");
        return Status::error(what + ": schema version " + std::to_string(*version) +
                             " is older than " + std::to_string(HistoryStore::kSchemaVersion) +
                             "; open it for writing once to migrate it");
    }
    return {};
}

Status configureWriter(sqlite3 *db, const std::string &what)
{
    // Takes effect only while the file is still empty, so it must come before
    // WAL mode. The hot log's tick blobs are hundreds of KiB: 16 KiB pages
    // halve SQLite's CPU per append against 4 KiB ones, and small rows
    // (aggregates) do not yet pay much for the larger page.
    if (Status s = execSql(db, "PRAGMA page_size=16384", what + ": set the page size"); !s.ok())
        return s;
    {
        SqliteStatement statement;
        if (Status s = statement.prepare(db, "PRAGMA journal_mode=WAL", "journal mode"); !s.ok())
            return Status::error(what + ": " + s.message());
        StatementUse use(statement);
        if (use.step() != SQLITE_ROW)
            return sqliteError(db, what + ": set WAL mode");
        const auto mode = use.blob(0);
        if (mode != "wal")
            return Status::error(what + ": the file system does not allow WAL mode (got " +
                                 std::string(mode) + ")");
    }
    // NORMAL in WAL mode: a killed app loses at most the last commit, never
    // consistency; only a power loss may lose more.
    return execSql(db,
                   "PRAGMA synchronous=NORMAL;"
                   "PRAGMA foreign_keys=OFF;"
                   "PRAGMA temp_store=MEMORY;"
                   // Keeps the -wal file from staying large after a reader held back a checkpoint.
                   "PRAGMA journal_size_limit=67108864;",
                   what + ": configure");
}

Status migrate(sqlite3 *db, const std::string &what)
{
    SqliteTransaction transaction(db);
    if (Status s = transaction.begin(what + ": begin migration"); !s.ok())
        return s;
    // Read again under the write lock: another process may have migrated meanwhile.
    auto version = readPragma(db, "PRAGMA user_version", what);
    if (!version.ok())
        return version.status();
    if (*version > HistoryStore::kSchemaVersion)
        return Status::error(newerSchemaMessage(what, *version));
    if (*version == 0) {
        auto objects = readPragma(db, "SELECT count(*) FROM sqlite_schema", what);
        if (!objects.ok())
            return objects.status();
        if (*objects > 0)
            return Status::error(what + ": a SQLite database of another program (" +
                                 std::to_string(*objects) +
                                 " schema objects, no SCB schema version); refusing to change it");
    }
    for (const Migration &m : kMigrations) {
        if (m.toVersion <= *version)
            continue;
        const std::string step =
            what + ": migrate to schema version " + std::to_string(m.toVersion);
        if (Status s = execSql(db, m.sql, step); !s.ok())
            return s;
        if (m.step) {
            if (Status s = m.step(db, step); !s.ok())
                return s;
        }
    }
    return transaction.commit(what + ": commit migration");
}

// Version 2 kept each tick whole in chip_log; version 3 keeps it in chunks.
// Re-chunks every readable row; an unreadable one was already lost to queries
// and is dropped with the table.
Status moveChipLogToHotLog(sqlite3 *db, const std::string &what)
{
    HotLogStatements hot;
    if (Status s = hot.prepare(db); !s.ok())
        return Status::error(what + ": " + s.message());
    SqliteStatement rows;
    if (Status s = rows.prepare(db, "SELECT unix_ms, tick FROM chip_log ORDER BY unix_ms",
                                "read chip_log");
        !s.ok())
        return Status::error(what + ": " + s.message());
    {
        StatementUse use(rows);
        FleetTick tick;
        int rc;
        while ((rc = use.step()) == SQLITE_ROW) {
            if (!decodeTick(use.blob(1), tick).ok() || tick.unixMs != use.int64(0))
                continue;
            // A tick past the hot log's time limit (never written by version 2's
            // own appends) was lost to queries already: it is dropped.
            if (tick.unixMs >= (int64_t(1) << 52))
                continue;
            if (Status s = insertHotTick(db, hot, tick, encodeHotChunks(tick), what); !s.ok())
                return s;
        }
        if (rc != SQLITE_DONE)
            return sqliteError(db, what + ": read chip_log");
    }
    return execSql(db, "DROP TABLE chip_log", what + ": drop chip_log");
}

} // namespace

int64_t saturatingSub(int64_t a, int64_t b)
{
    // b > 0 (retention is validated at open).
    return a < std::numeric_limits<int64_t>::min() + b ? std::numeric_limits<int64_t>::min()
                                                       : a - b;
}

std::string rangeText(int64_t fromMs, int64_t toMs)
{
    return "[" + std::to_string(fromMs) + ", " + std::to_string(toMs) + "]";
}

Result<QueryWindow> makeWindow(int64_t fromMs, int64_t toMs, int maxPoints, const std::string &what)
{
    if (fromMs < 0)
        return Status::error(what + ": the range starts before 1970");
    if (fromMs > toMs)
        return Status::error(what + ": the range ends before it starts");
    QueryWindow w;
    w.fromMs = fromMs;
    // One below the maximum keeps the width below 2^63 for any range.
    w.toMs = std::min(toMs, std::numeric_limits<int64_t>::max() - 1);
    w.maxPoints = static_cast<size_t>(std::clamp(maxPoints, 1, HistoryStore::kMaxQueryPoints));
    // ceil((to - from + 1) / n) == (to - from) / n + 1, and never overflows.
    const uint64_t spanMinusOne = static_cast<uint64_t>(w.toMs) - static_cast<uint64_t>(fromMs);
    w.widthMs = static_cast<int64_t>(spanMinusOne / w.maxPoints + 1);
    return w;
}

void Downsampler::add(int64_t unixMs, double min, double max, double sum, int64_t count)
{
    const Bucket sample{unixMs, min, max, sum, count};
    if (m_bucketing) {
        addToBucket(sample);
        return;
    }
    m_samples.push_back(sample);
    if (m_samples.size() <= m_window.maxPoints)
        return;
    // Too many for one point per sample: fold what we have into buckets.
    m_bucketing = true;
    for (const Bucket &b : m_samples)
        addToBucket(b);
    m_samples = {};
}

std::vector<SeriesPoint> Downsampler::finish()
{
    if (m_bucketing) {
        flush();
        return std::move(m_points);
    }
    std::vector<SeriesPoint> points;
    points.reserve(m_samples.size());
    for (const Bucket &b : m_samples)
        points.push_back({b.unixMs, b.min, b.sum / static_cast<double>(b.count), b.max});
    return points;
}

void Downsampler::addToBucket(const Bucket &sample)
{
    // Samples before fromMs (a rollup row that started earlier) join the first bucket.
    const int64_t bucket =
        std::max<int64_t>(0, (sample.unixMs - m_window.fromMs) / m_window.widthMs);
    if (!m_open || bucket != m_bucket) {
        flush();
        m_open = true;
        m_bucket = bucket;
        m_current = sample;
        m_current.unixMs = std::max(sample.unixMs, m_window.fromMs);
        return;
    }
    m_current.min = std::min(m_current.min, sample.min);
    m_current.max = std::max(m_current.max, sample.max);
    m_current.sum += sample.sum;
    m_current.count += sample.count;
}

void Downsampler::flush()
{
    if (!m_open)
        return;
    m_points.push_back({m_current.unixMs, m_current.min,
                        m_current.sum / static_cast<double>(m_current.count), m_current.max});
    m_open = false;
}

HistoryStore::HistoryStore(sqlite3 *db, std::string path, StoreOptions options, bool readOnly)
    : m_db(db)
    , m_path(std::move(path))
    , m_options(options)
    , m_readOnly(readOnly)
    , m_stmts(std::make_unique<Statements>())
{
}

HistoryStore::~HistoryStore()
{
    m_stmts.reset(); // statements before the connection
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<HistoryStore>>
HistoryStore::open(const std::string &path, const StoreOptions &options, bool readOnly)
{
    const std::string what = (readOnly ? "open history read-only " : "open history ") + path;
    if (path.empty())
        return Status::error("open history: no file name given");
    if (options.chipRetentionMs <= 0 || options.chip1mRetentionMs <= 0 ||
        options.chip1hRetentionMs <= 0 || options.aggregateRetentionMs <= 0 ||
        options.rollup1mRetentionMs <= 0 || options.rollup1hRetentionMs <= 0 ||
        options.alertRetentionMs <= 0)
        return Status::error(what + ": retention periods must be positive");
    if (options.diskBudgetBytes < 0)
        return Status::error(what + ": the disk budget must not be negative");
    if (options.busyTimeoutMs < 0)
        return Status::error(what + ": the busy timeout must not be negative");

    if (!readOnly)
        if (Status s = createParentFolder(path, what); !s.ok())
            return s;

    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX; // one thread at a time, as the header says
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    // Owned at once, so that every early return closes the handle.
    std::unique_ptr<HistoryStore> store(new HistoryStore(db, path, options, readOnly));
    if (rc != SQLITE_OK)
        return sqliteError(db, what);
    sqlite3_busy_timeout(db, options.busyTimeoutMs);

    // Identify the file before changing anything in it (WAL mode included).
    if (Status s = checkSchema(db, what, readOnly); !s.ok())
        return s;
    if (!readOnly) {
        if (Status s = configureWriter(db, what); !s.ok())
            return s;
        if (Status s = migrate(db, what); !s.ok())
            return s;
    }
    // Preparing against the schema also proves that its tables are there.
    if (Status s = store->prepareStatements(); !s.ok())
        return Status::error(what + ": " + s.message());
    return store;
}

Status HistoryStore::prepareStatements()
{
    Statements &s = *m_stmts;
    struct Item
    {
        SqliteStatement *statement;
        const char *sql;
        const char *name;
    };
    const Item items[] = {
        {&s.newestHotTick, "SELECT max(unix_ms) FROM hot_tick", "newest hot tick"},
        {&s.newestSegment, "SELECT end_ms FROM segment ORDER BY start_ms DESC LIMIT 1",
         "newest segment"},
        {&s.newestAggregate, "SELECT max(unix_ms) FROM aggregate WHERE scope = ?1",
         "newest aggregate"},
        {&s.insertAggregate,
         "INSERT INTO aggregate(scope, unix_ms, chips_total, chips_online, chips_fault, "
         "chips_throttled, util_sum, util_count, util_min, util_max, power_watts, "
         "memory_used_mib, temperature_max_c) "
         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
         "insert aggregate"},
        // Walking the scopes through the primary key keeps each delete a range
        // delete; a plain "unix_ms < ?" would scan the whole table.
        {&s.nextScope, "SELECT scope FROM aggregate WHERE scope > ?1 ORDER BY scope LIMIT 1",
         "next scope"},
        {&s.deleteAggregate, "DELETE FROM aggregate WHERE scope = ?1 AND unix_ms < ?2",
         "delete aggregate"},
        {&s.oldestAggregate, "SELECT min(unix_ms) FROM aggregate WHERE scope = ?1",
         "oldest aggregate"},
        // The indexes keep this from reading every hot tick and segment.
        {&s.deleteInventories,
         "DELETE FROM inventory WHERE NOT EXISTS (SELECT 1 FROM hot_tick "
         "WHERE hot_tick.inventory_version = inventory.version) "
         "AND NOT EXISTS (SELECT 1 FROM segment WHERE segment.inventory_version = "
         "inventory.version) "
         "AND version <> (SELECT version FROM inventory "
         "ORDER BY saved_unix_ms DESC, version DESC LIMIT 1)",
         "delete inventories"},
        // saved_unix_ms only grows, even if the clock steps back: the newest
        // save is the one loadInventory() returns.
        {&s.saveInventory,
         "INSERT OR REPLACE INTO inventory(version, saved_unix_ms, data) VALUES(?1, "
         "max(?2, coalesce((SELECT max(saved_unix_ms) + 1 FROM inventory), ?2)), ?3)",
         "save inventory"},
        {&s.loadNewestInventory,
         "SELECT version, data FROM inventory ORDER BY saved_unix_ms DESC, version DESC LIMIT 1",
         "load inventory"},
        {&s.loadInventoryVersion, "SELECT version, data FROM inventory WHERE version = ?1",
         "load inventory version"},
        {&s.userVersion, "PRAGMA user_version", "user version"},
    };
    if (Status status = s.transactions.prepare(m_db); !status.ok())
        return status;
    for (const Item &item : items) {
        if (Status status = item.statement->prepare(m_db, item.sql, item.name); !status.ok())
            return status;
    }
    if (Status status = prepareChipStatements(); !status.ok())
        return status;
    if (Status status = prepareAlertStatements(); !status.ok())
        return status;
    for (int f = 0; f < kAggregateFieldCount; ++f) {
        const FieldSql &field = kFieldSql[f];
        const std::string filter = std::string("scope = ?1 AND unix_ms BETWEEN ?2 AND ?3") +
                                   (field.needsUtilization ? " AND util_count > 0" : "");
        // ?4: how many samples to read at most (one more than fit as points).
        const std::string samples = std::string("SELECT unix_ms, ") + field.expression +
                                    " FROM aggregate WHERE " + filter +
                                    " ORDER BY unix_ms LIMIT ?4";
        // ?4: the bucket width; buckets are aligned to the range start ?2.
        const std::string buckets =
            std::string("SELECT min(unix_ms), min(v), avg(v), max(v) "
                        "FROM (SELECT unix_ms, (unix_ms - ?2) / ?4 AS b, ") +
            field.expression + " AS v FROM aggregate WHERE " + filter + ") GROUP BY b ORDER BY b";
        if (Status status = s.aggregateSamples[f].prepare(m_db, samples, "aggregate samples");
            !status.ok())
            return status;
        if (Status status = s.aggregateBuckets[f].prepare(m_db, buckets, "aggregate buckets");
            !status.ok())
            return status;
    }
    for (int t = 0; t < kRollupTierCount; ++t) {
        const std::string table = kRollupTiers[t].table;
        if (Status status = s.upsertRollup[t].prepare(m_db, rollupUpsertSql(kRollupTiers[t].table),
                                                      "upsert " + table);
            !status.ok())
            return status;
        if (Status status = s.nextRollupScope[t].prepare(
                m_db, "SELECT scope FROM " + table + " WHERE scope > ?1 ORDER BY scope LIMIT 1",
                "next scope of " + table);
            !status.ok())
            return status;
        if (Status status = s.deleteRollup[t].prepare(
                m_db, "DELETE FROM " + table + " WHERE scope = ?1 AND bucket_unix_ms < ?2",
                "delete " + table);
            !status.ok())
            return status;
        for (int f = 0; f < kAggregateFieldCount; ++f) {
            const bool util = kFieldSql[f].needsUtilization;
            const std::string p = kRollupFieldSql[f].prefix;
            const std::string n = util ? "util_samples" : "samples";
            const std::string first = util ? "util_first_unix_ms" : "first_unix_ms";
            // ?1 scope, ?2 fromMs, ?3 toMs, ?4 bucket width, ?5 the oldest
            // tier bucket start overlapping the range. A row lands in the
            // output bucket of its first sample (not before fromMs).
            const std::string sql = "SELECT max(min(" + first + "), ?2), min(" + p +
                                    "_min), CAST(sum(" + p + "_sum) AS REAL) / sum(" + n +
                                    "), max(" + p + "_max) FROM " + table +
                                    " WHERE scope = ?1 AND bucket_unix_ms BETWEEN ?5 AND ?3 AND " +
                                    first + " <= ?3" + (util ? " AND util_samples > 0" : "") +
                                    " GROUP BY (max(" + first + ", ?2) - ?2) / ?4 ORDER BY 1";
            if (Status status = s.rollupBuckets[t][f].prepare(m_db, sql, table + " buckets");
                !status.ok())
                return status;
        }
    }
    // The oldest per-tick aggregate of a scope, and the oldest sample the
    // longest-kept tier remembers: tells whether retention already trimmed
    // the per-tick series.
    if (Status status =
            s.oldestData.prepare(m_db,
                                 "SELECT (SELECT min(unix_ms) FROM aggregate WHERE scope = ?1), "
                                 "(SELECT first_unix_ms FROM aggregate_1h WHERE scope = ?1 "
                                 "ORDER BY bucket_unix_ms LIMIT 1)",
                                 "oldest aggregate");
        !status.ok())
        return status;
    return {};
}

void HistoryStore::noteError(std::string message)
{
    m_lastError = std::move(message);
}

int HistoryStore::schemaVersion()
{
    m_lastError.clear();
    StatementUse use(m_stmts->userVersion);
    if (use.step() != SQLITE_ROW) {
        noteError(sqliteError(m_db, "read schema version").message());
        return -1;
    }
    return static_cast<int>(use.int64(0));
}

Status HistoryStore::saveInventory(const Inventory &inventory)
{
    const std::string what = "save inventory version " + std::to_string(inventory.version);
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    const std::string problem = validateInventory(inventory);
    if (!problem.empty())
        return Status::error(what + ": " + problem);
    const std::string data = encodeInventory(inventory);
    StatementUse use(m_stmts->saveInventory);
    // Versions are stored as the same 64 bits, read back the same way.
    if (use.bind(1, static_cast<int64_t>(inventory.version)) != SQLITE_OK ||
        use.bind(2, nowUnixMs()) != SQLITE_OK ||
        use.bindBlob(3, data.data(), data.size()) != SQLITE_OK || use.step() != SQLITE_DONE)
        return sqliteError(m_db, what);
    return {};
}

std::optional<Inventory> HistoryStore::loadInventory()
{
    return readInventoryRow(false, 0);
}

std::optional<Inventory> HistoryStore::loadInventory(uint64_t version)
{
    return readInventoryRow(true, version);
}

std::optional<Inventory> HistoryStore::readInventoryRow(bool byVersion, uint64_t version)
{
    m_lastError.clear();
    const std::string what = byVersion ? "load inventory version " + std::to_string(version)
                                       : std::string("load inventory");
    StatementUse use(byVersion ? m_stmts->loadInventoryVersion : m_stmts->loadNewestInventory);
    if (byVersion)
        use.bind(1, static_cast<int64_t>(version));
    const int rc = use.step();
    if (rc == SQLITE_DONE)
        return std::nullopt;
    if (rc != SQLITE_ROW) {
        noteError(sqliteError(m_db, what).message());
        return std::nullopt;
    }
    const uint64_t rowVersion = static_cast<uint64_t>(use.int64(0));
    Inventory inventory;
    Status decoded = decodeInventory(use.blob(1), inventory);
    if (decoded.ok() && inventory.version != rowVersion)
        decoded = Status::error("stored inventory: version " + std::to_string(inventory.version) +
                                " in a row for version " + std::to_string(rowVersion));
    if (!decoded.ok()) {
        ++m_corruptRecords;
        noteError(what + ": " + decoded.message());
        return std::nullopt;
    }
    return inventory;
}

Status HistoryStore::append(const FleetTick &tick, const FleetAggregates &aggregates)
{
    const std::string what = "append tick " + std::to_string(tick.unixMs);
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    for (const auto &column : tick.columns) {
        if (column.size() != tick.columns[0].size())
            return Status::error(what + ": columns of different lengths");
    }
    if (tick.unixMs <= 0)
        return Status::error(what + ": a tick time must be after 1970");
    if (aggregates.unixMs != tick.unixMs)
        return Status::error(what + ": aggregates are of " + std::to_string(aggregates.unixMs));
    if (aggregates.centers.size() > kMaxCenters)
        return Status::error(what + ": " + std::to_string(aggregates.centers.size()) +
                             " centers is more than " + std::to_string(kMaxCenters));

    // Encode before taking the write lock: readers are never blocked in WAL
    // mode, but the compaction's connection would be.
    const std::vector<std::string> chunks = encodeHotChunks(tick);

    Statements &s = *m_stmts;
    SqliteTransaction transaction(m_db, s.transactions);
    if (Status status = transaction.begin(what); !status.ok())
        return status;

    const int64_t newestMs = lastTickMs();
    if (!m_lastError.empty())
        return Status::error(what + ": " + m_lastError);
    if (tick.unixMs <= newestMs)
        return Status::error(what + ": not newer than the newest stored tick " +
                             std::to_string(newestMs));
    if (Status status = insertHotTick(m_db, s.hot, tick, chunks, what); !status.ok())
        return status;
    auto upsertRollups = [&](int scope, const GroupAggregate &a) {
        const bool hasUtilization = a.utilizationCount > 0;
        for (int t = 0; t < kRollupTierCount; ++t) {
            StatementUse use(s.upsertRollup[t]);
            // tick.unixMs > 0 (checked above): the remainder is never negative.
            const int64_t bucketMs = tick.unixMs - tick.unixMs % kRollupTiers[t].widthMs;
            bool bound = use.bind(1, scope) == SQLITE_OK && use.bind(2, bucketMs) == SQLITE_OK &&
                         use.bind(3, tick.unixMs) == SQLITE_OK &&
                         use.bind(4, hasUtilization ? 1 : 0) == SQLITE_OK;
            // Left unbound, the utilization parameters ?5..?9 are NULL.
            if (hasUtilization) {
                bound = bound && use.bind(5, tick.unixMs) == SQLITE_OK &&
                        use.bind(6, a.utilizationSum) == SQLITE_OK &&
                        use.bind(7, int64_t{a.utilizationCount}) == SQLITE_OK &&
                        use.bind(8, int64_t{a.utilizationMin}) == SQLITE_OK &&
                        use.bind(9, int64_t{a.utilizationMax}) == SQLITE_OK;
            }
            bound = bound && use.bind(10, a.powerWatts) == SQLITE_OK &&
                    use.bind(11, int64_t{a.temperatureMaxC}) == SQLITE_OK &&
                    use.bind(12, int64_t{a.chipsOnline}) == SQLITE_OK &&
                    use.bind(13, int64_t{a.chipsFault}) == SQLITE_OK &&
                    use.bind(14, a.memoryUsedMiB) == SQLITE_OK;
            if (!bound || use.step() != SQLITE_DONE)
                return false;
        }
        return true;
    };
    auto insertAggregate = [&](int scope, const GroupAggregate &a) {
        StatementUse use(s.insertAggregate);
        const int64_t values[] = {scope,
                                  tick.unixMs,
                                  a.chipsTotal,
                                  a.chipsOnline,
                                  a.chipsFault,
                                  a.chipsThrottled,
                                  a.utilizationSum,
                                  a.utilizationCount,
                                  a.utilizationMin,
                                  a.utilizationMax,
                                  a.powerWatts,
                                  a.memoryUsedMiB,
                                  a.temperatureMaxC};
        for (int i = 0; i < static_cast<int>(std::size(values)); ++i) {
            if (use.bind(i + 1, values[i]) != SQLITE_OK)
                return false;
        }
        if (use.step() != SQLITE_DONE)
            return false;
        return upsertRollups(scope, a);
    };
    if (!insertAggregate(kFleetScope, aggregates.fleet))
        return sqliteError(m_db, what);
    for (size_t c = 0; c < aggregates.centers.size(); ++c) {
        if (!insertAggregate(static_cast<int>(c), aggregates.centers[c]))
            return sqliteError(m_db, what);
    }
    return transaction.commit(what);
}

Status HistoryStore::enforceRetention(int64_t nowMs)
{
    const std::string what = "enforce retention at " + std::to_string(nowMs);
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    const int64_t aggregateCutoffMs = saturatingSub(nowMs, m_options.aggregateRetentionMs);

    Statements &s = *m_stmts;
    SqliteTransaction transaction(m_db, s.transactions);
    if (Status status = transaction.begin(what); !status.ok())
        return status;
    if (Status status = deleteExpiredChipTiers(nowMs, what); !status.ok())
        return status;
    {
        StatementUse use(s.alertDeleteCleared);
        use.bind(1, saturatingSub(nowMs, m_options.alertRetentionMs));
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what + ": alerts");
    }
    if (Status status = deleteAggregatesBefore(aggregateCutoffMs, what); !status.ok())
        return status;
    for (int t = 0; t < kRollupTierCount; ++t) {
        const int64_t cutoffMs = saturatingSub(nowMs, t == 0 ? m_options.rollup1mRetentionMs
                                                             : m_options.rollup1hRetentionMs);
        const std::string table = kRollupTiers[t].table;
        int64_t rollupScope = std::numeric_limits<int64_t>::min();
        for (;;) {
            {
                StatementUse next(s.nextRollupScope[t]);
                next.bind(1, rollupScope);
                const int rc = next.step();
                if (rc == SQLITE_DONE)
                    break;
                if (rc != SQLITE_ROW)
                    return sqliteError(m_db, what + ": " + table);
                rollupScope = next.int64(0);
            }
            // A row goes when its whole bucket is older than the cutoff.
            StatementUse del(s.deleteRollup[t]);
            del.bind(1, rollupScope);
            del.bind(2, saturatingSub(cutoffMs, kRollupTiers[t].widthMs - 1));
            if (del.step() != SQLITE_DONE)
                return sqliteError(m_db, what + ": " + table + " of scope " +
                                             std::to_string(rollupScope));
        }
    }
    if (m_options.diskBudgetBytes > 0) {
        if (Status status = enforceBudget(what); !status.ok())
            return status;
    }
    {
        StatementUse use(s.deleteInventories);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what + ": inventories");
    }
    return transaction.commit(what);
}

Status HistoryStore::deleteAggregatesBefore(int64_t cutoffMs, const std::string &what)
{
    // Walking the scopes through the primary key keeps each delete a range
    // delete; a plain "unix_ms < ?" would scan the whole table.
    Statements &s = *m_stmts;
    int64_t scope = std::numeric_limits<int64_t>::min();
    for (;;) {
        {
            StatementUse next(s.nextScope);
            next.bind(1, scope);
            const int rc = next.step();
            if (rc == SQLITE_DONE)
                return {};
            if (rc != SQLITE_ROW)
                return sqliteError(m_db, what + ": aggregates");
            scope = next.int64(0);
        }
        StatementUse del(s.deleteAggregate);
        del.bind(1, scope);
        del.bind(2, cutoffMs);
        if (del.step() != SQLITE_DONE)
            return sqliteError(m_db, what + ": aggregates of scope " + std::to_string(scope));
    }
}

int64_t HistoryStore::lastTickMs()
{
    m_lastError.clear();
    int64_t newestMs = 0;
    Statements &s = *m_stmts;
    for (SqliteStatement *newest : {&s.newestHotTick, &s.newestSegment, &s.newestAggregate}) {
        StatementUse use(*newest);
        if (newest == &s.newestAggregate)
            use.bind(1, kFleetScope);
        const int rc = use.step();
        if (rc == SQLITE_DONE)
            continue;
        if (rc != SQLITE_ROW) {
            noteError(sqliteError(m_db, "read the newest tick time").message());
            return 0;
        }
        if (!use.isNull(0))
            newestMs = std::max(newestMs, use.int64(0));
    }
    return newestMs;
}

Result<std::vector<SeriesPoint>> HistoryStore::queryAggregate(
    int scope, AggregateField field, int64_t fromMs, int64_t toMs, int maxPoints)
{
    const int f = static_cast<int>(field);
    const std::string what = std::string("query ") + aggregateFieldName(field) + " of scope " +
                             std::to_string(scope) + " " + rangeText(fromMs, toMs);
    if (f < 0 || f >= kAggregateFieldCount)
        return Status::error(what + ": unknown aggregate field " + std::to_string(f));
    auto window = makeWindow(fromMs, toMs, maxPoints, what);
    if (!window.ok())
        return window.status();
    const QueryWindow &w = *window;

    const int tier = tierForWidth(w.widthMs);

    std::vector<SeriesPoint> points;
    {
        // Few enough samples: one point each, no bucketing.
        StatementUse use(m_stmts->aggregateSamples[f]);
        use.bind(1, scope);
        use.bind(2, w.fromMs);
        use.bind(3, w.toMs);
        use.bind(4, static_cast<int64_t>(w.maxPoints) + 1);
        int rc;
        while ((rc = use.step()) == SQLITE_ROW) {
            const double v = use.real(1);
            points.push_back({use.int64(0), v, v, v});
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    if (points.size() <= w.maxPoints) {
        if (tier < 0)
            return points;
        // Retention may have trimmed the per-tick series sooner than the
        // rollups: then only the rollups know the whole range.
        StatementUse oldest(m_stmts->oldestData);
        oldest.bind(1, scope);
        if (oldest.step() != SQLITE_ROW)
            return sqliteError(m_db, what);
        const bool noTicks = oldest.isNull(0);
        const bool rawWhole = noTicks ? oldest.isNull(1)
                                      : oldest.int64(0) <= w.fromMs || oldest.isNull(1) ||
                                            oldest.int64(0) <= oldest.int64(1);
        if (rawWhole)
            return points;
    }

    points.clear();
    if (tier >= 0) {
        StatementUse use(m_stmts->rollupBuckets[tier][f]);
        use.bind(1, scope);
        use.bind(2, w.fromMs);
        use.bind(3, w.toMs);
        use.bind(4, w.widthMs);
        // The oldest tier row that may hold samples at or after fromMs.
        use.bind(5, w.fromMs - (kRollupTiers[tier].widthMs - 1));
        int rc;
        while ((rc = use.step()) == SQLITE_ROW)
            points.push_back({use.int64(0), use.real(1), use.real(2), use.real(3)});
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, what);
        return points;
    }
    StatementUse use(m_stmts->aggregateBuckets[f]);
    use.bind(1, scope);
    use.bind(2, w.fromMs);
    use.bind(3, w.toMs);
    use.bind(4, w.widthMs);
    int rc;
    while ((rc = use.step()) == SQLITE_ROW)
        points.push_back({use.int64(0), use.real(1), use.real(2), use.real(3)});
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, what);
    return points;
}

} // namespace scb
