// Per-chip history: the hot log, its compaction into per-chip series blocks
// and rollups, and the queries that read both.
//
// Layout (schema 3):
//   hot_tick   one row per tick not yet compacted: time, inventory version, chips
//   hot_chunk  one row per tick and chunk of kHotChunkChips chips, id =
//              unix_ms * 1024 + chunk: that slice of the tick, encodeTick form
//   segment    one row per compacted segment: its ticks' times
//   chip_raw   per segment and chip: the five metrics, one seriescodec series each
//   chip_1m    per segment and chip: BucketStats per minute of the segment,
//              with each minute's first tick (offset from the segment start)
//   chip_1h    per UTC day and chip: BucketStats per hour, with each hour's
//              first tick time
//   chip_event per event: time, chip, kind, code
//
// Why chunks: compaction transposes ticks into per-chip series. Reading one
// chunk across a segment's ticks bounds what it holds to 1,024 chips x 1,200
// ticks x 5 metrics (25 MB), whatever the fleet's size. Why (start_ms, chip)
// keys: every compaction appends at the end of the B-tree, so pages stay full;
// a chip's history is one point lookup per segment.

#include "core/tickcodec.h"
#include "store/blockcodec.h"
#include "store/historystore_p.h"
#include "store/seriescodec.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <map>

