#include "store/storeretention.h"

#include "store/chiplayout.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace scb {

namespace {

int64_t saturatingSub(int64_t a, int64_t b)
{
    // b > 0 (retention is validated at open).
    return a < std::numeric_limits<int64_t>::min() + b ? std::numeric_limits<int64_t>::min()
                                                       : a - b;
}

} // namespace

StoreRetention::StoreRetention(StoreConnection &connection, const StoreOptions &options)
    : m_connection(connection)
    , m_options(options)
{
}

Status StoreRetention::prepare()
{
    sqlite3 *db = m_connection.db;
    if (Status status = prepareAll(
            db,
            {
                {&m_deleteChipRaw, "DELETE FROM chip_raw WHERE start_ms <= ?1", "delete chip_raw"},
                {&m_deleteChip1m, "DELETE FROM chip_1m WHERE start_ms <= ?1", "delete chip_1m"},
                {&m_deleteChip1h, "DELETE FROM chip_1h WHERE day_ms <= ?1", "delete chip_1h"},
                {&m_deleteEvents, "DELETE FROM chip_event WHERE unix_ms < ?1", "delete chip_event"},
                // A segment goes once older than ?1 and no block of either
                // tier that reads its times is left as old.
                {&m_deleteSegments,
                 "DELETE FROM segment WHERE start_ms < ?1 "
                 "AND start_ms < coalesce((SELECT min(start_ms) FROM chip_raw), ?1) "
                 "AND start_ms < coalesce((SELECT min(start_ms) FROM chip_1m), ?1)",
                 "delete segments"},
                {&m_deleteClearedAlerts,
                 "DELETE FROM alert_log WHERE cleared_ms > 0 AND cleared_ms < ?1", "alert log"},
                // The indexes keep this from reading every hot tick and segment.
                {&m_deleteInventories,
                 "DELETE FROM inventory WHERE NOT EXISTS (SELECT 1 FROM hot_tick "
                 "WHERE hot_tick.inventory_version = inventory.version) "
                 "AND NOT EXISTS (SELECT 1 FROM segment WHERE segment.inventory_version = "
                 "inventory.version) "
                 "AND version <> (SELECT version FROM inventory "
                 "ORDER BY saved_unix_ms DESC, version DESC LIMIT 1)",
                 "delete inventories"},
                {&m_nextScope,
                 "SELECT scope FROM aggregate WHERE scope > ?1 ORDER BY scope LIMIT 1",
                 "next scope"},
                {&m_deleteAggregate, "DELETE FROM aggregate WHERE scope = ?1 AND unix_ms < ?2",
                 "delete aggregate"},
                {&m_pagesInUse,
                 "SELECT (page_count - freelist_count) * page_size "
                 "FROM pragma_page_count(), pragma_freelist_count(), pragma_page_size()",
                 "pages in use"},
                {&m_rawSpan, chipsql::kRawSpan, "chip_raw span"},
                {&m_minuteSpan, chipsql::kMinuteSpan, "chip_1m span"},
                {&m_hourSpan, chipsql::kHourSpan, "chip_1h span"},
                {&m_deleteChipRawAt, "DELETE FROM chip_raw WHERE start_ms = ?1",
                 "delete chip_raw at"},
                {&m_deleteChip1mAt, "DELETE FROM chip_1m WHERE start_ms = ?1", "delete chip_1m at"},
                {&m_deleteChip1hAt, "DELETE FROM chip_1h WHERE day_ms = ?1", "delete chip_1h at"},
                {&m_oldestAggregate, "SELECT min(unix_ms) FROM aggregate WHERE scope = ?1",
                 "oldest aggregate"},
                {&m_newestAggregate, "SELECT max(unix_ms) FROM aggregate WHERE scope = ?1",
                 "newest aggregate"},
                {&m_hotTickCount, "SELECT count(*) FROM hot_tick", "hot tick count"},
                {&m_segmentCount, "SELECT count(*) FROM segment", "segment count"},
            });
        !status.ok())
        return status;
    for (int t = 0; t < kRollupTierCount; ++t) {
        const std::string table = kRollupTiers[t].aggregateTable;
        if (Status status = prepareAll(
                db, {{&m_nextRollupScope[t],
                      "SELECT scope FROM " + table + " WHERE scope > ?1 ORDER BY scope LIMIT 1",
                      "next scope of " + table},
                     {&m_deleteRollup[t],
                      "DELETE FROM " + table + " WHERE scope = ?1 AND bucket_unix_ms < ?2",
                      "delete " + table}});
            !status.ok())
            return status;
    }
    return {};
}

