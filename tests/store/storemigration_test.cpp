#include "storetestdata.h"

#include "core/tickcodec.h"
#include "store/historystore.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace scb {
namespace {

using test::RawDb;
using test::TempDir;

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

TEST(StoreMigration, FreshFileGetsTheCurrentSchema)
{
    TempDir dir;
    const std::string path = dir.file("a/b/fresh.db");
    {
        auto store = HistoryStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error();
        EXPECT_EQ((*store)->schemaVersion(), HistoryStore::kSchemaVersion);
        EXPECT_EQ((*store)->path(), path);
    }
    RawDb raw(path);
    EXPECT_EQ(raw.scalar("PRAGMA user_version"), HistoryStore::kSchemaVersion);
    EXPECT_EQ(raw.scalar("PRAGMA application_id"), 0x53434244);
    EXPECT_EQ(raw.text("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(raw.scalar("PRAGMA page_size"), 16384);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                         "('inventory', 'hot_tick', 'hot_chunk', 'segment', 'chip_raw', "
                         "'chip_1m', 'chip_1h', 'chip_event', 'aggregate', 'aggregate_1m', "
                         "'aggregate_1h', 'alert_log')"),
              12);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'chip_log'"), 0);
    // The time-ordered tables are keyed by time (range scans); the extra
    // indexes let retention find unreferenced inventories without a scan and
    // events be found by time and by chip.
    EXPECT_EQ(raw.text("SELECT group_concat(name) FROM sqlite_schema WHERE type = 'index' "
                       "AND sql IS NOT NULL"),
              "hot_tick_by_inventory,segment_by_inventory,chip_event_by_time,chip_event_by_chip,"
              "alert_log_open,alert_log_by_time");
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");

    // Opening again migrates nothing and keeps what is there.
    {
        auto store = HistoryStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error();
        const Inventory inv = test::makeInventory(16, 1);
        ASSERT_TRUE((*store)->saveInventory(inv).ok());
    }
    auto again = HistoryStore::open(path);
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_TRUE((*again)->loadInventory());
}

TEST(StoreMigration, EmptyFileIsVersionZeroAndMigrates)
{
    TempDir dir;
    const std::string path = dir.file("empty.db");
    writeFile(path, "");
    {
        // Read-only does not migrate: it says why it cannot read.
        auto readOnly = HistoryStore::open(path, {}, true);
        ASSERT_FALSE(readOnly.ok());
        EXPECT_TRUE(contains(readOnly.error(), "no history schema")) << readOnly.error();
    }
    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    EXPECT_EQ((*store)->schemaVersion(), HistoryStore::kSchemaVersion);
    auto readOnly = HistoryStore::open(path, {}, true);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error();
    EXPECT_EQ((*readOnly)->schemaVersion(), HistoryStore::kSchemaVersion);
}

TEST(StoreMigration, NewerVersionIsRefusedAndLeftAlone)
{
    TempDir dir;
    const std::string path = dir.file("newer.db");
    const int newer = HistoryStore::kSchemaVersion + 1;
    {
        RawDb raw(path);
        raw.exec("CREATE TABLE chip_log(unix_ms INTEGER PRIMARY KEY, x BLOB, y BLOB, z TEXT);"
                 "PRAGMA application_id = 1396916804;"
                 "PRAGMA user_version = " +
                 std::to_string(newer));
    }
    const std::string before = readFile(path);
    for (const bool readOnly : {false, true}) {
        auto store = HistoryStore::open(path, {}, readOnly);
        ASSERT_FALSE(store.ok());
        const std::string &message = store.error();
        EXPECT_TRUE(contains(message, "newer")) << message;
        EXPECT_TRUE(contains(message, "schema version " + std::to_string(newer))) << message;
        EXPECT_TRUE(contains(message, "up to " + std::to_string(HistoryStore::kSchemaVersion)))
            << message;
        EXPECT_TRUE(contains(message, path)) << message;
    }
    // Not even switched to WAL: the newer program's file is untouched.
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST(StoreMigration, NonSqliteFilesAreRefused)
{
    TempDir dir;
    std::string random(8192, '\0');
    uint32_t x = 12345;
    for (char &c : random) {
        x = x * 1103515245 + 12345;
        c = static_cast<char>(x >> 24);
    }
    const std::pair<const char *, std::string> files[] = {
        {"random.db", random},
        {"text.db", "timestamp,chip,util\n1700000000000,0,55\n"},
        {"short.db", "SQLite"},
        // Right magic, nonsense header.
        {"header.db", std::string("SQLite format 3\0", 16) + std::string(4080, '\x7f')},
    };
    for (const auto &[name, bytes] : files) {
        SCOPED_TRACE(name);
        const std::string path = dir.file(name);
        writeFile(path, bytes);
        for (const bool readOnly : {false, true}) {
            auto store = HistoryStore::open(path, {}, readOnly);
            ASSERT_FALSE(store.ok());
            EXPECT_TRUE(contains(store.error(), path)) << store.error();
            EXPECT_TRUE(contains(store.error(), "not a database")) << store.error();
        }
        EXPECT_EQ(readFile(path), bytes);
    }
}

TEST(StoreMigration, VersionZeroWithForeignTablesIsRefused)
{
    TempDir dir;
    const std::string path = dir.file("foreign.db");
    {
        RawDb raw(path);
        raw.exec("CREATE TABLE contacts(name TEXT, phone TEXT);"
                 "INSERT INTO contacts VALUES('a', '1');");
    }
    auto store = HistoryStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(contains(store.error(), "another program")) << store.error();
    RawDb raw(path);
    EXPECT_EQ(raw.scalar("PRAGMA user_version"), 0);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM contacts"), 1);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM sqlite_schema"), 1);
}

TEST(StoreMigration, OtherApplicationsVersionedFileIsRefused)
{
    TempDir dir;
    const std::string path = dir.file("otherapp.db");
    {
        RawDb raw(path);
        raw.exec("CREATE TABLE t(x); PRAGMA user_version = 1;");
    }
    for (const bool readOnly : {false, true}) {
        auto store = HistoryStore::open(path, {}, readOnly);
        ASSERT_FALSE(store.ok());
        EXPECT_TRUE(contains(store.error(), "not an SCB Dashboard history file")) << store.error();
    }
}

TEST(StoreMigration, ReadOnlyNeedsAnExistingFile)
{
    TempDir dir;
    const std::string path = dir.file("missing/none.db");
    auto store = HistoryStore::open(path, {}, true);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(contains(store.error(), "read-only")) << store.error();
    EXPECT_FALSE(std::filesystem::exists(dir.file("missing")));
}

TEST(StoreMigration, UnusableLocationsAndOptionsAreErrors)
{
    TempDir dir;
    writeFile(dir.file("plain-file"), "x");
    // A folder that cannot be created because a file stands in its way.
    auto blocked = HistoryStore::open(dir.file("plain-file/sub/store.db"));
    ASSERT_FALSE(blocked.ok());
    EXPECT_TRUE(contains(blocked.error(), "cannot create the folder")) << blocked.error();
    // A folder given as the database.
    auto folder = HistoryStore::open(dir.path().string());
    EXPECT_FALSE(folder.ok());
    EXPECT_FALSE(HistoryStore::open("").ok());
    StoreOptions options;
    options.chipRetentionMs = 0;
    EXPECT_FALSE(HistoryStore::open(dir.file("o.db"), options).ok());
    options = {};
    options.busyTimeoutMs = -1;
    EXPECT_FALSE(HistoryStore::open(dir.file("o.db"), options).ok());
}

TEST(StoreMigration, ReadOnlyFolderIsAnError)
{
    TempDir dir;
    std::filesystem::path folder = dir.path() / "locked";
    std::filesystem::create_directories(folder);
    std::filesystem::permissions(folder, std::filesystem::perms::owner_read |
                                             std::filesystem::perms::owner_exec);
    // Root ignores permissions; /proc/self is a folder where nobody may create files.
    if (::geteuid() == 0)
        folder = "/proc/self";
    const std::string path = (folder / "store.db").string();
    auto store = HistoryStore::open(path);
    std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::owner_all);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(contains(store.error(), "open history " + path + ": unable to open"))
        << store.error();
}

