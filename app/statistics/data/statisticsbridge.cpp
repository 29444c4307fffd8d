#include "statisticsbridge.h"

#include "datasetimport.h"

#include "rpc/client/statisticsclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>

namespace scb {

Q_LOGGING_CATEGORY(lcStatistics, "scb.statistics", QtInfoMsg)

namespace {

// What the cache holds, as the state reports it.
struct CacheState
{
    qint64 fetchedUnixMs = 0;
    QString serverVersion;
    bool inMemory = false;
    QString error;
};

void applyCacheState(StatisticsState *state, const CacheState &cache)
{
    state->fetchedUnixMs = cache.fetchedUnixMs;
    state->serverVersion = cache.serverVersion;
    state->cacheInMemory = cache.inMemory;
    state->cacheError = cache.error;
}

} // namespace

// The cache and what the pool's tasks share with the bridge. Tasks hold it
// by shared_ptr, so a late one finds it alive after the bridge is gone;
// results go back through post(), which drops them once the bridge is.
struct StatisticsBridge::Worker
{
    std::string dbPath;
    // On the pool's thread only (one task at a time): opened by the first task.
    std::unique_ptr<StatisticsCache> cache;
    bool opened = false;
    bool inMemory = false;
    QString cacheError;

    std::atomic<bool> closing{false};
    std::mutex ownerMutex;
    StatisticsBridge *owner = nullptr; // guarded by ownerMutex; nulled by ~StatisticsBridge

    StatisticsCache *open();
    CacheState cacheState();

