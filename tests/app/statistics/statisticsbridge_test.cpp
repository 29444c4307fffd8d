// The statistics bridge against an in-process scb.v1.StatisticsService, with
// the server gone (answers from the cache), and importing files.
#include "statisticsbridge.h"

#include "rpc/server/statisticsservice.h"
#include "rpc/server/telemetryserver.h"
#include "sources/fleetsimulator.h"
#include "stats/statsfiles.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace scb {
namespace {

constexpr int kWaitMs = 30'000;

Dataset dataset(const std::string &id,
                const std::string &zh,
                const std::string &en,
                const std::string &theme,
                const std::string &issued)
{
    Dataset d;
    d.identifier = id;
    d.title = {zh, en};
    d.description = {"贵州省的" + zh, "Guizhou: " + en};
    d.keywords = {theme};
    d.publisher = "Guizhou Provincial Big Data Development Administration";
    d.theme = theme;
    d.level = DatasetLevel::Provincial;
    d.license = "CC-BY-4.0";
    d.access = AccessRights::Public;
    d.formats = {"CSV"};
    d.byteSize = 1'000'000;
    d.recordCount = 5'000;
    d.updateFrequency = "monthly";
    d.annotation = AnnotationStatus::Raw;
    d.issued = issued;
    d.modified = issued;
    d.landingPage = "https://data.example.gov.cn/dataset/" + id;
    d.source = "synthetic";
    return d;
}

StatisticsData sampleData()
{
    StatisticsData data;
    data.datasets = {
        dataset("gz-met-0001", "贵阳市逐时气象观测", "Hourly weather in Guiyang", "meteorology",
                "2021-03-01"),
        dataset("gz-tour-0001", "贵州省旅游景区客流量统计", "Visitor counts at Guizhou attractions",
                "tourism", "2022-05-01"),
        dataset("gz-elec-0001", "贵州电网负荷", "Guizhou grid load", "electricity", "2023-07-01"),
    };
    data.adoption = {
        {"enterprises_on_cloud", "2024-02", "", 29'500, "enterprises", "synthetic"},
        {"province_figure", "2024-03", "", 30'000, "enterprises",
         "Guiyang / Gui'an New Area press release, March 2024"},
    };
    data.industry = {
        {"growing_enterprises", "2023", "", 600, "enterprises",
         "Guiyang / Gui'an New Area press release, March 2024"},
        {"software_revenue_target", "2024", "", 1'000, "100m_yuan",
         "Guiyang / Gui'an New Area press release, March 2024"},
    };
    data.version = "test-v1";
    data.loadedUnixMs = 1'700'000'000'000;
    return data;
}

std::unique_ptr<TelemetryServer> startServer(std::shared_ptr<StatisticsService> statistics,
                                             const std::string &listen = "127.0.0.1:0")
{
    ServerConfig config;
    config.listen = listen;
    config.replaySeconds = 10;
    config.statistics = std::move(statistics);
    SimulatorConfig simulator;
    simulator.chips = 100;
    simulator.centers = 1;
    auto server =
        std::make_unique<TelemetryServer>(std::make_unique<FleetSimulator>(simulator), config);
    const Status started = server->start();
    EXPECT_TRUE(started.ok()) << started.message();
    return server;
}

std::shared_ptr<StatisticsService> serviceWith(StatisticsData data)
{
    auto service = std::make_shared<StatisticsService>();
    const Status set = service->setData(std::move(data));
    EXPECT_TRUE(set.ok()) << set.message();
    return service;
}

// The answer to one query, waited for.
DatasetsAnswer query(StatisticsBridge &bridge, const DatasetQuery &q, quint64 serial)
{
    QSignalSpy spy(&bridge, &StatisticsBridge::datasetsReady);
    bridge.queryDatasets(q, serial);
    EXPECT_TRUE(spy.count() > 0 || spy.wait(kWaitMs));
    return spy.isEmpty() ? DatasetsAnswer{} : spy.first().first().value<DatasetsAnswer>();
}

SeriesAnswer series(StatisticsBridge &bridge)
{
    QSignalSpy spy(&bridge, &StatisticsBridge::seriesReady);
    bridge.requestSeries();
    EXPECT_TRUE(spy.count() > 0 || spy.wait(kWaitMs));
    return spy.isEmpty() ? SeriesAnswer{} : spy.first().first().value<SeriesAnswer>();
}

ImportReport import(StatisticsBridge &bridge, const QString &path)
{
    QSignalSpy spy(&bridge, &StatisticsBridge::importFinished);
    bridge.importFile(path);
    EXPECT_TRUE(spy.count() > 0 || spy.wait(kWaitMs));
    return spy.isEmpty() ? ImportReport{} : spy.first().first().value<ImportReport>();
}

// setServer() and the fetch it starts, to its end.
void fetchFrom(StatisticsBridge &bridge, const QString &address)
{
    QSignalSpy state(&bridge, &StatisticsBridge::stateChanged);
    bridge.setServer(address);
    EXPECT_TRUE(bridge.state().syncing);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bridge.state().syncing; }, kWaitMs));
    ASSERT_FALSE(state.isEmpty());
    EXPECT_FALSE(state.last().first().value<StatisticsState>().syncing);
}