// Schema version 1 as it shipped, frozen here: files in the field were made
// by exactly this text.
constexpr const char *kSchemaV1 = R"sql(
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
)sql";

constexpr int64_t kHour = 3'600'000;
constexpr int64_t kH0 = 1'700'002'800'000; // an hour edge

// A version 1 file holding a few aggregates (no chip log: it is not rolled up).
void writeVersion1File(const std::string &path)
{
    RawDb raw(path);
    raw.exec(kSchemaV1);
    // scope, unix_ms, total, online, fault, throttled, util_sum, util_count,
    // util_min, util_max, power, memory, temperature
    const char *rows[] = {
        "-1, 0, 8, 8, 0, 0, 400, 8, 40, 60, 1000, 100, 50",
        "-1, 30000, 8, 6, 1, 0, 360, 6, 10, 90, 900, 80, 70",
        "-1, 59999, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30", // no utilization
        "-1, 60000, 8, 7, 0, 0, 700, 7, 100, 100, 1100, 90, 60",
        "-1, 3600000, 8, 8, 2, 0, 80, 8, 0, 20, 500, 10, 40",
        "0, 0, 4, 4, 0, 0, 100, 4, 25, 25, 400, 40, 45",
    };
    for (const char *row : rows) {
        // The time column is an offset from kH0, added by SQLite.
        raw.exec(std::string("INSERT INTO aggregate SELECT column1, column2 + ") +
                 std::to_string(kH0) +
                 ", column3, column4, column5, column6, column7, column8, column9, column10, "
                 "column11, column12, column13 FROM (VALUES(" +
                 row + "))");
    }
}

