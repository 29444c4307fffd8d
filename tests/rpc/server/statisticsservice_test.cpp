// scb.v1.StatisticsService through a real gRPC server on a free loopback
// port: the catalog's query, filters, facets and paging, bad requests,
// hostile strings, both series, and loading and reloading the data folder.

#include "rpc/server/statisticsservice.h"

#include "rpc/common/protoconvert.h"
#include "rpc/server/telemetryserver.h"
#include "sources/fleetsimulator.h"
#include "statsdata.h"

#include "scb/v1/statistics.grpc.pb.h"

#include <google/protobuf/unknown_field_set.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <set>
#include <thread>

using namespace scb;
using namespace std::chrono_literals;

namespace {

constexpr auto kHangGuard = 60s; // catches hangs; no test asserts a duration
constexpr size_t kCatalogSize = 30;

std::chrono::system_clock::time_point deadline()
{
    return std::chrono::system_clock::now() + kHangGuard;
}

// A gRPC server with the statistics service alone.
class StatisticsServer
{
public:
    explicit StatisticsServer(StatisticsService &service)
    {
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &m_port);
        builder.RegisterService(service.grpcService());
        m_server = builder.BuildAndStart();
    }
    ~StatisticsServer()
    {
        if (m_server)
            m_server->Shutdown(std::chrono::system_clock::now() + 1s);
    }
    int port() const { return m_port; }
    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); }
    std::unique_ptr<v1::StatisticsService::Stub> stub() const
    {
        grpc::ChannelArguments args;
        args.SetMaxReceiveMessageSize(64 << 20);
        return v1::StatisticsService::NewStub(
            grpc::CreateCustomChannel(address(), grpc::InsecureChannelCredentials(), args));
    }

private:
    int m_port = 0;
    std::unique_ptr<grpc::Server> m_server;
};

grpc::Status list(v1::StatisticsService::Stub &stub,
                  const v1::ListDatasetsRequest &request,
                  v1::ListDatasetsResponse *response)
{
    grpc::ClientContext context;
    context.set_deadline(deadline());
    return stub.ListDatasets(&context, request, response);
}

// Every page of a request, following next_page_token.
std::vector<v1::ListDatasetsResponse> allPages(v1::StatisticsService::Stub &stub,
                                               v1::ListDatasetsRequest request)
{
    std::vector<v1::ListDatasetsResponse> pages;
    for (int guard = 0; guard < 1000; ++guard) {
        v1::ListDatasetsResponse response;
        const grpc::Status status = list(stub, request, &response);
        EXPECT_TRUE(status.ok()) << status.error_message();
        if (!status.ok())
            break;
        pages.push_back(response);
        if (response.next_page_token().empty())
            break;
        request.set_page_token(response.next_page_token());
    }
    return pages;
}

std::set<std::string> identifiers(const std::vector<Dataset> &datasets)
{
    std::set<std::string> out;
    for (const auto &d : datasets)
        out.insert(d.identifier);
    return out;
}

// What a facet of the test catalog must count: every dataset that passes
// `keep`, once per value `valuesOf` gives.
template<typename Keep, typename Values>
std::map<std::string, uint32_t>
expectedCounts(const std::vector<Dataset> &datasets, Keep keep, Values valuesOf)
{
    std::map<std::string, uint32_t> counts;
    for (const Dataset &d : datasets)
        if (keep(d))
            for (const std::string &value : valuesOf(d))
                ++counts[value];
    return counts;
}

std::map<std::string, uint32_t> facetCounts(const v1::ListDatasetsResponse &response,
                                            const std::string &field)
{
    std::map<std::string, uint32_t> counts;
    for (const auto &facet : response.facets())
        if (facet.field() == field)
            for (const auto &count : facet.counts())
                counts[count.value()] = count.count();
    return counts;
}

bool mentions(const v1::Dataset &d, const std::string &word)
{
    for (const std::string *text :
         {&d.title().zh(), &d.title().en(), &d.description().zh(), &d.description().en()})
        if (text->find(word) != std::string::npos)
            return true;
    for (const std::string &keyword : d.keywords())
        if (keyword.find(word) != std::string::npos)
            return true;
    return false;
}

class StatisticsServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_data = test::statisticsData(kCatalogSize, "v-test");
        const Status status = m_service.setData(m_data);
        ASSERT_TRUE(status.ok()) << status.message();
        m_server = std::make_unique<StatisticsServer>(m_service);
        ASSERT_GT(m_server->port(), 0);
        m_stub = m_server->stub();
    }

    StatisticsData m_data;
    StatisticsService m_service;
    std::unique_ptr<StatisticsServer> m_server;
    std::unique_ptr<v1::StatisticsService::Stub> m_stub;
};

} // namespace

TEST_F(StatisticsServiceTest, PagesWalkTheWholeCatalogOnceEach)
{
    v1::ListDatasetsRequest request;
    request.set_page_size(7);
    request.set_sort(v1::ListDatasetsRequest::SORT_TITLE);
    const auto pages = allPages(*m_stub, request);
    ASSERT_EQ(pages.size(), 5u); // 7 + 7 + 7 + 7 + 2
    std::vector<std::string> seen;
    for (size_t p = 0; p < pages.size(); ++p) {
        EXPECT_EQ(pages[p].total_size(), kCatalogSize);
        EXPECT_EQ(pages[p].datasets_size(), p + 1 < pages.size() ? 7 : 2);
        EXPECT_EQ(pages[p].next_page_token(),
                  p + 1 < pages.size() ? std::to_string(7 * (p + 1)) : std::string());
        EXPECT_EQ(pages[p].info().version(), "v-test");
        EXPECT_EQ(pages[p].info().loaded_unix_ms(), m_data.loadedUnixMs);
        for (const auto &d : pages[p].datasets())
            seen.push_back(d.identifier());
    }
    std::set<std::string> unique(seen.begin(), seen.end());
    EXPECT_EQ(seen.size(), kCatalogSize) << "no dataset twice";
    EXPECT_EQ(unique, identifiers(m_data.datasets));

    // Past the end: an empty page, not an error.
    request.set_page_token("1000");
    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*m_stub, request, &response).ok());
    EXPECT_EQ(response.datasets_size(), 0);
    EXPECT_EQ(response.total_size(), kCatalogSize);
    EXPECT_TRUE(response.next_page_token().empty());
}

TEST_F(StatisticsServiceTest, DatasetsArriveWithEveryField)
{
    v1::ListDatasetsRequest request;
    request.set_page_size(1000);
    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*m_stub, request, &response).ok());
    ASSERT_EQ(size_t(response.datasets_size()), kCatalogSize);
    std::map<std::string, Dataset> byId;
    for (const Dataset &d : m_data.datasets)
        byId[d.identifier] = d;
    for (const auto &wire : response.datasets())
        EXPECT_EQ(fromProto(wire), byId[wire.identifier()]) << wire.identifier();
    EXPECT_EQ(response.datasets(0).source(), "synthetic");
}

TEST_F(StatisticsServiceTest, QueryFindsChineseAndEnglishWords)
{
    std::set<std::string> meteorology;
    for (const Dataset &d : m_data.datasets)
        if (d.theme == "meteorology")
            meteorology.insert(d.identifier);
    ASSERT_EQ(meteorology.size(), kCatalogSize / 5);

    for (const std::string word : {"气象", "气象观测", "weather", "Weather observations"}) {
        v1::ListDatasetsRequest request;
        request.set_query(word);
        request.set_page_size(100);
        v1::ListDatasetsResponse response;
        const grpc::Status status = list(*m_stub, request, &response);
        ASSERT_TRUE(status.ok()) << word << ": " << status.error_message();
        std::set<std::string> found;
        for (const auto &d : response.datasets()) {
            found.insert(d.identifier());
            if (word.find(' ') == std::string::npos) {
                EXPECT_TRUE(mentions(d, word)) << d.identifier() << " for '" << word << "'";
            }
        }
        EXPECT_EQ(found, meteorology) << "query '" << word << "'";
        EXPECT_EQ(response.total_size(), meteorology.size()) << word;
    }

    v1::ListDatasetsRequest request;
    request.set_query("no such words anywhere");
    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*m_stub, request, &response).ok());
    EXPECT_EQ(response.total_size(), 0u);
    EXPECT_EQ(response.datasets_size(), 0);
}

