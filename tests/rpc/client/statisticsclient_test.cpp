// StatisticsClient against the real service, and against servers that lie.

#include "rpc/client/statisticsclient.h"

#include "rpc/common/protoconvert.h"
#include "rpc/server/statisticsservice.h"
#include "statsdata.h"

#include "scb/v1/statistics.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

using namespace scb;
using namespace std::chrono_literals;

namespace {

constexpr int kDeadlineMs = 30'000; // catches hangs; no test asserts a duration

class Server
{
public:
    explicit Server(grpc::Service *service)
    {
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &m_port);
        builder.RegisterService(service);
        m_server = builder.BuildAndStart();
    }
    ~Server() { stop(); }
    void stop()
    {
        if (m_server)
            m_server->Shutdown(std::chrono::system_clock::now() + 1s);
        m_server.reset();
    }
    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); }

private:
    int m_port = 0;
    std::unique_ptr<grpc::Server> m_server;
};

std::set<std::string> identifiers(const std::vector<Dataset> &datasets)
{
    std::set<std::string> out;
    for (const auto &d : datasets)
        out.insert(d.identifier);
    return out;
}

// A server whose answers the test writes.
class ScriptedService final : public v1::StatisticsService::Service
{
public:
    std::function<grpc::Status(const v1::ListDatasetsRequest &, v1::ListDatasetsResponse *)> list;
    std::function<grpc::Status(v1::StatisticsSeries *)> series;
    std::atomic<int> listCalls{0};

    grpc::Status ListDatasets(grpc::ServerContext *,
                              const v1::ListDatasetsRequest *request,
                              v1::ListDatasetsResponse *response) override
    {
        ++listCalls;
        return list ? list(*request, response) : grpc::Status(grpc::StatusCode::UNIMPLEMENTED, "");
    }
    grpc::Status GetCloudAdoption(grpc::ServerContext *,
                                  const v1::GetCloudAdoptionRequest *,
                                  v1::StatisticsSeries *response) override
    {
        return series ? series(response) : grpc::Status(grpc::StatusCode::UNIMPLEMENTED, "");
    }
    grpc::Status GetIndustryOutput(grpc::ServerContext *,
                                   const v1::GetIndustryOutputRequest *,
                                   v1::StatisticsSeries *response) override
    {
        return series ? series(response) : grpc::Status(grpc::StatusCode::UNIMPLEMENTED, "");
    }
};

void addDataset(v1::ListDatasetsResponse *response, const Dataset &dataset)
{
    toProto(dataset, response->add_datasets());
}

} // namespace

// --- against the real service ---------------------------------------------------

class StatisticsClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_data = test::statisticsData(2500, "v-client");
        ASSERT_TRUE(m_service.setData(m_data).ok());
        m_server = std::make_unique<Server>(m_service.grpcService());
    }

    StatisticsData m_data;
    StatisticsService m_service;
    std::unique_ptr<Server> m_server;
};

TEST_F(StatisticsClientTest, ListsAPageWithFacetsAndInfo)
{
    StatisticsClient client(m_server->address(), kDeadlineMs);
    DatasetQuery query;
    query.text = "气象";
    query.levels = {"national"};
    query.limit = 20;
    StatisticsClient::CatalogInfo info;
    size_t refused = 0;
    Result<DatasetPage> page = client.listDatasets(query, &info, &refused);
    ASSERT_TRUE(page) << page.error();
    EXPECT_EQ(refused, 0u);
    EXPECT_EQ(info.version, "v-client");
    EXPECT_EQ(info.loadedUnixMs, m_data.loadedUnixMs);
    size_t expected = 0;
    for (const Dataset &d : m_data.datasets)
        expected += d.theme == "meteorology" && d.level == DatasetLevel::National;
    EXPECT_EQ(page->total, expected);
    ASSERT_EQ(page->datasets.size(), 20u);
    for (const Dataset &d : page->datasets) {
        EXPECT_EQ(d.theme, "meteorology");
        EXPECT_EQ(d.level, DatasetLevel::National);
    }
    ASSERT_FALSE(page->facets.empty());
    const auto theme = std::find_if(page->facets.begin(), page->facets.end(),
                                    [](const Facet &f) { return f.field == "theme"; });
    ASSERT_NE(theme, page->facets.end());
    ASSERT_EQ(theme->counts.size(), 1u) << "气象 is in meteorology datasets only";
    EXPECT_EQ(theme->counts[0].value, "meteorology");

    // The next page by offset.
    query.offset = 20;
    Result<DatasetPage> second = client.listDatasets(query);
    ASSERT_TRUE(second) << second.error();
    ASSERT_FALSE(second->datasets.empty());
    EXPECT_TRUE(identifiers(page->datasets).count(second->datasets[0].identifier) == 0);

    // A bad request comes back as the server's message.
    query.levels = {"county"};
    Result<DatasetPage> bad = client.listDatasets(query);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().find("levels: unknown value 'county'"), std::string::npos) << bad.error();
}

