#pragma once

#include "appoptions.h"

#include "ingest/ingestpipeline.h"
#include "rpc/client/telemetryclient.h"
#include "store/historystore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace scb {

class TelemetryServer;

// A chart's question to the store: one aggregate field over [fromMs, toMs],
// for the fleet and optionally every center, at most maxPoints per series.
struct HistoryRequest
{
    AggregateField field = AggregateField::UtilizationMean;
    bool perCenter = true;
    int64_t fromMs = 0;
    int64_t toMs = 0;
    int maxPoints = 1000;
};

struct HistorySeries
{
    int scope = kFleetScope; // kFleetScope or a center index
    std::vector<SeriesPoint> points;
};

struct HistoryResult
{
    HistoryRequest request;
    std::vector<HistorySeries> series;
    QString error;
};

// One chip's history: every metric over a range, and its events.
struct ChipHistoryRequest
{
    uint32_t chip = 0;
    int64_t fromMs = 0;
    int64_t toMs = 0;
    int maxPoints = 1000;
    uint64_t serial = 0; // tells the answers of successive requests apart
};

struct ChipHistoryResult
{
    ChipHistoryRequest request;
    std::array<std::vector<SeriesPoint>, kMetricCount> metrics;
    std::vector<HistoryStore::StoredEvent> events;
    QString error;
};

// Events per chip over a range, for the table of chips with most errors.
struct EventCountsRequest
{
    int64_t fromMs = 0;
    int64_t toMs = 0;
    uint64_t serial = 0; // tells the answers of successive requests apart
};

struct EventCountsResult
{
    EventCountsRequest request;
    // Every chip with events in the range, most errors first
    // (HistoryStore::queryEventCounts()).
    std::vector<ChipEventCounts> rows;
    QString error;
};

// The bridge between the backend's threads and the GUI thread. It owns the
// embedded server (when there is no --server), the telemetry client, the
// ingest pipeline with the history store, and runs history queries on worker
// threads. Everything it emits is emitted on the GUI thread; nothing it does
// on the GUI thread waits on the network, the disk or another thread's lock.
class FleetBridge : public QObject
{
    Q_OBJECT
public:
    explicit FleetBridge(const AppOptions &options, QObject *parent = nullptr);
    ~FleetBridge() override;

    // Opens the store, starts the embedded server if needed, then the client;
    // the slow parts run on a worker thread. started() follows.
    void start();

    QString serverAddress() const { return m_serverAddress; }
    bool isEmbedded() const { return m_options.server.isEmpty(); }
    QString databasePath() const { return m_dbPath; }
    bool hasHistory() const { return m_hasHistory; }
    LinkStatus linkStatus() const { return m_linkStatus; }
    SnapshotPtr snapshot() const { return m_snapshot; }
    std::shared_ptr<const Inventory> inventory() const { return m_inventory; }

    struct Counters
    {
        uint64_t ticks = 0;
        uint64_t rejectedChunks = 0;
        uint64_t rejectedValues = 0;
        uint64_t incompleteTicks = 0;
        uint64_t reconnects = 0;
        uint64_t ticksStored = 0;
        uint64_t ticksCoalesced = 0;
        uint64_t storeErrors = 0;
        uint64_t storeQueue = 0; // ticks waiting for the store
        uint64_t hotTicks = 0;   // stored ticks not yet compacted
        // More than the open segment and the one being compacted wait.
        bool compactionBehind = false;
    };
    Counters counters() const;

    // Reads the history a chart asks for on a worker thread; historyReady()
    // carries the answer, with the request it answers.
    void requestHistory(const HistoryRequest &request);
    // Likewise for one chip: chipHistoryReady() answers.
    void requestChipHistory(const ChipHistoryRequest &request);
    // Counts every chip's events in [fromMs, toMs] on a worker thread;
    // eventCountsReady() answers, with the serial given.
    void requestEventCounts(int64_t fromMs, int64_t toMs, uint64_t serial);

    // Acknowledges an active alert; alertsChanged() follows, or
    // alertAcknowledgeFailed() with the reason.
    void acknowledgeAlert(quint64 alertId, const QString &who, const QString &note);
    IngestPipeline::AlertList alerts() const { return m_alerts; }
    // The alert rules: handed to the pipeline at once, or kept until it
    // exists (start()). Invalid rules are refused with the reason and the
    // current ones stay.
    Status setAlertRules(const AlertRules &rules);
    AlertRules alertRules() const { return m_alertRules; }

signals:
    void started();
    void inventoryChanged(std::shared_ptr<const scb::Inventory> inventory);
    void snapshotChanged(scb::SnapshotPtr snapshot);
    void linkStatusChanged(const scb::LinkStatus &status);
    void historyReady(const scb::HistoryResult &result);
    void chipHistoryReady(const scb::ChipHistoryResult &result);
    void eventCountsReady(const scb::EventCountsResult &result);
    void alertsChanged(const scb::IngestPipeline::AlertList &alerts);
    void alertAcknowledgeFailed(const QString &message);
    void storeWarning(const QString &message);

private:
    struct StartResult;
    void onStarted(const std::shared_ptr<StartResult> &result);
    void deliverSnapshot();
    void deliverInventory(std::shared_ptr<const Inventory> inventory);

    AppOptions m_options;
    QString m_dbPath;
    QString m_serverAddress;
    bool m_hasHistory = false;
    LinkStatus m_linkStatus;
    SnapshotPtr m_snapshot;
    std::shared_ptr<const Inventory> m_inventory;

    std::unique_ptr<TelemetryServer> m_embedded;
    std::unique_ptr<IngestPipeline> m_pipeline;
    IngestPipeline::AlertList m_alerts;
    AlertRules m_alertRules;
    std::unique_ptr<TelemetryClient> m_client;
    QFutureWatcher<std::shared_ptr<StartResult>> *m_startWatcher = nullptr;

    // Handed from the pipeline thread to the GUI thread: the newest snapshot
    // wins, and at most one delivery is queued at a time.
    std::atomic<std::shared_ptr<const Snapshot>> m_pending;
    std::atomic<bool> m_deliveryQueued{false};
    QElapsedTimer m_sinceStart;
    bool m_firstLiveLogged = false;
};

} // namespace scb

Q_DECLARE_METATYPE(scb::LinkStatus)
Q_DECLARE_METATYPE(scb::SnapshotPtr)
Q_DECLARE_METATYPE(scb::HistoryResult)
Q_DECLARE_METATYPE(scb::HistoryRequest)
Q_DECLARE_METATYPE(scb::ChipHistoryResult)
Q_DECLARE_METATYPE(scb::IngestPipeline::AlertList)
Q_DECLARE_METATYPE(scb::ChipHistoryRequest)
Q_DECLARE_METATYPE(scb::EventCountsResult)
