#pragma once

#include "datasetimport.h"

#include "stats/statistics.h"
#include "stats/statisticscache.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QThreadPool;
class QTimer;

namespace scb {

// How the statistics panels' data stands: where it came from, how old it is.
struct StatisticsState
{
    bool syncing = false;         // a fetch from the server is running
    bool serverReachable = false; // the last fetch succeeded
    QString lastError;            // why the last fetch failed (empty when it did not)
    qint64 fetchedUnixMs = 0;     // when the cached data was fetched; 0 never
    QString serverVersion;
    // The cache is not kept on disk (no path given, or the file could not be
    // opened: cacheError says why); what is fetched is lost at exit.
    bool cacheInMemory = false;
    QString cacheError;
};

// A catalog query's answer, for the request with that serial.
struct DatasetsAnswer
{
    quint64 serial = 0;
    DatasetQuery query;
    DatasetPage page;
    QString error;
};

// The catalog's charts: datasets and bytes by theme, datasets issued per year.
struct CatalogCharts
{
    std::vector<DatasetIndex::ThemeTotal> themes;
    std::vector<DatasetIndex::YearCount> years;
};

// The series of both panels, as cached.
struct SeriesAnswer
{
    StatisticsSeries adoption;
    StatisticsSeries industry;
    StatisticsCache::Freshness adoptionFreshness;
    StatisticsCache::Freshness industryFreshness;
    QString error;
};

// Between the statistics panels and the backend: fetches the base's
// statistics from scb-telemetryd into the local cache (StatisticsCache, in
// the app's SQLite file) on start and every 10 minutes, and answers the
// panels from the cache, so they work with the server gone. Every query,
// fetch and import runs on a worker thread; the answers arrive as signals on
// the GUI thread.
class StatisticsBridge : public QObject
{
    Q_OBJECT
public:
    // dbPath: the cache's SQLite file (may be empty: then the cache is in memory,
    // lost at exit, and the state says so); see cachePathFor().
    explicit StatisticsBridge(const QString &dbPath, QObject *parent = nullptr);
    // The cache file that goes with a history file: "history.db" →
    // "history-statistics.db" in the same folder. Empty for an empty path.
    static QString cachePathFor(const QString &historyPath);
    // Drops queued work and waits for the task running on the cache (short);
    // a fetch on the network is not waited for, and its result is dropped.
    ~StatisticsBridge() override;

    // How often setServer()'s fetch repeats.
    static constexpr int kRefreshIntervalMs = 10 * 60 * 1000;

    // The server to fetch from ("host:port"); fetches at once, then every
    // 10 minutes. Empty: no fetching, the cache only.
    void setServer(const QString &address);
    void refresh(); // fetch now
    StatisticsState state() const { return m_state; }

    void queryDatasets(const DatasetQuery &query, quint64 serial);
    void requestCatalogCharts();
    void requestSeries();
    // Reads a CKAN package_search response or a DCAT-AP JSON-LD catalogue and
    // adds its datasets to the cache (origin "import:<file name>"; see
    // importCatalog() in datasetimport.h). importFinished() says what was
    // taken and refused, then dataChanged() when anything was.
    void importFile(const QString &path);

signals:
    void stateChanged(const scb::StatisticsState &state);
    // The cached data changed (fetched or imported): panels query again.
    void dataChanged();
    void datasetsReady(const scb::DatasetsAnswer &answer);
    void catalogChartsReady(const scb::CatalogCharts &charts);
    void seriesReady(const scb::SeriesAnswer &answer);
    void importFinished(const scb::ImportReport &report);

private:
    struct Worker;
    struct Fetched;
    void startFetch();
    void onFetched(const std::shared_ptr<Fetched> &fetched);

    std::shared_ptr<Worker> m_worker; // owns the cache; used by one pool thread at a time
    QThreadPool *m_pool;              // the cache's thread
    QThreadPool *m_fetchPool;         // the network fetch's thread
    QTimer *m_timer;
    StatisticsState m_state;
    QString m_server;
    quint64 m_generation = 0; // bumped by setServer(): older fetches are dropped
    quint64 m_fetching = 0;   // the generation of the fetch in flight; 0: none
};

} // namespace scb

Q_DECLARE_METATYPE(scb::StatisticsState)
Q_DECLARE_METATYPE(scb::DatasetsAnswer)
Q_DECLARE_METATYPE(scb::CatalogCharts)
Q_DECLARE_METATYPE(scb::SeriesAnswer)