TEST_F(StatisticsServiceTest, FiltersAndFacetsFollowTheFacetedSearchRule)
{
    v1::ListDatasetsRequest request;
    request.add_themes("meteorology");
    request.add_themes("tourism");
    request.add_levels("national");
    request.set_page_size(100);
    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*m_stub, request, &response).ok());

    const auto themeOk = [](const Dataset &d) {
        return d.theme == "meteorology" || d.theme == "tourism";
    };
    const auto levelOk = [](const Dataset &d) {
        return d.level == DatasetLevel::National;
    };
    size_t expected = 0;
    for (const Dataset &d : m_data.datasets)
        expected += themeOk(d) && levelOk(d);
    ASSERT_GT(expected, 0u);
    EXPECT_EQ(response.total_size(), expected);
    for (const auto &d : response.datasets()) {
        EXPECT_TRUE(d.theme() == "meteorology" || d.theme() == "tourism") << d.identifier();
        EXPECT_EQ(d.level(), v1::DATASET_LEVEL_NATIONAL) << d.identifier();
    }

    // theme: counted under the level filter alone; level: under the theme filter alone.
    const auto theme = [](const Dataset &d) {
        return std::vector<std::string>{d.theme};
    };
    const auto level = [](const Dataset &d) {
        return std::vector<std::string>{std::string(levelKey(d.level))};
    };
    const auto format = [](const Dataset &d) {
        return d.formats;
    };
    const auto all = [&](const Dataset &d) {
        return themeOk(d) && levelOk(d);
    };
    EXPECT_EQ(facetCounts(response, "theme"), expectedCounts(m_data.datasets, levelOk, theme));
    EXPECT_EQ(facetCounts(response, "level"), expectedCounts(m_data.datasets, themeOk, level));
    EXPECT_EQ(facetCounts(response, "format"), expectedCounts(m_data.datasets, all, format));
    EXPECT_EQ(facetCounts(response, "theme").count("electricity"), 1u)
        << "a theme filtered out still shows what choosing it would give";

    request.set_skip_facets(true);
    ASSERT_TRUE(list(*m_stub, request, &response).ok());
    EXPECT_EQ(response.facets_size(), 0);
    EXPECT_EQ(response.total_size(), expected);
}

TEST_F(StatisticsServiceTest, EveryFilterFieldNarrowsTheCatalog)
{
    struct Case
    {
        const char *name;
        std::function<void(v1::ListDatasetsRequest &)> set;
        std::function<bool(const Dataset &)> keep;
    };
    const std::vector<Case> cases{
        {"publishers", [](auto &r) { r.add_publishers("Guiyang Meteorological Bureau"); },
         [](const Dataset &d) {
             return d.publisher == "Guiyang Meteorological Bureau";
         }},
        {"formats", [](auto &r) { r.add_formats("JSON"); },
         [](const Dataset &d) {
             return std::find(d.formats.begin(), d.formats.end(), "JSON") != d.formats.end();
         }},
        {"annotations", [](auto &r) { r.add_annotations("benchmark"); },
         [](const Dataset &d) {
             return d.annotation == AnnotationStatus::Benchmark;
         }},
        {"licenses", [](auto &r) { r.add_licenses("ODbL-1.0"); },
         [](const Dataset &d) {
             return d.license == "ODbL-1.0";
         }},
        {"access",
         [](auto &r) {
             r.add_access("restricted");
             r.add_access("non-public");
         },
         [](const Dataset &d) {
             return d.access != AccessRights::Public;
         }},
    };
    for (const Case &c : cases) {
        v1::ListDatasetsRequest request;
        request.set_page_size(100);
        c.set(request);
        v1::ListDatasetsResponse response;
        ASSERT_TRUE(list(*m_stub, request, &response).ok()) << c.name;
        std::set<std::string> expected;
        for (const Dataset &d : m_data.datasets)
            if (c.keep(d))
                expected.insert(d.identifier);
        std::set<std::string> found;
        for (const auto &d : response.datasets())
            found.insert(d.identifier());
        EXPECT_FALSE(expected.empty()) << c.name;
        EXPECT_LT(expected.size(), kCatalogSize) << c.name;
        EXPECT_EQ(found, expected) << c.name;
    }
}

