#include "storetestdata.h"

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
                         "('inventory', 'chip_log', 'aggregate')"),
              3);
    // The time-ordered tables are keyed by time (range scans); the one extra
    // index lets retention find unreferenced inventories without a scan.
    EXPECT_EQ(raw.text("SELECT group_concat(name) FROM sqlite_schema WHERE type = 'index' "
                       "AND sql IS NOT NULL"),
              "chip_log_by_inventory");
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

} // namespace
} // namespace scb