    // Runs f(bridge) on the bridge's (GUI) thread, unless the bridge is gone.
    template<typename F> void post(F f)
    {
        std::lock_guard lock(ownerMutex);
        if (!owner)
            return;
        StatisticsBridge *bridge = owner;
        QMetaObject::invokeMethod(
            owner, [bridge, f = std::move(f)] { f(bridge); }, Qt::QueuedConnection);
    }
};

StatisticsCache *StatisticsBridge::Worker::open()
{
    if (opened)
        return cache.get();
    opened = true;
    if (!dbPath.empty()) {
        auto file = StatisticsCache::open(dbPath);
        if (file) {
            cache = std::move(*file);
            return cache.get();
        }
        cacheError = QString::fromStdString(file.error());
        qCWarning(lcStatistics, "statistics cache not kept on disk: %s", file.error().c_str());
    }
    // No file: the panels still work for this session.
    inMemory = true;
    auto memory = StatisticsCache::open(":memory:");
    if (memory) {
        cache = std::move(*memory);
    } else {
        cacheError = cacheError.isEmpty() ? QString::fromStdString(memory.error())
                                          : cacheError + QLatin1String("; ") +
                                                QString::fromStdString(memory.error());
    }
    return cache.get();
}

CacheState StatisticsBridge::Worker::cacheState()
{
    CacheState state;
    state.inMemory = inMemory;
    state.error = cacheError;
    if (!cache)
        return state;
    // The newest fetch of the three; the version is the catalog's.
    for (const auto kind : {StatisticsCache::Kind::Catalog, StatisticsCache::Kind::Adoption,
                            StatisticsCache::Kind::Industry}) {
        const auto freshness = cache->freshness(kind);
        if (!freshness)
            continue;
        state.fetchedUnixMs = std::max<qint64>(state.fetchedUnixMs, freshness->fetchedUnixMs);
        if (kind == StatisticsCache::Kind::Catalog || state.serverVersion.isEmpty())
            state.serverVersion = QString::fromStdString(freshness->serverVersion);
    }
    return state;
}

// One fetch from the server, carried from the fetching thread to the cache's.
struct StatisticsBridge::Fetched
{
    quint64 generation = 0;
    std::optional<std::vector<Dataset>> catalog;
    StatisticsCache::Freshness catalogFreshness;
    std::optional<StatisticsSeries> adoption;
    std::optional<StatisticsSeries> industry;
    StatisticsCache::Freshness adoptionFreshness;
    StatisticsCache::Freshness industryFreshness;
    QStringList errors; // "what: why"
    QStringList causes; // the whys alone
};

QString StatisticsBridge::cachePathFor(const QString &historyPath)
{
    if (historyPath.isEmpty())
        return {};
    const QFileInfo history(historyPath);
    return QDir::cleanPath(
        history.dir().filePath(history.completeBaseName() + QStringLiteral("-statistics.db")));
}

StatisticsBridge::StatisticsBridge(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
    , m_pool(new QThreadPool(this))
    , m_fetchPool(new QThreadPool(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<scb::StatisticsState>();
    qRegisterMetaType<scb::DatasetsAnswer>();
    qRegisterMetaType<scb::CatalogCharts>();
    qRegisterMetaType<scb::SeriesAnswer>();
    qRegisterMetaType<scb::ImportReport>();

    m_worker->dbPath = dbPath.toStdString();
    m_worker->owner = this;
    m_pool->setMaxThreadCount(1);
    m_fetchPool->setMaxThreadCount(1);
    m_state.cacheInMemory = dbPath.isEmpty();
    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StatisticsBridge::refresh);

    // The cache is opened on the worker; then the state says how old its copy is.
    std::shared_ptr<Worker> worker = m_worker;
    m_pool->start([worker] {
        worker->open();
        const CacheState cache = worker->cacheState();
        worker->post([cache](StatisticsBridge *bridge) {
            applyCacheState(&bridge->m_state, cache);
            emit bridge->stateChanged(bridge->m_state);
        });
    });
}

StatisticsBridge::~StatisticsBridge()
{
    m_worker->closing = true;
    {
        std::lock_guard lock(m_worker->ownerMutex);
        m_worker->owner = nullptr;
    }
    // Queued queries are dropped; the task running finishes (a fetch on the
    // network is not waited for: it stops at its next page and posts nowhere).
    m_pool->clear();
    std::shared_ptr<Worker> worker = m_worker;
    m_pool->start([worker] { worker->cache.reset(); });
    m_pool->waitForDone();
}

void StatisticsBridge::setServer(const QString &address)
{
    m_server = address.trimmed();
    ++m_generation;
    m_fetching = 0; // a fetch in flight for the old address is dropped when it ends
    if (m_server.isEmpty()) {
        m_timer->stop();
        if (m_state.syncing) {
            m_state.syncing = false;
            emit stateChanged(m_state);
        }
        return;
    }
    m_timer->start();
    startFetch();
}

void StatisticsBridge::refresh()
{
    if (m_server.isEmpty() || m_fetching != 0)
        return;
    startFetch();
}

void StatisticsBridge::startFetch()
{
    m_fetching = m_generation;
    if (!m_state.syncing) {
        m_state.syncing = true;
        emit stateChanged(m_state);
    }
    auto fetched = std::make_shared<Fetched>();
    fetched->generation = m_generation;
    const std::string target = m_server.toStdString();
    std::shared_ptr<Worker> worker = m_worker;
    // On a thread of its own, not the cache's: queries answer from the cache meanwhile.
    // Its own thread: a slow server must not hold the global pool the history queries use.
    m_fetchPool->start([worker, fetched, target] {
        StatisticsClient client(target);
        const auto now = [] {
            return QDateTime::currentMSecsSinceEpoch();
        };
        StatisticsClient::CatalogInfo info;
        size_t refused = 0;
        auto catalog = client.fetchCatalog(
            &info, &refused, [worker](size_t, size_t) { return !worker->closing.load(); });
        if (catalog) {
            fetched->catalog = std::move(*catalog);
            fetched->catalogFreshness = {now(), info.version, info.loadedUnixMs};
            if (refused > 0)
                qCWarning(lcStatistics, "catalog: %zu invalid datasets from the server left out",
                          refused);
        } else {
            fetched->causes << QString::fromStdString(catalog.error());
            fetched->errors << tr("catalog: %1").arg(fetched->causes.last());
        }
        if (worker->closing)
            return;
        auto adoption = client.cloudAdoption();
        if (adoption) {
            fetched->adoptionFreshness = {now(), adoption->version, adoption->loadedUnixMs};
            fetched->adoption = std::move(*adoption);
        } else {
            fetched->causes << QString::fromStdString(adoption.error());
            fetched->errors << tr("cloud adoption: %1").arg(fetched->causes.last());
        }
        if (worker->closing)
            return;
        auto industry = client.industryOutput();
        if (industry) {
            fetched->industryFreshness = {now(), industry->version, industry->loadedUnixMs};
            fetched->industry = std::move(*industry);
        } else {
            fetched->causes << QString::fromStdString(industry.error());
            fetched->errors << tr("industry output: %1").arg(fetched->causes.last());
        }
        worker->post([fetched](StatisticsBridge *bridge) { bridge->onFetched(fetched); });
    });
}

void StatisticsBridge::onFetched(const std::shared_ptr<Fetched> &fetched)
{
    if (fetched->generation != m_fetching)
        return; // setServer() went elsewhere meanwhile
    if (!fetched->catalog && !fetched->adoption && !fetched->industry) {
        // The cache keeps what it had; the state says how old it is.
        m_fetching = 0;
        m_state.syncing = false;
        m_state.serverReachable = false;
        // All three failed alike (the server is down): say it once.
        const bool alike =
            std::all_of(fetched->causes.begin(), fetched->causes.end(),
                        [&](const QString &c) { return c == fetched->causes.first(); });
        m_state.lastError = alike && !fetched->causes.isEmpty()
                                ? fetched->causes.first()
                                : fetched->errors.join(QLatin1String("; "));
        qCInfo(lcStatistics, "statistics fetch failed: %s", qPrintable(m_state.lastError));
        emit stateChanged(m_state);
        return;
    }
    std::shared_ptr<Worker> worker = m_worker;
    m_pool->start([worker, fetched] {
        QStringList errors = fetched->errors;
        StatisticsCache *cache = worker->open();
        auto store = [&errors](const QString &what, const Status &status) {
            if (!status.ok())
                errors
                    << tr("storing the %1: %2").arg(what, QString::fromStdString(status.message()));
        };
        if (!cache) {
            errors << tr("no cache: %1").arg(worker->cacheError);
        } else {
            if (fetched->catalog)
                store(tr("catalog"),
                      cache->storeCatalog(*fetched->catalog, fetched->catalogFreshness));
            if (fetched->adoption)
                store(tr("cloud adoption"),
                      cache->storeSeries(StatisticsCache::Kind::Adoption, *fetched->adoption,
                                         fetched->adoptionFreshness));
            if (fetched->industry)
                store(tr("industry output"),
                      cache->storeSeries(StatisticsCache::Kind::Industry, *fetched->industry,
                                         fetched->industryFreshness));
        }
        const CacheState state = worker->cacheState();
        worker->post([fetched, errors, state](StatisticsBridge *bridge) {
            if (fetched->generation == bridge->m_fetching) {
                bridge->m_fetching = 0;
                bridge->m_state.syncing = false;
                bridge->m_state.serverReachable = fetched->errors.isEmpty();
                bridge->m_state.lastError = errors.join(QLatin1String("; "));
            }
            applyCacheState(&bridge->m_state, state);
            emit bridge->dataChanged();
            emit bridge->stateChanged(bridge->m_state);
        });
    });
}

void StatisticsBridge::queryDatasets(const DatasetQuery &query, quint64 serial)
{
    std::shared_ptr<Worker> worker = m_worker;
    m_pool->start([worker, query, serial] {
        DatasetsAnswer answer;
        answer.serial = serial;
        answer.query = query;
        if (StatisticsCache *cache = worker->open()) {
            auto page = cache->catalog().query(query);
            if (page)
                answer.page = std::move(*page);
            else
                answer.error = QString::fromStdString(page.error());
        } else {
            answer.error = tr("No cache: %1").arg(worker->cacheError);
        }
        worker->post([answer](StatisticsBridge *bridge) { emit bridge->datasetsReady(answer); });
    });
}

void StatisticsBridge::requestCatalogCharts()
{
    std::shared_ptr<Worker> worker = m_worker;
    m_pool->start([worker] {
        CatalogCharts charts;
        if (StatisticsCache *cache = worker->open()) {
            if (auto themes = cache->catalog().themeTotals())
                charts.themes = std::move(*themes);
            else
                qCWarning(lcStatistics, "catalog charts: %s", themes.error().c_str());
            if (auto years = cache->catalog().issuedPerYear())
                charts.years = std::move(*years);
            else
                qCWarning(lcStatistics, "catalog charts: %s", years.error().c_str());
        }
        worker->post(
            [charts](StatisticsBridge *bridge) { emit bridge->catalogChartsReady(charts); });
    });
}

void StatisticsBridge::requestSeries()
{
    std::shared_ptr<Worker> worker = m_worker;
    m_pool->start([worker] {
        SeriesAnswer answer;
        QStringList errors;
        if (StatisticsCache *cache = worker->open()) {
            auto read = [&](StatisticsCache::Kind kind, StatisticsSeries *series,
                            StatisticsCache::Freshness *freshness) {
                if (auto stored = cache->series(kind))
                    *series = std::move(*stored);
                else
                    errors << QString::fromStdString(stored.error());
                if (auto fetched = cache->freshness(kind))
                    *freshness = *fetched;
                else
                    errors << QString::fromStdString(fetched.error());
            };
            read(StatisticsCache::Kind::Adoption, &answer.adoption, &answer.adoptionFreshness);
            read(StatisticsCache::Kind::Industry, &answer.industry, &answer.industryFreshness);
        } else {
            errors << tr("No cache: %1").arg(worker->cacheError);
        }
        answer.error = errors.join(QLatin1String("; "));
        worker->post([answer](StatisticsBridge *bridge) { emit bridge->seriesReady(answer); });
    });
}

void StatisticsBridge::importFile(const QString &path)
{
    std::shared_ptr<Worker> worker = m_worker;
    m_pool->start([worker, path] {
        const QFileInfo info(path);
        const QString name = info.fileName();
        ImportReport report;
        report.file = name;
        std::vector<Dataset> datasets;
        QFile file(path);
        if (!info.exists()) {
            report.error = tr("The file does not exist.");
        } else if (info.isDir()) {
            report.error = tr("This is a folder, not a file.");
        } else if (info.size() > kMaxImportBytes) {
            report.error = tr("The file is larger than %1 MiB.").arg(kMaxImportBytes >> 20);
        } else if (!file.open(QIODevice::ReadOnly)) {
            report.error = tr("The file cannot be read: %1").arg(file.errorString());
        } else {
            // Bounded even where the size lied (a pipe, a file growing).
            QByteArray bytes;
            bytes.reserve(qsizetype(std::min(info.size(), kMaxImportBytes)));
            QByteArray chunk(1 << 16, Qt::Uninitialized);
            bool tooLarge = false;
            for (;;) {
                const qint64 n = file.read(chunk.data(), chunk.size());
                if (n <= 0)
                    break;
                if (bytes.size() + n > kMaxImportBytes) {
                    tooLarge = true;
                    break;
                }
                bytes.append(chunk.constData(), qsizetype(n));
            }
            if (tooLarge)
                report.error = tr("The file is larger than %1 MiB.").arg(kMaxImportBytes >> 20);
            else if (file.error() != QFileDevice::NoError)
                report.error = tr("The file cannot be read: %1").arg(file.errorString());
            else
                report = importCatalog(bytes, name, &datasets);
        }
        bool changed = false;
        if (report.error.isEmpty() && !datasets.empty()) {
            StatisticsCache *cache = worker->open();
            size_t refused = 0;
            const Status stored =
                cache ? cache->catalog().upsert("import:" + name.toStdString(), datasets, &refused)
                      : Status::error(worker->cacheError.toStdString());
            if (!stored.ok()) {
                report.error = tr("The datasets could not be stored: %1")
                                   .arg(QString::fromStdString(stored.message()));
                report.taken = 0;
            } else {
                changed = true;
                if (refused > 0) {
                    report.taken -= int(std::min<size_t>(refused, size_t(report.taken)));
                    report.notes << tr("Datasets refused by the catalog: %n.", nullptr,
                                       int(refused));
                }
            }
        }
        worker->post([report, changed](StatisticsBridge *bridge) {
            emit bridge->importFinished(report);
            if (changed)
                emit bridge->dataChanged();
        });
    });
}

} // namespace scb