TEST_F(StatisticsServiceTest, SortsOrderThePages)
{
    v1::ListDatasetsRequest request;
    request.set_page_size(100);
    request.set_skip_facets(true);
    request.set_sort(v1::ListDatasetsRequest::SORT_SIZE_DESC);
    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*m_stub, request, &response).ok());
    ASSERT_EQ(size_t(response.datasets_size()), kCatalogSize);
    for (int i = 1; i < response.datasets_size(); ++i)
        EXPECT_GE(response.datasets(i - 1).byte_size(), response.datasets(i).byte_size());

    request.set_sort(v1::ListDatasetsRequest::SORT_ISSUED_DESC);
    ASSERT_TRUE(list(*m_stub, request, &response).ok());
    for (int i = 1; i < response.datasets_size(); ++i)
        EXPECT_GE(response.datasets(i - 1).issued(), response.datasets(i).issued());

    // Titles in English all start "<Word> ... NNNN": byte order is the order.
    request.set_sort(v1::ListDatasetsRequest::SORT_TITLE);
    request.set_title_language("en");
    ASSERT_TRUE(list(*m_stub, request, &response).ok());
    for (int i = 1; i < response.datasets_size(); ++i)
        EXPECT_LE(response.datasets(i - 1).title().en(), response.datasets(i).title().en());
}

// Datasets at the size limits: a page of 1000 would not fit a client's
// receive limit, so the page stops short and the token picks up after it.
TEST(StatisticsServiceBigPages, APageStopsShortOfItsByteBudget)
{
    StatisticsData data = test::statisticsData(220, "big");
    for (Dataset &d : data.datasets) {
        d.title.zh = d.title.zh + std::string(19'000, 'z');
        d.title.en = d.title.en + std::string(19'000, 't');
        d.description.zh = std::string(20'000, 'd');
        d.description.en = std::string(20'000, 'e');
        ASSERT_EQ(validateDataset(d), "");
    }
    StatisticsService service;
    ASSERT_TRUE(service.setData(data).ok());
    StatisticsServer server(service);
    auto stub = server.stub();
    v1::ListDatasetsRequest request;
    request.set_page_size(1000);
    request.set_skip_facets(true);
    const auto pages = allPages(*stub, request);
    ASSERT_GE(pages.size(), 2u) << "78 KB a dataset, 17 MB in all: more than one page";
    std::set<std::string> seen;
    for (const auto &page : pages) {
        EXPECT_LE(page.ByteSizeLong(), size_t(16.5 * 1024 * 1024));
        for (const auto &d : page.datasets())
            EXPECT_TRUE(seen.insert(d.identifier()).second) << d.identifier() << " twice";
    }
    EXPECT_EQ(seen.size(), 220u);
}

TEST(StatisticsServiceBigPages, FacetsKeepTheirLargestThousandValues)
{
    StatisticsData data = test::statisticsData(1300, "many");
    for (size_t i = 0; i < data.datasets.size(); ++i)
        // Publishers 0..99 have two datasets each, the other 1,100 one.
        data.datasets[i].publisher = "Publisher " + std::to_string(i < 200 ? i / 2 : i);
    StatisticsService service;
    ASSERT_TRUE(service.setData(data).ok());
    StatisticsServer server(service);
    v1::ListDatasetsRequest request;
    request.set_page_size(1);
    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*server.stub(), request, &response).ok());
    EXPECT_EQ(response.total_size(), 1300u);
    const v1::Facet *publishers = nullptr;
    for (const auto &facet : response.facets())
        if (facet.field() == "publisher")
            publishers = &facet;
    ASSERT_NE(publishers, nullptr);
    ASSERT_EQ(publishers->counts_size(), 1000);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(publishers->counts(i).count(), 2u) << "the largest first";
    EXPECT_EQ(publishers->counts(999).count(), 1u);
    EXPECT_EQ(facetCounts(response, "theme").size(), 5u) << "the other facets whole";
}

TEST_F(StatisticsServiceTest, BadRequestsAreInvalidArgumentAndNameTheField)
{
    struct Case
    {
        std::function<void(v1::ListDatasetsRequest &)> set;
        const char *field;
    };
    const std::vector<Case> cases{
        {[](auto &r) { r.set_page_size(-1); }, "page_size"},
        {[](auto &r) { r.set_page_size(1001); }, "page_size"},
        {[](auto &r) { r.set_page_size(INT32_MIN); }, "page_size"},
        {[](auto &r) { r.set_page_token("abc"); }, "page_token"},
        {[](auto &r) { r.set_page_token("-7"); }, "page_token"},
        {[](auto &r) { r.set_page_token("99999999999"); }, "page_token"},
        {[](auto &r) { r.add_levels("county"); }, "levels: unknown value 'county'"},
        {[](auto &r) { r.add_annotations("gold"); }, "annotations: unknown value 'gold'"},
        {[](auto &r) { r.add_access("secret"); }, "access: unknown value 'secret'"},
        {[](auto &r) { r.set_query(std::string(1001, 'q')); }, "query"},
        {[](auto &r) { r.set_sort(static_cast<v1::ListDatasetsRequest::Sort>(77)); }, "sort"},
        {[](auto &r) { r.set_title_language("klingon"); }, "title_language"},
    };
    for (const Case &c : cases) {
        v1::ListDatasetsRequest request;
        c.set(request);
        v1::ListDatasetsResponse response;
        const grpc::Status status = list(*m_stub, request, &response);
        EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << c.field;
        EXPECT_NE(status.error_message().find(c.field), std::string::npos)
            << "expected '" << c.field << "' in: " << status.error_message();
    }
    EXPECT_EQ(m_service.stats().rejectedRequests, cases.size());

    // The largest page is allowed; 0 is the default of 50.
    v1::ListDatasetsRequest request;
    request.set_page_size(1000);
    v1::ListDatasetsResponse response;
    EXPECT_TRUE(list(*m_stub, request, &response).ok());
}

TEST_F(StatisticsServiceTest, HostileStringsAreAnsweredAndLeaveTheCatalogWhole)
{
    const std::vector<std::string> hostile{
        "\"",
        "\"\"\"",
        "'; DROP TABLE dataset_item; --",
        "气象\" OR 1=1 --",
        "NEAR(a b, 3)",
        "a AND OR NOT b",
        "*",
        "weather*",
        "(((",
        ")",
        "title_en:weather",
        "^气象",
        "{title_zh}: x",
        std::string("nul\0byte", 8),
        "%_%",
        "\\",
        std::string(1000, '"'),
        std::string(999, '('),
        "\xF0\x9F\x98\x80 emoji",
        "a",
        "气",
        "  ",
    };
    for (const std::string &text : hostile) {
        v1::ListDatasetsRequest request;
        request.set_query(text);
        request.add_publishers(text);
        request.add_themes(text);
        v1::ListDatasetsResponse response;
        grpc::Status status = list(*m_stub, request, &response);
        EXPECT_TRUE(status.ok()) << "query '" << text << "': " << status.error_message();
        EXPECT_EQ(response.total_size(), 0u) << "no publisher is called '" << text << "'";

        request.clear_publishers();
        request.clear_themes();
        status = list(*m_stub, request, &response);
        EXPECT_TRUE(status.ok()) << "query '" << text << "': " << status.error_message();
        EXPECT_LE(response.total_size(), kCatalogSize);
    }

    // Invalid UTF-8 in a string field: refused by protobuf before our code, not a crash.
    {
        grpc::GenericStub stub(
            grpc::CreateChannel(m_server->address(), grpc::InsecureChannelCredentials()));
        const std::string bytes = std::string("\x0a\x03\xff\xfe\xfd", 5); // query = FF FE FD
        grpc::Slice slice(bytes);
        grpc::ByteBuffer request(&slice, 1);
        grpc::ByteBuffer response;
        grpc::ClientContext context;
        context.set_deadline(deadline());
        std::promise<grpc::Status> done;
        stub.UnaryCall(&context, "/scb.v1.StatisticsService/ListDatasets", grpc::StubOptions(),
                       &request, &response, [&](grpc::Status status) { done.set_value(status); });
        EXPECT_FALSE(done.get_future().get().ok());
    }

    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*m_stub, {}, &response).ok());
    EXPECT_EQ(response.total_size(), kCatalogSize) << "the catalog is whole";
}

