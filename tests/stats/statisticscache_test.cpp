#include "statstestdata.h"

#include "stats/statisticscache.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace scb {
namespace {

using Kind = StatisticsCache::Kind;
using test::TempDir;

StatisticsSeries adoptionSeries()
{
    StatisticsSeries s;
    s.version = "0123456789abcdef";
    s.loadedUnixMs = 1'710'000'000'000;
    s.observations = {
        {"enterprises_on_cloud", "2024-02", "", 29100, "enterprises", "synthetic"},
        {"province_figure", "2024-03", "", 30000, "enterprises",
         "Guiyang / Gui'an New Area press release, March 2024"},
        {"adoption_by_region", "2023", "gui_an", 1250.5, "enterprises", "synthetic"},
        {"above_size_rate", "2023", "", 0.1 + 0.2, "percent", "synthetic"},
    };
    return s;
}

StatisticsCache::Freshness freshnessAt(int64_t fetchedMs, const std::string &version)
{
    StatisticsCache::Freshness f;
    f.fetchedUnixMs = fetchedMs;
    f.serverVersion = version;
    f.serverLoadedUnixMs = 1'710'000'000'000;
    return f;
}

TEST(StatisticsCache, SeriesRoundTripAndFreshness)
{
    TempDir dir;
    const std::string path = dir.file("sub/cache.db");
    {
        auto cache = StatisticsCache::open(path);
        ASSERT_TRUE(cache.ok()) << cache.error();
        // Never fetched: empty, and says so.
        auto empty = (*cache)->series(Kind::Adoption);
        ASSERT_TRUE(empty.ok()) << empty.error();
        EXPECT_TRUE(empty->observations.empty());
        EXPECT_EQ(empty->version, "");
        auto never = (*cache)->freshness(Kind::Adoption);
        ASSERT_TRUE(never.ok());
        EXPECT_EQ(never->fetchedUnixMs, 0);

        const StatisticsSeries adoption = adoptionSeries();
        ASSERT_TRUE((*cache)
                        ->storeSeries(Kind::Adoption, adoption,
                                      freshnessAt(1'720'000'000'000, adoption.version))
                        .ok());
        auto back = (*cache)->series(Kind::Adoption);
        ASSERT_TRUE(back.ok()) << back.error();
        EXPECT_EQ(back->observations, adoption.observations); // order and exact doubles kept
        EXPECT_EQ(back->version, adoption.version);
        EXPECT_EQ(back->loadedUnixMs, adoption.loadedUnixMs);
        // The other kind is untouched.
        EXPECT_TRUE((*cache)->series(Kind::Industry)->observations.empty());
        EXPECT_EQ((*cache)->freshness(Kind::Industry)->fetchedUnixMs, 0);
    }
    // Survives a reopen.
    auto cache = StatisticsCache::open(path);
    ASSERT_TRUE(cache.ok()) << cache.error();
    auto fresh = (*cache)->freshness(Kind::Adoption);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(fresh->fetchedUnixMs, 1'720'000'000'000);
    EXPECT_EQ(fresh->serverVersion, "0123456789abcdef");
    EXPECT_EQ(fresh->serverLoadedUnixMs, 1'710'000'000'000);
    EXPECT_EQ((*cache)->series(Kind::Adoption)->observations.size(), 4u);

    // A newer fetch replaces the series whole; invalid figures are left out.
    StatisticsSeries next;
    next.version = "fedcba9876543210";
    next.loadedUnixMs = 1'730'000'000'000;
    next.observations = {{"new_adopters", "2024-04", "", 120, "enterprises", "synthetic"},
                         {"new_adopters", "2024-13", "", 1, "enterprises", "synthetic"},
                         {"new_adopters", "2024-05", "", 130, "enterprises", ""}};
    ASSERT_TRUE(
        (*cache)
            ->storeSeries(Kind::Adoption, next, freshnessAt(1'730'000'100'000, next.version))
            .ok());
    auto replaced = (*cache)->series(Kind::Adoption);
    ASSERT_TRUE(replaced.ok());
    ASSERT_EQ(replaced->observations.size(), 1u);
    EXPECT_DOUBLE_EQ(replaced->observations[0].value, 120);
    EXPECT_EQ(replaced->version, "fedcba9876543210");
    EXPECT_EQ((*cache)->freshness(Kind::Adoption)->fetchedUnixMs, 1'730'000'100'000);
}

TEST(StatisticsCache, CatalogKeepsImports)
{
    auto cache = StatisticsCache::open(""); // in memory
    ASSERT_TRUE(cache.ok()) << cache.error();
    DatasetIndex &catalog = (*cache)->catalog();
    ASSERT_TRUE(catalog.upsert("import:mine.json", {test::validDataset("mine")}).ok());
    ASSERT_TRUE((*cache)
                    ->storeCatalog({test::validDataset("a"), test::validDataset("b")},
                                   freshnessAt(1'000, "v1"))
                    .ok());
    EXPECT_EQ(*catalog.count(), 3u);
    ASSERT_TRUE((*cache)->storeCatalog({test::validDataset("c")}, freshnessAt(2'000, "v2")).ok());
    EXPECT_EQ(*catalog.count(), 2u);
    EXPECT_TRUE(catalog.get("mine").ok());
    EXPECT_TRUE(catalog.get("c").ok());
    EXPECT_FALSE(catalog.get("a").ok());
    auto fresh = (*cache)->freshness(Kind::Catalog);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(fresh->fetchedUnixMs, 2'000);
    EXPECT_EQ(fresh->serverVersion, "v2");
    DatasetQuery q;
    q.text = "旅游客流";
    EXPECT_EQ(catalog.query(q)->total, 2u);
}

TEST(StatisticsCache, BadKindsAreErrors)
{
    auto cache = StatisticsCache::open(":memory:");
    ASSERT_TRUE(cache.ok()) << cache.error();
    EXPECT_FALSE((*cache)->series(Kind::Catalog).ok());
    EXPECT_FALSE((*cache)->series(static_cast<Kind>(9)).ok());
    EXPECT_FALSE((*cache)->storeSeries(Kind::Catalog, {}, {}).ok());
    EXPECT_FALSE((*cache)->freshness(static_cast<Kind>(0)).ok());
}

TEST(StatisticsCache, FileIsInWalModeAndSharesWithAnotherConnection)
{
    TempDir dir;
    const std::string path = dir.file("shared.db");
    auto cache = StatisticsCache::open(path);
    ASSERT_TRUE(cache.ok()) << cache.error();
    ASSERT_TRUE((*cache)->storeSeries(Kind::Industry, adoptionSeries(), freshnessAt(5, "x")).ok());
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(other,
                                 "SELECT (SELECT count(*) FROM stats_observation WHERE kind = 3), "
                                 "(SELECT journal_mode FROM pragma_journal_mode)",
                                 -1, &stmt, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(other);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(stmt, 0), 4);
    EXPECT_STREQ(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)), "wal");
    sqlite3_finalize(stmt);
    sqlite3_close(other);
}

TEST(StatisticsCache, UnusablePathIsAnError)
{
    TempDir dir;
    dir.write("file", "x");
    auto blocked = StatisticsCache::open(dir.file("file/sub/cache.db"));
    ASSERT_FALSE(blocked.ok());
    EXPECT_NE(blocked.error().find("cannot create the folder"), std::string::npos)
        << blocked.error();
    dir.write("not-sqlite.db", std::string(4096, 'z'));
    auto notDb = StatisticsCache::open(dir.file("not-sqlite.db"));
    ASSERT_FALSE(notDb.ok());
    EXPECT_NE(notDb.error().find("not a database"), std::string::npos) << notDb.error();
}

} // namespace
} // namespace scb
