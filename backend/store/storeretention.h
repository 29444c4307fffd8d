#pragma once

#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/historystore.h"
#include "store/rolluptiers.h"
#include "store/storeconnection.h"

#include <array>
#include <cstdint>
#include <string>

namespace scb {

// Deletes what has aged out of each tier, per StoreOptions, and keeps the
// file under the disk budget; it also measures what the store holds, the
// figures the budget acts on.
class StoreRetention
{
public:
    StoreRetention(StoreConnection &connection, const StoreOptions &options);
    Status prepare();

    // HistoryStore::enforceRetention and stats.
    Status enforce(int64_t nowMs);
    StoreStats stats();

private:
    Status deleteExpiredChipTiers(int64_t nowMs, const std::string &what);
    Status deleteClearedAlerts(int64_t nowMs, const std::string &what);
    Status deleteExpiredRollups(int64_t nowMs, const std::string &what);
    // Deletes, scope by scope, the rows of a per-scope table before bound:
    // walking the scopes through the primary key keeps each delete a range
    // delete; a plain "unix_ms < ?" would scan the whole table. name names
    // the table in errors.
    Status deleteByScope(SqliteStatement &nextScope,
                         SqliteStatement &drop,
                         int64_t bound,
                         const std::string &what,
                         const std::string &name);
    Status deleteAggregatesBefore(int64_t cutoffMs, const std::string &what);
    Status enforceBudget(const std::string &what);
    Result<int64_t> pagesInUse(const std::string &what);
    // Deletes the oldest unit of a tier holding more than one; false if none does.
    Result<bool> dropOldest(SqliteStatement &span, SqliteStatement &drop, const std::string &what);
    Result<bool> dropOldestAggregateDay(const std::string &what);
    // The inventories no hot tick or segment refers to, but for the newest.
    Status deleteUnreferencedInventories(const std::string &what);

    StoreConnection &m_connection;
    StoreOptions m_options;

    SqliteStatement m_deleteChipRaw;
    SqliteStatement m_deleteChip1m;
    SqliteStatement m_deleteChip1h;
    SqliteStatement m_deleteEvents;
    SqliteStatement m_deleteSegments;
    SqliteStatement m_deleteClearedAlerts;
    SqliteStatement m_deleteInventories;
    SqliteStatement m_nextScope;
    SqliteStatement m_deleteAggregate;
    std::array<SqliteStatement, kRollupTierCount> m_nextRollupScope;
    std::array<SqliteStatement, kRollupTierCount> m_deleteRollup;

    // The disk budget's.
    SqliteStatement m_pagesInUse;
    SqliteStatement m_rawSpan;
    SqliteStatement m_minuteSpan;
    SqliteStatement m_hourSpan;
    SqliteStatement m_deleteChipRawAt;
    SqliteStatement m_deleteChip1mAt;
    SqliteStatement m_deleteChip1hAt;
    SqliteStatement m_oldestAggregate;
    SqliteStatement m_newestAggregate;

    // stats()'
    SqliteStatement m_hotTickCount;
    SqliteStatement m_segmentCount;
};

} // namespace scb