TEST_F(StatisticsServiceTest, SeriesCarryTheirObservationsAndDataInfo)
{
    {
        grpc::ClientContext context;
        context.set_deadline(deadline());
        v1::StatisticsSeries series;
        ASSERT_TRUE(m_stub->GetCloudAdoption(&context, {}, &series).ok());
        ASSERT_EQ(size_t(series.observations_size()), m_data.adoption.size());
        for (size_t i = 0; i < m_data.adoption.size(); ++i)
            EXPECT_EQ(fromProto(series.observations(int(i))), m_data.adoption[i]);
        EXPECT_EQ(series.info().version(), "v-test");
        EXPECT_EQ(series.info().loaded_unix_ms(), m_data.loadedUnixMs);
    }
    {
        grpc::ClientContext context;
        context.set_deadline(deadline());
        v1::StatisticsSeries series;
        ASSERT_TRUE(m_stub->GetIndustryOutput(&context, {}, &series).ok());
        ASSERT_EQ(size_t(series.observations_size()), m_data.industry.size());
        for (size_t i = 0; i < m_data.industry.size(); ++i)
            EXPECT_EQ(fromProto(series.observations(int(i))), m_data.industry[i]);
        EXPECT_EQ(series.info().version(), "v-test");
    }
    EXPECT_EQ(m_service.stats().seriesCalls, 2u);
}

