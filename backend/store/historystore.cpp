#include "store/historystore.h"

#include "sqlite/sqlitestatement.h"
#include "store/aggregateseries.h"
#include "store/alertlog.h"
#include "store/chipcompactor.h"
#include "store/chipevents.h"
#include "store/chipqueries.h"
#include "store/hotlogwriter.h"
#include "store/latesttickreader.h"
#include "store/savedinventories.h"
#include "store/storeconnection.h"
#include "store/storeretention.h"
#include "store/storeschema.h"

#include <sqlite3.h>

#include <algorithm>

namespace scb {

namespace {

Status checkOptions(const StoreOptions &options, const std::string &what)
{
    if (options.chipRetentionMs <= 0 || options.chip1mRetentionMs <= 0 ||
        options.chip1hRetentionMs <= 0 || options.aggregateRetentionMs <= 0 ||
        options.rollup1mRetentionMs <= 0 || options.rollup1hRetentionMs <= 0 ||
        options.alertRetentionMs <= 0)
        return Status::error(what + ": retention periods must be positive");
    if (options.diskBudgetBytes < 0)
        return Status::error(what + ": the disk budget must not be negative");
    if (options.busyTimeoutMs < 0)
        return Status::error(what + ": the busy timeout must not be negative");
    return {};
}

Status checkTick(const FleetTick &tick, const FleetAggregates &aggregates, const std::string &what)
{
    for (const auto &column : tick.columns) {
        if (column.size() != tick.columns[0].size())
            return Status::error(what + ": columns of different lengths");
    }
    if (tick.unixMs <= 0)
        return Status::error(what + ": a tick time must be after 1970");
    if (aggregates.unixMs != tick.unixMs)
        return Status::error(what + ": aggregates are of " + std::to_string(aggregates.unixMs));
    if (aggregates.centers.size() > kMaxCenters)
        return Status::error(what + ": " + std::to_string(aggregates.centers.size()) +
                             " centers is more than " + std::to_string(kMaxCenters));
    return {};
}

} // namespace

struct HistoryStore::Parts
{
    Parts(sqlite3 *db, bool readOnly, const StoreOptions &options)
        : connection{db, readOnly, {}, 0, {}}
        , schema(connection)
        , inventories(connection)
        , hotLog(db)
        , aggregates(connection)
        , compactor(connection)
        , chipQueries(connection)
        , latestTick(connection)
        , events(connection)
        , alerts(connection)
        , retention(connection, options)
    {
    }

    // Preparing against the schema also proves that its tables are there.
    Status prepare()
    {
        for (auto prepareOne : {
                 +[](Parts &p) { return p.connection.transactions.prepare(p.connection.db); },
                 +[](Parts &p) { return p.schema.prepare(); },
                 +[](Parts &p) { return p.inventories.prepare(); },
                 +[](Parts &p) { return p.hotLog.prepare(); },
                 +[](Parts &p) { return p.aggregates.prepare(); },
                 +[](Parts &p) { return p.compactor.prepare(); },
                 +[](Parts &p) { return p.chipQueries.prepare(); },
                 +[](Parts &p) { return p.latestTick.prepare(); },
                 +[](Parts &p) { return p.events.prepare(); },
                 +[](Parts &p) { return p.alerts.prepare(); },
                 +[](Parts &p) { return p.retention.prepare(); },
             }) {
            if (Status s = prepareOne(*this); !s.ok())
                return s;
        }
        return {};
    }

