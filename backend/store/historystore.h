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
    int64_t unixMs = 0; // start of the bucket (or the sample's own time)
    double min = 0;
    double avg = 0;
    double max = 0;
};

struct StoreOptions
{
    int64_t chipRetentionMs = 2 * 3600 * 1000LL;       // per-chip hot log
    int64_t aggregateRetentionMs = 30 * 86400 * 1000LL; // per-center / fleet series
};

// The workstation's history: one SQLite file in WAL mode.
//
// Thread-safety: a HistoryStore is one SQLite connection and must be used
// from one thread at a time. The ingest thread owns a writable one; history
// queries open their own read-only ones (WAL lets them read while it writes).
class HistoryStore
{
public:
    static constexpr int kSchemaVersion = 1;

    static Result<std::unique_ptr<HistoryStore>> open(const std::string &path,
                                                      const StoreOptions &options = {},
                                                      bool readOnly = false);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Remembers the inventory, so that history can be shown with the server gone.
    Status saveInventory(const Inventory &inventory);
    std::optional<Inventory> loadInventory();

    // Appends one tick: its per-chip values and its aggregates, in one
    // transaction. Ticks not newer than the last stored one are refused.
    Status append(const FleetTick &tick, const FleetAggregates &aggregates);

    // Deletes what is older than the retention of each tier, relative to nowMs.
    Status enforceRetention(int64_t nowMs);

    // The newest stored tick time, or 0 if none.
    int64_t lastTickMs();

    // One aggregate series over [fromMs, toMs], downsampled to at most
    // maxPoints buckets (min / avg / max per bucket, so spikes survive).
    Result<std::vector<SeriesPoint>> queryAggregate(int scope, AggregateField field,
                                                    int64_t fromMs, int64_t toMs, int maxPoints);

    // One chip's metric over [fromMs, toMs] from the per-chip log, downsampled likewise.
    Result<std::vector<SeriesPoint>> queryChip(uint32_t chip, Metric metric, int64_t fromMs,
                                               int64_t toMs, int maxPoints);

    // The newest stored tick, whole (for a fleet view with the server gone).
    std::optional<FleetTick> latestTick();

    int schemaVersion();
    const std::string &path() const { return m_path; }

private:
    HistoryStore(sqlite3 *db, std::string path, StoreOptions options);
    struct Statements;
    sqlite3 *m_db = nullptr;
    std::string m_path;
    StoreOptions m_options;
    std::unique_ptr<Statements> m_stmts;
};

} // namespace scb