TEST(StatisticsServiceEmpty, WithoutDataEveryCallIsUnavailable)
{
    StatisticsService service;
    EXPECT_FALSE(service.hasData());
    StatisticsServer server(service);
    auto stub = server.stub();
    grpc::ClientContext a, b, c;
    for (auto *context : {&a, &b, &c})
        context->set_deadline(deadline());
    v1::ListDatasetsResponse list;
    v1::StatisticsSeries series;
    EXPECT_EQ(stub->ListDatasets(&a, {}, &list).error_code(), grpc::StatusCode::UNAVAILABLE);
    EXPECT_EQ(stub->GetCloudAdoption(&b, {}, &series).error_code(), grpc::StatusCode::UNAVAILABLE);
    EXPECT_EQ(stub->GetIndustryOutput(&c, {}, &series).error_code(), grpc::StatusCode::UNAVAILABLE);
}

// --- the data folder -----------------------------------------------------------

TEST(StatisticsServiceLoad, ServesTheValidRecordsAndListsTheBadOnes)
{
    test::TempDir folder;
    test::writeDataFolder(folder.path(), test::statisticsData(12), test::badDatasetRow());
    StatisticsService service;
    const auto outcome = service.load(folder.str());
    EXPECT_TRUE(outcome.applied);
    EXPECT_TRUE(service.hasData());
    ASSERT_EQ(outcome.problems.size(), 1u);
    // Header on line 1, twelve datasets, the bad one on line 14.
    EXPECT_EQ(outcome.problems[0], "datasets.csv:14: issued: not a date YYYY-MM-DD: 2024-13-01");
    EXPECT_NE(outcome.summary.find("12 datasets"), std::string::npos) << outcome.summary;
    EXPECT_EQ(service.folder(), folder.str());
    EXPECT_FALSE(service.version().empty());

    StatisticsServer server(service);
    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*server.stub(), {}, &response).ok());
    EXPECT_EQ(response.total_size(), 12u);
    EXPECT_EQ(response.info().version(), service.version());
}

TEST(StatisticsServiceLoad, NothingValidIsNotApplied)
{
    test::TempDir empty;
    StatisticsService service;
    const auto outcome = service.load(empty.str());
    EXPECT_FALSE(outcome.applied);
    EXPECT_FALSE(service.hasData());
    ASSERT_GE(outcome.problems.size(), 3u) << "one per missing file, and the verdict";
    EXPECT_EQ(outcome.problems[0], "datasets.csv: missing");
    EXPECT_NE(outcome.problems.back().find("no valid dataset or observation"), std::string::npos);

    // One file alone is something to serve.
    test::writeFile(empty.path() / "industry.csv", test::observationRows(test::industrySeries()));
    const auto second = service.load(empty.str());
    EXPECT_TRUE(second.applied);
    EXPECT_NE(second.summary.find("0 datasets"), std::string::npos) << second.summary;
    EXPECT_EQ(second.problems.size(), 2u) << "datasets.csv and adoption.csv are still missing";
}