std::vector<std::string> identifiers(const DatasetPage &page)
{
    std::vector<std::string> out;
    for (const Dataset &d : page.datasets)
        out.push_back(d.identifier);
    return out;
}

TEST(StatisticsBridge, FetchesTheCatalogAndBothSeriesIntoTheCache)
{
    const StatisticsData data = sampleData();
    auto server = startServer(serviceWith(data));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    StatisticsBridge bridge(dir.filePath(QStringLiteral("history.db")));
    QSignalSpy changed(&bridge, &StatisticsBridge::dataChanged);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    fetchFrom(bridge, QString::fromStdString(server->address()));
    const StatisticsState state = bridge.state();
    EXPECT_TRUE(state.serverReachable);
    EXPECT_EQ(state.lastError, QString());
    EXPECT_GE(state.fetchedUnixMs, before);
    EXPECT_EQ(state.serverVersion, QStringLiteral("test-v1"));
    EXPECT_FALSE(state.cacheInMemory);
    EXPECT_EQ(changed.count(), 1);

    DatasetQuery all;
    all.sort = DatasetQuery::Sort::IssuedDesc;
    const DatasetsAnswer answer = query(bridge, all, 1);
    EXPECT_EQ(answer.error, QString());
    EXPECT_EQ(answer.page.total, 3u);
    EXPECT_EQ(identifiers(answer.page),
              (std::vector<std::string>{"gz-elec-0001", "gz-tour-0001", "gz-met-0001"}));
    ASSERT_EQ(answer.page.datasets.size(), 3u);
    EXPECT_EQ(answer.page.datasets[2], data.datasets[0]);
    EXPECT_FALSE(answer.page.facets.empty());

    DatasetQuery weather;
    weather.text = "气象";
    const DatasetsAnswer found = query(bridge, weather, 2);
    EXPECT_EQ(identifiers(found.page), (std::vector<std::string>{"gz-met-0001"}));

    const SeriesAnswer s = series(bridge);
    EXPECT_EQ(s.error, QString());
    EXPECT_EQ(s.adoption.observations, data.adoption);
    EXPECT_EQ(s.industry.observations, data.industry);
    EXPECT_EQ(s.adoption.version, "test-v1");
    EXPECT_GE(s.adoptionFreshness.fetchedUnixMs, before);
    EXPECT_GE(s.industryFreshness.fetchedUnixMs, before);

    QSignalSpy charts(&bridge, &StatisticsBridge::catalogChartsReady);
    bridge.requestCatalogCharts();
    ASSERT_TRUE(charts.wait(kWaitMs));
    const auto c = charts.first().first().value<CatalogCharts>();
    uint32_t datasets = 0;
    for (const auto &theme : c.themes)
        datasets += theme.datasets;
    EXPECT_EQ(datasets, 3u);
    EXPECT_EQ(c.years.size(), 3u);
}

TEST(StatisticsBridge, WithTheServerGoneAnswersFromTheCacheAndSaysHowOld)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("history.db"));
    QString address;
    qint64 fetchedMs = 0;
    {
        auto server = startServer(serviceWith(sampleData()));
        address = QString::fromStdString(server->address());
        StatisticsBridge bridge(db);
        fetchFrom(bridge, address);
        ASSERT_TRUE(bridge.state().serverReachable);
        fetchedMs = bridge.state().fetchedUnixMs;
        server->stop();
    }

    // A new session: the cache says how old it is before any fetch.
    StatisticsBridge bridge(db);
    ASSERT_TRUE(QTest::qWaitFor([&] { return bridge.state().fetchedUnixMs != 0; }, kWaitMs));
    EXPECT_EQ(bridge.state().fetchedUnixMs, fetchedMs);
    EXPECT_EQ(bridge.state().serverVersion, QStringLiteral("test-v1"));

    QSignalSpy changed(&bridge, &StatisticsBridge::dataChanged);
    fetchFrom(bridge, address); // nothing listens there now
    const StatisticsState state = bridge.state();
    EXPECT_FALSE(state.serverReachable);
    EXPECT_FALSE(state.lastError.isEmpty());
    // The three calls failed alike: the reason once, not three times.
    EXPECT_FALSE(state.lastError.contains(QLatin1String("catalog:")))
        << state.lastError.toStdString();
    EXPECT_EQ(state.fetchedUnixMs, fetchedMs); // the copy kept, with its age
    EXPECT_EQ(changed.count(), 0);

    const DatasetsAnswer answer = query(bridge, DatasetQuery{}, 9);
    EXPECT_EQ(answer.serial, 9u);
    EXPECT_EQ(answer.page.total, 3u);
    const SeriesAnswer s = series(bridge);
    EXPECT_EQ(s.adoption.observations.size(), 2u);
    EXPECT_EQ(s.industryFreshness.fetchedUnixMs, fetchedMs);

    // The server back on the same port: refresh() fetches again.
    auto server = startServer(serviceWith(sampleData()), address.toStdString());
    bridge.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bridge.state().syncing; }, kWaitMs));
    EXPECT_TRUE(bridge.state().serverReachable) << bridge.state().lastError.toStdString();
    EXPECT_GT(bridge.state().fetchedUnixMs, fetchedMs);
    EXPECT_EQ(changed.count(), 1);
}