Status StoreRetention::enforce(int64_t nowMs)
{
    const std::string what = "enforce retention at " + std::to_string(nowMs);
    if (Status s = m_connection.refuseIfReadOnly(what); !s.ok())
        return s;
    SqliteTransaction transaction(m_connection.db, m_connection.transactions);
    if (Status s = transaction.begin(what); !s.ok())
        return s;
    if (Status s = deleteExpiredChipTiers(nowMs, what); !s.ok())
        return s;
    if (Status s = deleteClearedAlerts(nowMs, what); !s.ok())
        return s;
    if (Status s =
            deleteAggregatesBefore(saturatingSub(nowMs, m_options.aggregateRetentionMs), what);
        !s.ok())
        return s;
    if (Status s = deleteExpiredRollups(nowMs, what); !s.ok())
        return s;
    if (m_options.diskBudgetBytes > 0) {
        if (Status s = enforceBudget(what); !s.ok())
            return s;
    }
    if (Status s = deleteUnreferencedInventories(what); !s.ok())
        return s;
    return transaction.commit(what);
}

Status StoreRetention::deleteExpiredChipTiers(int64_t nowMs, const std::string &what)
{
    const int64_t rawCutoff = saturatingSub(nowMs, m_options.chipRetentionMs);
    const int64_t minuteCutoff = saturatingSub(nowMs, m_options.chip1mRetentionMs);
    const int64_t hourCutoff = saturatingSub(nowMs, m_options.chip1hRetentionMs);
    const int64_t segmentMs = HistoryStore::kSegmentMs;
    // A block goes once all of it is older than its cutoff.
    const struct
    {
        SqliteStatement *statement;
        int64_t bound;
        const char *name;
    } deletes[] = {
        {&m_deleteChipRaw, saturatingSub(rawCutoff, segmentMs), "chip samples"},
        {&m_deleteChip1m, saturatingSub(minuteCutoff, segmentMs), "chip 1-minute rollups"},
        {&m_deleteChip1h, saturatingSub(hourCutoff, kDayMs), "chip 1-hour rollups"},
        {&m_deleteEvents, minuteCutoff, "chip events"},
        {&m_deleteSegments, saturatingSub(std::min(rawCutoff, minuteCutoff), segmentMs - 1),
         "segments"},
    };
    for (const auto &d : deletes) {
        StatementUse use(*d.statement);
        use.bind(1, d.bound);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_connection.db, what + ": " + d.name);
    }
    return {};
}

Status StoreRetention::deleteClearedAlerts(int64_t nowMs, const std::string &what)
{
    StatementUse use(m_deleteClearedAlerts);
    use.bind(1, saturatingSub(nowMs, m_options.alertRetentionMs));
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what + ": alerts");
    return {};
}

Status StoreRetention::deleteExpiredRollups(int64_t nowMs, const std::string &what)
{
    for (int t = 0; t < kRollupTierCount; ++t) {
        const int64_t cutoffMs = saturatingSub(nowMs, t == 0 ? m_options.rollup1mRetentionMs
                                                             : m_options.rollup1hRetentionMs);
        // A row goes when its whole bucket is older than the cutoff.
        if (Status s = deleteByScope(m_nextRollupScope[t], m_deleteRollup[t],
                                     saturatingSub(cutoffMs, kRollupTiers[t].widthMs - 1), what,
                                     kRollupTiers[t].aggregateTable);
            !s.ok())
            return s;
    }
    return {};
}

Status StoreRetention::deleteAggregatesBefore(int64_t cutoffMs, const std::string &what)
{
    return deleteByScope(m_nextScope, m_deleteAggregate, cutoffMs, what, "aggregates");
}

