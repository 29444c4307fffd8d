#include "store/chipcompactor.h"

#include "core/tickcodec.h"
#include "store/blockcodec.h"
#include "store/chiplayout.h"
#include "store/rolluptiers.h"
#include "store/seriescodec.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <limits>
#include <span>

namespace scb {

namespace {

constexpr uint32_t kNoChunk = std::numeric_limits<uint32_t>::max();

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

// Decoded ticks wait in batches of kSize, then are written chip by chip: a
// chip's kSize values are then one cache line, not kSize scattered writes.
struct TickBatch
{
    static constexpr size_t kSize = 16;
    std::array<FleetTick, kSize> slices;
    std::array<size_t, kSize> tick{}; // each slice's index in the segment
    size_t count = 0;
};

} // namespace

// The oldest segment of the hot log: ticks from the oldest one, inside its
// aligned kSegmentMs window, of its inventory version, at most
// kMaxSegmentTicks. It is closed once a tick beyond it exists.
struct ChipCompactor::Segment
{
    std::vector<HotTick> ticks;
    bool closed = false;
    // Known once the ticks are final (describe()).
    int64_t startMs = 0;
    int64_t endMs = 0;
    uint32_t chips = 0;
    std::vector<int32_t> offsets; // each tick's, after startMs
    std::string times;            // offsets as a seriescodec series

    void describe()
    {
        startMs = ticks.front().unixMs;
        endMs = ticks.back().unixMs;
        for (const HotTick &t : ticks)
            chips = std::max(chips, t.chipCount);
        offsets.reserve(ticks.size());
        for (const HotTick &t : ticks)
            offsets.push_back(static_cast<int32_t>(t.unixMs - startMs));
        times = encodeSeries(offsets);
    }
};

// One chunk read across a segment and transposed: per metric, per chip, the
// segment's ticks.
struct ChipCompactor::ChunkValues
{
    uint32_t first = 0; // the chunk's first chip
    uint32_t width = 0; // its chips in this segment
    size_t n = 0;       // ticks
    std::vector<int32_t> values;
    std::vector<uint8_t> hasData; // per chip: any value at all

    ChunkValues(const Segment &segment, uint32_t chunk)
        : first(chunk * HistoryStore::kHotChunkChips)
        , width(first < segment.chips
                    ? std::min(HistoryStore::kHotChunkChips, segment.chips - first)
                    : 0)
        , n(segment.ticks.size())
        , values(size_t{kMetricCount} * width * n, kNoData)
        , hasData(width, 0)
    {
    }
    int32_t *row(int m, uint32_t chip) { return &values[(size_t(m) * width + chip) * n]; }
    const int32_t *row(int m, uint32_t chip) const
    {
        return &values[(size_t(m) * width + chip) * n];
    }

    void take(TickBatch &batch)
    {
        for (int m = 0; m < kMetricCount; ++m) {
            for (size_t j = 0; j < batch.count; ++j) {
                const std::vector<int32_t> &column = batch.slices[j].columns[m];
                const uint32_t have = std::min<uint32_t>(width, uint32_t(column.size()));
                for (uint32_t c = 0; c < have; ++c)
                    hasData[c] |= column[c] != kNoData;
            }
            for (uint32_t c = 0; c < width; ++c) {
                int32_t *out = row(m, c);
                for (size_t j = 0; j < batch.count; ++j) {
                    const std::vector<int32_t> &column = batch.slices[j].columns[m];
                    if (c < column.size())
                        out[batch.tick[j]] = column[c];
                }
            }
        }
        batch.count = 0;
    }
};

// What one chip of the chunk gets: its raw block, its minutes' block, and
// this segment's hour to fold into the day's row.
struct ChipCompactor::ChipRows
{
    uint32_t chip;
    std::string raw;
    std::string minute;
    std::array<BucketStats, kMetricCount> hour;
};

// A chip's row of 1-hour rollups for one UTC day.
struct ChipCompactor::DayRow
{
    std::vector<int32_t> hourTimes; // each hour's first tick, after the day's start
    std::array<BucketStats, kMetricCount> stats;