TEST(StatisticsBridge, AnswersCarryTheSerialOfTheirQueryInOrder)
{
    auto server = startServer(serviceWith(sampleData()));
    StatisticsBridge bridge{QString()};
    fetchFrom(bridge, QString::fromStdString(server->address()));

    QSignalSpy spy(&bridge, &StatisticsBridge::datasetsReady);
    const std::vector<std::pair<quint64, std::string>> asked = {
        {40, "气象"}, {41, "Visitor"}, {7, "grid"}, {42, ""}};
    for (const auto &[serial, text] : asked) {
        DatasetQuery q;
        q.text = text;
        bridge.queryDatasets(q, serial);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return spy.count() == 4; }, kWaitMs));
    const std::vector<uint32_t> totals = {1, 1, 1, 3};
    for (size_t i = 0; i < asked.size(); ++i) {
        const auto answer = spy.at(int(i)).first().value<DatasetsAnswer>();
        EXPECT_EQ(answer.serial, asked[i].first);
        EXPECT_EQ(answer.query.text, asked[i].second);
        EXPECT_EQ(answer.page.total, totals[i]) << asked[i].second;
    }

    // A query the index refuses comes back with the error and its serial.
    DatasetQuery bad;
    bad.limit = 0;
    const DatasetsAnswer refused = query(bridge, bad, 99);
    EXPECT_EQ(refused.serial, 99u);
    EXPECT_FALSE(refused.error.isEmpty());
    EXPECT_TRUE(refused.page.datasets.empty());
}

TEST(StatisticsBridge, ImportsCkanIntoTheCacheBesideTheFetchedCatalog)
{
    StatisticsBridge bridge{QString()}; // in memory, and the state says so
    ASSERT_TRUE(QTest::qWaitFor([&] { return bridge.state().cacheInMemory; }, kWaitMs));

    QSignalSpy changed(&bridge, &StatisticsBridge::dataChanged);
    const ImportReport report =
        import(bridge, QStringLiteral(SCB_FIXTURES_DIR "/ckan-package-search-hdx.json"));
    EXPECT_EQ(report.error, QString());
    EXPECT_EQ(report.file, QStringLiteral("ckan-package-search-hdx.json"));
    EXPECT_EQ(report.format, QStringLiteral("CKAN package_search"));
    EXPECT_EQ(report.taken, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() == 1; }, kWaitMs));

    DatasetQuery afghanistan;
    afghanistan.text = "Afghanistan";
    DatasetsAnswer answer = query(bridge, afghanistan, 1);
    ASSERT_EQ(answer.page.datasets.size(), 1u) << answer.error.toStdString();
    EXPECT_EQ(answer.page.datasets[0].identifier, "cod-ab-afg");
    EXPECT_EQ(answer.page.datasets[0].source, "imported from ckan-package-search-hdx.json (CKAN)");

    // A fetch replaces the server's rows only: the import stays.
    auto server = startServer(serviceWith(sampleData()));
    fetchFrom(bridge, QString::fromStdString(server->address()));
    answer = query(bridge, DatasetQuery{}, 2);
    EXPECT_EQ(answer.page.total, 4u);
    fetchFrom(bridge, QString::fromStdString(server->address()));
    EXPECT_EQ(query(bridge, DatasetQuery{}, 3).page.total, 4u);
}

