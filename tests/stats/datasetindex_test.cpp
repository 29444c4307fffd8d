#include "statstestdata.h"

#include "stats/datasetindex.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <random>
#include <set>

namespace scb {
namespace {

// An in-memory database with the catalog's tables, as the server keeps it.
class MemoryDb
{
public:
    MemoryDb()
    {
        EXPECT_EQ(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        const Status s = DatasetIndex::ensureSchema(m_db);
        EXPECT_TRUE(s.ok()) << s.message();
    }
    ~MemoryDb() { sqlite3_close(m_db); }
    sqlite3 *get() const { return m_db; }
    int64_t scalar(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr), SQLITE_OK)
            << sqlite3_errmsg(m_db);
        int64_t value = -1;
        if (stmt && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    }
    bool exec(const char *sql) const
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3 *m_db = nullptr;
};

Dataset make(const std::string &id,
             const std::string &zh,
             const std::string &en,
             const std::string &theme,
             DatasetLevel level,
             const std::string &publisher,
             std::vector<std::string> formats,
             AnnotationStatus annotation,
             AccessRights access,
             uint64_t bytes,
             const std::string &issued,
             const std::string &modified)
{
    Dataset d = test::validDataset(id);
    d.title = {zh, en};
    d.description = {zh + "，数据集说明", en + ", dataset description"};
    d.keywords = {theme};
    d.theme = theme;
    d.level = level;
    d.publisher = publisher;
    d.formats = std::move(formats);
    d.annotation = annotation;
    d.access = access;
    d.byteSize = bytes;
    d.recordCount = bytes / 10;
    d.issued = issued;
    d.modified = modified;
    return d;
}

// A small catalog in both languages; its order by modification date, newest
// first, is the order below (the last one has no date).
std::vector<Dataset> catalog()
{
    using L = DatasetLevel;
    using A = AnnotationStatus;
    using R = AccessRights;
    std::vector<Dataset> c = {
        make("gz-tourism-flows", "贵州旅游客流统计", "Guizhou tourist flows", "tourism",
             L::Provincial, "Guizhou Big Data Bureau", {"CSV", "JSON"}, A::Annotated, R::Public,
             100, "2023-01-10", "2024-03-01"),
        make("gz-weather-stations", "气象观测站逐时数据", "Hourly weather station observations",
             "meteorology", L::National, "China Meteorological Administration", {"CSV", "PARQUET"},
             A::Raw, R::Public, 5000, "2022-06-01", "2024-02-01"),
        make("gz-weather-radar", "天气雷达回波图像", "Weather radar echo images", "meteorology",
             L::Provincial, "Guizhou Meteorological Bureau", {"PNG", "JSON", "PNG"}, A::Annotated,
             R::Public, 90000, "2023-09-09", "2024-01-15"),
        make("gz-power-load", "电力负荷曲线", "Electric power load curves", "electricity",
             L::Provincial, "Guizhou Power Grid", {"JSON"}, A::Benchmark, R::Restricted, 300,
             "2023-05-05", "2023-12-01"),
        make("gz-hospital-visits", "医院门诊量", "Hospital outpatient visits", "healthcare",
             L::Provincial, "Guizhou Health Commission", {"CSV"}, A::Raw, R::NonPublic, 0,
             "2021-04-04", "2023-06-06"),
        make("gz-farm-yields", "农作物产量", "Crop yields", "agriculture", L::Municipal,
             "Guiyang Agriculture Bureau", {"XLSX"}, A::Unspecified, R::Public, 70, "2023-02-02",
             "2023-03-03"),
        make("gy-gov-services", "政务服务办件量", "Government service cases", "government",
             L::Municipal, "Guiyang Government Data Office", {"CSV"}, A::Raw, R::Public, 50,
             "2024-01-01", ""),
    };
    // Weather in the farm data's description and keywords only.
    c[5].description.en = "Crop yields by county, with weather notes";
    c[5].keywords = {"agriculture", "harvest"};
    c[1].keywords = {"气象", "weather", "stations"};
    c[2].keywords = {"气象", "radar"};
    return c;
}

std::vector<std::string> ids(const DatasetPage &page)
{
    std::vector<std::string> out;
    for (const Dataset &d : page.datasets)
        out.push_back(d.identifier);
    return out;
}

std::set<std::string> idSet(const DatasetPage &page)
{
    const auto v = ids(page);
    return {v.begin(), v.end()};
}

const Facet *facet(const DatasetPage &page, const std::string &field)
{
    for (const Facet &f : page.facets) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

class DatasetIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        size_t refused = 99;
        const Status s = index.replaceOrigin("server", catalog(), &refused);
        ASSERT_TRUE(s.ok()) << s.message();
        EXPECT_EQ(refused, 0u);
    }
    DatasetPage run(DatasetQuery q)
    {
        auto page = index.query(q);
        EXPECT_TRUE(page.ok()) << page.error();
        return page.ok() ? *page : DatasetPage{};
    }
    DatasetPage search(const std::string &text)
    {
        DatasetQuery q;
        q.text = text;
        return run(q);
    }