TEST_F(StatisticsClientTest, FetchesTheWholeCatalogPageByPage)
{
    StatisticsClient client(m_server->address(), kDeadlineMs);
    std::vector<std::pair<size_t, size_t>> progress;
    StatisticsClient::CatalogInfo info;
    size_t refused = 0;
    Result<std::vector<Dataset>> all =
        client.fetchCatalog(&info, &refused, [&](size_t fetched, size_t total) {
            progress.emplace_back(fetched, total);
            return true;
        });
    ASSERT_TRUE(all) << all.error();
    EXPECT_EQ(refused, 0u);
    EXPECT_EQ(info.version, "v-client");
    EXPECT_EQ(all->size(), m_data.datasets.size());
    EXPECT_EQ(identifiers(*all), identifiers(m_data.datasets));
    const std::vector<std::pair<size_t, size_t>> expected{{1000, 2500}, {2000, 2500}, {2500, 2500}};
    EXPECT_EQ(progress, expected) << "1000 a page";
    EXPECT_EQ(m_service.stats().listCalls, 3u);
}

TEST_F(StatisticsClientTest, ProgressReturningFalseCancels)
{
    StatisticsClient client(m_server->address(), kDeadlineMs);
    int calls = 0;
    Result<std::vector<Dataset>> all = client.fetchCatalog(nullptr, nullptr, [&](size_t, size_t) {
        ++calls;
        return false;
    });
    ASSERT_FALSE(all);
    EXPECT_EQ(all.error(), "cancelled");
    EXPECT_EQ(calls, 1);
}

TEST_F(StatisticsClientTest, FetchesBothSeries)
{
    StatisticsClient client(m_server->address(), kDeadlineMs);
    size_t refused = 0;
    Result<StatisticsSeries> adoption = client.cloudAdoption(&refused);
    ASSERT_TRUE(adoption) << adoption.error();
    EXPECT_EQ(adoption->observations, m_data.adoption);
    EXPECT_EQ(adoption->version, "v-client");
    EXPECT_EQ(adoption->loadedUnixMs, m_data.loadedUnixMs);
    Result<StatisticsSeries> industry = client.industryOutput(&refused);
    ASSERT_TRUE(industry) << industry.error();
    EXPECT_EQ(industry->observations, m_data.industry);
    EXPECT_EQ(refused, 0u);
}

TEST(StatisticsClient, AServerGoneIsAnErrorNotAHang)
{
    StatisticsService service;
    ASSERT_TRUE(service.setData(test::statisticsData(3)).ok());
    auto server = std::make_unique<Server>(service.grpcService());
    const std::string address = server->address();
    server->stop(); // the port is closed now
    StatisticsClient client(address, 2000);
    Result<StatisticsSeries> series = client.cloudAdoption();
    ASSERT_FALSE(series);
    EXPECT_TRUE(series.error().starts_with("server unavailable") ||
                series.error() == "the server did not answer in time")
        << series.error();
    EXPECT_FALSE(client.fetchCatalog());

    StatisticsClient nowhere("", 2000);
    Result<DatasetPage> page = nowhere.listDatasets({});
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error(), "no server address to fetch statistics from");
}

TEST(StatisticsClient, WithoutTheServiceSaysSo)
{
    ScriptedService scripted; // answers UNIMPLEMENTED
    Server server(&scripted);
    StatisticsClient client(server.address(), kDeadlineMs);
    Result<StatisticsSeries> series = client.industryOutput();
    ASSERT_FALSE(series);
    EXPECT_EQ(series.error(), "the server does not serve statistics (scb.v1.StatisticsService)");
}

// --- against servers that lie ---------------------------------------------------

