// scb.v1 statistics messages <-> the plain types, and ListDatasetsRequest
// checked as untrusted input.

#include "rpc/common/protoconvert.h"

#include "statsdata.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace scb;

namespace {

template<typename Message> Message throughBytes(const Message &message)
{
    Message parsed;
    EXPECT_TRUE(parsed.ParseFromString(message.SerializeAsString()));
    return parsed;
}

Dataset everyFieldSet()
{
    Dataset d = test::catalogDataset(7);
    d.title = {"贵州省旅游景区客流量统计 \"引号\", 逗号", "Visitor counts, \"quoted\""};
    d.description = {"多行\n描述", "Line one\nline two"};
    d.keywords = {"旅游", "tourism", "客流"};
    d.formats = {"CSV", "JSON", "PARQUET"};
    d.byteSize = uint64_t(INT64_MAX); // SQLite keeps integers signed: the largest valid
    d.recordCount = 123'456'789'012ULL;
    d.updateFrequency = "monthly";
    d.temporalStart = "2019-01-01";
    d.temporalEnd = "2024-02-29";
    d.source = "Guiyang / Gui'an New Area press release, March 2024";
    return d;
}

std::string errorOf(const v1::ListDatasetsRequest &request)
{
    Result<DatasetQuery> query = fromProto(request);
    return query ? std::string() : query.error();
}

} // namespace

TEST(StatisticsConvert, DatasetRoundTripKeepsEveryField)
{
    const Dataset original = everyFieldSet();
    ASSERT_EQ(validateDataset(original), "");
    v1::Dataset message;
    toProto(original, &message);
    EXPECT_EQ(message.level(), v1::DATASET_LEVEL_PROVINCIAL);
    EXPECT_EQ(message.annotation(), v1::ANNOTATION_STATUS_ANNOTATED);
    EXPECT_EQ(fromProto(throughBytes(message)), original);

    for (auto level : {DatasetLevel::Unspecified, DatasetLevel::National, DatasetLevel::Municipal})
        for (auto access :
             {AccessRights::Unspecified, AccessRights::Public, AccessRights::NonPublic})
            for (auto annotation : {AnnotationStatus::Unspecified, AnnotationStatus::Raw,
                                    AnnotationStatus::Annotated}) {
                Dataset d = original;
                d.level = level;
                d.access = access;
                d.annotation = annotation;
                v1::Dataset wire;
                toProto(d, &wire);
                EXPECT_EQ(fromProto(throughBytes(wire)), d);
            }
}

TEST(StatisticsConvert, EnumValuesFromANewerPeerBecomeUnspecified)
{
    v1::Dataset message;
    toProto(everyFieldSet(), &message);
    message.set_level(static_cast<v1::DatasetLevel>(9));
    message.set_access_rights(static_cast<v1::AccessRights>(-4));
    message.set_annotation(static_cast<v1::AnnotationStatus>(1000));
    const Dataset d = fromProto(throughBytes(message));
    EXPECT_EQ(d.level, DatasetLevel::Unspecified);
    EXPECT_EQ(d.access, AccessRights::Unspecified);
    EXPECT_EQ(d.annotation, AnnotationStatus::Unspecified);
    EXPECT_EQ(d.identifier, "gz-test-0007");
}

TEST(StatisticsConvert, ObservationAndFacetRoundTrip)
{
    for (const Observation &o : test::adoptionSeries()) {
        v1::Observation message;
        toProto(o, &message);
        EXPECT_EQ(fromProto(throughBytes(message)), o);
    }
    Observation extreme{"s", "2024", "", -0.0, "percent", "synthetic"};
    for (double value : {0.1 + 0.2, 1e308, -1e-308, std::numeric_limits<double>::denorm_min()}) {
        extreme.value = value;
        v1::Observation message;
        toProto(extreme, &message);
        EXPECT_EQ(fromProto(throughBytes(message)).value, value); // bit-exact doubles
    }
    // NaN crosses unchanged: refusing it is validateObservation's job.
    extreme.value = std::nan("");
    v1::Observation message;
    toProto(extreme, &message);
    EXPECT_TRUE(std::isnan(fromProto(throughBytes(message)).value));
    EXPECT_NE(validateObservation(fromProto(message)), "");

    const Facet facet{"theme", {{"meteorology", 12}, {"旅游", 3}, {"", 0}}};
    v1::Facet wire;
    toProto(facet, &wire);
    EXPECT_EQ(fromProto(throughBytes(wire)), facet);
}

TEST(StatisticsConvert, QueryRoundTripsThroughTheRequest)
{
    DatasetQuery query;
    query.text = "气象 weather";
    query.themes = {"meteorology", "tourism"};
    query.levels = {"national", "municipal"};
    query.publishers = {"Guiyang Meteorological Bureau"};
    query.formats = {"CSV"};
    query.annotations = {"annotated", "benchmark"};
    query.licenses = {"CC-BY-4.0"};
    query.access = {"public", "non-public"};
    query.sort = DatasetQuery::Sort::TitleAsc;
    query.titleInChinese = true;
    query.offset = 4000;
    query.limit = 1000;
    query.withFacets = false;
    v1::ListDatasetsRequest request;
    toProto(query, &request);
    EXPECT_EQ(request.page_token(), "4000");
    EXPECT_EQ(request.page_size(), 1000);
    EXPECT_EQ(request.title_language(), "zh");
    Result<DatasetQuery> back = fromProto(throughBytes(request));
    ASSERT_TRUE(back) << back.error();
    EXPECT_EQ(back->text, query.text);
    EXPECT_EQ(back->themes, query.themes);
    EXPECT_EQ(back->levels, query.levels);
    EXPECT_EQ(back->publishers, query.publishers);
    EXPECT_EQ(back->formats, query.formats);
    EXPECT_EQ(back->annotations, query.annotations);
    EXPECT_EQ(back->licenses, query.licenses);
    EXPECT_EQ(back->access, query.access);
    EXPECT_EQ(back->sort, query.sort);
    EXPECT_TRUE(back->titleInChinese);
    EXPECT_EQ(back->offset, 4000u);
    EXPECT_EQ(back->limit, 1000u);
    EXPECT_FALSE(back->withFacets);

    for (auto sort : {DatasetQuery::Sort::Relevance, DatasetQuery::Sort::ModifiedDesc,
                      DatasetQuery::Sort::IssuedDesc, DatasetQuery::Sort::SizeDesc,
                      DatasetQuery::Sort::RecordsDesc}) {
        query.sort = sort;
        query.offset = 0;
        toProto(query, &request);
        EXPECT_EQ(request.page_token(), "") << "the first page has no token";
        EXPECT_EQ(fromProto(request)->sort, sort);
    }
}