    MemoryDb db;
    DatasetIndex index{db.get()};
};

TEST_F(DatasetIndexTest, EverythingNewestFirst)
{
    const DatasetPage page = run({});
    EXPECT_EQ(page.total, 7u);
    EXPECT_EQ(ids(page),
              (std::vector<std::string>{"gz-tourism-flows", "gz-weather-stations",
                                        "gz-weather-radar", "gz-power-load", "gz-hospital-visits",
                                        "gz-farm-yields", "gy-gov-services"}));
    auto count = index.count();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 7u);
}

TEST_F(DatasetIndexTest, GetRoundTripsEveryField)
{
    Dataset odd = test::validDataset("odd:one_1.0-x");
    odd.keywords = {"quote \" and \\ backslash", "tab\there", "换行\n", "emoji 😀", "/"};
    odd.formats = {"CSV", "GEOJSON"};
    odd.description.en = "multi\nline \"text\" \\ with ' quotes";
    odd.byteSize = 9'000'000'000'000'000'000ull;
    odd.recordCount = 0;
    ASSERT_TRUE(index.upsert("import:odd.json", {odd}).ok());
    auto back = index.get("odd:one_1.0-x");
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(*back, odd);
    for (const Dataset &d : catalog()) {
        auto got = index.get(d.identifier);
        ASSERT_TRUE(got.ok()) << got.error();
        EXPECT_EQ(*got, d);
    }
    auto missing = index.get("no-such");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error(), "no dataset no-such");
    // Pages carry whole datasets too.
    DatasetQuery q;
    q.text = "backslash";
    const DatasetPage page = run(q);
    ASSERT_EQ(page.datasets.size(), 1u);
    EXPECT_EQ(page.datasets[0], odd);
}

TEST_F(DatasetIndexTest, ChineseSearch)
{
    // Two characters: LIKE over titles, descriptions and keywords.
    EXPECT_EQ(idSet(search("气象")),
              (std::set<std::string>{"gz-weather-stations", "gz-weather-radar"}));
    EXPECT_EQ(search("气象").total, 2u);
    // One character.
    EXPECT_EQ(ids(search("站")), (std::vector<std::string>{"gz-weather-stations"}));
    // Three and more: FTS5 trigram, any substring.
    EXPECT_EQ(ids(search("观测站")), (std::vector<std::string>{"gz-weather-stations"}));
    EXPECT_EQ(ids(search("客流统计")), (std::vector<std::string>{"gz-tourism-flows"}));
    EXPECT_EQ(ids(search("雷达回波")), (std::vector<std::string>{"gz-weather-radar"}));
    // All words must match; an ideographic space separates words too.
    EXPECT_EQ(ids(search("气象 雷达")), (std::vector<std::string>{"gz-weather-radar"}));
    EXPECT_EQ(ids(search("气象\xE3\x80\x80雷达")), (std::vector<std::string>{"gz-weather-radar"}));
    EXPECT_EQ(search("气象 电力").total, 0u);
    // Mixed scripts and lengths.
    EXPECT_EQ(ids(search("气象 radar")), (std::vector<std::string>{"gz-weather-radar"}));
    EXPECT_EQ(search("不存在的词").total, 0u);
}

TEST_F(DatasetIndexTest, EnglishSearch)
{
    EXPECT_EQ(idSet(search("weather")),
              (std::set<std::string>{"gz-weather-stations", "gz-weather-radar", "gz-farm-yields"}));
    // Case does not matter; substrings match.
    EXPECT_EQ(idSet(search("WEATHER")), idSet(search("weather")));
    EXPECT_EQ(idSet(search("eathe")), idSet(search("weather")));
    EXPECT_EQ(ids(search("radar echo")), (std::vector<std::string>{"gz-weather-radar"}));
    EXPECT_EQ(search("weather power").total, 0u);
    EXPECT_EQ(ids(search("harvest")), (std::vector<std::string>{"gz-farm-yields"}));
    // A two-letter word goes through LIKE (word boundaries mean nothing to it).
    EXPECT_EQ(ids(search("ec radar")), (std::vector<std::string>{"gz-weather-radar"}));
}

