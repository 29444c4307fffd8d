#include "store/aggregateseries.h"

#include <sqlite3.h>

#include <algorithm>

namespace scb {

namespace {

// The per-tick value of each aggregate field, as an SQL expression over one
// aggregate row. Only these fixed fragments are ever put into query text.
struct FieldSql
{
    const char *expression;
    bool needsUtilization; // skip ticks where no chip reported utilization
};
constexpr std::array<FieldSql, kAggregateFieldCount> kFieldSql{{
    {"CAST(util_sum AS REAL) / util_count", true}, // UtilizationMean
    {"util_min", true},                            // UtilizationMin
    {"util_max", true},                            // UtilizationMax
    {"power_watts", false},                        // PowerWatts
    {"temperature_max_c", false},                  // TemperatureMaxC
    {"chips_online", false},                       // ChipsOnline
    {"chips_fault", false},                        // ChipsFault
    {"memory_used_mib", false},                    // MemoryUsedMiB
}};
static_assert(static_cast<int>(AggregateField::MemoryUsedMiB) == kAggregateFieldCount - 1);

// Each field's column prefix in the rollup tables (<prefix>_min, _max, _sum),
// and the parameter text of its per-tick value in the rollup upsert. The mean
// is computed by SQLite exactly as the per-tick query computes it.
struct RollupFieldSql
{
    const char *prefix;
    const char *value;
};
constexpr std::array<RollupFieldSql, kAggregateFieldCount> kRollupFieldSql{{
    {"util_mean", "(CAST(?6 AS REAL) / ?7)"}, // UtilizationMean
    {"util_min", "?8"},                       // UtilizationMin
    {"util_max", "?9"},                       // UtilizationMax
    {"power_watts", "?10"},                   // PowerWatts
    {"temperature_max_c", "?11"},             // TemperatureMaxC
    {"chips_online", "?12"},                  // ChipsOnline
    {"chips_fault", "?13"},                   // ChipsFault
    {"memory_used_mib", "?14"},               // MemoryUsedMiB
}};

// One row per scope per tier per tick: inserted by a bucket's first tick,
// folded in by the others. Utilization columns stay NULL (sum 0) until a tick
// of the bucket has utilization; their parameters are NULL for ticks without.
std::string rollupUpsertSql(const char *table)
{
    std::string columns =
        "scope, bucket_unix_ms, samples, first_unix_ms, util_samples, util_first_unix_ms";
    std::string values = "?1, ?2, 1, ?3, ?4, ?5";
    std::string updates =
        "samples = samples + 1, first_unix_ms = min(first_unix_ms, excluded.first_unix_ms), "
        "util_samples = util_samples + excluded.util_samples, util_first_unix_ms = "
        "min(coalesce(util_first_unix_ms, excluded.util_first_unix_ms), "
        "coalesce(excluded.util_first_unix_ms, util_first_unix_ms))";
    for (int f = 0; f < kAggregateFieldCount; ++f) {
        const std::string p = kRollupFieldSql[f].prefix;
        const std::string v = kRollupFieldSql[f].value;
        columns += ", " + p + "_min, " + p + "_max, " + p + "_sum";
        values += ", " + v + ", " + v + ", coalesce(" + v + ", 0)";
        for (const char *op : {"min", "max"}) {
            const std::string c = p + "_" + op;
            if (kFieldSql[f].needsUtilization) // NULL means no value yet, on either side
                updates += ", " + c + " = " + op + "(coalesce(" + c + ", excluded." + c +
                           "), coalesce(excluded." + c + ", " + c + "))";
            else
                updates += ", " + c + " = " + op + "(" + c + ", excluded." + c + ")";
        }
        updates += ", " + p + "_sum = " + p + "_sum + excluded." + p + "_sum";
    }
    return std::string("INSERT INTO ") + table + "(" + columns + ") VALUES(" + values +
           ") ON CONFLICT(scope, bucket_unix_ms) DO UPDATE SET " + updates;
}

const char *aggregateFieldName(AggregateField field)
{
    switch (field) {
    case AggregateField::UtilizationMean:
        return "utilization mean";
    case AggregateField::UtilizationMin:
        return "utilization min";
    case AggregateField::UtilizationMax:
        return "utilization max";
    case AggregateField::PowerWatts:
        return "power";
    case AggregateField::TemperatureMaxC:
        return "temperature max";
    case AggregateField::ChipsOnline:
        return "chips online";
    case AggregateField::ChipsFault:
        return "chips fault";
    case AggregateField::MemoryUsedMiB:
        return "memory used";
    }
    return "unknown field";
}

// ?1 scope, ?2 fromMs, ?3 toMs, then per query below.
std::string tickFilter(const FieldSql &field)
{
    return std::string("scope = ?1 AND unix_ms BETWEEN ?2 AND ?3") +
           (field.needsUtilization ? " AND util_count > 0" : "");
}

// ?4: how many samples to read at most (one more than fit as points).
std::string samplesSql(const FieldSql &field)
{
    return std::string("SELECT unix_ms, ") + field.expression + " FROM aggregate WHERE " +
           tickFilter(field) + " ORDER BY unix_ms LIMIT ?4";
}

// ?4: the bucket width; buckets are aligned to the range start ?2.
std::string bucketsSql(const FieldSql &field)
{
    return std::string("SELECT min(unix_ms), min(v), avg(v), max(v) "
                       "FROM (SELECT unix_ms, (unix_ms - ?2) / ?4 AS b, ") +
           field.expression + " AS v FROM aggregate WHERE " + tickFilter(field) +
           ") GROUP BY b ORDER BY b";
}

// ?1 scope, ?2 fromMs, ?3 toMs, ?4 bucket width, ?5 the oldest tier bucket
// start overlapping the range. A row lands in the output bucket of its first
// sample (not before fromMs).
std::string rollupBucketsSql(const std::string &table, int f)
{
    const bool util = kFieldSql[f].needsUtilization;
    const std::string p = kRollupFieldSql[f].prefix;
    const std::string n = util ? "util_samples" : "samples";
    const std::string first = util ? "util_first_unix_ms" : "first_unix_ms";
    return "SELECT max(min(" + first + "), ?2), min(" + p + "_min), CAST(sum(" + p +
           "_sum) AS REAL) / sum(" + n + "), max(" + p + "_max) FROM " + table +
           " WHERE scope = ?1 AND bucket_unix_ms BETWEEN ?5 AND ?3 AND " + first + " <= ?3" +
           (util ? " AND util_samples > 0" : "") + " GROUP BY (max(" + first +
           ", ?2) - ?2) / ?4 ORDER BY 1";
}

} // namespace

Status AggregateSeries::prepare()
{
    sqlite3 *db = m_connection.db;
    if (Status status = prepareAll(
            db,
            {
                {&m_newest, "SELECT max(unix_ms) FROM aggregate WHERE scope = ?1",
                 "newest aggregate"},
                {&m_insert,
                 "INSERT INTO aggregate(scope, unix_ms, chips_total, chips_online, chips_fault, "
                 "chips_throttled, util_sum, util_count, util_min, util_max, power_watts, "
                 "memory_used_mib, temperature_max_c) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                 "insert aggregate"},
                // The oldest per-tick aggregate of a scope, and the oldest
                // sample the longest-kept tier remembers: tells whether
                // retention already trimmed the per-tick series.
                {&m_oldestData,
                 "SELECT (SELECT min(unix_ms) FROM aggregate WHERE scope = ?1), "
                 "(SELECT first_unix_ms FROM aggregate_1h WHERE scope = ?1 "
                 "ORDER BY bucket_unix_ms LIMIT 1)",
                 "oldest aggregate"},
            });
        !status.ok())
        return status;
    for (int f = 0; f < kAggregateFieldCount; ++f) {
        if (Status status =
                prepareAll(db, {{&m_samples[f], samplesSql(kFieldSql[f]), "aggregate samples"},
                                {&m_buckets[f], bucketsSql(kFieldSql[f]), "aggregate buckets"}});
            !status.ok())
            return status;
    }
    for (int t = 0; t < kRollupTierCount; ++t) {
        const std::string table = kRollupTiers[t].aggregateTable;
        if (Status status =
                m_upsertRollup[t].prepare(db, rollupUpsertSql(table.c_str()), "upsert " + table);
            !status.ok())
            return status;
        for (int f = 0; f < kAggregateFieldCount; ++f) {
            if (Status status = m_rollupBuckets[t][f].prepare(db, rollupBucketsSql(table, f),
                                                              table + " buckets");
                !status.ok())
                return status;
        }
    }
    return {};
}

Status AggregateSeries::append(const FleetAggregates &aggregates, const std::string &what)
{
    if (!insert(kFleetScope, aggregates.fleet, aggregates.unixMs))
        return sqliteError(m_connection.db, what);
    for (size_t c = 0; c < aggregates.centers.size(); ++c) {
        if (!insert(static_cast<int>(c), aggregates.centers[c], aggregates.unixMs))
            return sqliteError(m_connection.db, what);
    }
    return {};
}

bool AggregateSeries::insert(int scope, const GroupAggregate &a, int64_t unixMs)
{
    StatementUse use(m_insert);
    const int64_t values[] = {scope,
                              unixMs,
                              a.chipsTotal,
                              a.chipsOnline,
                              a.chipsFault,
                              a.chipsThrottled,
                              a.utilizationSum,
                              a.utilizationCount,
                              a.utilizationMin,
                              a.utilizationMax,
                              a.powerWatts,
                              a.memoryUsedMiB,
                              a.temperatureMaxC};
    for (int i = 0; i < static_cast<int>(std::size(values)); ++i) {
        if (use.bind(i + 1, values[i]) != SQLITE_OK)
            return false;
    }
    if (use.step() != SQLITE_DONE)
        return false;
    return upsertRollups(scope, a, unixMs);
}

bool AggregateSeries::upsertRollups(int scope, const GroupAggregate &a, int64_t unixMs)
{
    const bool hasUtilization = a.utilizationCount > 0;
    for (int t = 0; t < kRollupTierCount; ++t) {
        StatementUse use(m_upsertRollup[t]);
        // unixMs > 0 (append checks it): the remainder is never negative.
        const int64_t bucketMs = unixMs - unixMs % kRollupTiers[t].widthMs;
        bool bound = use.bind(1, scope) == SQLITE_OK && use.bind(2, bucketMs) == SQLITE_OK &&
                     use.bind(3, unixMs) == SQLITE_OK &&
                     use.bind(4, hasUtilization ? 1 : 0) == SQLITE_OK;
        // Left unbound, the utilization parameters ?5..?9 are NULL.
        if (hasUtilization) {
            bound = bound && use.bind(5, unixMs) == SQLITE_OK &&
                    use.bind(6, a.utilizationSum) == SQLITE_OK &&
                    use.bind(7, int64_t{a.utilizationCount}) == SQLITE_OK &&
                    use.bind(8, int64_t{a.utilizationMin}) == SQLITE_OK &&
                    use.bind(9, int64_t{a.utilizationMax}) == SQLITE_OK;
        }
        bound = bound && use.bind(10, a.powerWatts) == SQLITE_OK &&
                use.bind(11, int64_t{a.temperatureMaxC}) == SQLITE_OK &&
                use.bind(12, int64_t{a.chipsOnline}) == SQLITE_OK &&
                use.bind(13, int64_t{a.chipsFault}) == SQLITE_OK &&
                use.bind(14, a.memoryUsedMiB) == SQLITE_OK;
        if (!bound || use.step() != SQLITE_DONE)
            return false;
    }
    return true;
}

Result<int64_t> AggregateSeries::newestMs(const std::string &what)
{
    StatementUse use(m_newest);
    use.bind(1, kFleetScope);
    const int rc = use.step();
    if (rc == SQLITE_DONE)
        return int64_t{0};
    if (rc != SQLITE_ROW)
        return sqliteError(m_connection.db, what);
    return use.isNull(0) ? int64_t{0} : use.int64(0);
}

Result<std::vector<SeriesPoint>>
AggregateSeries::query(int scope, AggregateField field, int64_t fromMs, int64_t toMs, int maxPoints)
{
    const int f = static_cast<int>(field);
    const std::string what = std::string("query ") + aggregateFieldName(field) + " of scope " +
                             std::to_string(scope) + " " + rangeText(fromMs, toMs);
    if (f < 0 || f >= kAggregateFieldCount)
        return Status::error(what + ": unknown aggregate field " + std::to_string(f));
    auto window = makeWindow(fromMs, toMs, maxPoints, what);
    if (!window.ok())
        return window.status();
    const QueryWindow &w = *window;
    const int tier = tierForWidth(w.widthMs);

    // Few enough samples: one point each, no bucketing.
    std::vector<SeriesPoint> points;
    if (Status status = readSamples(scope, f, w, what, points); !status.ok())
        return status;
    if (points.size() <= w.maxPoints) {
        if (tier < 0)
            return points;
        auto whole = ticksCoverRange(scope, w, what);
        if (!whole.ok())
            return whole.status();
        if (*whole)
            return points;
    }
    if (tier >= 0) {
        StatementUse use(m_rollupBuckets[tier][f]);
        use.bind(1, scope);
        use.bind(2, w.fromMs);
        use.bind(3, w.toMs);
        use.bind(4, w.widthMs);
        // The oldest tier row that may hold samples at or after fromMs.
        use.bind(5, w.fromMs - (kRollupTiers[tier].widthMs - 1));
        return readBuckets(use, what);
    }
    StatementUse use(m_buckets[f]);
    use.bind(1, scope);
    use.bind(2, w.fromMs);
    use.bind(3, w.toMs);
    use.bind(4, w.widthMs);
    return readBuckets(use, what);
}

Status AggregateSeries::readSamples(int scope,
                                    int field,
                                    const QueryWindow &w,
                                    const std::string &what,
                                    std::vector<SeriesPoint> &points)
{
    StatementUse use(m_samples[field]);
    use.bind(1, scope);
    use.bind(2, w.fromMs);
    use.bind(3, w.toMs);
    use.bind(4, static_cast<int64_t>(w.maxPoints) + 1);
    int rc;
    while ((rc = use.step()) == SQLITE_ROW) {
        const double v = use.real(1);
        points.push_back({use.int64(0), v, v, v});
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return {};
}

Result<bool>
AggregateSeries::ticksCoverRange(int scope, const QueryWindow &w, const std::string &what)
{
    StatementUse oldest(m_oldestData);
    oldest.bind(1, scope);
    if (oldest.step() != SQLITE_ROW)
        return sqliteError(m_connection.db, what);
    if (oldest.isNull(0))
        return oldest.isNull(1);
    return oldest.int64(0) <= w.fromMs || oldest.isNull(1) || oldest.int64(0) <= oldest.int64(1);
}

Result<std::vector<SeriesPoint>> AggregateSeries::readBuckets(StatementUse &use,
                                                              const std::string &what)
{
    std::vector<SeriesPoint> points;
    int rc;
    while ((rc = use.step()) == SQLITE_ROW)
        points.push_back({use.int64(0), use.real(1), use.real(2), use.real(3)});
    if (rc != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return points;
}

} // namespace scb