TEST(StatisticsConvert, AnEmptyRequestIsTheFirstPageOfFiftyWithFacets)
{
    Result<DatasetQuery> query = fromProto(v1::ListDatasetsRequest{});
    ASSERT_TRUE(query) << query.error();
    EXPECT_EQ(query->limit, 50u);
    EXPECT_EQ(query->offset, 0u);
    EXPECT_TRUE(query->withFacets);
    EXPECT_EQ(query->sort, DatasetQuery::Sort::Relevance);
    EXPECT_FALSE(query->titleInChinese);
}

TEST(StatisticsConvert, BadRequestsNameWhatIsWrong)
{
    v1::ListDatasetsRequest request;
    request.set_page_size(-1);
    EXPECT_NE(errorOf(request).find("page_size"), std::string::npos) << errorOf(request);
    request.set_page_size(1001);
    EXPECT_NE(errorOf(request).find("got 1001"), std::string::npos) << errorOf(request);
    request.set_page_size(1000);
    EXPECT_EQ(errorOf(request), "");

    for (const char *token : {"abc", "-1", "+5", " 5", "5 ", "1e3", "0x10", "4294967296",
                              "99999999999999999999", "12345678901"}) {
        request.set_page_token(token);
        EXPECT_NE(errorOf(request).find("page_token"), std::string::npos) << token;
    }
    request.set_page_token("4294967295");
    EXPECT_EQ(errorOf(request), "");
    request.clear_page_token();

    request.add_levels("national");
    request.add_levels("county");
    EXPECT_EQ(errorOf(request),
              "levels: unknown value 'county' (expected national, provincial, municipal)");
    request.clear_levels();
    request.add_levels("");
    EXPECT_NE(errorOf(request).find("levels: unknown value ''"), std::string::npos);
    request.clear_levels();
    request.add_annotations("labelled");
    EXPECT_NE(errorOf(request).find("annotations: unknown value 'labelled'"), std::string::npos);
    request.clear_annotations();
    request.add_access("secret\n\x01");
    EXPECT_NE(errorOf(request).find("access: unknown value 'secret?"
                                    "?'"),
              std::string::npos)
        << "control characters never reach a message: " << errorOf(request);
    request.clear_access();

    request.set_query(std::string(1001, 'a'));
    EXPECT_NE(errorOf(request).find("query: longer than 1000 bytes"), std::string::npos);
    std::string cjk;
    while (cjk.size() + 3 <= 1000)
        cjk += "气";
    request.set_query(cjk); // 999 bytes of three-byte characters: fine
    EXPECT_EQ(errorOf(request), "");
    request.clear_query();

    request.set_sort(static_cast<v1::ListDatasetsRequest::Sort>(42));
    EXPECT_EQ(errorOf(request), "sort: unknown value 42");
    request.clear_sort();
    request.set_title_language("fr");
    EXPECT_NE(errorOf(request).find("title_language"), std::string::npos);
    request.set_title_language("zh");
    EXPECT_EQ(errorOf(request), "");

    for (int i = 0; i <= 100; ++i)
        request.add_themes("t" + std::to_string(i));
    EXPECT_NE(errorOf(request).find("themes: more than 100 values"), std::string::npos);
    request.clear_themes();
    request.add_publishers(std::string(1001, 'p'));
    EXPECT_NE(errorOf(request).find("publishers: a value longer than 1000 bytes"),
              std::string::npos);
}

TEST(StatisticsConvert, PageTokensAreDecimalOffsets)
{
    uint32_t offset = 7;
    EXPECT_EQ(pageToken(0), "");
    EXPECT_EQ(pageToken(1000), "1000");
    EXPECT_TRUE(parsePageToken("0", &offset));
    EXPECT_EQ(offset, 0u);
    EXPECT_TRUE(parsePageToken(pageToken(UINT32_MAX), &offset));
    EXPECT_EQ(offset, UINT32_MAX);
    offset = 7;
    for (const char *bad : {"", "-0", "1.5", "١٢", "10000000000"})
        EXPECT_FALSE(parsePageToken(bad, &offset)) << bad;
    EXPECT_EQ(offset, 7u) << "left alone on failure";
}

TEST(StatisticsConvert, QuotedValuesAreShortAndWholeCharacters)
{
    EXPECT_EQ(quoteForMessage("plain"), "plain");
    EXPECT_EQ(quoteForMessage("tab\there"), "tab?here");
    std::string cjk;
    for (int i = 0; i < 40; ++i)
        cjk += "气"; // 120 bytes
    const std::string quoted = quoteForMessage(cjk);
    EXPECT_EQ(quoted, cjk.substr(0, 63) + "\u2026") << "cut after 21 whole characters";
    EXPECT_EQ(quoteForMessage(std::string(500, 'x'), 10), std::string(10, 'x') + "\u2026");
}