namespace scb {

namespace {

constexpr int64_t kChunkIdFactor = 1024; // > kMaxChips / kHotChunkChips
static_assert(kChunkIdFactor * HistoryStore::kHotChunkChips > kMaxChips);
// Keeps unix_ms * 1024 + chunk inside int64 (and times sane: year 144,000).
constexpr int64_t kMaxTickMs = int64_t(1) << 52;
// At most this many ticks per segment (2 Hz on average), whatever the
// server's interval: bounds what one compaction step holds.
constexpr size_t kMaxSegmentTicks = 1200;
constexpr int64_t kMinuteMs = kRollupWidthMs[0];
constexpr int64_t kHourMs = kRollupWidthMs[1];

int64_t chunkId(int64_t unixMs, uint32_t chunk)
{
    return unixMs * kChunkIdFactor + chunk;
}

uint32_t chunkCount(uint32_t chips)
{
    return (chips + HistoryStore::kHotChunkChips - 1) / HistoryStore::kHotChunkChips;
}

// One hot tick: its row in hot_tick.
struct HotTick
{
    int64_t unixMs;
    uint64_t inventoryVersion;
    uint32_t chipCount;
};

// The minute buckets of a segment: bucketOf[i] for tick i, and each bucket's
// first tick time.
struct MinuteBuckets
{
    std::vector<uint32_t> bucketOf;
    std::vector<int64_t> firstMs;
};

MinuteBuckets minuteBuckets(int64_t startMs, const std::vector<int32_t> &offsets)
{
    MinuteBuckets b;
    b.bucketOf.reserve(offsets.size());
    int64_t minute = std::numeric_limits<int64_t>::min();
    for (int32_t offset : offsets) {
        const int64_t t = startMs + offset;
        const int64_t m = t / kMinuteMs;
        if (m != minute) {
            minute = m;
            b.firstMs.push_back(t);
        }
        b.bucketOf.push_back(static_cast<uint32_t>(b.firstMs.size() - 1));
    }
    return b;
}

} // namespace

Status HotLogStatements::prepare(sqlite3 *db)
{
    if (Status s = insertTick.prepare(
            db, "INSERT INTO hot_tick(unix_ms, inventory_version, chip_count) VALUES(?1, ?2, ?3)",
            "insert hot_tick");
        !s.ok())
        return s;
    if (Status s = insertChunk.prepare(db, "INSERT INTO hot_chunk(id, data) VALUES(?1, ?2)",
                                       "insert hot_chunk");
        !s.ok())
        return s;
    return insertEvent.prepare(
        db, "INSERT INTO chip_event(unix_ms, chip, kind, code) VALUES(?1, ?2, ?3, ?4)",
        "insert chip_event");
}

std::vector<std::string> encodeHotChunks(const FleetTick &tick)
{
    const uint32_t chips = std::min(tick.chipCount(), kMaxChips);
    std::vector<std::string> chunks;
    chunks.reserve(chunkCount(chips));
    FleetTick slice;
    slice.unixMs = tick.unixMs;
    slice.inventoryVersion = tick.inventoryVersion;
    for (uint32_t c = 0; c < chunkCount(chips); ++c) {
        const uint32_t begin = c * HistoryStore::kHotChunkChips;
        const uint32_t end = std::min(chips, begin + HistoryStore::kHotChunkChips);
        for (int m = 0; m < kMetricCount; ++m)
            slice.columns[m].assign(tick.columns[m].begin() + begin, tick.columns[m].begin() + end);
        chunks.push_back(encodeTick(slice));
    }
    return chunks;
}

Status insertHotTick(sqlite3 *db,
                     HotLogStatements &s,
                     const FleetTick &tick,
                     const std::vector<std::string> &chunks,
                     const std::string &what)
{
    if (tick.unixMs <= 0 || tick.unixMs >= kMaxTickMs)
        return Status::error(what + ": the tick time is out of range");
    const uint32_t chips = tick.chipCount();
    if (chips > kMaxChips)
        return Status::error(what + ": " + std::to_string(chips) + " chips is more than " +
                             std::to_string(kMaxChips));
    if (chunks.size() != chunkCount(chips))
        return Status::error(what + ": the tick's chunks do not match its chips");
    {
        StatementUse use(s.insertTick);
        if (use.bind(1, tick.unixMs) != SQLITE_OK ||
            use.bind(2, static_cast<int64_t>(tick.inventoryVersion)) != SQLITE_OK ||
            use.bind(3, int64_t{chips}) != SQLITE_OK || use.step() != SQLITE_DONE)
            return sqliteError(db, what);
    }
    for (uint32_t c = 0; c < chunks.size(); ++c) {
        StatementUse use(s.insertChunk);
        if (use.bind(1, chunkId(tick.unixMs, c)) != SQLITE_OK ||
            use.bindBlob(2, chunks[c].data(), chunks[c].size()) != SQLITE_OK ||
            use.step() != SQLITE_DONE)
            return sqliteError(db, what);
    }
    for (const ChipEvent &e : tick.events) {
        StatementUse use(s.insertEvent);
        if (use.bind(1, tick.unixMs) != SQLITE_OK || use.bind(2, int64_t{e.chip}) != SQLITE_OK ||
            use.bind(3, static_cast<int64_t>(e.kind)) != SQLITE_OK ||
            use.bind(4, int64_t{e.code}) != SQLITE_OK || use.step() != SQLITE_DONE)
            return sqliteError(db, what);
    }
    return {};
}

Status HistoryStore::prepareChipStatements()
{
    static_assert(kMaxChips == 1'000'000, "the event counts' chip range below");
    Statements &s = *m_stmts;
    if (Status status = s.hot.prepare(m_db); !status.ok())
        return status;
    struct Item
    {
        SqliteStatement *statement;
        const char *sql;
        const char *name;
    };
    const Item items[] = {
        {&s.hotTicksFrom,
         "SELECT unix_ms, inventory_version, chip_count FROM hot_tick WHERE unix_ms >= ?1 "
         "ORDER BY unix_ms LIMIT ?2",
         "hot ticks from"},
        {&s.firstChunkOfTick,
         "SELECT id FROM hot_chunk WHERE id BETWEEN ?1 AND ?2 ORDER BY id LIMIT 1",
         "first chunk of tick"},
        {&s.hotChunk, "SELECT data FROM hot_chunk WHERE id = ?1", "hot chunk"},
        {&s.deleteHotChunk, "DELETE FROM hot_chunk WHERE id = ?1", "delete hot chunk"},
        {&s.deleteHotTicks, "DELETE FROM hot_tick WHERE unix_ms BETWEEN ?1 AND ?2",
         "delete hot ticks"},
        {&s.insertSegment,
         "INSERT OR IGNORE INTO segment(start_ms, end_ms, inventory_version, chip_count, "
         "tick_count, times) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
         "insert segment"},
        // OR REPLACE: a chunk is compacted once; a row already there can only
        // be from a copy of this file restored beside its hot log.
        {&s.insertChipRaw,
         "INSERT OR REPLACE INTO chip_raw(start_ms, chip, data) VALUES(?1, ?2, ?3)",
         "insert chip_raw"},
        {&s.insertChip1m, "INSERT OR REPLACE INTO chip_1m(start_ms, chip, data) VALUES(?1, ?2, ?3)",
         "insert chip_1m"},
        {&s.chip1hRow, "SELECT data FROM chip_1h WHERE day_ms = ?1 AND chip = ?2", "chip_1h row"},
        {&s.upsertChip1h, "INSERT OR REPLACE INTO chip_1h(day_ms, chip, data) VALUES(?1, ?2, ?3)",
         "upsert chip_1h"},
        {&s.segmentsInRange,
         "SELECT start_ms, end_ms, chip_count, tick_count, times FROM segment "
         "WHERE start_ms BETWEEN ?1 AND ?2 AND end_ms >= ?3 ORDER BY start_ms",
         "segments in range"},
        {&s.chipRawBlock, "SELECT data FROM chip_raw WHERE start_ms = ?1 AND chip = ?2",
         "chip_raw block"},
        {&s.chip1mBlock, "SELECT data FROM chip_1m WHERE start_ms = ?1 AND chip = ?2",
         "chip_1m block"},
        {&s.hotTicksInRange,
         "SELECT unix_ms, chip_count FROM hot_tick WHERE unix_ms BETWEEN ?1 AND ?2 ORDER BY "
         "unix_ms",
         "hot ticks in range"},
        {&s.latestHotTick,
         "SELECT unix_ms, inventory_version, chip_count FROM hot_tick ORDER BY unix_ms DESC LIMIT "
         "1",
         "latest hot tick"},
        {&s.latestSegment,
         "SELECT start_ms, end_ms, inventory_version, chip_count, tick_count, times FROM segment "
         "WHERE start_ms <= ?1 ORDER BY start_ms DESC LIMIT 1",
         "latest segment"},
        {&s.segmentRawRows, "SELECT chip, data FROM chip_raw WHERE start_ms = ?1 ORDER BY chip",
         "segment raw rows"},
        {&s.eventsAt, "SELECT chip, kind, code FROM chip_event WHERE unix_ms = ?1 ORDER BY rowid",
         "events at"},
        {&s.eventsRange,
         "SELECT unix_ms, chip, kind, code FROM chip_event WHERE unix_ms BETWEEN ?1 AND ?2 "
         "AND (?3 < 0 OR chip = ?3) ORDER BY unix_ms, rowid LIMIT ?4",
         "events in range"},
        // kind: 1 XID, 2 double-bit ECC, 3 offline, 5 throttle (EventKind).
        {&s.eventCounts,
         "SELECT chip, sum(kind = 1) AS xid, sum(kind = 2) AS ecc, sum(kind = 5), sum(kind = 3), "
         "count(*) AS total FROM chip_event "
         // The chip range (kMaxChips) in SQL, not after: a corrupt row must not use
         // up the limit.
         "WHERE unix_ms BETWEEN ?1 AND ?2 AND kind IN (1, 2, 3, 5) AND chip BETWEEN 0 AND 999999 "
         "GROUP BY chip ORDER BY xid + ecc DESC, total DESC, chip LIMIT ?3",
         "event counts"},
        {&s.deleteChipRaw, "DELETE FROM chip_raw WHERE start_ms <= ?1", "delete chip_raw"},
        {&s.deleteChip1m, "DELETE FROM chip_1m WHERE start_ms <= ?1", "delete chip_1m"},
        {&s.deleteChip1h, "DELETE FROM chip_1h WHERE day_ms <= ?1", "delete chip_1h"},
        {&s.deleteEvents, "DELETE FROM chip_event WHERE unix_ms < ?1", "delete chip_event"},
        // A segment goes once older than ?1 and no block of either tier that
        // reads its times is left as old.
        {&s.deleteSegments,
         "DELETE FROM segment WHERE start_ms < ?1 "
         "AND start_ms < coalesce((SELECT min(start_ms) FROM chip_raw), ?1) "
         "AND start_ms < coalesce((SELECT min(start_ms) FROM chip_1m), ?1)",
         "delete segments"},
        // Two subqueries, not min() and max() in one: SQLite answers a lone
        // min() or max() from the primary key, but scans the table for both.
        {&s.rawSegmentSpan,
         "SELECT (SELECT min(start_ms) FROM chip_raw), (SELECT max(start_ms) FROM chip_raw)",
         "chip_raw span"},
        {&s.chip1mSpan,
         "SELECT (SELECT min(start_ms) FROM chip_1m), (SELECT max(start_ms) FROM chip_1m)",
         "chip_1m span"},
        {&s.chip1hSpan,
         "SELECT (SELECT min(day_ms) FROM chip_1h), (SELECT max(day_ms) FROM chip_1h)",
         "chip_1h span"},
        {&s.segmentAt, "SELECT end_ms, tick_count FROM segment WHERE start_ms = ?1", "segment at"},
        {&s.deleteChipRawAt, "DELETE FROM chip_raw WHERE start_ms = ?1", "delete chip_raw at"},
        {&s.deleteChip1mAt, "DELETE FROM chip_1m WHERE start_ms = ?1", "delete chip_1m at"},
        {&s.deleteChip1hAt, "DELETE FROM chip_1h WHERE day_ms = ?1", "delete chip_1h at"},
        {&s.pagesInUse,
         "SELECT (page_count - freelist_count) * page_size "
         "FROM pragma_page_count(), pragma_freelist_count(), pragma_page_size()",
         "pages in use"},
        {&s.hotTickCount, "SELECT count(*) FROM hot_tick", "hot tick count"},
        {&s.segmentCount, "SELECT count(*) FROM segment", "segment count"},
    };
    for (const Item &item : items) {
        if (Status status = item.statement->prepare(m_db, item.sql, item.name); !status.ok())
            return status;
    }
    return {};
}

Result<bool> HistoryStore::compactStep(bool all)
{
    const std::string what = "compact the chip history";
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    Statements &s = *m_stmts;

    // The oldest segment of the hot log: ticks from the oldest one, inside its
    // aligned kSegmentMs window, of its inventory version, at most
    // kMaxSegmentTicks. It is closed once a tick beyond it exists.
    std::vector<HotTick> ticks;
    bool closed = all;
    {
        StatementUse use(s.hotTicksFrom);
        use.bind(1, int64_t{0});
        use.bind(2, static_cast<int64_t>(kMaxSegmentTicks) + 1);
        int rc;
        int64_t windowEnd = 0;
        while ((rc = use.step()) == SQLITE_ROW) {
            const HotTick t{use.int64(0), static_cast<uint64_t>(use.int64(1)),
                            static_cast<uint32_t>(std::clamp<int64_t>(use.int64(2), 0, kMaxChips))};
            if (ticks.empty())
                windowEnd = t.unixMs - t.unixMs % kSegmentMs + kSegmentMs;
            else if (t.unixMs >= windowEnd ||
                     t.inventoryVersion != ticks.front().inventoryVersion ||
                     ticks.size() == kMaxSegmentTicks) {
                closed = true;
                break;
            }
            ticks.push_back(t);
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    if (ticks.empty())
        return false;
    {
        // A segment whose row exists (a chunk of it is compacted) is fixed:
        // ticks that arrived since belong to the next one, whatever `all`
        // said when its first chunk went.
        StatementUse use(s.segmentAt);
        use.bind(1, ticks.front().unixMs);
        const int rc = use.step();
        if (rc == SQLITE_ROW) {
            const int64_t endMs = use.int64(0);
            const auto count = static_cast<size_t>(std::max<int64_t>(0, use.int64(1)));
            while (!ticks.empty() && (ticks.size() > count || ticks.back().unixMs > endMs))
                ticks.pop_back();
            closed = true;
        } else if (rc != SQLITE_DONE) {
            return sqliteError(m_db, what);
        }
    }
    if (ticks.empty() || !closed)
        return false;

    uint32_t chips = 0;
    for (const HotTick &t : ticks)
        chips = std::max(chips, t.chipCount);

    // The lowest chunk with rows left: chunks go in order, each in its own
    // transaction, so a crash or a query between steps sees whole chunks.
    uint32_t chunk = std::numeric_limits<uint32_t>::max();
    for (const HotTick &t : ticks) {
        StatementUse use(s.firstChunkOfTick);
        use.bind(1, chunkId(t.unixMs, 0));
        use.bind(2, chunkId(t.unixMs, kChunkIdFactor - 1));
        const int rc = use.step();
        if (rc == SQLITE_ROW)
            chunk = std::min(chunk, static_cast<uint32_t>(use.int64(0) - chunkId(t.unixMs, 0)));
        else if (rc != SQLITE_DONE)
            return sqliteError(m_db, what);
    }

    const int64_t startMs = ticks.front().unixMs;
    const int64_t endMs = ticks.back().unixMs;
    std::vector<int32_t> offsets;
    offsets.reserve(ticks.size());
    for (const HotTick &t : ticks)
        offsets.push_back(static_cast<int32_t>(t.unixMs - startMs));
    const std::string times = encodeSeries(offsets);

    auto insertSegment = [&]() -> Status {
        StatementUse use(s.insertSegment);
        if (use.bind(1, startMs) != SQLITE_OK || use.bind(2, endMs) != SQLITE_OK ||
            use.bind(3, static_cast<int64_t>(ticks.front().inventoryVersion)) != SQLITE_OK ||
            use.bind(4, int64_t{chips}) != SQLITE_OK ||
            use.bind(5, static_cast<int64_t>(ticks.size())) != SQLITE_OK ||
            use.bindBlob(6, times.data(), times.size()) != SQLITE_OK || use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
        return {};
    };

    if (chunk == std::numeric_limits<uint32_t>::max()) {
        // Every chunk is compacted (or the segment had no chips): the ticks go.
        SqliteTransaction transaction(m_db, s.transactions);
        if (Status status = transaction.begin(what); !status.ok())
            return status;
        if (Status status = insertSegment(); !status.ok())
            return status;
        StatementUse use(s.deleteHotTicks);
        use.bind(1, startMs);
        use.bind(2, endMs);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
        if (Status status = transaction.commit(what); !status.ok())
            return status;
        return true;
    }

    // Read the chunk across the segment and transpose it, before taking the
    // write lock: only this compaction ever deletes hot rows, so they stay.
    const size_t n = ticks.size();
    const uint32_t first = chunk * kHotChunkChips;
    const uint32_t width = first < chips ? std::min(kHotChunkChips, chips - first) : 0;
    std::vector<int32_t> values(size_t{kMetricCount} * width * n, kNoData);
    auto at = [&](int m, uint32_t chip, size_t i) -> int32_t & {
        return values[(size_t(m) * width + chip) * n + i];
    };
    std::vector<uint8_t> hasData(width, 0);
    {
        // Decoded ticks wait in batches of kBatch, then are written chip by
        // chip: a chip's kBatch values are then one cache line, not kBatch
        // scattered writes.
        constexpr size_t kBatch = 16;
        std::array<FleetTick, kBatch> batch;
        std::array<size_t, kBatch> batchTick{};
        size_t batched = 0;
        auto flush = [&] {
            for (int m = 0; m < kMetricCount; ++m) {
                for (size_t j = 0; j < batched; ++j) {
                    const std::vector<int32_t> &column = batch[j].columns[m];
                    const uint32_t have = std::min<uint32_t>(width, uint32_t(column.size()));
                    for (uint32_t c = 0; c < have; ++c)
                        hasData[c] |= column[c] != kNoData;
                }
                for (uint32_t c = 0; c < width; ++c) {
                    int32_t *row = &at(m, c, 0);
                    for (size_t j = 0; j < batched; ++j) {
                        const std::vector<int32_t> &column = batch[j].columns[m];
                        if (c < column.size())
                            row[batchTick[j]] = column[c];
                    }
                }
            }
            batched = 0;
        };
        for (size_t i = 0; i < n; ++i) {
            StatementUse use(s.hotChunk);
            use.bind(1, chunkId(ticks[i].unixMs, chunk));
            const int rc = use.step();
            if (rc == SQLITE_DONE)
                continue; // this tick had fewer chips
            if (rc != SQLITE_ROW)
                return sqliteError(m_db, what);
            FleetTick &slice = batch[batched];
            if (Status decoded = decodeTick(use.blob(0), slice);
                !decoded.ok() || slice.unixMs != ticks[i].unixMs) {
                ++m_corruptRecords;
                noteError(what + ": chunk " + std::to_string(chunk) + " of tick " +
                          std::to_string(ticks[i].unixMs) + " unreadable: " +
                          (decoded.ok() ? "it holds another time" : decoded.message()));
                continue;
            }
            batchTick[batched++] = i;
            if (batched == kBatch)
                flush();
        }
        flush();
    }

    const MinuteBuckets minutes = minuteBuckets(startMs, offsets);
    // Each minute's first tick, after the segment's start: in the block, so
    // that a query of minutes need not decode the segment's tick times.
    std::vector<int32_t> minuteOffsets;
    for (int64_t t : minutes.firstMs)
        minuteOffsets.push_back(static_cast<int32_t>(t - startMs));
    const int64_t dayMs = startMs - startMs % kDayMs;
    const int64_t hourMs = startMs - startMs % kHourMs;

    struct ChipRows
    {
        uint32_t chip;
        std::string raw;
        std::string minute;
        std::array<BucketStats, kMetricCount> hour;
    };
    std::vector<ChipRows> rows;
    rows.reserve(width);
    std::array<BucketStats, kMetricCount> minuteStats;
    for (uint32_t c = 0; c < width; ++c) {
        if (!hasData[c])
            continue; // nothing to keep: the chip was silent all segment
        std::array<std::span<const int32_t>, kMetricCount> series;
        for (int m = 0; m < kMetricCount; ++m)
            series[m] = std::span<const int32_t>(&at(m, c, 0), n);
        ChipRows r;
        r.chip = first + c;
        r.raw = encodeRawBlock(series);
        for (int m = 0; m < kMetricCount; ++m) {
            minuteStats[m].resize(minutes.firstMs.size());
            r.hour[m].resize(1);
            for (size_t i = 0; i < n; ++i) {
                const uint32_t b = minutes.bucketOf[i];
                const int64_t t = startMs + offsets[i];
                minuteStats[m].add(b, series[m][i], static_cast<int32_t>(t - minutes.firstMs[b]));
                r.hour[m].add(0, series[m][i], offsets[i]);
            }
        }
        r.minute = encodeStatsBlock(minuteOffsets, minuteStats);
        rows.push_back(std::move(r));
    }

    SqliteTransaction transaction(m_db, s.transactions);
    if (Status status = transaction.begin(what); !status.ok())
        return status;
    if (Status status = insertSegment(); !status.ok())
        return status;
    std::vector<int32_t> hourTimes;
    std::array<BucketStats, kMetricCount> dayStats;
    for (const ChipRows &r : rows) {
        for (SqliteStatement *insert : {&s.insertChipRaw, &s.insertChip1m}) {
            const std::string &blob = insert == &s.insertChipRaw ? r.raw : r.minute;
            StatementUse use(*insert);
            if (use.bind(1, startMs) != SQLITE_OK || use.bind(2, int64_t{r.chip}) != SQLITE_OK ||
                use.bindBlob(3, blob.data(), blob.size()) != SQLITE_OK || use.step() != SQLITE_DONE)
                return sqliteError(m_db, what);
        }
        // The day's row of hours: fold this segment into its hour.
        hourTimes.clear();
        for (BucketStats &d : dayStats)
            d.resize(0);
        {
            StatementUse use(s.chip1hRow);
            use.bind(1, dayMs);
            use.bind(2, int64_t{r.chip});
            const int rc = use.step();
            if (rc == SQLITE_ROW) {
                Status decoded = decodeStatsTimes(use.blob(0), hourTimes);
                if (decoded.ok())
                    decoded = decodeStatsBlock(use.blob(0), dayStats);
                for (const BucketStats &d : dayStats) {
                    if (decoded.ok() && d.size() != hourTimes.size())
                        decoded = Status::error("series of different lengths");
                }
                if (!decoded.ok()) {
                    ++m_corruptRecords;
                    noteError(what + ": hourly rollups of chip " + std::to_string(r.chip) +
                              " for the day " + std::to_string(dayMs) +
                              " unreadable, started again: " + decoded.message());
                    hourTimes.clear();
                    for (BucketStats &d : dayStats)
                        d.resize(0);
                }
            } else if (rc != SQLITE_DONE) {
                return sqliteError(m_db, what);
            }
        }
        const int64_t lastHourMs =
            hourTimes.empty() ? -1 : dayMs + hourTimes.back() - hourTimes.back() % kHourMs;
        if (lastHourMs != hourMs) {
            hourTimes.push_back(static_cast<int32_t>(startMs - dayMs));
            for (BucketStats &d : dayStats)
                d.resize(hourTimes.size(), /*keep=*/true);
        }
        // This segment starts shiftMs after the hour's entry.
        const auto shiftMs = static_cast<int32_t>(startMs - (dayMs + hourTimes.back()));
        for (int m = 0; m < kMetricCount; ++m)
            dayStats[m].merge(dayStats[m].size() - 1, r.hour[m], 0, shiftMs);
        const std::string day = encodeStatsBlock(hourTimes, dayStats);
        StatementUse use(s.upsertChip1h);
        if (use.bind(1, dayMs) != SQLITE_OK || use.bind(2, int64_t{r.chip}) != SQLITE_OK ||
            use.bindBlob(3, day.data(), day.size()) != SQLITE_OK || use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    for (const HotTick &t : ticks) {
        StatementUse use(s.deleteHotChunk);
        use.bind(1, chunkId(t.unixMs, chunk));
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    if (Status status = transaction.commit(what); !status.ok())
        return status;
    return true;
}

StoreStats HistoryStore::stats()
{
    StoreStats out;
    Statements &s = *m_stmts;
    auto scalar = [&](SqliteStatement &statement) -> int64_t {
        StatementUse use(statement);
        if (use.step() != SQLITE_ROW || use.isNull(0))
            return 0;
        return use.int64(0);
    };
    out.fileBytes = scalar(s.pagesInUse);
    out.hotTicks = scalar(s.hotTickCount);
    out.segments = scalar(s.segmentCount);
    out.oldestRawMs = scalar(s.rawSegmentSpan);
    return out;
}

Result<std::vector<SeriesPoint>>
HistoryStore::queryChip(uint32_t chip, Metric metric, int64_t fromMs, int64_t toMs, int maxPoints)
{
    const int m = static_cast<int>(metric);
    const std::string what = "query chip " + std::to_string(chip) + " " +
                             std::string(metricKey(metric)) + " " + rangeText(fromMs, toMs);
    if (m < 0 || m >= kMetricCount)
        return Status::error(what + ": unknown metric " + std::to_string(m));
    auto window = makeWindow(fromMs, toMs, maxPoints, what);
    if (!window.ok())
        return window.status();
    const QueryWindow &w = *window;
    Statements &s = *m_stmts;

    // One snapshot for every statement below: a compaction step between two
    // of them would otherwise move a chunk from the hot log into blocks
    // unseen, or seen twice.
    SqliteTransaction snapshot(m_db, s.transactions, SqliteTransaction::Mode::Read);
    if (Status status = snapshot.begin(what); !status.ok())
        return status;

    struct Segment
    {
        int64_t startMs;
        int64_t endMs;
        std::string times;
        std::vector<int32_t> offsets; // decoded on demand
    };
    std::vector<Segment> segments;
    size_t samples = 0; // ticks in range, to tell whether one point per tick fits
    {
        StatementUse use(s.segmentsInRange);
        use.bind(1, w.fromMs < kSegmentMs ? 0 : w.fromMs - kSegmentMs + 1);
        use.bind(2, w.toMs);
        use.bind(3, w.fromMs);
        int rc;
        while ((rc = use.step()) == SQLITE_ROW) {
            if (static_cast<uint64_t>(use.int64(2)) <= chip)
                continue;
            Segment seg{use.int64(0), use.int64(1), std::string(use.blob(4)), {}};
            if (seg.startMs >= w.fromMs && seg.endMs <= w.toMs) {
                samples += static_cast<size_t>(std::max<int64_t>(0, use.int64(3)));
            } else if (decodeSeries(seg.times, seg.offsets).ok()) {
                for (int32_t o : seg.offsets)
                    samples += seg.startMs + o >= w.fromMs && seg.startMs + o <= w.toMs;
            }
            segments.push_back(std::move(seg));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    std::vector<std::pair<int64_t, uint32_t>> hot;
    {
        StatementUse use(s.hotTicksInRange);
        use.bind(1, w.fromMs);
        use.bind(2, w.toMs);
        int rc;
        while ((rc = use.step()) == SQLITE_ROW)
            hot.emplace_back(use.int64(0),
                             static_cast<uint32_t>(std::max<int64_t>(0, use.int64(1))));
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    samples += hot.size();
    const int preferred = samples <= w.maxPoints ? -1 : tierForWidth(w.widthMs);

    Downsampler downsampler(w);
    auto corrupt = [&](const std::string &which, const std::string &message) {
        ++m_corruptRecords;
        noteError(what + ": " + which + " unreadable: " + message);
    };
    std::vector<int32_t> values;
    BucketStats stats;
    std::string block;
    auto offsetsOf = [&](Segment &seg) -> bool {
        if (!seg.offsets.empty())
            return true;
        if (Status decoded = decodeSeries(seg.times, seg.offsets); !decoded.ok()) {
            corrupt("segment " + std::to_string(seg.startMs), decoded.message());
            return false;
        }
        return true;
    };
    auto readBlock = [&](SqliteStatement &statement, int64_t key, std::string &out) -> int {
        StatementUse use(statement);
        use.bind(1, key);
        use.bind(2, int64_t{chip});
        const int rc = use.step();
        if (rc == SQLITE_ROW)
            out.assign(use.blob(0));
        return rc;
    };

    // The chip's 1-hour rollups overlapping the range, by hour. They outlive
    // the segments, so they are read from their own rows, one per day.
    struct HourEntry
    {
        int64_t unixMs;
        double min;
        double max;
        double sum;
        int64_t count;
    };
    std::map<int64_t, HourEntry> hourEntries;
    {
        int64_t firstDay = 0;
        int64_t lastDay = -1;
        {
            StatementUse use(s.chip1hSpan);
            const int rc = use.step();
            if (rc != SQLITE_ROW)
                return sqliteError(m_db, what);
            if (!use.isNull(0)) {
                firstDay = std::max(use.int64(0), w.fromMs - w.fromMs % kDayMs);
                lastDay = std::min(use.int64(1), w.toMs);
            }
        }
        std::vector<int32_t> dayTimes;
        BucketStats dayStats;
        for (int64_t day = firstDay; day <= lastDay; day += kDayMs) {
            const int rc = readBlock(s.chip1hRow, day, block);
            if (rc == SQLITE_DONE)
                continue;
            if (rc != SQLITE_ROW)
                return sqliteError(m_db, what);
            Status decoded = decodeStatsTimes(block, dayTimes);
            if (decoded.ok())
                decoded = decodeStatsBlock(block, metric, dayStats);
            if (decoded.ok() && dayStats.size() != dayTimes.size())
                decoded = Status::error("series of different lengths");
            if (!decoded.ok()) {
                corrupt("1-hour rollups of day " + std::to_string(day), decoded.message());
                continue;
            }
            for (size_t b = 0; b < dayTimes.size(); ++b) {
                const int64_t entryMs = day + dayTimes[b];
                const int64_t hour = entryMs - entryMs % kHourMs;
                const int64_t t = entryMs + dayStats.first[b];
                if (dayStats.count[b] > 0 && hour <= w.toMs && hour + kHourMs > w.fromMs)
                    hourEntries[hour] = {t, double(dayStats.min[b]), double(dayStats.max[b]),
                                         static_cast<double>(dayStats.sum[b]), dayStats.count[b]};
            }
        }
    }

    // Each finer tier answers for one segment, or says it cannot (no row).
    auto fromRaw = [&](Segment &seg) -> Result<bool> {
        const int rc = readBlock(s.chipRawBlock, seg.startMs, block);
        if (rc == SQLITE_DONE)
            return false;
        if (rc != SQLITE_ROW)
            return sqliteError(m_db, what);
        if (!offsetsOf(seg))
            return true;
        if (Status decoded = decodeRawBlock(block, metric, values);
            !decoded.ok() || values.size() != seg.offsets.size()) {
            corrupt("samples of segment " + std::to_string(seg.startMs),
                    decoded.ok() ? "a series of the wrong length" : decoded.message());
            return true;
        }
        for (size_t i = 0; i < values.size(); ++i) {
            const int64_t t = seg.startMs + seg.offsets[i];
            if (values[i] != kNoData && t >= w.fromMs && t <= w.toMs)
                downsampler.add(t, values[i]);
        }
        return true;
    };
    std::vector<int32_t> minuteOffsets;
    auto fromMinutes = [&](Segment &seg) -> Result<bool> {
        const int rc = readBlock(s.chip1mBlock, seg.startMs, block);
        if (rc == SQLITE_DONE)
            return false;
        if (rc != SQLITE_ROW)
            return sqliteError(m_db, what);
        Status decoded = decodeStatsTimes(block, minuteOffsets);
        if (decoded.ok())
            decoded = decodeStatsBlock(block, metric, stats);
        if (!decoded.ok() || stats.size() != minuteOffsets.size()) {
            corrupt("1-minute rollups of segment " + std::to_string(seg.startMs),
                    decoded.ok() ? "a series of the wrong length" : decoded.message());
            return true;
        }
        for (size_t b = 0; b < stats.size(); ++b) {
            const int64_t bucketMs = seg.startMs + minuteOffsets[b];
            const int64_t t = bucketMs + stats.first[b];
            const int64_t minuteStart = bucketMs - bucketMs % kMinuteMs;
            if (stats.count[b] > 0 && t <= w.toMs && minuteStart + kMinuteMs > w.fromMs)
                downsampler.add(t, stats.min[b], stats.max[b], static_cast<double>(stats.sum[b]),
                                stats.count[b]);
        }
        return true;
    };

    // Where the finer tiers begin: older hours lost them to retention.
    int64_t finerFromMs = std::numeric_limits<int64_t>::max();
    for (SqliteStatement *span : {&s.rawSegmentSpan, &s.chip1mSpan}) {
        StatementUse use(*span);
        if (use.step() != SQLITE_ROW)
            return sqliteError(m_db, what);
        if (!use.isNull(0))
            finerFromMs = std::min(finerFromMs, use.int64(0));
    }

    // Hour by hour, oldest first. An hour answers from its 1-hour rollup when
    // that is the tier wanted, or when retention took its finer tiers; never
    // from both, which would count segments twice. (A chip silent for a
    // segment, or an hour still in the hot log, is no reason to fall back.)
    std::vector<int64_t> hours;
    for (const Segment &seg : segments)
        hours.push_back(seg.startMs - seg.startMs % kHourMs);
    for (const auto &[hour, entry] : hourEntries)
        hours.push_back(hour);
    std::sort(hours.begin(), hours.end());
    hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
    size_t next = 0; // the first segment not yet visited
    for (int64_t hour : hours) {
        const auto entry = hourEntries.find(hour);
        const bool haveEntry = entry != hourEntries.end();
        size_t end = next;
        while (end < segments.size() && segments[end].startMs < hour + kHourMs)
            ++end;
        bool answered = false;
        if (!(preferred == 1 && haveEntry)) {
            for (size_t i = next; i < end; ++i) {
                // The preferred tier first, then the other finer one.
                const bool rawFirst = preferred < 0;
                for (int attempt = 0; attempt < 2; ++attempt) {
                    Result<bool> did = (attempt == 0) == rawFirst ? fromRaw(segments[i])
                                                                  : fromMinutes(segments[i]);
                    if (!did.ok())
                        return did.status();
                    if (*did) {
                        answered = true;
                        break;
                    }
                }
            }
        }
        if (!answered && haveEntry && (preferred == 1 || hour + kHourMs <= finerFromMs)) {
            const HourEntry &e = entry->second;
            downsampler.add(e.unixMs, e.min, e.max, e.sum, e.count);
        }
        next = end;
    }

    // The hot log: newer than any block of this chip's chunk.
    FleetTick slice;
    const uint32_t chunk = chip / kHotChunkChips;
    const uint32_t inChunk = chip % kHotChunkChips;
    for (const auto &[unixMs, chips] : hot) {
        if (chip >= chips)
            continue;
        StatementUse use(s.hotChunk);
        use.bind(1, chunkId(unixMs, chunk));
        const int rc = use.step();
        if (rc == SQLITE_DONE)
            continue; // compacted meanwhile: read from its block above
        if (rc != SQLITE_ROW)
            return sqliteError(m_db, what);
        if (Status decoded = decodeTick(use.blob(0), slice);
            !decoded.ok() || slice.unixMs != unixMs) {
            corrupt("tick " + std::to_string(unixMs),
                    decoded.ok() ? "it holds another time" : decoded.message());
            continue;
        }
        if (inChunk >= slice.chipCount())
            continue;
        const int32_t value = slice.columns[m][inChunk];
        if (value != kNoData)
            downsampler.add(unixMs, value);
    }
    if (Status status = snapshot.commit(what); !status.ok())
        return status;
    return downsampler.finish();
}

Result<std::vector<SeriesPoint>> HistoryStore::queryNode(uint32_t firstChip,
                                                         uint32_t chipCount,
                                                         Metric metric,
                                                         int64_t fromMs,
                                                         int64_t toMs,
                                                         int maxPoints)
{
    const std::string what = "query node of chips " + std::to_string(firstChip) + " + " +
                             std::to_string(chipCount) + " " + rangeText(fromMs, toMs);
    if (chipCount == 0 || chipCount > 1024 || firstChip > kMaxChips - chipCount)
        return Status::error(what + ": a node has 1 to 1,024 chips within the inventory");
    auto window = makeWindow(fromMs, toMs, maxPoints, what);
    if (!window.ok())
        return window.status();
    struct Merged
    {
        SeriesPoint point;
        double avgSum = 0;
        int chips = 0;
    };
    std::map<int64_t, Merged> buckets; // by bucket index of the window
    for (uint32_t chip = firstChip; chip < firstChip + chipCount; ++chip) {
        auto points = queryChip(chip, metric, fromMs, toMs, maxPoints);
        if (!points.ok())
            return points.status();
        for (const SeriesPoint &p : *points) {
            const int64_t b = std::max<int64_t>(0, (p.unixMs - window->fromMs) / window->widthMs);
            auto [it, fresh] = buckets.try_emplace(b, Merged{p, 0, 0});
            Merged &m = it->second;
            if (!fresh) {
                m.point.unixMs = std::min(m.point.unixMs, p.unixMs);
                m.point.min = std::min(m.point.min, p.min);
                m.point.max = std::max(m.point.max, p.max);
            }
            m.avgSum += p.avg;
            ++m.chips;
        }
    }
    std::vector<SeriesPoint> out;
    out.reserve(buckets.size());
    for (auto &[b, m] : buckets) {
        m.point.avg = m.avgSum / m.chips;
        out.push_back(m.point);
    }
    return out;
}

std::optional<FleetTick> HistoryStore::latestTick()
{
    m_lastError.clear();
    const std::string what = "read the latest tick";
    Statements &s = *m_stmts;
    SqliteTransaction snapshot(m_db, s.transactions, SqliteTransaction::Mode::Read);
    if (Status status = snapshot.begin(what); !status.ok()) {
        noteError(status.message());
        return std::nullopt;
    }
    FleetTick tick;
    bool found = false;
    {
        StatementUse use(s.latestHotTick);
        const int rc = use.step();
        if (rc == SQLITE_ROW) {
            found = true;
            tick.unixMs = use.int64(0);
            tick.inventoryVersion = static_cast<uint64_t>(use.int64(1));
            tick.resize(static_cast<uint32_t>(std::clamp<int64_t>(use.int64(2), 0, kMaxChips)));
        } else if (rc != SQLITE_DONE) {
            noteError(sqliteError(m_db, what).message());
            return std::nullopt;
        }
    }
    // Chunks compacted since (compactStep(true) reaches the newest tick) are
    // read back from the segment's blocks.
    std::vector<uint32_t> compactedChunks;
    if (found) {
        FleetTick slice;
        for (uint32_t c = 0; c < chunkCount(tick.chipCount()); ++c) {
            StatementUse use(s.hotChunk);
            use.bind(1, chunkId(tick.unixMs, c));
            const int rc = use.step();
            if (rc == SQLITE_DONE) {
                compactedChunks.push_back(c);
                continue;
            }
            if (rc != SQLITE_ROW) {
                noteError(sqliteError(m_db, what).message());
                return std::nullopt;
            }
            Status decoded = decodeTick(use.blob(0), slice);
            if (decoded.ok() && slice.unixMs != tick.unixMs)
                decoded = Status::error("it holds the time " + std::to_string(slice.unixMs));
            if (!decoded.ok()) {
                ++m_corruptRecords;
                noteError(what + " " + std::to_string(tick.unixMs) + ": " + decoded.message());
                return std::nullopt;
            }
            const uint32_t begin = c * kHotChunkChips;
            const uint32_t have = std::min(slice.chipCount(), tick.chipCount() - begin);
            for (int m = 0; m < kMetricCount; ++m)
                std::copy_n(slice.columns[m].begin(), have, tick.columns[m].begin() + begin);
        }
    }
    if (!found || !compactedChunks.empty()) {
        // The newest segment holding the tick (or the newest of all).
        StatementUse use(s.latestSegment);
        use.bind(1, found ? tick.unixMs : std::numeric_limits<int64_t>::max());
        const int rc = use.step();
        if (rc == SQLITE_DONE) {
            if (!found)
                return std::nullopt;
        } else if (rc != SQLITE_ROW) {
            noteError(sqliteError(m_db, what).message());
            return std::nullopt;
        } else {
            const int64_t startMs = use.int64(0);
            if (!found) {
                found = true;
                tick.unixMs = use.int64(1);
                tick.inventoryVersion = static_cast<uint64_t>(use.int64(2));
                tick.resize(static_cast<uint32_t>(std::clamp<int64_t>(use.int64(3), 0, kMaxChips)));
                for (uint32_t c = 0; c < chunkCount(tick.chipCount()); ++c)
                    compactedChunks.push_back(c);
            }
            std::vector<int32_t> offsets;
            if (Status decoded = decodeSeries(use.blob(5), offsets); !decoded.ok()) {
                ++m_corruptRecords;
                noteError(what + ": segment " + std::to_string(startMs) + ": " + decoded.message());
                return std::nullopt;
            }
            const auto position =
                std::find(offsets.begin(), offsets.end(), int32_t(tick.unixMs - startMs));
            if (position == offsets.end()) {
                noteError(what + ": tick " + std::to_string(tick.unixMs) +
                          " is in neither the hot log nor a segment");
                return std::nullopt;
            }
            const size_t index = static_cast<size_t>(position - offsets.begin());
            StatementUse rows(s.segmentRawRows);
            rows.bind(1, startMs);
            std::vector<int32_t> values;
            int rrc;
            while ((rrc = rows.step()) == SQLITE_ROW) {
                const int64_t chip = rows.int64(0);
                if (chip < 0 || chip >= tick.chipCount() ||
                    !std::binary_search(compactedChunks.begin(), compactedChunks.end(),
                                        static_cast<uint32_t>(chip / kHotChunkChips)))
                    continue;
                for (int m = 0; m < kMetricCount; ++m) {
                    if (!decodeRawBlock(rows.blob(1), static_cast<Metric>(m), values).ok() ||
                        values.size() != offsets.size()) {
                        ++m_corruptRecords;
                        noteError(what + ": samples of chip " + std::to_string(chip) +
                                  " unreadable");
                        return std::nullopt;
                    }
                    tick.columns[m][chip] = values[index];
                }
            }
            if (rrc != SQLITE_DONE) {
                noteError(sqliteError(m_db, what).message());
                return std::nullopt;
            }
        }
    }
    {
        StatementUse use(s.eventsAt);
        use.bind(1, tick.unixMs);
        int rc;
        while ((rc = use.step()) == SQLITE_ROW) {
            const int64_t kind = use.int64(1);
            if (use.int64(0) < 0 || use.int64(0) >= tick.chipCount() || kind < 1 || kind > 5)
                continue;
            tick.events.push_back({static_cast<uint32_t>(use.int64(0)),
                                   static_cast<EventKind>(kind),
                                   static_cast<uint32_t>(use.int64(2))});
        }
        if (rc != SQLITE_DONE) {
            noteError(sqliteError(m_db, what).message());
            return std::nullopt;
        }
    }
    if (Status status = snapshot.commit(what); !status.ok()) {
        noteError(status.message());
        return std::nullopt;
    }
    return tick;
}

Result<std::vector<HistoryStore::StoredEvent>>
HistoryStore::queryEvents(int64_t chip, int64_t fromMs, int64_t toMs, size_t maxEvents)
{
    const std::string what = "query events " + rangeText(fromMs, toMs);
    if (fromMs > toMs)
        return Status::error(what + ": the range ends before it starts");
    std::vector<StoredEvent> events;
    StatementUse use(m_stmts->eventsRange);
    use.bind(1, fromMs);
    use.bind(2, toMs);
    use.bind(3, chip);
    use.bind(4, static_cast<int64_t>(std::min<size_t>(maxEvents, 1'000'000)));
    int rc;
    while ((rc = use.step()) == SQLITE_ROW) {
        const int64_t kind = use.int64(2);
        if (use.int64(1) < 0 || kind < 1 || kind > 5) {
            ++m_corruptRecords;
            continue;
        }
        events.push_back({use.int64(0),
                          {static_cast<uint32_t>(use.int64(1)), static_cast<EventKind>(kind),
                           static_cast<uint32_t>(use.int64(3))}});
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, what);
    return events;
}

Result<std::vector<ChipEventCounts>>
HistoryStore::queryEventCounts(int64_t fromMs, int64_t toMs, size_t limit)
{
    const std::string what = "count events " + rangeText(fromMs, toMs);
    if (fromMs > toMs)
        return Status::error(what + ": the range ends before it starts");
    std::vector<ChipEventCounts> rows;
    if (limit == 0)
        return rows;
    StatementUse use(m_stmts->eventCounts);
    use.bind(1, fromMs);
    use.bind(2, toMs);
    use.bind(3, static_cast<int64_t>(std::min<size_t>(limit, kMaxChips)));
    const auto count = [&](int column) {
        return static_cast<uint32_t>(
            std::clamp<int64_t>(use.int64(column), 0, std::numeric_limits<uint32_t>::max()));
    };
    int rc;
    while ((rc = use.step()) == SQLITE_ROW) {
        if (use.int64(0) < 0 || use.int64(0) >= int64_t{kMaxChips}) {
            ++m_corruptRecords;
            continue;
        }
        rows.push_back(
            {static_cast<uint32_t>(use.int64(0)), count(1), count(2), count(3), count(4)});
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, what);
    return rows;
}

Status HistoryStore::deleteExpiredChipTiers(int64_t nowMs, const std::string &what)
{
    Statements &s = *m_stmts;
    const int64_t rawCutoff = saturatingSub(nowMs, m_options.chipRetentionMs);
    const int64_t minuteCutoff = saturatingSub(nowMs, m_options.chip1mRetentionMs);
    const int64_t hourCutoff = saturatingSub(nowMs, m_options.chip1hRetentionMs);
    // A block goes once all of it is older than its cutoff.
    const struct
    {
        SqliteStatement *statement;
        int64_t bound;
        const char *name;
    } deletes[] = {
        {&s.deleteChipRaw, saturatingSub(rawCutoff, kSegmentMs), "chip samples"},
        {&s.deleteChip1m, saturatingSub(minuteCutoff, kSegmentMs), "chip 1-minute rollups"},
        {&s.deleteChip1h, saturatingSub(hourCutoff, kDayMs), "chip 1-hour rollups"},
        {&s.deleteEvents, minuteCutoff, "chip events"},
        {&s.deleteSegments, saturatingSub(std::min(rawCutoff, minuteCutoff), kSegmentMs - 1),
         "segments"},
    };
    for (const auto &d : deletes) {
        StatementUse use(*d.statement);
        use.bind(1, d.bound);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what + ": " + d.name);
    }
    return {};
}

Status HistoryStore::enforceBudget(const std::string &what)
{
    Statements &s = *m_stmts;
    auto pagesInUse = [&]() -> Result<int64_t> {
        StatementUse use(s.pagesInUse);
        if (use.step() != SQLITE_ROW)
            return sqliteError(m_db, what + ": measure the file");
        return use.int64(0);
    };
    // Deletes the oldest unit of a tier holding more than one; false if none does.
    auto dropOldest = [&](SqliteStatement &span, SqliteStatement &drop) -> Result<bool> {
        int64_t oldest = 0;
        {
            StatementUse use(span);
            if (use.step() != SQLITE_ROW)
                return sqliteError(m_db, what + ": disk budget");
            if (use.isNull(0) || use.int64(0) == use.int64(1))
                return false;
            oldest = use.int64(0);
        }
        StatementUse use(drop);
        use.bind(1, oldest);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what + ": disk budget");
        return true;
    };
    auto dropOldestAggregateDay = [&]() -> Result<bool> {
        int64_t oldest = 0;
        int64_t newest = 0;
        {
            StatementUse use(s.oldestAggregate);
            use.bind(1, kFleetScope);
            if (use.step() != SQLITE_ROW)
                return sqliteError(m_db, what + ": disk budget");
            if (use.isNull(0))
                return false;
            oldest = use.int64(0);
        }
        {
            StatementUse use(s.newestAggregate);
            use.bind(1, kFleetScope);
            if (use.step() != SQLITE_ROW || use.isNull(0))
                return sqliteError(m_db, what + ": disk budget");
            newest = use.int64(0);
        }
        if (newest - oldest < kDayMs)
            return false;
        if (Status status = deleteAggregatesBefore(oldest + kDayMs, what + ": disk budget");
            !status.ok())
            return status;
        return true;
    };

    for (;;) {
        auto used = pagesInUse();
        if (!used.ok())
            return used.status();
        if (*used <= m_options.diskBudgetBytes)
            break;
        // Finest first: raw samples, then minutes, then the per-tick aggregate
        // series, then hours. The newest unit of each always stays.
        Result<bool> dropped = dropOldest(s.rawSegmentSpan, s.deleteChipRawAt);
        if (dropped.ok() && !*dropped)
            dropped = dropOldest(s.chip1mSpan, s.deleteChip1mAt);
        if (dropped.ok() && !*dropped)
            dropped = dropOldestAggregateDay();
        if (dropped.ok() && !*dropped)
            dropped = dropOldest(s.chip1hSpan, s.deleteChip1hAt);
        if (!dropped.ok())
            return dropped.status();
        if (!*dropped)
            break; // what is left is the least the store keeps
    }
    StatementUse use(s.deleteSegments);
    use.bind(1, std::numeric_limits<int64_t>::max());
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_db, what + ": segments");
    return {};
}

} // namespace scb