TEST_F(DatasetIndexTest, RelevanceRanksTitlesAboveDescriptions)
{
    const DatasetPage page = search("weather");
    ASSERT_EQ(page.datasets.size(), 3u);
    // Only the farm data mentions weather in its description alone.
    EXPECT_EQ(page.datasets[2].identifier, "gz-farm-yields");
    // Any other sort ignores the rank.
    DatasetQuery bySize;
    bySize.text = "weather";
    bySize.sort = DatasetQuery::Sort::SizeDesc;
    EXPECT_EQ(ids(run(bySize)), (std::vector<std::string>{"gz-weather-radar", "gz-weather-stations",
                                                          "gz-farm-yields"}));
}

TEST_F(DatasetIndexTest, FiltersAndAcrossFieldsOrWithin)
{
    DatasetQuery q;
    q.themes = {"meteorology"};
    EXPECT_EQ(run(q).total, 2u);
    q.themes = {"meteorology", "tourism"};
    EXPECT_EQ(idSet(run(q)), (std::set<std::string>{"gz-weather-stations", "gz-weather-radar",
                                                    "gz-tourism-flows"}));
    q.levels = {"national"};
    EXPECT_EQ(ids(run(q)), (std::vector<std::string>{"gz-weather-stations"}));
    q = {};
    q.formats = {"PARQUET"};
    EXPECT_EQ(ids(run(q)), (std::vector<std::string>{"gz-weather-stations"}));
    q.formats = {"JSON", "PNG"};
    EXPECT_EQ(idSet(run(q)),
              (std::set<std::string>{"gz-tourism-flows", "gz-weather-radar", "gz-power-load"}));
    q = {};
    q.annotations = {"benchmark", "annotated"};
    q.access = {"public"};
    EXPECT_EQ(idSet(run(q)), (std::set<std::string>{"gz-tourism-flows", "gz-weather-radar"}));
    q = {};
    q.publishers = {"Guiyang Government Data Office"};
    q.licenses = {"CC-BY-4.0"};
    EXPECT_EQ(ids(run(q)), (std::vector<std::string>{"gy-gov-services"}));
    q.licenses = {"MIT"};
    EXPECT_EQ(run(q).total, 0u);
    // Filters and text together.
    q = {};
    q.text = "气象";
    q.levels = {"provincial"};
    EXPECT_EQ(ids(run(q)), (std::vector<std::string>{"gz-weather-radar"}));
    // Values are matched exactly: no pattern, no case folding.
    q = {};
    q.themes = {"%"};
    EXPECT_EQ(run(q).total, 0u);
    q.themes = {"Meteorology"};
    EXPECT_EQ(run(q).total, 0u);
}