TEST(StoreMigration, Version1GainsBackfilledRollups)
{
    TempDir dir;
    const std::string path = dir.file("v1.db");
    writeVersion1File(path);
    {
        // Read-only never migrates.
        auto readOnly = HistoryStore::open(path, {}, true);
        ASSERT_FALSE(readOnly.ok());
        EXPECT_TRUE(contains(readOnly.error(), "open it for writing once")) << readOnly.error();
    }
    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    EXPECT_EQ((*store)->schemaVersion(), HistoryStore::kSchemaVersion);

    RawDb raw(path);
    EXPECT_EQ(raw.scalar("PRAGMA user_version"), HistoryStore::kSchemaVersion);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate"), 6);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate_1m"), 4);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate_1h"), 3);
    const std::string minute0 =
        " FROM aggregate_1m WHERE scope = -1 AND bucket_unix_ms = " + std::to_string(kH0);
    // || binds tighter than -: the differences are in parentheses.
    EXPECT_EQ(raw.text("SELECT samples || ' ' || (first_unix_ms - " + std::to_string(kH0) +
                       ") || ' ' || util_samples || ' ' || (util_first_unix_ms - " +
                       std::to_string(kH0) + ")" + minute0),
              "3 0 2 0");
    EXPECT_EQ(
        raw.text("SELECT util_mean_min || ' ' || util_mean_max || ' ' || util_mean_sum" + minute0),
        "50.0 60.0 110.0");
    EXPECT_EQ(raw.text("SELECT util_min_min || ' ' || util_min_max || ' ' || util_min_sum || ' ' "
                       "|| util_max_min || ' ' || util_max_max || ' ' || util_max_sum" +
                       minute0),
              "10 40 50 60 90 150");
    EXPECT_EQ(raw.text("SELECT power_watts_min || ' ' || power_watts_max || ' ' || "
                       "power_watts_sum || ' ' || temperature_max_c_min || ' ' || "
                       "temperature_max_c_max || ' ' || temperature_max_c_sum" +
                       minute0),
              "0 1000 1900 30 70 150");
    EXPECT_EQ(raw.text("SELECT chips_online_min || ' ' || chips_online_max || ' ' || "
                       "chips_online_sum || ' ' || chips_fault_min || ' ' || chips_fault_max "
                       "|| ' ' || chips_fault_sum || ' ' || memory_used_mib_min || ' ' || "
                       "memory_used_mib_max || ' ' || memory_used_mib_sum" +
                       minute0),
              "0 8 14 0 1 1 0 100 180");
    const std::string hour0 =
        " FROM aggregate_1h WHERE scope = -1 AND bucket_unix_ms = " + std::to_string(kH0);
    EXPECT_EQ(raw.text("SELECT samples || ' ' || util_samples || ' ' || util_mean_min || ' ' || "
                       "util_mean_max || ' ' || util_mean_sum || ' ' || power_watts_max || ' ' "
                       "|| power_watts_sum" +
                       hour0),
              "4 3 50.0 100.0 210.0 1100 3000");
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");

    // Hour-wide buckets read the back-filled rollups.
    auto power = (*store)->queryAggregate(kFleetScope, AggregateField::PowerWatts, kH0,
                                          kH0 + 2 * kHour - 1, 2);
    ASSERT_TRUE(power.ok()) << power.error();
    ASSERT_EQ(power->size(), 2u);
    EXPECT_EQ((*power)[0].unixMs, kH0);
    EXPECT_DOUBLE_EQ((*power)[0].min, 0);
    EXPECT_DOUBLE_EQ((*power)[0].avg, 750);
    EXPECT_DOUBLE_EQ((*power)[0].max, 1100);
    EXPECT_EQ((*power)[1].unixMs, kH0 + kHour);
    EXPECT_DOUBLE_EQ((*power)[1].avg, 500);
    auto util = (*store)->queryAggregate(kFleetScope, AggregateField::UtilizationMean, kH0,
                                         kH0 + 2 * kHour - 1, 2);
    ASSERT_TRUE(util.ok()) << util.error();
    ASSERT_EQ(util->size(), 2u);
    EXPECT_DOUBLE_EQ((*util)[0].min, 50);
    EXPECT_DOUBLE_EQ((*util)[0].avg, 70);
    EXPECT_DOUBLE_EQ((*util)[0].max, 100);

    // New ticks fold into the back-filled rows.
    const Inventory inv = test::makeInventory(8, 1);
    const FleetTick tick = test::makeTick(inv, kH0 + kHour + 1000);
    const FleetAggregates aggregates = test::aggregatesOf(inv, tick);
    ASSERT_TRUE((*store)->append(tick, aggregates).ok());
    const std::string hour1 =
        " FROM aggregate_1h WHERE scope = -1 AND bucket_unix_ms = " + std::to_string(kH0 + kHour);
    EXPECT_EQ(raw.scalar("SELECT samples" + hour1), 2);
    EXPECT_EQ(raw.scalar("SELECT power_watts_sum" + hour1), 500 + aggregates.fleet.powerWatts);
    EXPECT_EQ(raw.scalar("SELECT first_unix_ms" + hour1), kH0 + kHour);
}