TEST(StatisticsServiceLoad, ReloadKeepsTheLastGoodDataAndSwapsInAGoodFolder)
{
    test::TempDir folder;
    test::writeDataFolder(folder.path(), test::statisticsData(10));
    StatisticsService service;
    ASSERT_TRUE(service.load(folder.str()).applied);
    const std::string first = service.version();
    StatisticsServer server(service);
    auto stub = server.stub();
    const auto total = [&] {
        v1::ListDatasetsResponse response;
        EXPECT_TRUE(list(*stub, {}, &response).ok());
        return std::make_pair(response.total_size(), response.info().version());
    };
    EXPECT_EQ(total(), std::make_pair(10u, first));

    // One bad record among eleven good ones: all or nothing, so nothing.
    test::writeDataFolder(folder.path(), test::statisticsData(11), test::badDatasetRow());
    auto outcome = service.reload();
    EXPECT_FALSE(outcome.applied);
    ASSERT_EQ(outcome.problems.size(), 1u);
    EXPECT_NE(outcome.problems[0].find("datasets.csv:13: issued"), std::string::npos);
    EXPECT_NE(outcome.summary.find("10 datasets"), std::string::npos)
        << "still serving: " << outcome.summary;
    EXPECT_EQ(total(), std::make_pair(10u, first));

    // A file gone, or a header with a typo: the same.
    std::filesystem::remove(folder.path() / "adoption.csv");
    EXPECT_FALSE(service.reload().applied);
    test::writeDataFolder(folder.path(), test::statisticsData(11));
    test::writeFile(folder.path() / "industry.csv", "series,period,categroy,value,unit,source\n");
    EXPECT_FALSE(service.reload().applied);
    EXPECT_EQ(total(), std::make_pair(10u, first));
    EXPECT_EQ(service.stats().failedReloads, 3u);

    // A good folder swaps in.
    test::writeDataFolder(folder.path(), test::statisticsData(11));
    outcome = service.reload();
    EXPECT_TRUE(outcome.applied) << (outcome.problems.empty() ? "" : outcome.problems[0]);
    EXPECT_TRUE(outcome.problems.empty());
    EXPECT_NE(outcome.summary.find("11 datasets"), std::string::npos) << outcome.summary;
    EXPECT_NE(service.version(), first) << "the version follows the content";
    EXPECT_EQ(total(), std::make_pair(11u, service.version()));
    EXPECT_EQ(service.stats().loads, 2u);
}

TEST(StatisticsServiceLoad, TheShippedSampleDataLoadsWithoutAProblem)
{
    EXPECT_EQ(defaultStatisticsDataDir(), SCB_SOURCE_DIR "/resources/data")
        << "the source tree's copy comes first";
    StatisticsService service;
    const auto outcome = service.load(defaultStatisticsDataDir());
    EXPECT_TRUE(outcome.applied);
    EXPECT_TRUE(outcome.problems.empty()) << outcome.problems.front();
    StatisticsServer server(service);
    v1::ListDatasetsResponse response;
    ASSERT_TRUE(list(*server.stub(), {}, &response).ok());
    EXPECT_GE(response.total_size(), 220u);
}

TEST(StatisticsServiceLoad, ReloadWithoutAFolderIsRefused)
{
    StatisticsService service;
    ASSERT_TRUE(service.setData(test::statisticsData(3)).ok());
    const auto outcome = service.reload();
    EXPECT_FALSE(outcome.applied);
    ASSERT_EQ(outcome.problems.size(), 1u);
    EXPECT_TRUE(service.hasData());
}

// Readers hammer the catalog while the data is swapped back and forth: every
// answer is one snapshot's, never a mix (its version, its count, its rows).
TEST(StatisticsServiceLoad, CallsInFlightAnswerFromOneSnapshot)
{
    const StatisticsData a = test::statisticsData(20, "version-a", "a-");
    const StatisticsData b = test::statisticsData(35, "version-b", "b-");
    StatisticsService service;
    ASSERT_TRUE(service.setData(a).ok());
    StatisticsServer server(service);

    std::atomic<bool> done{false};
    std::atomic<int> answers{0};
    std::vector<std::thread> readers;
    std::vector<std::string> failures(4);
    for (int r = 0; r < 4; ++r) {
        readers.emplace_back([&, r] {
            auto stub = server.stub();
            while (!done) {
                v1::ListDatasetsRequest request;
                request.set_page_size(1000);
                v1::ListDatasetsResponse response;
                const grpc::Status status = list(*stub, request, &response);
                if (!status.ok()) {
                    failures[size_t(r)] = status.error_message();
                    return;
                }
                const bool isA = response.info().version() == "version-a";
                const bool isB = response.info().version() == "version-b";
                const size_t expected = isA ? 20 : 35;
                const std::string prefix = isA ? "a-" : "b-";
                bool consistent = (isA || isB) && response.total_size() == expected &&
                                  size_t(response.datasets_size()) == expected;
                for (const auto &d : response.datasets())
                    consistent = consistent && d.identifier().starts_with(prefix);
                if (!consistent) {
                    failures[size_t(r)] = "a mixed answer, version " + response.info().version();
                    return;
                }
                ++answers;
            }
        });
    }
    for (int swap = 0; swap < 60; ++swap)
        EXPECT_TRUE(
            service.setData(swap % 2 ? a : b).ok()); // no ASSERT: the readers must be joined
    // Let every reader finish at least one more call on the last snapshot.
    const int before = answers.load();
    for (int wait = 0; wait < 6000 && answers.load() < before + 8; ++wait)
        std::this_thread::sleep_for(10ms);
    done = true;
    for (auto &reader : readers)
        reader.join();
    for (const auto &failure : failures)
        EXPECT_EQ(failure, "");
    EXPECT_GT(answers.load(), 0);
}

