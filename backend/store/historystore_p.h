#pragma once

// Internals shared by the store's translation units: historystore.cpp (open,
// schema, inventories, aggregates, retention) and chiphistory.cpp (the
// per-chip hot log, its compaction and the chip queries). Not installed, not
// included outside backend/store.

#include "sqlite/sqlitestatement.h"
#include "sqlite/sqlitetransaction.h"
#include "store/historystore.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <vector>

namespace scb {

inline constexpr int kAggregateFieldCount = 8;
inline constexpr int kRollupTierCount = 2;
inline constexpr std::array<int64_t, kRollupTierCount> kRollupWidthMs{60'000, 3'600'000};
inline constexpr int64_t kDayMs = 86'400'000;

// The tier a query of buckets widthMs wide reads: -1 per tick, else an index
// into kRollupWidthMs. A tier serves while its rows are at most twice as wide
// as the buckets: the answer then still has at least half the points asked
// for (a 24 h chart of 2,000 points reads 1,440 minutes, not 86,400 ticks).
// A range holding few enough samples is answered per tick before this is asked.
inline int tierForWidth(int64_t widthMs)
{
    int tier = -1;
    for (int t = 0; t < kRollupTierCount; ++t) {
        if (widthMs * 2 >= kRollupWidthMs[t])
            tier = t;
    }
    return tier;
}

int64_t saturatingSub(int64_t a, int64_t b);
std::string rangeText(int64_t fromMs, int64_t toMs);

// The query range, its bucket width and the clamped point count.
struct QueryWindow
{
    int64_t fromMs = 0;
    int64_t toMs = 0;
    int64_t widthMs = 1;
    size_t maxPoints = 1;
};
Result<QueryWindow>
makeWindow(int64_t fromMs, int64_t toMs, int maxPoints, const std::string &what);

// Turns time-ordered samples into at most maxPoints points: one per sample
// while they fit, else min/avg/max per bucket of the window. A sample may
// itself be a rollup (min, max, sum and count of several), so that avg weighs
// ticks, not rows. Streams: a long range does not hold every sample.
class Downsampler
{
public:
    explicit Downsampler(const QueryWindow &window)
        : m_window(window)
    {
    }
    void add(int64_t unixMs, double value) { add(unixMs, value, value, value, 1); }
    void add(int64_t unixMs, double min, double max, double sum, int64_t count);
    std::vector<SeriesPoint> finish();

private:
    struct Bucket
    {
        int64_t unixMs;
        double min;
        double max;
        double sum;
        int64_t count;
    };
    void addToBucket(const Bucket &sample);
    void flush();

    QueryWindow m_window;
    std::vector<Bucket> m_samples; // while one point per sample still fits
    std::vector<SeriesPoint> m_points;
    bool m_bucketing = false;
    bool m_open = false;
    int64_t m_bucket = 0;
    Bucket m_current{};
};

// The hot log's statements, also used by the schema 3 migration.
struct HotLogStatements
{
    SqliteStatement insertTick;
    SqliteStatement insertChunk;
    SqliteStatement insertEvent;
    Status prepare(sqlite3 *db);
};
// One tick's rows of the hot log: encodeTick of each chunk of kHotChunkChips
// chips. Done before the write transaction, which then only inserts.
std::vector<std::string> encodeHotChunks(const FleetTick &tick);
// Writes one tick into the hot log: a hot_tick row, its chunks (from
// encodeHotChunks) and a row per event. The caller holds the transaction.
Status insertHotTick(sqlite3 *db,
                     HotLogStatements &s,
                     const FleetTick &tick,
                     const std::vector<std::string> &chunks,
                     const std::string &what);

struct HistoryStore::Statements
{
    TransactionStatements transactions;
    SqliteStatement newestHotTick;
    SqliteStatement newestSegment;
    SqliteStatement newestAggregate;
    SqliteStatement insertAggregate;
    SqliteStatement nextScope;
    SqliteStatement deleteAggregate;
    SqliteStatement oldestAggregate;
    SqliteStatement deleteInventories;
    SqliteStatement saveInventory;
    SqliteStatement loadNewestInventory;
    SqliteStatement loadInventoryVersion;
    SqliteStatement userVersion;
    std::array<SqliteStatement, kAggregateFieldCount> aggregateSamples;
    std::array<SqliteStatement, kAggregateFieldCount> aggregateBuckets;
    std::array<SqliteStatement, kRollupTierCount> upsertRollup;
    std::array<SqliteStatement, kRollupTierCount> nextRollupScope;
    std::array<SqliteStatement, kRollupTierCount> deleteRollup;
    // [tier][field]
    std::array<std::array<SqliteStatement, kAggregateFieldCount>, kRollupTierCount> rollupBuckets;
    SqliteStatement oldestData;

    // Per-chip history (chiphistory.cpp).
    HotLogStatements hot;
    SqliteStatement hotTicksFrom;
    SqliteStatement firstChunkOfTick;
    SqliteStatement hotChunk;
    SqliteStatement deleteHotChunk;
    SqliteStatement deleteHotTicks;
    SqliteStatement insertSegment;
    SqliteStatement insertChipRaw;
    SqliteStatement insertChip1m;
    SqliteStatement chip1hRow;
    SqliteStatement upsertChip1h;
    SqliteStatement segmentsInRange;
    SqliteStatement chipRawBlock;
    SqliteStatement chip1mBlock;
    SqliteStatement hotTicksInRange;
    SqliteStatement latestHotTick;
    SqliteStatement latestSegment;
    SqliteStatement segmentRawRows;
    SqliteStatement eventsAt;
    SqliteStatement eventsRange;
    SqliteStatement eventCounts;
    SqliteStatement deleteChipRaw;
    SqliteStatement deleteChip1m;
    SqliteStatement deleteChip1h;
    SqliteStatement deleteEvents;
    SqliteStatement deleteSegments;
    SqliteStatement rawSegmentSpan;
    SqliteStatement segmentAt;
    SqliteStatement chip1mSpan;
    SqliteStatement chip1hSpan;
    SqliteStatement deleteChipRawAt;
    SqliteStatement deleteChip1mAt;
    SqliteStatement deleteChip1hAt;
    SqliteStatement pagesInUse;
    SqliteStatement hotTickCount;
    SqliteStatement segmentCount;

    // The alert log (alertlog.cpp).
    SqliteStatement alertFindOpen;
    SqliteStatement alertInsert;
    SqliteStatement alertReopen;
    SqliteStatement alertCloseStale;
    SqliteStatement alertEscalate;
    SqliteStatement alertClear;
    SqliteStatement alertAcknowledge;
    SqliteStatement alertQuery;
    SqliteStatement alertDeleteCleared;
};

} // namespace scb