TEST(StoreMigration, Version1ChipLogMovesIntoTheHotLog)
{
    TempDir dir;
    const std::string path = dir.file("v1-chips.db");
    writeVersion1File(path);
    const Inventory inv = test::makeInventory(2'500, 2);
    std::vector<FleetTick> ticks;
    {
        RawDb raw(path);
        raw.exec("INSERT INTO inventory VALUES(" + std::to_string(inv.version) + ", 1, x'00')");
        for (int i = 0; i < 3; ++i) {
            ticks.push_back(test::makeTick(inv, kH0 + 2 * kHour + i * 1000LL));
            if (i == 2)
                ticks.back().events.push_back({7, EventKind::Xid, 79});
            raw.exec("INSERT INTO chip_log VALUES(" + std::to_string(ticks.back().unixMs) + ", " +
                     std::to_string(inv.version) + ", x'00')");
            raw.setBlob("chip_log", "tick", "unix_ms = " + std::to_string(ticks.back().unixMs),
                        encodeTick(ticks.back()));
        }
        // An unreadable row was lost to queries already; it does not stop the migration.
        raw.exec("INSERT INTO chip_log VALUES(" + std::to_string(kH0 + 2 * kHour + 5000) +
                 ", 1, x'0102')");
    }
    auto store = HistoryStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error();
    RawDb raw(path);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'chip_log'"), 0);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM hot_tick"), 3);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM hot_chunk"), 3 * 3); // 2,500 chips: 3 chunks
    EXPECT_EQ((*store)->lastTickMs(), ticks.back().unixMs);
    const auto latest = (*store)->latestTick();
    ASSERT_TRUE(latest) << (*store)->lastError();
    EXPECT_EQ(*latest, ticks.back());
    auto state = (*store)->queryChip(2'100, Metric::State, kH0, kH0 + 3 * kHour, 100);
    ASSERT_TRUE(state.ok()) << state.error();
    ASSERT_EQ(state->size(), 3u);
    for (size_t i = 0; i < 3; ++i)
        EXPECT_EQ(state->at(i).avg, ticks[i].column(Metric::State)[2'100]);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
}

TEST(StoreMigration, FailedMigrationLeavesVersion1AsItWas)
{
    TempDir dir;
    const std::string path = dir.file("v1-blocked.db");
    writeVersion1File(path);
    {
        // A table in the way makes the migration to version 2 fail half way.
        RawDb raw(path);
        raw.exec("CREATE TABLE aggregate_1h(x)");
    }
    auto store = HistoryStore::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(contains(store.error(), "migrate to schema version 2")) << store.error();
    RawDb raw(path);
    EXPECT_EQ(raw.scalar("PRAGMA user_version"), 1);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM aggregate"), 6);
    EXPECT_EQ(raw.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'aggregate_1m'"), 0);
    EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
}

} // namespace
} // namespace scb