TEST(StatisticsClientHostile, InvalidDatasetsAreDroppedAndCounted)
{
    ScriptedService scripted;
    scripted.list = [](const v1::ListDatasetsRequest &request, v1::ListDatasetsResponse *response) {
        const std::vector<Dataset> good = test::catalog(3);
        for (const Dataset &d : good)
            addDataset(response, d);
        Dataset bad = good[0];
        bad.identifier = "has spaces and / slashes";
        addDataset(response, bad);
        bad = good[1];
        bad.identifier = "no-title";
        bad.title = {};
        addDataset(response, bad);
        bad = good[2];
        bad.identifier = "script-page";
        bad.landingPage = "javascript:alert(1)";
        addDataset(response, bad);
        bad.identifier = "bad-date";
        bad.landingPage.clear();
        bad.issued = "2024-02-30";
        addDataset(response, bad);
        v1::Dataset *huge = response->add_datasets();
        toProto(good[0], huge);
        huge->set_identifier("huge-keywords");
        for (int i = 0; i < 1000; ++i)
            huge->add_keywords("k");
        response->set_total_size(7);
        // Facets: one unknown field, a duplicate, a normal one.
        auto *facet = response->add_facets();
        facet->set_field("theme");
        auto *count = facet->add_counts();
        count->set_value("tourism");
        count->set_count(3);
        response->add_facets()->set_field("theme");
        response->add_facets()->set_field("sql_injection");
        response->mutable_info()->set_version(std::string(10'000, 'v'));
        response->mutable_info()->set_loaded_unix_ms(-5);
        (void)request;
        return grpc::Status::OK;
    };
    Server server(&scripted);
    StatisticsClient client(server.address(), kDeadlineMs);
    size_t refused = 0;
    StatisticsClient::CatalogInfo info;
    DatasetQuery query;
    query.limit = 100;
    Result<DatasetPage> page = client.listDatasets(query, &info, &refused);
    ASSERT_TRUE(page) << page.error();
    EXPECT_EQ(identifiers(page->datasets), identifiers(test::catalog(3)));
    EXPECT_EQ(refused, 5u);
    ASSERT_EQ(page->facets.size(), 1u);
    EXPECT_EQ(page->facets[0], (Facet{"theme", {{"tourism", 3}}}));
    EXPECT_EQ(info.version.size(), 256u);
    EXPECT_EQ(info.loadedUnixMs, 0);

    // More datasets than asked for: the extra ones are refused too.
    query.limit = 2;
    refused = 0;
    page = client.listDatasets(query, nullptr, &refused);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->datasets.size(), 2u);
    EXPECT_EQ(refused, 6u);
}

TEST(StatisticsClientHostile, BadObservationsAreDroppedAndCounted)
{
    ScriptedService scripted;
    scripted.series = [](v1::StatisticsSeries *response) {
        for (const Observation &o : test::adoptionSeries())
            toProto(o, response->add_observations());
        const auto add = [&](Observation o) {
            toProto(o, response->add_observations());
        };
        const Observation good = test::adoptionSeries().front();
        Observation bad = good;
        bad.value = std::numeric_limits<double>::quiet_NaN();
        add(bad);
        bad.value = std::numeric_limits<double>::infinity();
        add(bad);
        bad = good;
        bad.series = "Robert'); DROP TABLE stats_observation;--";
        add(bad);
        bad = good;
        bad.period = "2024-13";
        add(bad);
        bad = good;
        bad.source.clear(); // every figure must say where it comes from
        add(bad);
        bad = good;
        bad.category = "Not A Key";
        add(bad);
        return grpc::Status::OK;
    };
    Server server(&scripted);
    StatisticsClient client(server.address(), kDeadlineMs);
    size_t refused = 0;
    Result<StatisticsSeries> series = client.cloudAdoption(&refused);
    ASSERT_TRUE(series) << series.error();
    EXPECT_EQ(series->observations, test::adoptionSeries());
    EXPECT_EQ(refused, 6u);
}

TEST(StatisticsClientHostile, PagesThatDoNotMoveOnEndWithAnError)
{
    // "5" moves on once (0 -> 5), then stays.
    for (const std::string token : {"0", "5", "-1", "abc", " 1", "99999999999"}) {
        ScriptedService scripted;
        scripted.list = [&](const v1::ListDatasetsRequest &, v1::ListDatasetsResponse *response) {
            addDataset(response, test::catalogDataset(size_t(scripted.listCalls.load())));
            response->set_total_size(1'000'000);
            response->set_next_page_token(token);
            return grpc::Status::OK;
        };
        Server server(&scripted);
        StatisticsClient client(server.address(), kDeadlineMs);
        Result<std::vector<Dataset>> all = client.fetchCatalog();
        ASSERT_FALSE(all) << "token '" << token << "'";
        EXPECT_NE(all.error().find("page token"), std::string::npos) << all.error();
        EXPECT_EQ(scripted.listCalls.load(), token == "5" ? 2 : 1) << "token '" << token << "'";
    }
}

TEST(StatisticsClientHostile, AnEndlessCatalogIsCutOff)
{
    ScriptedService scripted;
    scripted.list = [&](const v1::ListDatasetsRequest &request,
                        v1::ListDatasetsResponse *response) {
        uint32_t offset = 0;
        parsePageToken(request.page_token(), &offset);
        // One dataset a page, always the same one, always a next page.
        addDataset(response, test::catalogDataset(0));
        response->set_total_size(UINT32_MAX);
        response->set_next_page_token(pageToken(offset + 1));
        return grpc::Status::OK;
    };
    Server server(&scripted);
    StatisticsClient client(server.address(), kDeadlineMs);
    size_t refused = 0;
    Result<std::vector<Dataset>> all = client.fetchCatalog(nullptr, &refused);
    ASSERT_FALSE(all);
    EXPECT_NE(all.error().find("does not end"), std::string::npos) << all.error();
    EXPECT_EQ(scripted.listCalls.load(), 5001);
}

TEST(StatisticsClientHostile, ACatalogChangingUnderfootIsReadAgainThenGivenUp)
{
    // Reloaded once between two pages: read again from the start, whole.
    {
        ScriptedService scripted;
        scripted.list = [&](const v1::ListDatasetsRequest &request,
                            v1::ListDatasetsResponse *response) {
            uint32_t offset = 0;
            parsePageToken(request.page_token(), &offset);
            const bool reloaded = scripted.listCalls.load() > 1;
            const auto all = test::catalog(1500, reloaded ? "new-" : "old-");
            for (uint32_t i = offset; i < std::min<uint32_t>(offset + 1000, 1500); ++i)
                addDataset(response, all[i]);
            response->set_total_size(1500);
            if (offset + 1000 < 1500)
                response->set_next_page_token(pageToken(offset + 1000));
            response->mutable_info()->set_version(reloaded ? "v2" : "v1");
            return grpc::Status::OK;
        };
        Server server(&scripted);
        StatisticsClient client(server.address(), kDeadlineMs);
        StatisticsClient::CatalogInfo info;
        Result<std::vector<Dataset>> all = client.fetchCatalog(&info);
        ASSERT_TRUE(all) << all.error();
        EXPECT_EQ(identifiers(*all), identifiers(test::catalog(1500, "new-")));
        EXPECT_EQ(info.version, "v2");
        EXPECT_EQ(scripted.listCalls.load(), 4);
    }
    // Reloaded between every two pages: give up.
    {
        ScriptedService scripted;
        scripted.list = [&](const v1::ListDatasetsRequest &request,
                            v1::ListDatasetsResponse *response) {
            addDataset(response, test::catalogDataset(size_t(scripted.listCalls.load())));
            response->set_total_size(5000);
            uint32_t offset = 0;
            parsePageToken(request.page_token(), &offset);
            response->set_next_page_token(pageToken(offset + 1000));
            response->mutable_info()->set_version("v" + std::to_string(scripted.listCalls.load()));
            return grpc::Status::OK;
        };
        Server server(&scripted);
        StatisticsClient client(server.address(), kDeadlineMs);
        Result<std::vector<Dataset>> all = client.fetchCatalog();
        ASSERT_FALSE(all);
        EXPECT_EQ(all.error(), "the server's catalog kept changing while it was read");
    }
}

TEST(StatisticsClientHostile, DuplicateIdentifiersAcrossPagesAreCountedOnce)
{
    ScriptedService scripted;
    scripted.list = [&](const v1::ListDatasetsRequest &request,
                        v1::ListDatasetsResponse *response) {
        uint32_t offset = 0;
        parsePageToken(request.page_token(), &offset);
        for (size_t i = 0; i < 3; ++i)
            addDataset(response, test::catalogDataset(i)); // the same three on every page
        response->set_total_size(6);
        if (offset == 0)
            response->set_next_page_token("3");
        return grpc::Status::OK;
    };
    Server server(&scripted);
    StatisticsClient client(server.address(), kDeadlineMs);
    size_t refused = 0;
    Result<std::vector<Dataset>> all = client.fetchCatalog(nullptr, &refused);
    ASSERT_TRUE(all) << all.error();
    EXPECT_EQ(all->size(), 3u);
    EXPECT_EQ(refused, 3u);
}

TEST(StatisticsClientHostile, AnAnswerOverTheLimitIsAnErrorBeforeItIsParsed)
{
    ScriptedService scripted;
    scripted.series = [](v1::StatisticsSeries *response) {
        Observation o = test::adoptionSeries().front();
        o.source = std::string(33 << 20, 's');
        toProto(o, response->add_observations());
        return grpc::Status::OK;
    };
    Server server(&scripted);
    StatisticsClient client(server.address(), kDeadlineMs);
    Result<StatisticsSeries> series = client.cloudAdoption();
    ASSERT_FALSE(series);
    EXPECT_NE(series.error().find("too large"), std::string::npos) << series.error();
}