TEST_F(DatasetIndexTest, FacetsApplyEveryFilterButTheirOwn)
{
    DatasetQuery q;
    q.themes = {"meteorology"};
    const DatasetPage page = run(q);
    ASSERT_EQ(page.facets.size(), 7u);
    // The theme facet ignores the theme filter: every theme, largest first, then by name.
    ASSERT_TRUE(facet(page, "theme"));
    EXPECT_EQ(facet(page, "theme")->counts, (std::vector<FacetCount>{{"meteorology", 2},
                                                                     {"agriculture", 1},
                                                                     {"electricity", 1},
                                                                     {"government", 1},
                                                                     {"healthcare", 1},
                                                                     {"tourism", 1}}));
    // Every other facet counts the meteorology datasets only.
    EXPECT_EQ(facet(page, "level")->counts,
              (std::vector<FacetCount>{{"national", 1}, {"provincial", 1}}));
    // A dataset counts once per format it has (PNG is listed twice by one).
    EXPECT_EQ(facet(page, "format")->counts,
              (std::vector<FacetCount>{{"CSV", 1}, {"JSON", 1}, {"PARQUET", 1}, {"PNG", 1}}));
    EXPECT_EQ(facet(page, "annotation")->counts,
              (std::vector<FacetCount>{{"annotated", 1}, {"raw", 1}}));
    EXPECT_EQ(facet(page, "access")->counts, (std::vector<FacetCount>{{"public", 2}}));
    EXPECT_EQ(facet(page, "license")->counts, (std::vector<FacetCount>{{"CC-BY-4.0", 2}}));
    EXPECT_EQ(facet(page, "publisher")->counts,
              (std::vector<FacetCount>{{"China Meteorological Administration", 1},
                                       {"Guizhou Meteorological Bureau", 1}}));

    // Two filters: each one's facet keeps the other.
    q.levels = {"national"};
    const DatasetPage two = run(q);
    EXPECT_EQ(two.total, 1u);
    EXPECT_EQ(facet(two, "theme")->counts,
              (std::vector<FacetCount>{{"meteorology", 1}})); // national only
    EXPECT_EQ(facet(two, "level")->counts,
              (std::vector<FacetCount>{{"national", 1}, {"provincial", 1}})); // meteorology only

    // The format facet under a format filter shows the other formats' counts;
    // the annotation facet of the unannotated farm data has no empty value.
    DatasetQuery f;
    f.formats = {"XLSX"};
    const DatasetPage xlsx = run(f);
    EXPECT_EQ(facet(xlsx, "format")->counts,
              (std::vector<FacetCount>{
                  {"CSV", 4}, {"JSON", 3}, {"PARQUET", 1}, {"PNG", 1}, {"XLSX", 1}}));
    EXPECT_TRUE(facet(xlsx, "annotation")->counts.empty());
    EXPECT_EQ(facet(xlsx, "theme")->counts, (std::vector<FacetCount>{{"agriculture", 1}}));

    // Facets follow the text too.
    const DatasetPage text = search("weather");
    EXPECT_EQ(facet(text, "theme")->counts,
              (std::vector<FacetCount>{{"meteorology", 2}, {"agriculture", 1}}));

    DatasetQuery none;
    none.withFacets = false;
    EXPECT_TRUE(run(none).facets.empty());
}

TEST_F(DatasetIndexTest, Sorts)
{
    DatasetQuery q;
    q.sort = DatasetQuery::Sort::TitleAsc;
    EXPECT_EQ(ids(run(q)),
              (std::vector<std::string>{"gz-farm-yields", "gz-power-load", "gy-gov-services",
                                        "gz-tourism-flows", "gz-hospital-visits",
                                        "gz-weather-stations", "gz-weather-radar"}));
    // In Chinese: by code point; an English-only title sorts by its English.
    Dataset englishOnly = test::validDataset("en-only");
    englishOnly.title = {"", "AAA first"};
    englishOnly.modified = "2000-01-01";
    englishOnly.issued = "";
    ASSERT_TRUE(index.upsert("import:x", {englishOnly}).ok());
    q.titleInChinese = true;
    std::vector<std::pair<std::string, std::string>> expected;
    for (const Dataset &d : catalog())
        expected.push_back({d.title.zh, d.identifier});
    expected.push_back({"AAA first", "en-only"});
    std::sort(expected.begin(), expected.end());
    std::vector<std::string> expectedIds;
    for (const auto &e : expected)
        expectedIds.push_back(e.second);
    EXPECT_EQ(ids(run(q)), expectedIds);
    EXPECT_EQ(ids(run(q))[0], "en-only");

    q = {};
    q.sort = DatasetQuery::Sort::IssuedDesc;
    EXPECT_EQ(ids(run(q)),
              (std::vector<std::string>{"gy-gov-services", "gz-weather-radar", "gz-power-load",
                                        "gz-farm-yields", "gz-tourism-flows", "gz-weather-stations",
                                        "gz-hospital-visits", "en-only"}));
    q.sort = DatasetQuery::Sort::SizeDesc;
    auto bySize = ids(run(q));
    EXPECT_EQ(std::vector<std::string>(bySize.begin(), bySize.begin() + 3),
              (std::vector<std::string>{"en-only", "gz-weather-radar", "gz-weather-stations"}));
    EXPECT_EQ(bySize.back(), "gz-hospital-visits");
    q.sort = DatasetQuery::Sort::RecordsDesc;
    EXPECT_EQ(ids(run(q))[1], "gz-weather-radar");
    q.sort = DatasetQuery::Sort::ModifiedDesc;
    EXPECT_EQ(ids(run(q)).back(), "gy-gov-services"); // no date: last
}