    void clear()
    {
        hourTimes.clear();
        for (BucketStats &d : stats)
            d.resize(0);
    }
};

Status ChipCompactor::prepare()
{
    return prepareAll(
        m_connection.db,
        {
            {&m_hotTicksFrom,
             "SELECT unix_ms, inventory_version, chip_count FROM hot_tick WHERE unix_ms >= ?1 "
             "ORDER BY unix_ms LIMIT ?2",
             "hot ticks from"},
            {&m_segmentAt, "SELECT end_ms, tick_count FROM segment WHERE start_ms = ?1",
             "segment at"},
            {&m_firstChunkOfTick,
             "SELECT id FROM hot_chunk WHERE id BETWEEN ?1 AND ?2 ORDER BY id LIMIT 1",
             "first chunk of tick"},
            {&m_hotChunk, chipsql::kHotChunk, "hot chunk"},
            {&m_insertSegment,
             "INSERT OR IGNORE INTO segment(start_ms, end_ms, inventory_version, chip_count, "
             "tick_count, times) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
             "insert segment"},
            {&m_deleteHotTicks, "DELETE FROM hot_tick WHERE unix_ms BETWEEN ?1 AND ?2",
             "delete hot ticks"},
            {&m_deleteHotChunk, "DELETE FROM hot_chunk WHERE id = ?1", "delete hot chunk"},
            // OR REPLACE: a chunk is compacted once; a row already there can
            // only be from a copy of this file restored beside its hot log.
            {&m_insertChipRaw,
             "INSERT OR REPLACE INTO chip_raw(start_ms, chip, data) VALUES(?1, ?2, ?3)",
             "insert chip_raw"},
            {&m_insertChip1m,
             "INSERT OR REPLACE INTO chip_1m(start_ms, chip, data) VALUES(?1, ?2, ?3)",
             "insert chip_1m"},
            {&m_chip1hRow, chipsql::kChip1hRow, "chip_1h row"},
            {&m_upsertChip1h,
             "INSERT OR REPLACE INTO chip_1h(day_ms, chip, data) VALUES(?1, ?2, ?3)",
             "upsert chip_1h"},
        });
}

Result<bool> ChipCompactor::step(bool all)
{
    const std::string what = "compact the chip history";
    if (Status s = m_connection.refuseIfReadOnly(what); !s.ok())
        return s;
    Segment segment;
    segment.closed = all;
    if (Status s = readOldestSegment(segment, what); !s.ok())
        return s;
    if (segment.ticks.empty())
        return false;
    if (Status s = keepStoredBounds(segment, what); !s.ok())
        return s;
    if (segment.ticks.empty() || !segment.closed)
        return false;
    segment.describe();

    auto chunk = lowestChunkLeft(segment, what);
    if (!chunk.ok())
        return chunk.status();
    if (*chunk == kNoChunk) {
        // Every chunk is compacted (or the segment had no chips): the ticks go.
        if (Status s = finishSegment(segment, what); !s.ok())
            return s;
        return true;
    }
    // Read and transpose before taking the write lock: only this compaction
    // ever deletes hot rows, so they stay.
    ChunkValues values(segment, *chunk);
    if (Status s = readChunk(segment, *chunk, values, what); !s.ok())
        return s;
    if (Status s = writeChunk(segment, *chunk, chipRows(segment, values), what); !s.ok())
        return s;
    return true;
}

Status ChipCompactor::readOldestSegment(Segment &segment, const std::string &what)
{
    StatementUse use(m_hotTicksFrom);
    use.bind(1, int64_t{0});
    use.bind(2, static_cast<int64_t>(kMaxSegmentTicks) + 1);
    std::vector<HotTick> &ticks = segment.ticks;
    int rc;
    int64_t windowEnd = 0;
    while ((rc = use.step()) == SQLITE_ROW) {
        const HotTick t{use.int64(0), static_cast<uint64_t>(use.int64(1)),
                        static_cast<uint32_t>(std::clamp<int64_t>(use.int64(2), 0, kMaxChips))};
        if (ticks.empty())
            windowEnd = t.unixMs - t.unixMs % HistoryStore::kSegmentMs + HistoryStore::kSegmentMs;
        else if (t.unixMs >= windowEnd || t.inventoryVersion != ticks.front().inventoryVersion ||
                 ticks.size() == kMaxSegmentTicks) {
            segment.closed = true;
            break;
        }
        ticks.push_back(t);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return {};
}

// A segment whose row exists (a chunk of it is compacted) is fixed: ticks
// that arrived since belong to the next one, whatever `all` said when its
// first chunk went.
Status ChipCompactor::keepStoredBounds(Segment &segment, const std::string &what)
{
    std::vector<HotTick> &ticks = segment.ticks;
    StatementUse use(m_segmentAt);
    use.bind(1, ticks.front().unixMs);
    const int rc = use.step();
    if (rc == SQLITE_ROW) {
        const int64_t endMs = use.int64(0);
        const auto count = static_cast<size_t>(std::max<int64_t>(0, use.int64(1)));
        while (!ticks.empty() && (ticks.size() > count || ticks.back().unixMs > endMs))
            ticks.pop_back();
        segment.closed = true;
    } else if (rc != SQLITE_DONE) {
        return sqliteError(m_connection.db, what);
    }
    return {};
}

// Chunks go in order, each in its own transaction, so that a crash or a
// query between steps sees whole chunks.
Result<uint32_t> ChipCompactor::lowestChunkLeft(const Segment &segment, const std::string &what)
{
    uint32_t chunk = kNoChunk;
    for (const HotTick &t : segment.ticks) {
        StatementUse use(m_firstChunkOfTick);
        use.bind(1, chunkId(t.unixMs, 0));
        use.bind(2, chunkId(t.unixMs, kChunkIdFactor - 1));
        const int rc = use.step();
        if (rc == SQLITE_ROW)
            chunk = std::min(chunk, static_cast<uint32_t>(use.int64(0) - chunkId(t.unixMs, 0)));
        else if (rc != SQLITE_DONE)
            return sqliteError(m_connection.db, what);
    }
    return chunk;
}

Status ChipCompactor::finishSegment(const Segment &segment, const std::string &what)
{
    SqliteTransaction transaction(m_connection.db, m_connection.transactions);
    if (Status s = transaction.begin(what); !s.ok())
        return s;
    if (Status s = insertSegmentRow(segment, what); !s.ok())
        return s;
    StatementUse use(m_deleteHotTicks);
    use.bind(1, segment.startMs);
    use.bind(2, segment.endMs);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return transaction.commit(what);
}

Status ChipCompactor::insertSegmentRow(const Segment &segment, const std::string &what)
{
    StatementUse use(m_insertSegment);
    if (use.bind(1, segment.startMs) != SQLITE_OK || use.bind(2, segment.endMs) != SQLITE_OK ||
        use.bind(3, static_cast<int64_t>(segment.ticks.front().inventoryVersion)) != SQLITE_OK ||
        use.bind(4, int64_t{segment.chips}) != SQLITE_OK ||
        use.bind(5, static_cast<int64_t>(segment.ticks.size())) != SQLITE_OK ||
        use.bindBlob(6, segment.times.data(), segment.times.size()) != SQLITE_OK ||
        use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return {};
}

Status ChipCompactor::readChunk(const Segment &segment,
                                uint32_t chunk,
                                ChunkValues &out,
                                const std::string &what)
{
    TickBatch batch;
    for (size_t i = 0; i < segment.ticks.size(); ++i) {
        const int64_t unixMs = segment.ticks[i].unixMs;
        StatementUse use(m_hotChunk);
        use.bind(1, chunkId(unixMs, chunk));
        const int rc = use.step();
        if (rc == SQLITE_DONE)
            continue; // this tick had fewer chips
        if (rc != SQLITE_ROW)
            return sqliteError(m_connection.db, what);
        FleetTick &slice = batch.slices[batch.count];
        if (Status decoded = decodeTick(use.blob(0), slice);
            !decoded.ok() || slice.unixMs != unixMs) {
            m_connection.noteCorrupt(
                what + ": chunk " + std::to_string(chunk) + " of tick " + std::to_string(unixMs) +
                " unreadable: " + (decoded.ok() ? "it holds another time" : decoded.message()));
            continue;
        }
        batch.tick[batch.count++] = i;
        if (batch.count == TickBatch::kSize)
            out.take(batch);
    }
    out.take(batch);
    return {};
}

std::vector<ChipCompactor::ChipRows> ChipCompactor::chipRows(const Segment &segment,
                                                             const ChunkValues &values)
{
    const size_t n = values.n;
    const int64_t startMs = segment.startMs;
    const MinuteBuckets minutes = minuteBuckets(startMs, segment.offsets);
    // Each minute's first tick, after the segment's start: in the block, so
    // that a query of minutes need not decode the segment's tick times.
    std::vector<int32_t> minuteOffsets;
    for (int64_t t : minutes.firstMs)
        minuteOffsets.push_back(static_cast<int32_t>(t - startMs));

    std::vector<ChipRows> rows;
    rows.reserve(values.width);
    std::array<BucketStats, kMetricCount> minuteStats;
    for (uint32_t c = 0; c < values.width; ++c) {
        if (!values.hasData[c])
            continue; // nothing to keep: the chip was silent all segment
        std::array<std::span<const int32_t>, kMetricCount> series;
        for (int m = 0; m < kMetricCount; ++m)
            series[m] = std::span<const int32_t>(values.row(m, c), n);
        ChipRows r;
        r.chip = values.first + c;
        r.raw = encodeRawBlock(series);
        for (int m = 0; m < kMetricCount; ++m) {
            minuteStats[m].resize(minutes.firstMs.size());
            r.hour[m].resize(1);
            for (size_t i = 0; i < n; ++i) {
                const uint32_t b = minutes.bucketOf[i];
                const int64_t t = startMs + segment.offsets[i];
                minuteStats[m].add(b, series[m][i], static_cast<int32_t>(t - minutes.firstMs[b]));
                r.hour[m].add(0, series[m][i], segment.offsets[i]);
            }
        }
        r.minute = encodeStatsBlock(minuteOffsets, minuteStats);
        rows.push_back(std::move(r));
    }
    return rows;
}

Status ChipCompactor::writeChunk(const Segment &segment,
                                 uint32_t chunk,
                                 const std::vector<ChipRows> &rows,
                                 const std::string &what)
{
    sqlite3 *db = m_connection.db;
    SqliteTransaction transaction(db, m_connection.transactions);
    if (Status s = transaction.begin(what); !s.ok())
        return s;
    if (Status s = insertSegmentRow(segment, what); !s.ok())
        return s;
    DayRow day;
    for (const ChipRows &r : rows) {
        for (SqliteStatement *insert : {&m_insertChipRaw, &m_insertChip1m}) {
            const std::string &blob = insert == &m_insertChipRaw ? r.raw : r.minute;
            StatementUse use(*insert);
            if (use.bind(1, segment.startMs) != SQLITE_OK ||
                use.bind(2, int64_t{r.chip}) != SQLITE_OK ||
                use.bindBlob(3, blob.data(), blob.size()) != SQLITE_OK || use.step() != SQLITE_DONE)
                return sqliteError(db, what);
        }
        if (Status s = foldIntoDay(segment, r, day, what); !s.ok())
            return s;
    }
    for (const HotTick &t : segment.ticks) {
        StatementUse use(m_deleteHotChunk);
        use.bind(1, chunkId(t.unixMs, chunk));
        if (use.step() != SQLITE_DONE)
            return sqliteError(db, what);
    }
    return transaction.commit(what);
}

// The day's row of hours: this segment folds into its hour.
Status ChipCompactor::foldIntoDay(const Segment &segment,
                                  const ChipRows &row,
                                  DayRow &day,
                                  const std::string &what)
{
    const int64_t startMs = segment.startMs;
    const int64_t dayMs = startMs - startMs % kDayMs;
    const int64_t hourMs = startMs - startMs % kHourMs;
    if (Status s = readDay(dayMs, row.chip, day, what); !s.ok())
        return s;
    std::vector<int32_t> &hourTimes = day.hourTimes;
    const int64_t lastHourMs =
        hourTimes.empty() ? -1 : dayMs + hourTimes.back() - hourTimes.back() % kHourMs;
    if (lastHourMs != hourMs) {
        hourTimes.push_back(static_cast<int32_t>(startMs - dayMs));
        for (BucketStats &d : day.stats)
            d.resize(hourTimes.size(), /*keep=*/true);
    }
    // This segment starts shiftMs after the hour's entry.
    const auto shiftMs = static_cast<int32_t>(startMs - (dayMs + hourTimes.back()));
    for (int m = 0; m < kMetricCount; ++m)
        day.stats[m].merge(day.stats[m].size() - 1, row.hour[m], 0, shiftMs);
    const std::string encoded = encodeStatsBlock(hourTimes, day.stats);
    StatementUse use(m_upsertChip1h);
    if (use.bind(1, dayMs) != SQLITE_OK || use.bind(2, int64_t{row.chip}) != SQLITE_OK ||
        use.bindBlob(3, encoded.data(), encoded.size()) != SQLITE_OK || use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return {};
}

// An unreadable row is started again: the hours it held are lost either way.
Status ChipCompactor::readDay(int64_t dayMs, uint32_t chip, DayRow &day, const std::string &what)
{
    day.clear();
    StatementUse use(m_chip1hRow);
    use.bind(1, dayMs);
    use.bind(2, int64_t{chip});
    const int rc = use.step();
    if (rc == SQLITE_DONE)
        return {};
    if (rc != SQLITE_ROW)
        return sqliteError(m_connection.db, what);
    Status decoded = decodeStatsTimes(use.blob(0), day.hourTimes);
    if (decoded.ok())
        decoded = decodeStatsBlock(use.blob(0), day.stats);
    for (const BucketStats &d : day.stats) {
        if (decoded.ok() && d.size() != day.hourTimes.size())
            decoded = Status::error("series of different lengths");
    }
    if (!decoded.ok()) {
        m_connection.noteCorrupt(what + ": hourly rollups of chip " + std::to_string(chip) +
                                 " for the day " + std::to_string(dayMs) +
                                 " unreadable, started again: " + decoded.message());
        day.clear();
    }
    return {};
}

} // namespace scb
