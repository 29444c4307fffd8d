#include "statstestdata.h"

#include "stats/statsfiles.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>

namespace scb {
namespace {

using test::TempDir;

std::vector<std::vector<std::string>> fieldsOf(const std::vector<CsvRecord> &records)
{
    std::vector<std::vector<std::string>> out;
    for (const CsvRecord &r : records)
        out.push_back(r.fields);
    return out;
}

std::vector<int> linesOf(const std::vector<CsvRecord> &records)
{
    std::vector<int> out;
    for (const CsvRecord &r : records)
        out.push_back(r.line);
    return out;
}

TEST(ParseCsv, PlainRecordsAndLines)
{
    auto records = parseCsv("a,b,c\n1,2,3\n4,5,6");
    ASSERT_TRUE(records.ok()) << records.error();
    EXPECT_EQ(fieldsOf(*records), (std::vector<std::vector<std::string>>{
                                      {"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "6"}}));
    EXPECT_EQ(linesOf(*records), (std::vector<int>{1, 2, 3}));
    auto empty = parseCsv("");
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->empty());
}

TEST(ParseCsv, EmptyFieldsAndTrailingComma)
{
    auto records = parseCsv(",,\nx,\n");
    ASSERT_TRUE(records.ok()) << records.error();
    EXPECT_EQ(fieldsOf(*records), (std::vector<std::vector<std::string>>{{"", "", ""}, {"x", ""}}));
}

TEST(ParseCsv, QuotesAndDoubledQuotes)
{
    auto records = parseCsv("\"a,b\",\"say \"\"hi\"\"\",\"\",\"\"\"\"\n");
    ASSERT_TRUE(records.ok()) << records.error();
    ASSERT_EQ(records->size(), 1u);
    EXPECT_EQ(records->at(0).fields, (std::vector<std::string>{"a,b", "say \"hi\"", "", "\""}));
}

TEST(ParseCsv, EmbeddedLineBreaksKeepLineNumbers)
{
    const char *text = "id,text\n"    // line 1
                       "1,\"first\n"  // 2
                       "second\r\n"   // 3
                       "third\"\n"    // 4
                       "2,plain\n"    // 5
                       "3,\"x\ry\"\n" // 6 (a lone CR is a line break too)
                       "4,last";      // 8
    auto records = parseCsv(text);
    ASSERT_TRUE(records.ok()) << records.error();
    EXPECT_EQ(linesOf(*records), (std::vector<int>{1, 2, 5, 6, 8}));
    EXPECT_EQ(records->at(1).fields[1], "first\nsecond\r\nthird");
    EXPECT_EQ(records->at(3).fields[1], "x\ry");
    EXPECT_EQ(records->at(4).fields[1], "last");
}

TEST(ParseCsv, CrLfLineEnds)
{
    auto records = parseCsv("a,b\r\n1,2\r\n\r\n3,4\r\n");
    ASSERT_TRUE(records.ok()) << records.error();
    EXPECT_EQ(fieldsOf(*records),
              (std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
    EXPECT_EQ(linesOf(*records), (std::vector<int>{1, 2, 4}));
}

TEST(ParseCsv, ByteOrderMarkIsSkipped)
{
    auto records = parseCsv("\xEF\xBB\xBFseries,value\nx,1\n");
    ASSERT_TRUE(records.ok()) << records.error();
    EXPECT_EQ(records->at(0).fields[0], "series");
    // Only at the start: elsewhere it is data.
    auto inside = parseCsv("a\n\xEF\xBB\xBF"
                           "b\n");
    ASSERT_TRUE(inside.ok());
    EXPECT_EQ(inside->at(1).fields[0], "\xEF\xBB\xBF"
                                       "b");
}

TEST(ParseCsv, CommentsBeforeTheHeaderAndBlankLines)
{
    const char *text = "# Sample data, synthetic\n" // 1
                       "#\n"                        // 2
                       "\n"                         // 3
                       "a,b\n"                      // 4
                       "\n"                         // 5
                       "#1,2\n";                    // 6: after the header, data
    auto records = parseCsv(text);
    ASSERT_TRUE(records.ok()) << records.error();
    EXPECT_EQ(fieldsOf(*records), (std::vector<std::vector<std::string>>{{"a", "b"}, {"#1", "2"}}));
    EXPECT_EQ(linesOf(*records), (std::vector<int>{4, 6}));
}

TEST(ParseCsv, UnterminatedQuoteNamesItsLine)
{
    auto records = parseCsv("a,b\n1,2\n3,\"open\nmore\n4,5\n");
    ASSERT_FALSE(records.ok());
    EXPECT_EQ(records.error(), "line 3: quoted field not closed");
}

TEST(ParseCsv, StrayQuotes)
{
    auto inside = parseCsv("a,b\n1,x\"y\n");
    ASSERT_FALSE(inside.ok());
    EXPECT_EQ(inside.error(), "line 2: quote inside an unquoted field");
    auto after = parseCsv("a,b\n\"1\"x,2\n");
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(after.error(), "line 2: text after the closing quote of a field");
    // A space before the opening quote makes the quote part of an unquoted field.
    auto spaced = parseCsv("a, \"b\"\n");
    ASSERT_FALSE(spaced.ok());
    EXPECT_EQ(spaced.error(), "line 1: quote inside an unquoted field");
    // After a quoted field spanning lines, the line of the stray text.
    auto later = parseCsv("\"a\nb\"c\n");
    ASSERT_FALSE(later.ok());
    EXPECT_EQ(later.error(), "line 2: text after the closing quote of a field");
}

TEST(ParseCsv, RecordSizeLimit)
{
    // The line break does not count.
    auto fits = parseCsv("h\n" + std::string(97, 'x') + ",yz\r\n", 100);
    ASSERT_TRUE(fits.ok()) << fits.error();
    auto over = parseCsv("h\n" + std::string(98, 'x') + ",yz\n", 100);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error(), "line 2: record longer than 100 bytes");
    auto quoted = parseCsv("h\n\"" + std::string(200, 'q') + "\"\n", 100);
    ASSERT_FALSE(quoted.ok());
    EXPECT_EQ(quoted.error(), "line 2: record longer than 100 bytes");
    // The default limit, 1 MiB: a 3 MiB field with doubled quotes is refused
    // as soon as the limit is passed.
    std::string huge = "h\n\"";
    for (int i = 0; i < 1024 * 1024; ++i)
        huge += "a\"\"";
    huge += "\"\n";
    auto big = parseCsv(huge);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error(), "line 2: record longer than 1048576 bytes");
}

// --- loadStatistics -------------------------------------------------------------

const char *kDatasetHeader =
    "identifier,title_zh,title_en,description_zh,description_en,keywords,publisher,theme,"
    "level,license,access,formats,byte_size,record_count,temporal_start,temporal_end,"
    "update_frequency,annotation,issued,modified,landing_page,source\n";

// A datasets.csv row: the defaults with some columns changed.
std::string datasetRow(const std::string &identifier,
                       const std::map<std::string, std::string> &changes = {})
{
    std::map<std::string, std::string> v = {
        {"identifier", identifier},
        {"title_zh", "贵州旅游客流统计"},
        {"title_en", "\"Guizhou tourist flows, monthly\""},
        {"description_zh", "\"按月统计，\n含节假日\""},
        {"description_en", "Monthly visitor counts"},
        {"keywords", "旅游; tourism ;;visitors"},
        {"publisher", "Guizhou Provincial Big Data Bureau"},
        {"theme", "tourism"},
        {"level", "provincial"},
        {"license", "CC-BY-4.0"},
        {"access", "public"},
        {"formats", "csv;Json"},
        {"byte_size", "1048576"},
        {"record_count", " 12000 "},
        {"temporal_start", "2023-01-01"},
        {"temporal_end", "2023-12-31"},
        {"update_frequency", "monthly"},
        {"annotation", "annotated"},
        {"issued", "2024-01-15"},
        {"modified", "2024-03-01"},
        {"landing_page", "https://data.guizhou.gov.cn/tourism"},
        {"source", "synthetic"},
    };
    for (const auto &[column, value] : changes)
        v.at(column) = value;

    std::string row;
    for (std::string_view column : datasetCsvColumns()) {
        if (!row.empty())
            row += ',';
        row += v.at(std::string(column));
    }
    return row + "\n";
}

const char *kAdoption = "# Cloud adoption in Guizhou\n"
                        "series,period,category,value,unit,source\n"
                        "enterprises_on_cloud,2024-02,,29100,enterprises,synthetic\n"
                        "province_figure,2024-03,,30000,enterprises,\"Guiyang / Gui'an New "
                        "Area press release, March 2024\"\n"
                        "adoption_by_region,2023,gui_an,1.25e3,enterprises,synthetic\n";

// Columns in another order than documented: any order is fine.
const char *kIndustry = "value,series,period,unit,category,source\n"
                        "1000,software_revenue_target,2024,100m_yuan,,\"press release\"\n"
                        "-0.5,output_value,2019,100m_yuan,,synthetic\n";

void writeGoodFolder(const TempDir &dir)
{
    dir.write("datasets.csv", std::string(kDatasetHeader) + datasetRow("gz-tourism-2023") +
                                  datasetRow("gz-weather", {{"level", ""},
                                                            {"annotation", ""},
                                                            {"access", ""},
                                                            {"byte_size", ""},
                                                            {"title_en", ""},
                                                            {"formats", ""},
                                                            {"keywords", ""}}));
    dir.write("adoption.csv", kAdoption);
    dir.write("industry.csv", kIndustry);
}

std::vector<std::string> texts(const LoadResult &result)
{
    std::vector<std::string> out;
    for (const DataProblem &p : result.problems)
        out.push_back(p.text());
    return out;
}

TEST(LoadStatistics, GoodFiles)
{
    TempDir dir;
    writeGoodFolder(dir);
    const auto before = std::chrono::system_clock::now();
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_TRUE(result.ok()) << testing::PrintToString(texts(result));
    const StatisticsData &data = result.data;
    EXPECT_EQ(data.folder, dir.str());
    const int64_t beforeMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(before.time_since_epoch()).count();
    EXPECT_GE(data.loadedUnixMs, beforeMs);
    EXPECT_EQ(data.version.size(), 16u);
    EXPECT_EQ(data.version.find_first_not_of("0123456789abcdef"), std::string::npos);

    ASSERT_EQ(data.datasets.size(), 2u);
    Dataset expected = test::validDataset("gz-tourism-2023");
    expected.title.en = "Guizhou tourist flows, monthly";
    expected.description.zh = "按月统计，\n含节假日";
    expected.description.en = "Monthly visitor counts";
    expected.keywords = {"旅游", "tourism", "visitors"};
    EXPECT_EQ(data.datasets[0], expected);
    const Dataset &weather = data.datasets[1];
    EXPECT_EQ(weather.identifier, "gz-weather");
    EXPECT_EQ(weather.level, DatasetLevel::Unspecified);
    EXPECT_EQ(weather.annotation, AnnotationStatus::Unspecified);
    EXPECT_EQ(weather.access, AccessRights::Unspecified);
    EXPECT_EQ(weather.byteSize, 0u);
    EXPECT_TRUE(weather.title.en.empty());
    EXPECT_TRUE(weather.formats.empty());
    EXPECT_TRUE(weather.keywords.empty());

    ASSERT_EQ(data.adoption.size(), 3u);
    EXPECT_EQ(data.adoption[0], (Observation{"enterprises_on_cloud", "2024-02", "", 29100,
                                             "enterprises", "synthetic"}));
    EXPECT_EQ(data.adoption[1].source, "Guiyang / Gui'an New Area press release, March 2024");
    EXPECT_FALSE(data.adoption[1].isSynthetic());
    EXPECT_EQ(data.adoption[2].category, "gui_an");
    EXPECT_DOUBLE_EQ(data.adoption[2].value, 1250);
    ASSERT_EQ(data.industry.size(), 2u);
    EXPECT_EQ(data.industry[0], (Observation{"software_revenue_target", "2024", "", 1000,
                                             "100m_yuan", "press release"}));
    EXPECT_DOUBLE_EQ(data.industry[1].value, -0.5);
}

TEST(LoadStatistics, VersionFollowsTheContent)
{
    TempDir dir;
    writeGoodFolder(dir);
    const std::string first = loadStatistics(dir.str()).data.version;
    EXPECT_EQ(loadStatistics(dir.str()).data.version, first);
    // One byte changed in one file.
    dir.write("industry.csv", std::string(kIndustry).replace(0, 1, "V"));
    const std::string changed = loadStatistics(dir.str()).data.version;
    EXPECT_NE(changed, first);
    dir.write("industry.csv", kIndustry);
    EXPECT_EQ(loadStatistics(dir.str()).data.version, first);
}

TEST(LoadStatistics, MissingFilesFailAlone)
{
    TempDir dir;
    writeGoodFolder(dir);
    std::filesystem::remove(dir.file("industry.csv"));
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(texts(result), (std::vector<std::string>{"industry.csv: missing"}));
    EXPECT_EQ(result.data.datasets.size(), 2u);
    EXPECT_EQ(result.data.adoption.size(), 3u);
    EXPECT_TRUE(result.data.industry.empty());

    const LoadResult none = loadStatistics(dir.file("no-such-folder"));
    EXPECT_EQ(texts(none),
              (std::vector<std::string>{"datasets.csv: missing", "adoption.csv: missing",
                                        "industry.csv: missing"}));
}

TEST(LoadStatistics, FolderOrHugeFileInsteadOfAFile)
{
    TempDir dir;
    writeGoodFolder(dir);
    std::filesystem::remove(dir.file("adoption.csv"));
    std::filesystem::create_directory(dir.file("adoption.csv"));
    // Sparse: 65 MiB on paper, nothing on disk.
    std::filesystem::resize_file(dir.file("industry.csv"), 65ull << 20);
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_EQ(texts(result), (std::vector<std::string>{"adoption.csv: not a regular file",
                                                       "industry.csv: larger than 64 MiB"}));
    EXPECT_EQ(result.data.datasets.size(), 2u);
}

TEST(LoadStatistics, UnknownAndMissingColumnsFailTheFile)
{
    TempDir dir;
    writeGoodFolder(dir);
    std::string header = kDatasetHeader;
    header.replace(header.find("title_en"), 8, "titel_en");
    dir.write("datasets.csv", header + datasetRow("a"));
    dir.write("industry.csv", "series,period,category,value,unit,source,value,\n");
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_EQ(texts(result), (std::vector<std::string>{
                                 "datasets.csv:1: titel_en: unknown column",
                                 "datasets.csv:1: title_en: missing column",
                                 "industry.csv:1: value: column given twice",
                                 "industry.csv:1: a column without a name",
                             }));
    EXPECT_TRUE(result.data.datasets.empty());
    EXPECT_EQ(result.data.adoption.size(), 3u);
    EXPECT_TRUE(result.data.industry.empty());
}

TEST(LoadStatistics, EmptyFileHasNoHeader)
{
    TempDir dir;
    writeGoodFolder(dir);
    dir.write("adoption.csv", "\xEF\xBB\xBF# only a comment\n\n");
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_EQ(texts(result), (std::vector<std::string>{"adoption.csv: no header row"}));
}

TEST(LoadStatistics, BadRecordsAreSkippedWithTheirLines)
{
    TempDir dir;
    writeGoodFolder(dir);
    // datasetRow() spans two lines (the Chinese description holds a line break).
    const std::string datasets = std::string("# Catalog\n") + kDatasetHeader +        // lines 1-2
                                 datasetRow("gz-tourism-2023") +                      // 3-4
                                 datasetRow("bad-date", {{"issued", "2024-13-01"}}) + // 5-6
                                 datasetRow("bad-size", {{"byte_size", "1.5MB"}}) +   // 7-8
                                 "short,row,only\n" +                                 // 9
                                 datasetRow("gz-tourism-2023") +                      // 10-11
                                 datasetRow("bad-level", {{"level", "county"}}) +     // 12-13
                                 datasetRow("bad id") +                               // 14-15
                                 datasetRow("no-title", {{"title_zh", ""}, {"title_en", ""}}) +
                                 datasetRow("gz-last"); // 18-19
    dir.write("datasets.csv", datasets);
    dir.write("adoption.csv", "series,period,category,value,unit,source\n"
                              "enterprises_on_cloud,2024-02,,29100,enterprises,synthetic\n"
                              "enterprises_on_cloud,2024-03,,12x,enterprises,synthetic\n"
                              "enterprises_on_cloud,2024-13,,1,enterprises,synthetic\n"
                              "enterprises_on_cloud,2024-04,,,enterprises,synthetic\n"
                              "enterprises_on_cloud,2024-02,,29200,enterprises,synthetic\n"
                              "enterprises_on_cloud,2024-05,,nan,enterprises,synthetic\n"
                              "enterprises_on_cloud,2024-06,,1,enterprises,\n"
                              "new_adopters,2024-02,,100,enterprises,synthetic\n");
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(texts(result),
              (std::vector<std::string>{
                  "datasets.csv:5: issued: not a date YYYY-MM-DD: 2024-13-01",
                  "datasets.csv:7: byte_size: not a whole number of bytes: 1.5MB",
                  "datasets.csv:9: 3 fields where the header has 22",
                  "datasets.csv:10: identifier: already given on line 3: gz-tourism-2023",
                  "datasets.csv:12: level: not national, provincial or municipal: county",
                  "datasets.csv:14: identifier: character 4 is not one of A-Z a-z 0-9 . _ : -: "
                  "bad id",
                  "datasets.csv:16: title: missing in both languages",
                  "adoption.csv:3: value: not a number: 12x",
                  "adoption.csv:4: period: not YYYY or YYYY-MM (years 1990 to 2100): 2024-13",
                  "adoption.csv:5: value: missing",
                  "adoption.csv:6: the same series, period and category as line 2",
                  "adoption.csv:7: value: not a finite number",
                  "adoption.csv:8: source: missing",
              }));
    ASSERT_EQ(result.data.datasets.size(), 2u);
    EXPECT_EQ(result.data.datasets[0].identifier, "gz-tourism-2023");
    EXPECT_EQ(result.data.datasets[1].identifier, "gz-last");
    ASSERT_EQ(result.data.adoption.size(), 2u);
    EXPECT_DOUBLE_EQ(result.data.adoption[0].value, 29100);
    EXPECT_EQ(result.data.adoption[1].series, "new_adopters");
    EXPECT_EQ(result.data.industry.size(), 2u);
    // The parts of a problem.
    EXPECT_EQ(result.problems[0].file, "datasets.csv");
    EXPECT_EQ(result.problems[0].line, 5);
    EXPECT_EQ(result.problems[0].field, "issued");
    EXPECT_EQ(result.problems[0].what, "not a date YYYY-MM-DD: 2024-13-01");
}

TEST(LoadStatistics, BrokenCsvFailsTheFile)
{
    TempDir dir;
    writeGoodFolder(dir);
    dir.write("industry.csv", std::string(kIndustry) + "1,output_value,\"2020,100m_yuan,,x\n");
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_EQ(texts(result), (std::vector<std::string>{"industry.csv:4: quoted field not closed"}));
    // The good records before the break are dropped with the file.
    EXPECT_TRUE(result.data.industry.empty());
    EXPECT_EQ(result.data.adoption.size(), 3u);
}

TEST(LoadStatistics, RecordCountLimit)
{
    TempDir dir;
    writeGoodFolder(dir);
    std::string adoption = "series,period,category,value,unit,source\n";
    adoption.reserve(6'000'000);
    for (int i = 0; i <= 100'000; ++i) // 100,001 records
        adoption += "adoption_by_region,2023,r" + std::to_string(i) + ",1,enterprises,synthetic\n";
    dir.write("adoption.csv", adoption);
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_EQ(texts(result),
              (std::vector<std::string>{"adoption.csv:100002: more than 100000 records"}));
    EXPECT_TRUE(result.data.adoption.empty());
}

TEST(LoadStatistics, OversizedRecordFailsTheFile)
{
    TempDir dir;
    writeGoodFolder(dir);
    dir.write("datasets.csv", std::string(kDatasetHeader) + datasetRow("a") +
                                  datasetRow("b", {{"description_en", std::string(1 << 20, 'd')}}));
    const LoadResult result = loadStatistics(dir.str());
    EXPECT_EQ(texts(result),
              (std::vector<std::string>{"datasets.csv:4: record longer than 1048576 bytes"}));
}

// The sample data shipped in resources/data: every record loads, and the
// published figures are there with their citations.
TEST(LoadStatistics, ShippedSampleDataLoadsClean)
{
    const LoadResult result = loadStatistics(SCB_SOURCE_DIR "/resources/data");
    EXPECT_TRUE(result.ok()) << testing::PrintToString(texts(result));
    EXPECT_GT(result.data.datasets.size(), 0u);
    bool provinceFigure = false;
    for (const Observation &o : result.data.adoption) {
        if (o.series == "province_figure" && o.value == 30000) {
            provinceFigure = true;
            EXPECT_FALSE(o.isSynthetic());
        }
    }
    EXPECT_TRUE(provinceFigure);
    EXPECT_GT(result.data.industry.size(), 0u);
}

TEST(DataProblem, Text)
{
    EXPECT_EQ(
        (DataProblem{"datasets.csv", 17, "issued", "not a date YYYY-MM-DD: 2024-13-01"}).text(),
        "datasets.csv:17: issued: not a date YYYY-MM-DD: 2024-13-01");
    EXPECT_EQ((DataProblem{"adoption.csv", 3, "", "3 fields"}).text(), "adoption.csv:3: 3 fields");
    EXPECT_EQ((DataProblem{"industry.csv", 0, "", "missing"}).text(), "industry.csv: missing");
}

} // namespace
} // namespace scb