// --- beside telemetry ---------------------------------------------------------

namespace {

// grpc.health.v1.Health/Check through a generic call: Debian ships no health.pb.h.
int healthOf(const std::string &address, const std::string &service)
{
    grpc::GenericStub stub(grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
    grpc::ClientContext context;
    context.set_deadline(deadline());
    std::string bytes = std::string(1, char(1 << 3 | 2)) + char(service.size()) + service;
    grpc::Slice slice(bytes);
    const grpc::ByteBuffer request(&slice, 1);
    grpc::ByteBuffer response;
    std::promise<grpc::Status> done;
    stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request,
                   &response, [&](grpc::Status status) { done.set_value(status); });
    if (!done.get_future().get().ok())
        return -1;
    std::vector<grpc::Slice> slices;
    std::string raw;
    if (response.Dump(&slices).ok())
        for (const auto &s : slices)
            raw.append(reinterpret_cast<const char *>(s.begin()), s.size());
    google::protobuf::UnknownFieldSet fields;
    if (!fields.ParseFromString(raw))
        return -1;
    for (int i = 0; i < fields.field_count(); ++i)
        if (fields.field(i).number() == 1)
            return int(fields.field(i).varint());
    return 0; // UNKNOWN (the default is not sent)
}

} // namespace

TEST(StatisticsBesideTelemetry, ServedAndHealthyInTheTelemetryServer)
{
    constexpr int kServing = 1;
    constexpr int kNotServing = 2;
    for (bool withData : {true, false}) {
        ServerConfig config;
        config.listen = "127.0.0.1:0";
        config.intervalMs = 1000;
        config.statistics = std::make_shared<StatisticsService>();
        if (withData) {
            ASSERT_TRUE(config.statistics->setData(test::statisticsData(5)).ok());
        }
        TelemetryServer server(std::make_unique<FleetSimulator>(SimulatorConfig{800, 1, 3}),
                               config);
        ASSERT_TRUE(server.start().ok());
        EXPECT_EQ(healthOf(server.address(), "scb.v1.TelemetryService"), kServing);
        EXPECT_EQ(healthOf(server.address(), "scb.v1.StatisticsService"),
                  withData ? kServing : kNotServing);

        auto stub = v1::StatisticsService::NewStub(
            grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials()));
        grpc::ClientContext context;
        context.set_deadline(deadline());
        v1::ListDatasetsResponse response;
        const grpc::Status status = stub->ListDatasets(&context, {}, &response);
        EXPECT_EQ(status.error_code(),
                  withData ? grpc::StatusCode::OK : grpc::StatusCode::UNAVAILABLE);
        EXPECT_EQ(response.total_size(), withData ? 5u : 0u);

        // Restartable with the same service.
        server.stop();
        ASSERT_TRUE(server.start().ok());
        grpc::ClientContext again;
        again.set_deadline(deadline());
        auto stub2 = v1::StatisticsService::NewStub(
            grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials()));
        EXPECT_EQ(stub2->ListDatasets(&again, {}, &response).error_code(), status.error_code());
        server.stop();
    }

    // Without statistics the telemetry server serves telemetry alone.
    ServerConfig config;
    config.listen = "127.0.0.1:0";
    TelemetryServer server(std::make_unique<FleetSimulator>(SimulatorConfig{800, 1, 3}), config);
    ASSERT_TRUE(server.start().ok());
    auto stub = v1::StatisticsService::NewStub(
        grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials()));
    grpc::ClientContext context;
    context.set_deadline(deadline());
    v1::ListDatasetsResponse response;
    EXPECT_EQ(stub->ListDatasets(&context, {}, &response).error_code(),
              grpc::StatusCode::UNIMPLEMENTED);
    EXPECT_EQ(healthOf(server.address(), "scb.v1.StatisticsService"), -1) << "NOT_FOUND";
}
