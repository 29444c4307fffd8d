#include "fleetbridge.h"

#include "embeddedserver.h"

#include "rpc/server/telemetryserver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrent>

namespace scb {

Q_LOGGING_CATEGORY(lcBridge, "scb.bridge", QtInfoMsg)

struct FleetBridge::StartResult
{
    std::unique_ptr<HistoryStore> store;
    QString storeError;
    std::unique_ptr<HistoryStore> compactor;
    std::shared_ptr<const Inventory> storedInventory;
    SnapshotPtr storedSnapshot;
    int64_t lastTickMs = 0;
    EmbeddedServer embedded;
};

namespace {

// Opens the history file (and a second connection for the compaction
// thread) and reads back the newest stored picture of the fleet, so that the
// window shows the last known state before the link is up.
void openHistory(const std::string &dbPath, FleetBridge::StartResult &result)
{
    QDir().mkpath(QFileInfo(QString::fromStdString(dbPath)).absolutePath());
    auto store = HistoryStore::open(dbPath);
    if (!store) {
        result.storeError = QString::fromStdString(store.error());
        return;
    }
    result.store = std::move(store.value());
    // The compaction thread's own connection; without it compaction runs on
    // the ingest thread.
    if (auto compactor = HistoryStore::open(dbPath))
        result.compactor = std::move(compactor.value());
    auto inventory = result.store->loadInventory();
    if (!inventory)
        return;
    auto stored = std::make_shared<const Inventory>(std::move(*inventory));
    result.storedInventory = stored;
    result.lastTickMs = result.store->lastTickMs();
    auto tick = result.store->latestTick();
    if (!tick || tick->inventoryVersion != stored->version ||
        tick->chipCount() != stored->chipCount())
        return;
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->inventory = stored;
    snapshot->index = std::make_shared<const InventoryIndex>(InventoryIndex::build(*stored));
    snapshot->tick = std::make_shared<const FleetTick>(std::move(*tick));
    snapshot->aggregates = computeAggregates(*stored, *snapshot->index, *snapshot->tick);
    result.storedSnapshot = std::move(snapshot);
}

} // namespace

FleetBridge::FleetBridge(const FleetOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dbPath(options.dbPath.isEmpty() ? defaultDatabasePath() : options.dbPath)
    , m_serverAddress(options.server)
    , m_reader(QDir::toNativeSeparators(m_dbPath).toStdString())
{
    qRegisterMetaType<scb::LinkStatus>();
    qRegisterMetaType<scb::SnapshotPtr>();
    qRegisterMetaType<scb::HistoryRequest>();
    qRegisterMetaType<scb::IngestPipeline::AlertList>();
    qRegisterMetaType<scb::ChipHistoryRequest>();
    qRegisterMetaType<std::shared_ptr<const scb::Inventory>>();
}

FleetBridge::~FleetBridge()
{
    if (m_startWatcher)
        m_startWatcher->waitForFinished();
    if (m_client)
        m_client->stop();
    if (m_pipeline)
        m_pipeline->stop();
    if (m_embedded)
        m_embedded->stop();
}

void FleetBridge::start()
{
    if (m_startWatcher)
        return;
    m_sinceStart.start();
    const std::string dbPath = QDir::toNativeSeparators(m_dbPath).toStdString();
    const bool embedded = isEmbedded();
    SimulatorConfig simulator;
    simulator.chips = static_cast<uint32_t>(m_options.simChips);
    simulator.centers = static_cast<uint32_t>(m_options.simCenters);
    simulator.seed = m_options.simSeed;

    m_startWatcher = new QFutureWatcher<std::shared_ptr<StartResult>>(this);
    connect(m_startWatcher, &QFutureWatcherBase::finished, this,
            [this] { onStarted(m_startWatcher->result()); });
    m_startWatcher->setFuture(QtConcurrent::run([dbPath, embedded, simulator] {
        auto result = std::make_shared<StartResult>();
        openHistory(dbPath, *result);
        if (embedded)
            result->embedded = startEmbeddedServer(simulator);
        return result;
    }));
}

void FleetBridge::onStarted(const std::shared_ptr<StartResult> &result)
{
    if (!result->storeError.isEmpty())
        emit storeWarning(tr("History is not kept: %1").arg(result->storeError));
    if (isEmbedded() && !result->embedded.error.isEmpty())
        emit storeWarning(
            tr("The embedded simulator did not start: %1").arg(result->embedded.error));
    m_embedded = std::move(result->embedded.server);
    if (isEmbedded())
        m_serverAddress = result->embedded.address;
    m_hasHistory = result->lastTickMs > 0;
    if (result->storedInventory)
        deliverInventory(result->storedInventory);
    if (result->storedSnapshot) {
        m_snapshot = result->storedSnapshot;
        emit snapshotChanged(m_snapshot);
    }

    IngestPipeline::Callbacks pipelineCallbacks;
    pipelineCallbacks.snapshot = [this](SnapshotPtr snapshot) {
        m_pending.store(std::move(snapshot));
        if (!m_deliveryQueued.exchange(true))
            QMetaObject::invokeMethod(this, &FleetBridge::deliverSnapshot, Qt::QueuedConnection);
    };
    pipelineCallbacks.storeError = [this](const std::string &message) {
        const QString text = QString::fromStdString(message);
        QMetaObject::invokeMethod(
            this, [this, text] { emit storeWarning(tr("History write failed: %1").arg(text)); },
            Qt::QueuedConnection);
    };
    pipelineCallbacks.alerts = [this](IngestPipeline::AlertList alerts) {
        QMetaObject::invokeMethod(
            this,
            [this, alerts = std::move(alerts)] {
                m_alerts = alerts;
                emit alertsChanged(m_alerts);
            },
            Qt::QueuedConnection);
    };
    m_pipeline = std::make_unique<IngestPipeline>(std::move(result->store), pipelineCallbacks, 8,
                                                  std::move(result->compactor));
    // Queued before any tick: the first evaluation already uses them.
    if (Status s = m_pipeline->setAlertRules(m_alertRules); !s.ok())
        qCWarning(lcBridge, "alert rules refused: %s", s.message().c_str());

    if (m_serverAddress.isEmpty()) {
        m_linkStatus.state = LinkState::Stopped;
        emit linkStatusChanged(m_linkStatus);
        emit started();
        return;
    }
    ClientConfig config;
    config.target = m_serverAddress.toStdString();
    config.resumeAfterUnixMs = result->lastTickMs;
    TelemetryClient::Callbacks callbacks;
    callbacks.inventory = [this](std::shared_ptr<const Inventory> inventory) {
        m_pipeline->setInventory(inventory);
        QMetaObject::invokeMethod(
            this, [this, inventory] { deliverInventory(inventory); }, Qt::QueuedConnection);
    };
    callbacks.tick = [this](FleetTickPtr tick, bool replay) {
        m_pipeline->push(std::move(tick), replay);
    };
    callbacks.status = [this](const LinkStatus &status) {
        QMetaObject::invokeMethod(
            this,
            [this, status] {
                m_linkStatus = status;
                emit linkStatusChanged(status);
            },
            Qt::QueuedConnection);
    };
    m_client = std::make_unique<TelemetryClient>(config, callbacks);
    m_client->start();
    emit started();
}

void FleetBridge::deliverInventory(std::shared_ptr<const Inventory> inventory)
{
    if (m_inventory && inventory && m_inventory->version == inventory->version &&
        m_inventory->chipCount() == inventory->chipCount())
        return;
    m_inventory = std::move(inventory);
    emit inventoryChanged(m_inventory);
}

void FleetBridge::deliverSnapshot()
{
    m_deliveryQueued = false;
    SnapshotPtr snapshot = m_pending.exchange(nullptr);
    if (!snapshot)
        return;
    // The client announces a new inventory before its first tick; snapshots
    // still queued from the old one must not bring the old one back.
    if (!m_inventory || snapshot->inventory->version != m_inventory->version ||
        snapshot->inventory->chipCount() != m_inventory->chipCount())
        return;
    m_hasHistory = m_hasHistory || m_pipeline->counters().ticksStored > 0;
    if (!m_firstLiveLogged) {
        m_firstLiveLogged = true;
        qCInfo(lcBridge, "first live frame %lld ms after start (%u chips from %s)",
               qint64(m_sinceStart.elapsed()), snapshot->tick->chipCount(),
               qPrintable(m_serverAddress));
    }
    m_snapshot = std::move(snapshot);
    emit snapshotChanged(m_snapshot);
}

FleetBridge::Counters FleetBridge::counters() const
{
    Counters c;
    if (m_client) {
        const ClientCounters &client = m_client->counters();
        c.ticks = client.ticks;
        c.rejectedChunks = client.rejectedChunks;
        c.rejectedValues = client.rejectedValues;
        c.incompleteTicks = client.incompleteTicks;
        c.reconnects = client.reconnects;
    }
    if (m_pipeline) {
        const IngestCounters &ingest = m_pipeline->counters();
        c.ticksStored = ingest.ticksStored;
        c.ticksCoalesced = ingest.ticksCoalesced;
        c.storeErrors = ingest.storeErrors;
        c.storeQueue = ingest.queueDepth;
        c.hotTicks = ingest.hotTicks;
        // At 1 Hz a segment is kSegmentMs / 1000 ticks.
        c.compactionBehind = c.hotTicks > 2 * (HistoryStore::kSegmentMs / 1000);
    }
    return c;
}

void FleetBridge::requestHistory(const HistoryRequest &request,
                                 QObject *context,
                                 std::function<void(const HistoryResult &)> done)
{
    const int centers = request.perCenter && m_inventory ? int(m_inventory->centers.size()) : 0;
    m_reader.history(request, centers).then(context, std::move(done));
}

void FleetBridge::requestChipHistory(const ChipHistoryRequest &request,
                                     QObject *context,
                                     std::function<void(const ChipHistoryResult &)> done)
{
    m_reader.chipHistory(request).then(context, std::move(done));
}

void FleetBridge::requestEventCounts(const EventCountsRequest &request,
                                     QObject *context,
                                     std::function<void(const EventCountsResult &)> done)
{
    m_reader.eventCounts(request).then(context, std::move(done));
}

Status FleetBridge::setAlertRules(const AlertRules &rules)
{
    if (Status s = rules.validate(); !s.ok())
        return s;
    m_alertRules = rules;
    return m_pipeline ? m_pipeline->setAlertRules(rules) : Status();
}

void FleetBridge::acknowledgeAlert(quint64 alertId, const QString &who, const QString &note)
{
    if (!m_pipeline) {
        emit alertAcknowledgeFailed(tr("Not connected to the ingest pipeline yet."));
        return;
    }
    // The pipeline belongs to this bridge and is stopped before it goes, so
    // its callback may name `this`.
    m_pipeline->acknowledgeAlert(
        alertId, who.toStdString(), note.toStdString(), QDateTime::currentMSecsSinceEpoch(),
        [this](Status status) {
            if (status.ok())
                return;
            const QString message = QString::fromStdString(status.message());
            QMetaObject::invokeMethod(
                this, [this, message] { emit alertAcknowledgeFailed(message); },
                Qt::QueuedConnection);
        });
}

} // namespace scb
