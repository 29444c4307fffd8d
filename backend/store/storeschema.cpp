#include "store/storeschema.h"

#include "core/tickcodec.h"
#include "store/chiplayout.h"
#include "store/historystore.h"
#include "store/hotlogwriter.h"

#include <sqlite3.h>

#include <iterator>

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
    HotLogWriter hotLog(db);
    if (Status s = hotLog.prepare(); !s.ok())
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
            if (tick.unixMs >= kMaxTickMs)
                continue;
            if (Status s = hotLog.insert(tick, HotLogWriter::encodeChunks(tick), what); !s.ok())
                return s;
        }
        if (rc != SQLITE_DONE)
            return sqliteError(db, what + ": read chip_log");
    }
    return execSql(db, "DROP TABLE chip_log", what + ": drop chip_log");
}

} // namespace

Status StoreSchema::setUp(sqlite3 *db, const std::string &what, bool readOnly)
{
    if (Status s = checkSchema(db, what, readOnly); !s.ok())
        return s;
    if (readOnly)
        return {};
    if (Status s = configureWriter(db, what); !s.ok())
        return s;
    return migrate(db, what);
}

Status StoreSchema::prepare()
{
    return m_userVersion.prepare(m_connection.db, "PRAGMA user_version", "user version");
}

int StoreSchema::version()
{
    m_connection.lastError.clear();
    StatementUse use(m_userVersion);
    if (use.step() != SQLITE_ROW) {
        m_connection.noteError(sqliteError(m_connection.db, "read schema version").message());
        return -1;
    }
    return static_cast<int>(use.int64(0));
}

} // namespace scb
