#include "statstestdata.h"

#include "stats/statistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

namespace scb {
namespace {

using test::validDataset;
using test::validObservation;

TEST(StatisticsKeys, RoundTripEveryValue)
{
    for (const auto level : {DatasetLevel::Unspecified, DatasetLevel::National,
                             DatasetLevel::Provincial, DatasetLevel::Municipal}) {
        DatasetLevel back = DatasetLevel::National;
        ASSERT_TRUE(parseLevel(levelKey(level), &back)) << levelKey(level);
        EXPECT_EQ(back, level);
    }
    for (const auto annotation : {AnnotationStatus::Unspecified, AnnotationStatus::Raw,
                                  AnnotationStatus::Annotated, AnnotationStatus::Benchmark}) {
        AnnotationStatus back = AnnotationStatus::Raw;
        ASSERT_TRUE(parseAnnotation(annotationKey(annotation), &back));
        EXPECT_EQ(back, annotation);
    }
    for (const auto access : {AccessRights::Unspecified, AccessRights::Public,
                              AccessRights::Restricted, AccessRights::NonPublic}) {
        AccessRights back = AccessRights::Public;
        ASSERT_TRUE(parseAccess(accessKey(access), &back));
        EXPECT_EQ(back, access);
    }
}

TEST(StatisticsKeys, KeysAreTheDocumentedOnes)
{
    EXPECT_EQ(levelKey(DatasetLevel::National), "national");
    EXPECT_EQ(levelKey(DatasetLevel::Provincial), "provincial");
    EXPECT_EQ(levelKey(DatasetLevel::Municipal), "municipal");
    EXPECT_EQ(levelKey(DatasetLevel::Unspecified), "");
    EXPECT_EQ(annotationKey(AnnotationStatus::Raw), "raw");
    EXPECT_EQ(annotationKey(AnnotationStatus::Annotated), "annotated");
    EXPECT_EQ(annotationKey(AnnotationStatus::Benchmark), "benchmark");
    EXPECT_EQ(accessKey(AccessRights::Public), "public");
    EXPECT_EQ(accessKey(AccessRights::Restricted), "restricted");
    EXPECT_EQ(accessKey(AccessRights::NonPublic), "non-public");
    // An out-of-range value (say, from the wire) has no key.
    EXPECT_EQ(levelKey(static_cast<DatasetLevel>(9)), "");
    EXPECT_EQ(accessKey(static_cast<AccessRights>(200)), "");
}

TEST(StatisticsKeys, UnknownKeysAreRefusedAndLeaveTheValue)
{
    DatasetLevel level = DatasetLevel::Municipal;
    EXPECT_FALSE(parseLevel("National", &level)); // keys are lower case
    EXPECT_FALSE(parseLevel("county", &level));
    EXPECT_EQ(level, DatasetLevel::Municipal);
    AnnotationStatus annotation = AnnotationStatus::Benchmark;
    EXPECT_FALSE(parseAnnotation("labelled", &annotation));
    EXPECT_EQ(annotation, AnnotationStatus::Benchmark);
    AccessRights access = AccessRights::Restricted;
    EXPECT_FALSE(parseAccess("non_public", &access));
    EXPECT_FALSE(parseAccess(" public", &access));
    EXPECT_EQ(access, AccessRights::Restricted);
}

TEST(StatisticsKeys, KnownThemes)
{
    const auto &themes = knownThemes();
    const std::vector<std::string_view> expected = {
        "tourism",     "electricity", "government", "meteorology", "healthcare", "industry",
        "agriculture", "transport",   "education",  "environment", "finance",    "other"};
    EXPECT_EQ(themes, expected);
    EXPECT_EQ(&themes, &knownThemes());
}

struct DatasetCase
{
    const char *name;
    std::function<void(Dataset &)> change;
    std::string problem; // empty: still valid
};

TEST(ValidateDataset, EachRule)
{
    EXPECT_EQ(validateDataset(validDataset()), "");
    const std::string longText(20'001, 'x');
    const DatasetCase cases[] = {
        {"no identifier", [](Dataset &d) { d.identifier.clear(); }, "identifier: missing"},
        {"identifier 200 bytes", [](Dataset &d) { d.identifier = std::string(200, 'a'); }, ""},
        {"identifier 201 bytes", [](Dataset &d) { d.identifier = std::string(201, 'a'); },
         "identifier: longer than 200 bytes"},
        {"identifier all allowed characters", [](Dataset &d) { d.identifier = "Az09._:-"; }, ""},
        {"identifier with a space", [](Dataset &d) { d.identifier = "gz tourism"; },
         "identifier: character 3 is not one of A-Z a-z 0-9 . _ : -: gz tourism"},
        {"identifier with a slash", [](Dataset &d) { d.identifier = "a/b"; },
         "identifier: character 2 is not one of A-Z a-z 0-9 . _ : -: a/b"},
        {"identifier in Chinese", [](Dataset &d) { d.identifier = "旅游"; },
         "identifier: character 1 is not one of A-Z a-z 0-9 . _ : -: 旅游"},
        {"no title", [](Dataset &d) { d.title = {}; }, "title: missing in both languages"},
        {"Chinese title only", [](Dataset &d) { d.title.en.clear(); }, ""},
        {"English title only", [](Dataset &d) { d.title.zh.clear(); }, ""},
        {"title of 20,000 bytes", [](Dataset &d) { d.title.en = std::string(20'000, 't'); }, ""},
        {"title over 20,000 bytes", [&](Dataset &d) { d.title.en = longText; },
         "title_en: longer than 20000 bytes"},
        {"description over 20,000 bytes", [&](Dataset &d) { d.description.zh = longText; },
         "description_zh: longer than 20000 bytes"},
        {"publisher over 20,000 bytes", [&](Dataset &d) { d.publisher = longText; },
         "publisher: longer than 20000 bytes"},
        {"source over 20,000 bytes", [&](Dataset &d) { d.source = longText; },
         "source: longer than 20000 bytes"},
        {"title not UTF-8", [](Dataset &d) { d.title.zh = "\xE6\x97"; },
         "title_zh: not valid UTF-8"},
        {"overlong UTF-8", [](Dataset &d) { d.description.en = "\xC0\xAF"; },
         "description_en: not valid UTF-8"},
        {"surrogate in UTF-8", [](Dataset &d) { d.license = "\xED\xA0\x80"; },
         "license: not valid UTF-8"},
        {"64 keywords", [](Dataset &d) { d.keywords.assign(64, "k"); }, ""},
        {"65 keywords", [](Dataset &d) { d.keywords.assign(65, "k"); }, "keywords: more than 64"},
        {"keyword of 100 bytes", [](Dataset &d) { d.keywords = {std::string(100, 'k')}; }, ""},
        {"keyword of 101 bytes", [](Dataset &d) { d.keywords = {std::string(101, 'k')}; },
         "keywords: longer than 100 bytes: " + std::string(60, 'k') + "..."},
        {"empty keyword",
         [](Dataset &d) {
             d.keywords = {"a", ""};
         },
         "keywords: an empty keyword"},
        {"32 formats", [](Dataset &d) { d.formats.assign(32, "CSV"); }, ""},
        {"33 formats", [](Dataset &d) { d.formats.assign(33, "CSV"); }, "formats: more than 32"},
        {"empty format", [](Dataset &d) { d.formats = {""}; }, "formats: an empty format"},
        {"bad issued", [](Dataset &d) { d.issued = "2024-13-01"; },
         "issued: not a date YYYY-MM-DD: 2024-13-01"},
        {"bad modified", [](Dataset &d) { d.modified = "2024-3-1"; },
         "modified: not a date YYYY-MM-DD: 2024-3-1"},
        {"29 February in a leap year", [](Dataset &d) { d.modified = "2024-02-29"; }, ""},
        {"29 February otherwise", [](Dataset &d) { d.modified = "2023-02-29"; },
         "modified: not a date YYYY-MM-DD: 2023-02-29"},
        {"29 February 1900", [](Dataset &d) { d.issued = "1900-02-29"; },
         "issued: not a date YYYY-MM-DD: 1900-02-29"},
        {"29 February 2000", [](Dataset &d) { d.issued = "2000-02-29"; }, ""},
        {"31 April", [](Dataset &d) { d.temporalStart = "2023-04-31"; },
         "temporal_start: not a date YYYY-MM-DD: 2023-04-31"},
        {"day zero", [](Dataset &d) { d.temporalEnd = "2023-12-00"; },
         "temporal_end: not a date YYYY-MM-DD: 2023-12-00"},
        {"a date and time", [](Dataset &d) { d.issued = "2024-01-15T00:00:00Z"; },
         "issued: not a date YYYY-MM-DD: 2024-01-15T00:00:00Z"},
        {"unknown dates",
         [](Dataset &d) {
             d.issued.clear();
             d.modified.clear();
             d.temporalStart.clear();
             d.temporalEnd.clear();
         },
         ""},
        {"temporal range reversed",
         [](Dataset &d) {
             d.temporalStart = "2024-01-01";
             d.temporalEnd = "2023-12-31";
         },
         "temporal_end: before temporal_start: 2023-12-31 < 2024-01-01"},
        {"temporal one day", [](Dataset &d) { d.temporalEnd = d.temporalStart; }, ""},
        {"temporal end only", [](Dataset &d) { d.temporalStart.clear(); }, ""},
        {"http landing page", [](Dataset &d) { d.landingPage = "http://example.org/a"; }, ""},
        {"upper-case scheme", [](Dataset &d) { d.landingPage = "HTTPS://example.org"; }, ""},
        {"ftp landing page", [](Dataset &d) { d.landingPage = "ftp://example.org/a"; },
         "landing_page: not an http:// or https:// URL: ftp://example.org/a"},
        {"javascript landing page", [](Dataset &d) { d.landingPage = "javascript:alert(1)"; },
         "landing_page: not an http:// or https:// URL: javascript:alert(1)"},
        {"no host", [](Dataset &d) { d.landingPage = "https://"; },
         "landing_page: not an http:// or https:// URL: https://"},
        {"space in URL", [](Dataset &d) { d.landingPage = "https://a b"; },
         "landing_page: not an http:// or https:// URL: https://a b"},
        {"line break in URL", [](Dataset &d) { d.landingPage = "https://a\nb"; },
         "landing_page: not an http:// or https:// URL: https://a?b"},
        {"unknown level", [](Dataset &d) { d.level = static_cast<DatasetLevel>(7); },
         "level: unknown value 7"},
        {"unknown annotation", [](Dataset &d) { d.annotation = static_cast<AnnotationStatus>(4); },
         "annotation: unknown value 4"},
        {"unknown access", [](Dataset &d) { d.access = static_cast<AccessRights>(99); },
         "access: unknown value 99"},
        {"unspecified enums",
         [](Dataset &d) {
             d.level = DatasetLevel::Unspecified;
             d.annotation = AnnotationStatus::Unspecified;
             d.access = AccessRights::Unspecified;
         },
         ""},
        {"largest size", [](Dataset &d) { d.byteSize = std::numeric_limits<int64_t>::max(); }, ""},
        {"size past int64",
         [](Dataset &d) { d.byteSize = uint64_t(std::numeric_limits<int64_t>::max()) + 1; },
         "byte_size: too large: 9223372036854775808"},
        {"records past int64", [](Dataset &d) { d.recordCount = ~uint64_t(0); },
         "record_count: too large: 18446744073709551615"},
        {"theme not a known one", [](Dataset &d) { d.theme = "space_weather"; }, ""},
    };
    for (const DatasetCase &c : cases) {
        SCOPED_TRACE(c.name);
        Dataset d = validDataset();
        c.change(d);
        EXPECT_EQ(validateDataset(d), c.problem);
    }
}

TEST(ValidateDataset, QuotedValuesAreCutOnACharacter)
{
    Dataset d = validDataset();
    // 21 three-byte characters: 63 bytes; the cut at 60 keeps 20 whole ones.
    std::string date;
    for (int i = 0; i < 21; ++i)
        date += "日";
    d.issued = date;
    std::string expected = "issued: not a date YYYY-MM-DD: ";
    for (int i = 0; i < 20; ++i)
        expected += "日";
    EXPECT_EQ(validateDataset(d), expected + "...");
}

struct ObservationCase
{
    const char *name;
    std::function<void(Observation &)> change;
    std::string problem;
};

TEST(ValidateObservation, EachRule)
{
    EXPECT_EQ(validateObservation(validObservation()), "");
    const ObservationCase cases[] = {
        {"empty series", [](Observation &o) { o.series.clear(); },
         "series: not a key [a-z0-9_]{1,64}: "},
        {"upper-case series", [](Observation &o) { o.series = "Output"; },
         "series: not a key [a-z0-9_]{1,64}: Output"},
        {"series with a dash", [](Observation &o) { o.series = "new-adopters"; },
         "series: not a key [a-z0-9_]{1,64}: new-adopters"},
        {"series of 64", [](Observation &o) { o.series = std::string(64, 's'); }, ""},
        {"series of 65", [](Observation &o) { o.series = std::string(65, 's'); },
         "series: not a key [a-z0-9_]{1,64}: " + std::string(60, 's') + "..."},
        {"year", [](Observation &o) { o.period = "2024"; }, ""},
        {"first year", [](Observation &o) { o.period = "1990"; }, ""},
        {"last month", [](Observation &o) { o.period = "2100-12"; }, ""},
        {"year too early", [](Observation &o) { o.period = "1989"; },
         "period: not YYYY or YYYY-MM (years 1990 to 2100): 1989"},
        {"year too late", [](Observation &o) { o.period = "2101-01"; },
         "period: not YYYY or YYYY-MM (years 1990 to 2100): 2101-01"},
        {"month 13", [](Observation &o) { o.period = "2024-13"; },
         "period: not YYYY or YYYY-MM (years 1990 to 2100): 2024-13"},
        {"month 0", [](Observation &o) { o.period = "2024-00"; },
         "period: not YYYY or YYYY-MM (years 1990 to 2100): 2024-00"},
        {"a day", [](Observation &o) { o.period = "2024-03-01"; },
         "period: not YYYY or YYYY-MM (years 1990 to 2100): 2024-03-01"},
        {"quarter", [](Observation &o) { o.period = "2024Q1"; },
         "period: not YYYY or YYYY-MM (years 1990 to 2100): 2024Q1"},
        {"slash", [](Observation &o) { o.period = "2024/03"; },
         "period: not YYYY or YYYY-MM (years 1990 to 2100): 2024/03"},
        {"category key", [](Observation &o) { o.category = "gui_an"; }, ""},
        {"category with a space", [](Observation &o) { o.category = "gui an"; },
         "category: not a key [a-z0-9_]{1,64}: gui an"},
        {"category in Chinese", [](Observation &o) { o.category = "贵安"; },
         "category: not a key [a-z0-9_]{1,64}: 贵安"},
        {"NaN", [](Observation &o) { o.value = std::nan(""); }, "value: not a finite number"},
        {"infinity", [](Observation &o) { o.value = -HUGE_VAL; }, "value: not a finite number"},
        {"negative", [](Observation &o) { o.value = -3.5; }, ""},
        {"no unit", [](Observation &o) { o.unit.clear(); }, "unit: not a key [a-z0-9_]{1,64}: "},
        {"unit with %", [](Observation &o) { o.unit = "%"; }, "unit: not a key [a-z0-9_]{1,64}: %"},
        {"no source", [](Observation &o) { o.source.clear(); }, "source: missing"},
        {"source of 500", [](Observation &o) { o.source = std::string(500, 'c'); }, ""},
        {"source of 501", [](Observation &o) { o.source = std::string(501, 'c'); },
         "source: longer than 500 bytes"},
        {"source not UTF-8", [](Observation &o) { o.source = "\xFF"; }, "source: not valid UTF-8"},
    };
    for (const ObservationCase &c : cases) {
        SCOPED_TRACE(c.name);
        Observation o = validObservation();
        c.change(o);
        EXPECT_EQ(validateObservation(o), c.problem);
    }
}

TEST(ValidateObservation, SyntheticIsTheSourceSaysSo)
{
    Observation o = validObservation();
    EXPECT_TRUE(o.isSynthetic());
    o.source = "Guiyang / Gui'an New Area press release, March 2024";
    EXPECT_FALSE(o.isSynthetic());
}

} // namespace
} // namespace scb