TEST_F(DatasetIndexTest, Paging)
{
    DatasetQuery q;
    q.sort = DatasetQuery::Sort::TitleAsc;
    const std::vector<std::string> all = ids(run(q));
    ASSERT_EQ(all.size(), 7u);
    std::vector<std::string> paged;
    q.limit = 3;
    for (uint32_t offset = 0; offset < 9; offset += 3) {
        q.offset = offset;
        const DatasetPage page = run(q);
        EXPECT_EQ(page.total, 7u);
        EXPECT_LE(page.datasets.size(), 3u);
        for (const auto &id : ids(page))
            paged.push_back(id);
    }
    EXPECT_EQ(paged, all);
    q.offset = 1000;
    const DatasetPage past = run(q);
    EXPECT_TRUE(past.datasets.empty());
    EXPECT_EQ(past.total, 7u);
    q.offset = 0;
    q.limit = 1000;
    EXPECT_EQ(run(q).datasets.size(), 7u);
    q.limit = 0;
    EXPECT_FALSE(index.query(q).ok());
    q.limit = 1001;
    auto tooMany = index.query(q);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error(), "dataset query: the page size must be 1 to 1000, not 1001");
}

TEST_F(DatasetIndexTest, HostileQueryTextIsPlainWords)
{
    std::string random(10'240, '\0');
    std::mt19937 rng(7);
    for (char &c : random)
        c = static_cast<char>(rng());
    const std::string texts[] = {
        "\"",
        "\"\"\"\"",
        "\"weather",
        "NEAR(weather radar)",
        "NEAR(",
        "*",
        "weath*",
        "(((",
        ")",
        "AND OR NOT",
        "weather AND",
        "title_zh:气象",
        "^weather",
        "-weather",
        "{title_en}: weather",
        "'; DROP TABLE dataset_item; --",
        "%",
        "_",
        "\\",
        std::string(10'240, 'w'),
        std::string(5'000, '"') + "weather",
        random,
        std::string("wea\0ther", 8),
    };
    for (const std::string &text : texts) {
        SCOPED_TRACE(text.substr(0, 40));
        DatasetQuery q;
        q.text = text;
        auto page = index.query(q);
        ASSERT_TRUE(page.ok()) << page.error();
    }
    // Quotes are dropped; operators are words like any other.
    EXPECT_EQ(search("\"weather").total, 3u);
    EXPECT_EQ(search(std::string(5'000, '"') + "weather").total, 3u);
    EXPECT_EQ(search("\"radar\" \"echo\"").total, 1u);
    EXPECT_EQ(search("NEAR(weather radar)").total, 0u);
    EXPECT_EQ(search("weath*").total, 0u);
    EXPECT_EQ(search("%").total, 0u);
    EXPECT_EQ(search("_").total, 0u);
    EXPECT_EQ(search("'; DROP TABLE dataset_item; --").total, 0u);
    // A control character separates words.
    EXPECT_EQ(search(std::string("weather\0radar", 13)).total, 1u);
    auto count = index.count();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 7u);
}

TEST_F(DatasetIndexTest, LikeWildcardsAreLiteral)
{
    Dataset pct = test::validDataset("pct");
    pct.title = {"", "Rate 5%_x"};
    ASSERT_TRUE(index.upsert("import:p", {pct}).ok());
    EXPECT_EQ(ids(search("5%")), (std::vector<std::string>{"pct"}));
    EXPECT_EQ(ids(search("%_")), (std::vector<std::string>{"pct"}));
    EXPECT_EQ(ids(search("%_x")), (std::vector<std::string>{"pct"}));
}

TEST_F(DatasetIndexTest, ReplaceOriginKeepsOtherOrigins)
{
    Dataset imported = test::validDataset("imp-1");
    imported.title = {"导入的数据集", "Imported one"};
    Dataset imported2 = test::validDataset("imp-2");
    imported2.title = {"", "Imported two"};
    ASSERT_TRUE(index.upsert("import:a.json", {imported, imported2}).ok());
    EXPECT_EQ(*index.count(), 9u);

    // The server's catalog shrinks to one new dataset and takes over imp-2.
    Dataset fresh = test::validDataset("srv-new");
    fresh.title = {"新数据集", "Fresh listing"};
    Dataset takeOver = imported2;
    takeOver.title.en = "Imported two, now served";
    Dataset invalid = test::validDataset("bad");
    invalid.issued = "yesterday";
    size_t refused = 0;
    ASSERT_TRUE(index.replaceOrigin("server", {fresh, takeOver, invalid}, &refused).ok());
    EXPECT_EQ(refused, 1u);
    EXPECT_EQ(*index.count(), 3u);
    EXPECT_TRUE(index.get("imp-1").ok());
    EXPECT_EQ(index.get("imp-2")->title.en, "Imported two, now served");
    EXPECT_FALSE(index.get("gz-weather-radar").ok());
    EXPECT_FALSE(index.get("bad").ok());
    // The full-text index followed every delete and update.
    EXPECT_EQ(search("weather").total, 0u);
    EXPECT_EQ(search("雷达回波").total, 0u);
    EXPECT_EQ(ids(search("now served")), (std::vector<std::string>{"imp-2"}));
    EXPECT_EQ(search("Imported two").total, 1u);
    EXPECT_EQ(ids(search("Fresh")), (std::vector<std::string>{"srv-new"}));
    EXPECT_TRUE(db.exec("INSERT INTO dataset_fts(dataset_fts) VALUES('integrity-check')"));
    EXPECT_EQ(db.scalar("SELECT count(*) FROM dataset_item WHERE origin = 'server'"), 2);

    // Replacing the import's origin leaves the server's rows (and imp-2, now the server's).
    ASSERT_TRUE(index.replaceOrigin("import:a.json", {}).ok());
    EXPECT_EQ(*index.count(), 2u);
    EXPECT_FALSE(index.get("imp-1").ok());
    EXPECT_TRUE(index.get("imp-2").ok());

    // upsert keeps the origin's others and replaces by identifier.
    fresh.title.en = "Fresh listing, revised";
    ASSERT_TRUE(index.upsert("server", {fresh}).ok());
    EXPECT_EQ(*index.count(), 2u);
    EXPECT_EQ(ids(search("revised")), (std::vector<std::string>{"srv-new"}));
    EXPECT_TRUE(db.exec("INSERT INTO dataset_fts(dataset_fts) VALUES('integrity-check')"));

    EXPECT_FALSE(index.replaceOrigin("", {fresh}).ok());
}

TEST_F(DatasetIndexTest, ReplaceInsideTheCallersTransaction)
{
    ASSERT_TRUE(db.exec("BEGIN"));
    ASSERT_TRUE(index.replaceOrigin("server", {test::validDataset("only")}).ok());
    ASSERT_TRUE(db.exec("ROLLBACK"));
    // The caller's rollback undoes it: it ran inside, as a savepoint.
    EXPECT_EQ(*index.count(), 7u);
}

TEST_F(DatasetIndexTest, ChartsTotals)
{
    Dataset noTheme = test::validDataset("no-theme");
    noTheme.theme = "";
    noTheme.byteSize = 30;
    noTheme.issued = "";
    ASSERT_TRUE(index.upsert("import:t", {noTheme}).ok());
    auto themes = index.themeTotals();
    ASSERT_TRUE(themes.ok()) << themes.error();
    ASSERT_EQ(themes->size(), 7u);
    EXPECT_EQ(themes->at(0).theme, "meteorology");
    EXPECT_EQ(themes->at(0).datasets, 2u);
    EXPECT_EQ(themes->at(0).bytes, 95'000u);
    // No theme counts as "other".
    const auto other = std::find_if(themes->begin(), themes->end(),
                                    [](const auto &t) { return t.theme == "other"; });
    ASSERT_NE(other, themes->end());
    EXPECT_EQ(other->datasets, 1u);
    EXPECT_EQ(other->bytes, 30u);

    auto years = index.issuedPerYear();
    ASSERT_TRUE(years.ok()) << years.error();
    std::vector<std::pair<int, uint32_t>> got;
    for (const auto &y : *years)
        got.push_back({y.year, y.datasets});
    EXPECT_EQ(got,
              (std::vector<std::pair<int, uint32_t>>{{2021, 1}, {2022, 1}, {2023, 4}, {2024, 1}}));
}

TEST(DatasetIndex, WithoutTablesSaysWhy)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
    {
        DatasetIndex index(db);
        auto page = index.query({});
        ASSERT_FALSE(page.ok());
        EXPECT_NE(page.error().find("ensureSchema"), std::string::npos) << page.error();
        // Idempotent.
        ASSERT_TRUE(DatasetIndex::ensureSchema(db).ok());
        ASSERT_TRUE(DatasetIndex::ensureSchema(db).ok());
        EXPECT_TRUE(index.query({}).ok());
    }
    sqlite3_close(db);
}

TEST(DatasetIndex, FilterValueLimit)
{
    MemoryDb db;
    DatasetIndex index(db.get());
    DatasetQuery q;
    q.publishers.assign(257, "x");
    auto page = index.query(q);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error(), "dataset query: more than 256 publisher values to filter by");
    q.publishers.resize(256);
    EXPECT_TRUE(index.query(q).ok());
}

} // namespace
} // namespace scb
