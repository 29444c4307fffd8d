#pragma once

#include "core/aggregates.h"
#include "core/fleettick.h"
#include "core/inventory.h"
#include "core/status.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace scb {

// Which group an aggregate series belongs to.
inline constexpr int kFleetScope = -1; // else: a center index

// Fields of the per-group aggregate series.
enum class AggregateField : uint8_t {
    UtilizationMean,
    UtilizationMin,
    UtilizationMax,
    PowerWatts,
    TemperatureMaxC,
    ChipsOnline,
    ChipsFault,
    MemoryUsedMiB,
};

// One bucket of a downsampled series. A bucket of one sample has min == avg == max.
struct SeriesPoint
{
    int64_t unixMs = 0; // time of the bucket's first sample (not the bucket's start)
    double min = 0;
    double avg = 0;
    double max = 0;
};

// How long each tier keeps what it holds, and how large the file may grow.
// The defaults keep a 200,000-chip fleet at 1 Hz under the 20 GB budget
// (README, "History store", gives the sizes they come from); the budget is
// the backstop for fleets, rates or values the defaults did not foresee.
struct StoreOptions
{
    int64_t chipRetentionMs = 6 * 3600 * 1000LL;            // per-chip samples, every tick
    int64_t chip1mRetentionMs = 3 * 86400 * 1000LL;         // per-chip 1-minute rollups
    int64_t chip1hRetentionMs = 30 * 86400 * 1000LL;        // per-chip 1-hour rollups
    int64_t aggregateRetentionMs = 7 * 86400 * 1000LL;      // per-center / fleet series, every tick
    int64_t rollup1mRetentionMs = 90 * 86400 * 1000LL;      // 1-minute rollups of that series
    int64_t rollup1hRetentionMs = 5 * 365 * 86400 * 1000LL; // 1-hour rollups (5 years)
    int64_t alertRetentionMs = 365 * 86400 * 1000LL;        // cleared alerts (a year)
    // enforceRetention() deletes oldest-first, finest tier first, while the
    // file's pages in use exceed this. 0: no budget.
    int64_t diskBudgetBytes = 20'000'000'000LL;
    int busyTimeoutMs = 5000; // how long a statement waits for another connection's lock
};

// One alert as the store keeps it (the alert engine's Alert, without its
// in-memory links): kinds, severities and codes are the engine's numbers.
struct AlertRecord
{
    int64_t id = 0; // the store's, stable across restarts
    int kind = 0;
    int severity = 0;
    uint32_t center = 0;
    uint32_t node = 0;
    uint32_t chip = 0;
    uint32_t code = 0;
    int64_t sinceMs = 0;
    int64_t raisedMs = 0;
    int64_t escalatedMs = 0;
    int64_t clearedMs = 0; // 0 while open
    double value = 0;
    double peak = 0;
    std::string ackBy;
    std::string ackNote;
    int64_t ackMs = 0; // 0 while not acknowledged
    bool operator==(const AlertRecord &) const = default;
};

// One chip's events of a time range, by kind (HistoryStore::queryEventCounts()).
struct ChipEventCounts
{
    uint32_t chip = 0;
    uint32_t xid = 0;
    uint32_t eccDoubleBit = 0;
    uint32_t throttle = 0;
    uint32_t offline = 0;
    // What needs a person: XID events and double-bit ECC errors.
    uint64_t errors() const { return uint64_t{xid} + eccDoubleBit; }
    uint64_t total() const { return errors() + throttle + offline; }
    bool operator==(const ChipEventCounts &) const = default;
};

// What the store holds, for the status bar and the benchmark.
struct StoreStats
{
    int64_t fileBytes = 0;   // pages in use (the file may be larger: free pages)
    int64_t hotTicks = 0;    // ticks not yet compacted
    int64_t segments = 0;    // compacted segments still referred to
    int64_t oldestRawMs = 0; // oldest per-chip sample kept (0: none)
};

// The workstation's history: one SQLite file in WAL mode.
//
// Thread-safety: a HistoryStore is one SQLite connection and must be used
// from one thread at a time. The ingest thread owns a writable one; history
// queries open their own read-only ones (WAL lets them read while it writes).
class HistoryStore
{
public:
    static constexpr int kSchemaVersion = 4;