    StoreConnection connection; // first: the parts below refer to it
    StoreSchema schema;
    SavedInventories inventories;
    HotLogWriter hotLog;
    AggregateSeries aggregates;
    ChipCompactor compactor;
    ChipQueries chipQueries;
    LatestTickReader latestTick;
    ChipEvents events;
    AlertLog alerts;
    StoreRetention retention;
};

HistoryStore::HistoryStore(sqlite3 *db,
                           std::string path,
                           const StoreOptions &options,
                           bool readOnly)
    : m_db(db)
    , m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_parts(std::make_unique<Parts>(db, readOnly, options))
{
}

HistoryStore::~HistoryStore()
{
    m_parts.reset(); // statements before the connection
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<HistoryStore>>
HistoryStore::open(const std::string &path, const StoreOptions &options, bool readOnly)
{
    const std::string what = (readOnly ? "open history read-only " : "open history ") + path;
    if (path.empty())
        return Status::error("open history: no file name given");
    if (Status s = checkOptions(options, what); !s.ok())
        return s;
    if (!readOnly)
        if (Status s = createParentFolder(path, what); !s.ok())
            return s;

    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX; // one thread at a time, as the header says
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    // Owned at once, so that every early return closes the handle.
    std::unique_ptr<HistoryStore> store(new HistoryStore(db, path, options, readOnly));
    if (rc != SQLITE_OK)
        return sqliteError(db, what);
    sqlite3_busy_timeout(db, options.busyTimeoutMs);

    if (Status s = StoreSchema::setUp(db, what, readOnly); !s.ok())
        return s;
    if (Status s = store->m_parts->prepare(); !s.ok())
        return Status::error(what + ": " + s.message());
    return store;
}

uint64_t HistoryStore::corruptRecords() const
{
    return m_parts->connection.corruptRecords;
}

const std::string &HistoryStore::lastError() const
{
    return m_parts->connection.lastError;
}

int HistoryStore::schemaVersion()
{
    return m_parts->schema.version();
}

Status HistoryStore::saveInventory(const Inventory &inventory)
{
    return m_parts->inventories.save(inventory);
}

std::optional<Inventory> HistoryStore::loadInventory()
{
    return m_parts->inventories.loadNewest();
}

std::optional<Inventory> HistoryStore::loadInventory(uint64_t version)
{
    return m_parts->inventories.load(version);
}

Status HistoryStore::append(const FleetTick &tick, const FleetAggregates &aggregates)
{
    const std::string what = "append tick " + std::to_string(tick.unixMs);
    StoreConnection &c = m_parts->connection;
    if (Status s = c.refuseIfReadOnly(what); !s.ok())
        return s;
    if (Status s = checkTick(tick, aggregates, what); !s.ok())
        return s;

    // Encode before taking the write lock: readers are never blocked in WAL
    // mode, but the compaction's connection would be.
    const std::vector<std::string> chunks = HotLogWriter::encodeChunks(tick);

    SqliteTransaction transaction(m_db, c.transactions);
    if (Status s = transaction.begin(what); !s.ok())
        return s;
    const int64_t newestMs = lastTickMs();
    if (!c.lastError.empty())
        return Status::error(what + ": " + c.lastError);
    if (tick.unixMs <= newestMs)
        return Status::error(what + ": not newer than the newest stored tick " +
                             std::to_string(newestMs));
    if (Status s = m_parts->hotLog.insert(tick, chunks, what); !s.ok())
        return s;
    if (Status s = m_parts->aggregates.append(aggregates, what); !s.ok())
        return s;
    return transaction.commit(what);
}

Status HistoryStore::enforceRetention(int64_t nowMs)
{
    return m_parts->retention.enforce(nowMs);
}

Result<bool> HistoryStore::compactStep(bool all)
{
    return m_parts->compactor.step(all);
}

StoreStats HistoryStore::stats()
{
    return m_parts->retention.stats();
}

Result<AlertRecord> HistoryStore::recordAlertRaised(const AlertRecord &alert)
{
    return m_parts->alerts.recordRaised(alert);
}

Status HistoryStore::closeStaleAlerts(int64_t seenBeforeMs, int64_t clearedMs)
{
    return m_parts->alerts.closeStale(seenBeforeMs, clearedMs);
}

Status
HistoryStore::recordAlertEscalated(int64_t id, int severity, int64_t escalatedMs, double value)
{
    return m_parts->alerts.recordEscalated(id, severity, escalatedMs, value);
}

Status HistoryStore::recordAlertCleared(int64_t id, int64_t clearedMs, double peak)
{
    return m_parts->alerts.recordCleared(id, clearedMs, peak);
}

Status HistoryStore::recordAlertAcknowledged(int64_t id,
                                             const std::string &who,
                                             const std::string &note,
                                             int64_t ackMs)
{
    return m_parts->alerts.recordAcknowledged(id, who, note, ackMs);
}

Result<std::vector<AlertRecord>>
HistoryStore::queryAlerts(int64_t fromMs, int64_t toMs, size_t maxAlerts)
{
    return m_parts->alerts.query(fromMs, toMs, maxAlerts);
}

int64_t HistoryStore::lastTickMs()
{
    StoreConnection &c = m_parts->connection;
    c.lastError.clear();
    const std::string what = "read the newest tick time";
    auto chips = m_parts->hotLog.newestTickMs(what);
    if (!chips.ok()) {
        c.noteError(chips.status().message());
        return 0;
    }
    auto aggregates = m_parts->aggregates.newestMs(what);
    if (!aggregates.ok()) {
        c.noteError(aggregates.status().message());
        return 0;
    }
    return std::max(*chips, *aggregates);
}

Result<std::vector<SeriesPoint>> HistoryStore::queryAggregate(
    int scope, AggregateField field, int64_t fromMs, int64_t toMs, int maxPoints)
{
    return m_parts->aggregates.query(scope, field, fromMs, toMs, maxPoints);
}

Result<std::vector<SeriesPoint>>
HistoryStore::queryChip(uint32_t chip, Metric metric, int64_t fromMs, int64_t toMs, int maxPoints)
{
    return m_parts->chipQueries.queryChip(chip, metric, fromMs, toMs, maxPoints);
}

Result<std::vector<SeriesPoint>> HistoryStore::queryNode(uint32_t firstChip,
                                                         uint32_t chipCount,
                                                         Metric metric,
                                                         int64_t fromMs,
                                                         int64_t toMs,
                                                         int maxPoints)
{
    return m_parts->chipQueries.queryNode(firstChip, chipCount, metric, fromMs, toMs, maxPoints);
}

std::optional<FleetTick> HistoryStore::latestTick()
{
    return m_parts->latestTick.read();
}

Result<std::vector<HistoryStore::StoredEvent>>
HistoryStore::queryEvents(int64_t chip, int64_t fromMs, int64_t toMs, size_t maxEvents)
{
    return m_parts->events.query(chip, fromMs, toMs, maxEvents);
}

Result<std::vector<ChipEventCounts>>
HistoryStore::queryEventCounts(int64_t fromMs, int64_t toMs, size_t limit)
{
    return m_parts->events.counts(fromMs, toMs, limit);
}

} // namespace scb