TEST(StatisticsBridge, FilesThatCannotBeImportedSayWhyAndChangeNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    StatisticsBridge bridge(dir.filePath(QStringLiteral("history.db")));
    QSignalSpy changed(&bridge, &StatisticsBridge::dataChanged);

    ImportReport report = import(bridge, dir.filePath(QStringLiteral("missing.json")));
    EXPECT_EQ(report.error, QStringLiteral("The file does not exist."));
    EXPECT_EQ(report.file, QStringLiteral("missing.json"));
    report = import(bridge, dir.path());
    EXPECT_EQ(report.error, QStringLiteral("This is a folder, not a file."));

    const QString deep = dir.filePath(QStringLiteral("deep.json"));
    {
        QFile file(deep);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10'000, '[') + QByteArray(10'000, ']'));
    }
    report = import(bridge, deep);
    EXPECT_TRUE(report.error.contains(QLatin1String("deeper than 64")))
        << report.error.toStdString();
    EXPECT_EQ(report.taken, 0);

    const QString refusedOnly = dir.filePath(QStringLiteral("refused.json"));
    {
        QFile file(refusedOnly);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            R"([{"title": "no name"}, {"name": "bad date", "title": "x", "metadata_created": "2023-02-30"}])");
    }
    report = import(bridge, refusedOnly);
    EXPECT_EQ(report.error, QString());
    EXPECT_EQ(report.taken, 0);
    EXPECT_EQ(report.refused.size(), 2);

    EXPECT_EQ(query(bridge, DatasetQuery{}, 1).page.total, 0u);
    EXPECT_EQ(changed.count(), 0);
}

TEST(StatisticsBridge, FetchesTheShippedSampleData)
{
    const std::string folder = defaultStatisticsDataDir();
    const LoadResult files = loadStatistics(folder);
    ASSERT_FALSE(files.data.datasets.empty()) << folder;
    auto service = std::make_shared<StatisticsService>();
    ASSERT_TRUE(service->load(folder).applied);
    auto server = startServer(service);

    StatisticsBridge bridge{QString()};
    fetchFrom(bridge, QString::fromStdString(server->address()));
    EXPECT_TRUE(bridge.state().serverReachable) << bridge.state().lastError.toStdString();
    DatasetQuery one;
    one.limit = 1;
    EXPECT_EQ(query(bridge, one, 1).page.total, files.data.datasets.size());
    const SeriesAnswer s = series(bridge);
    EXPECT_EQ(s.adoption.observations.size(), files.data.adoption.size());
    EXPECT_EQ(s.industry.observations.size(), files.data.industry.size());
}

TEST(StatisticsBridge, DestroyedWhileFetchingAndQueryingEndsCleanly)
{
    auto server = startServer(serviceWith(sampleData()));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (int i = 0; i < 5; ++i) {
        auto bridge =
            std::make_unique<StatisticsBridge>(dir.filePath(QStringLiteral("history.db")));
        bool answered = false;
        QObject::connect(bridge.get(), &StatisticsBridge::datasetsReady, bridge.get(),
                         [&answered] { answered = true; });
        bridge->setServer(QString::fromStdString(server->address()));
        for (quint64 serial = 0; serial < 20; ++serial)
            bridge->queryDatasets(DatasetQuery{}, serial);
        bridge->importFile(QStringLiteral(SCB_FIXTURES_DIR "/ckan-package-search-hdx.json"));
        bridge.reset();
        QTest::qWait(50); // late results find no bridge
        EXPECT_FALSE(answered);
    }
    // The file is whole: a new bridge reads it.
    StatisticsBridge bridge(dir.filePath(QStringLiteral("history.db")));
    fetchFrom(bridge, QString::fromStdString(server->address()));
    EXPECT_GE(query(bridge, DatasetQuery{}, 1).page.total, 3u);
}

TEST(StatisticsBridge, WithoutAServerNothingIsFetched)
{
    StatisticsBridge bridge{QString()};
    QSignalSpy state(&bridge, &StatisticsBridge::stateChanged);
    bridge.setServer(QString());
    bridge.refresh();
    EXPECT_FALSE(bridge.state().syncing);
    ASSERT_TRUE(QTest::qWaitFor([&] { return state.count() >= 1; }, kWaitMs)); // the cache opened
    EXPECT_EQ(bridge.state().fetchedUnixMs, 0);
    EXPECT_FALSE(bridge.state().serverReachable);
    EXPECT_EQ(query(bridge, DatasetQuery{}, 1).page.total, 0u);
}

} // namespace
} // namespace scb

namespace scb {
namespace {

// The cache has a file of its own beside the history file: its long write
// transactions must not hold the history writer's lock.
TEST(StatisticsBridge, KeepsItsCacheBesideTheHistoryFileNotInIt)
{
    EXPECT_EQ(StatisticsBridge::cachePathFor(QStringLiteral("/data/scb/history.db")),
              QStringLiteral("/data/scb/history-statistics.db"));
    EXPECT_EQ(StatisticsBridge::cachePathFor(QStringLiteral("run.2.db")),
              QStringLiteral("run.2-statistics.db"));
    EXPECT_TRUE(StatisticsBridge::cachePathFor(QString()).isEmpty());
}

} // namespace
} // namespace scb