    // Per-chip history is written as a hot log, one row per tick and chunk of
    // kHotChunkChips chips, and compacted segment by segment (at most
    // kSegmentMs of ticks, aligned to it, one inventory version) into one row
    // per chip: its five metrics as seriescodec series, its 1-minute rollups,
    // and its hour in a row per chip and day of 1-hour rollups.
    static constexpr uint32_t kHotChunkChips = 1024;
    static constexpr int64_t kSegmentMs = 600'000;

    // Creates the file and its folder if missing, sets WAL mode and migrates an
    // older schema. Refuses, with a message saying why, a file of a newer
    // schema, a file that is not SQLite, and another program's database.
    // readOnly never creates or migrates: it needs the current schema.
    static Result<std::unique_ptr<HistoryStore>>
    open(const std::string &path, const StoreOptions &options = {}, bool readOnly = false);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Remembers the inventory, so that history can be shown with the server gone.
    // Saving a version again replaces it. Older versions stay while ticks of
    // the chip log refer to them.
    Status saveInventory(const Inventory &inventory);
    // The most recently saved inventory; nullopt if none, or if the stored one
    // is unreadable (then counted in corruptRecords() and told in lastError()).
    std::optional<Inventory> loadInventory();
    // A given inventory version, e.g. the one a stored tick was indexed against.
    std::optional<Inventory> loadInventory(uint64_t version);

    // Appends one tick: its per-chip values and its aggregates, in one
    // transaction (all of it is stored, or none). The same transaction folds
    // the aggregates into the 1-minute and 1-hour rollups (one row per scope
    // per tier, updated in place). Ticks not newer than the last
    // stored one are refused; aggregates.unixMs must equal tick.unixMs.
    Status append(const FleetTick &tick, const FleetAggregates &aggregates);

    // Deletes what is older than the retention of each tier, relative to nowMs,
    // and inventories no longer referred to (the newest one always stays).
    // Then, while the pages in use exceed the disk budget, deletes the oldest
    // segment of the finest chip tier that has more than one, then the oldest
    // day of the per-tick aggregates, then of the 1-hour chip rollups.
    // Meant to run about once a minute, not every tick.
    Status enforceRetention(int64_t nowMs);

    // Compacts one chunk of the oldest segment of the hot log, if that segment
    // is closed (a later tick lies past its end) or `all` is set. Returns
    // whether it did anything; call it until it returns false. Each call is
    // one short transaction, and may run on its own connection beside append().
    Result<bool> compactStep(bool all = false);

    StoreStats stats();

    // The alert history. An alert raised while an open row of the same kind,
    // chip, node and code exists (it was open when the app stopped) takes
    // that row over: its id and acknowledgement come back in the result.
    // closeStaleAlerts() ends the open rows not raised or taken over since
    // seenBeforeMs (what was open when the app stopped and has not come
    // back), as cleared at clearedMs.
    Result<AlertRecord> recordAlertRaised(const AlertRecord &alert);
    Status closeStaleAlerts(int64_t seenBeforeMs, int64_t clearedMs);
    Status recordAlertEscalated(int64_t id, int severity, int64_t escalatedMs, double value);
    Status recordAlertCleared(int64_t id, int64_t clearedMs, double peak);
    Status recordAlertAcknowledged(int64_t id,
                                   const std::string &who,
                                   const std::string &note,
                                   int64_t ackMs);
    // Alerts raised in [fromMs, toMs], newest first, at most maxAlerts.
    Result<std::vector<AlertRecord>> queryAlerts(int64_t fromMs, int64_t toMs, size_t maxAlerts);

    // The newest stored tick time (chip log or fleet aggregates), or 0 if none.
    int64_t lastTickMs();