Status StoreRetention::deleteByScope(SqliteStatement &nextScope,
                                     SqliteStatement &drop,
                                     int64_t bound,
                                     const std::string &what,
                                     const std::string &name)
{
    int64_t scope = std::numeric_limits<int64_t>::min();
    for (;;) {
        {
            StatementUse next(nextScope);
            next.bind(1, scope);
            const int rc = next.step();
            if (rc == SQLITE_DONE)
                return {};
            if (rc != SQLITE_ROW)
                return sqliteError(m_connection.db, what + ": " + name);
            scope = next.int64(0);
        }
        StatementUse del(drop);
        del.bind(1, scope);
        del.bind(2, bound);
        if (del.step() != SQLITE_DONE)
            return sqliteError(m_connection.db,
                               what + ": " + name + " of scope " + std::to_string(scope));
    }
}

Status StoreRetention::enforceBudget(const std::string &what)
{
    for (;;) {
        auto used = pagesInUse(what);
        if (!used.ok())
            return used.status();
        if (*used <= m_options.diskBudgetBytes)
            break;
        // Finest first: raw samples, then minutes, then the per-tick aggregate
        // series, then hours. The newest unit of each always stays.
        Result<bool> dropped = dropOldest(m_rawSpan, m_deleteChipRawAt, what);
        if (dropped.ok() && !*dropped)
            dropped = dropOldest(m_minuteSpan, m_deleteChip1mAt, what);
        if (dropped.ok() && !*dropped)
            dropped = dropOldestAggregateDay(what);
        if (dropped.ok() && !*dropped)
            dropped = dropOldest(m_hourSpan, m_deleteChip1hAt, what);
        if (!dropped.ok())
            return dropped.status();
        if (!*dropped)
            break; // what is left is the least the store keeps
    }
    StatementUse use(m_deleteSegments);
    use.bind(1, std::numeric_limits<int64_t>::max());
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what + ": segments");
    return {};
}

Result<int64_t> StoreRetention::pagesInUse(const std::string &what)
{
    StatementUse use(m_pagesInUse);
    if (use.step() != SQLITE_ROW)
        return sqliteError(m_connection.db, what + ": measure the file");
    return use.int64(0);
}

Result<bool>
StoreRetention::dropOldest(SqliteStatement &span, SqliteStatement &drop, const std::string &what)
{
    int64_t oldest = 0;
    {
        StatementUse use(span);
        if (use.step() != SQLITE_ROW)
            return sqliteError(m_connection.db, what + ": disk budget");
        if (use.isNull(0) || use.int64(0) == use.int64(1))
            return false;
        oldest = use.int64(0);
    }
    StatementUse use(drop);
    use.bind(1, oldest);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what + ": disk budget");
    return true;
}

Result<bool> StoreRetention::dropOldestAggregateDay(const std::string &what)
{
    int64_t oldest = 0;
    int64_t newest = 0;
    {
        StatementUse use(m_oldestAggregate);
        use.bind(1, kFleetScope);
        if (use.step() != SQLITE_ROW)
            return sqliteError(m_connection.db, what + ": disk budget");
        if (use.isNull(0))
            return false;
        oldest = use.int64(0);
    }
    {
        StatementUse use(m_newestAggregate);
        use.bind(1, kFleetScope);
        if (use.step() != SQLITE_ROW || use.isNull(0))
            return sqliteError(m_connection.db, what + ": disk budget");
        newest = use.int64(0);
    }
    if (newest - oldest < kDayMs)
        return false;
    if (Status s = deleteAggregatesBefore(oldest + kDayMs, what + ": disk budget"); !s.ok())
        return s;
    return true;
}

Status StoreRetention::deleteUnreferencedInventories(const std::string &what)
{
    StatementUse use(m_deleteInventories);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what + ": inventories");
    return {};
}

StoreStats StoreRetention::stats()
{
    auto scalar = [](SqliteStatement &statement) -> int64_t {
        StatementUse use(statement);
        if (use.step() != SQLITE_ROW || use.isNull(0))
            return 0;
        return use.int64(0);
    };
    StoreStats out;
    out.fileBytes = scalar(m_pagesInUse);
    out.hotTicks = scalar(m_hotTickCount);
    out.segments = scalar(m_segmentCount);
    out.oldestRawMs = scalar(m_rawSpan);
    return out;
}

} // namespace scb
