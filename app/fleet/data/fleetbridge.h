#pragma once

#include "fleetoptions.h"
#include "historyreader.h"

#include "ingest/ingestpipeline.h"
#include "rpc/client/telemetryclient.h"
#include "store/historystore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace scb {

class TelemetryServer;

// The bridge between the backend's threads and the GUI thread. It owns the
// embedded server (when there is no --server), the telemetry client, the
// ingest pipeline with the history store, and runs history queries on worker
// threads. Everything it emits is emitted on the GUI thread; nothing it does
// on the GUI thread waits on the network, the disk or another thread's lock.
class FleetBridge : public QObject
{
    Q_OBJECT
public:
    explicit FleetBridge(const FleetOptions &options, QObject *parent = nullptr);
    ~FleetBridge() override;

    struct StartResult; // what start() prepares on a worker thread

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

    // History questions, read on the history reader's threads; the answer
    // goes to done on context's thread, and only to it (nothing is delivered
    // once context is gone).
    void requestHistory(const HistoryRequest &request,
                        QObject *context,
                        std::function<void(const HistoryResult &)> done);
    void requestChipHistory(const ChipHistoryRequest &request,
                            QObject *context,
                            std::function<void(const ChipHistoryResult &)> done);
    void requestEventCounts(const EventCountsRequest &request,
                            QObject *context,
                            std::function<void(const EventCountsResult &)> done);

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
    void alertsChanged(const scb::IngestPipeline::AlertList &alerts);
    void alertAcknowledgeFailed(const QString &message);
    void storeWarning(const QString &message);

private:
    void onStarted(const std::shared_ptr<StartResult> &result);
    void deliverSnapshot();
    void deliverInventory(std::shared_ptr<const Inventory> inventory);

    FleetOptions m_options;
    QString m_dbPath;
    QString m_serverAddress;
    bool m_hasHistory = false;
    LinkStatus m_linkStatus;
    SnapshotPtr m_snapshot;
    std::shared_ptr<const Inventory> m_inventory;

    HistoryReader m_reader;
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
Q_DECLARE_METATYPE(scb::IngestPipeline::AlertList)
