#pragma once

#include "core/aggregates.h"
#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/historystore.h"
#include "store/querywindow.h"
#include "store/rolluptiers.h"
#include "store/storeconnection.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace scb {

inline constexpr int kAggregateFieldCount = 8;

// The per-center and fleet series: a row per scope per tick (table
// aggregate), folded as it is written into 1-minute and 1-hour rollups, and
// read back downsampled from the tier that fits the buckets asked for.
class AggregateSeries
{
public:
    explicit AggregateSeries(StoreConnection &connection)
        : m_connection(connection)
    {
    }
    Status prepare();

    // Stores one tick's aggregates (aggregates.unixMs > 0) and folds them into
    // the rollups. The caller holds the transaction.
    Status append(const FleetAggregates &aggregates, const std::string &what);
    // The fleet series' newest tick, 0 if none.
    Result<int64_t> newestMs(const std::string &what);
    // HistoryStore::queryAggregate.
    Result<std::vector<SeriesPoint>>
    query(int scope, AggregateField field, int64_t fromMs, int64_t toMs, int maxPoints);

private:
    bool insert(int scope, const GroupAggregate &a, int64_t unixMs);
    bool upsertRollups(int scope, const GroupAggregate &a, int64_t unixMs);
    // One point per tick, at most maxPoints + 1 of them (one more tells that
    // they do not fit).
    Status readSamples(int scope,
                       int field,
                       const QueryWindow &w,
                       const std::string &what,
                       std::vector<SeriesPoint> &points);
    // Whether the per-tick series still holds the whole range: retention may
    // have trimmed it sooner than the rollups.
    Result<bool> ticksCoverRange(int scope, const QueryWindow &w, const std::string &what);
    Result<std::vector<SeriesPoint>> readBuckets(StatementUse &use, const std::string &what);

    StoreConnection &m_connection;
    SqliteStatement m_newest;
    SqliteStatement m_insert;
    SqliteStatement m_oldestData;
    std::array<SqliteStatement, kAggregateFieldCount> m_samples;
    std::array<SqliteStatement, kAggregateFieldCount> m_buckets;
    std::array<SqliteStatement, kRollupTierCount> m_upsertRollup;
    // [tier][field]
    std::array<std::array<SqliteStatement, kAggregateFieldCount>, kRollupTierCount> m_rollupBuckets;
};

} // namespace scb