    // One aggregate series over [fromMs, toMs], downsampled to at most
    // maxPoints buckets (min / avg / max per bucket, so spikes survive).
    // Buckets are ceil((toMs - fromMs + 1) / maxPoints) ms wide, aligned to
    // fromMs; a range holding at most maxPoints samples gives one point per
    // sample. maxPoints is clamped to [1, kMaxQueryPoints]. Utilization fields
    // skip ticks in which no chip of the scope reported utilization.
    // fromMs < 0 or fromMs > toMs is an error.
    //
    // Tier: when buckets are needed, they are computed from the 1-hour rollups
    // if they are at least 1 h wide, from the 1-minute rollups if at least
    // 1 min wide, else from the per-tick series. Per bucket, min is the min of
    // the rollups' mins, max the max of their maxes and avg their sum of sums
    // over their sample count (so avg weighs ticks, not rollup rows). A rollup
    // row is read whole and lands in the bucket of its first sample (the
    // point's time, or fromMs if that is earlier). Where fromMs and the bucket
    // width are multiples of the tier, the result equals the per-tick one (avg
    // up to rounding: the rollups keep each tick's utilization mean as a REAL,
    // the very double the per-tick query computes, so min and max match
    // exactly); elsewhere a bucket edge may be off by up to one tier, and the
    // first and last bucket may hold samples up to one tier outside the range.
    // Rollups keep their own retention, so a range older than
    // aggregateRetentionMs still has wide-bucket answers.
    Result<std::vector<SeriesPoint>>
    queryAggregate(int scope, AggregateField field, int64_t fromMs, int64_t toMs, int maxPoints);

    // One chip's metric over [fromMs, toMs], downsampled likewise, from the
    // compacted segments (the tier chosen as for queryAggregate; a segment
    // whose tier was deleted by retention answers from the next coarser, then
    // finer one) and the hot log. The chip is an index of the inventory each
    // tick was stored with; ticks without a value for it (kNoData, or fewer
    // chips) are skipped, and so are unreadable rows (counted in
    // corruptRecords()).
    Result<std::vector<SeriesPoint>>
    queryChip(uint32_t chip, Metric metric, int64_t fromMs, int64_t toMs, int maxPoints);

    // A node's metric: its chips (indexes firstChip .. firstChip + chipCount - 1
    // of the inventory) read as queryChip reads them, merged per bucket of the
    // same window: min of their mins, max of their maxes, mean of their means.
    // Nodes keep no rollups of their own: a node is a handful of chips, and
    // their rollups answer as fast as a node's would (8 lookups per segment).
    Result<std::vector<SeriesPoint>> queryNode(uint32_t firstChip,
                                               uint32_t chipCount,
                                               Metric metric,
                                               int64_t fromMs,
                                               int64_t toMs,
                                               int maxPoints);

    // The newest stored tick, whole (for a fleet view with the server gone),
    // with its events.
    std::optional<FleetTick> latestTick();

    // The events of the ticks in [fromMs, toMs] (kept as long as the 1-minute
    // chip rollups), oldest first, at most maxEvents; chip < 0: every chip.
    struct StoredEvent
    {
        int64_t unixMs;
        ChipEvent event;
    };
    Result<std::vector<StoredEvent>>
    queryEvents(int64_t chip, int64_t fromMs, int64_t toMs, size_t maxEvents);

    // Per chip with events in [fromMs, toMs], its XID, double-bit ECC,
    // throttle and offline events (back-online events are not counted):
    // most errors (XID + ECC) first, then most events, then by chip; at most
    // limit chips. One GROUP BY over the events' time index. fromMs > toMs is
    // an error.
    Result<std::vector<ChipEventCounts>>
    queryEventCounts(int64_t fromMs, int64_t toMs, size_t limit);

    int schemaVersion();
    const std::string &path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }

    // Stored records found unreadable since open (skipped, never fatal).
    uint64_t corruptRecords() const;
    // The last problem met where no Status could carry it: a call returning an
    // optional or a number failed, or a query skipped an unreadable record.
    const std::string &lastError() const;

    static constexpr int kMaxQueryPoints = 100'000;

private:
    // One class per responsibility (schema, inventories, hot log, aggregate
    // series, compaction, chip queries, events, alert log, retention), all on
    // this one connection.
    struct Parts;
    HistoryStore(sqlite3 *db, std::string path, const StoreOptions &options, bool readOnly);

    sqlite3 *m_db = nullptr;
    std::string m_path;
    bool m_readOnly = false;
    std::unique_ptr<Parts> m_parts;
};

} // namespace scb
