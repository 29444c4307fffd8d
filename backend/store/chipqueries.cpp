#include "store/chipqueries.h"

#include "core/tickcodec.h"
#include "store/blockcodec.h"
#include "store/chiplayout.h"
#include "store/downsampler.h"
#include "store/querywindow.h"
#include "store/rolluptiers.h"
#include "store/seriescodec.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <map>
#include <utility>

namespace scb {

namespace {

// One hour of the chip's 1-hour rollups: a sample of several ticks.
struct HourEntry
{
    int64_t unixMs;
    double min;
    double max;
    double sum;
    int64_t count;
};

} // namespace

// A compacted segment holding the chip, overlapping the range.
struct ChipQueries::Segment
{
    int64_t startMs;
    int64_t endMs;
    std::string times;
    std::vector<int32_t> offsets; // decoded on demand
};

// One queryChip call: what it asks, what it found so far, and buffers reused
// from one block to the next.
struct ChipQueries::Query
{
    Query(uint32_t chip, Metric metric, const QueryWindow &window, std::string what)
        : chip(chip)
        , metric(metric)
        , w(window)
        , what(std::move(what))
        , downsampler(window)
    {
    }

    uint32_t chip;
    Metric metric;
    QueryWindow w;
    std::string what;
    Downsampler downsampler;

    std::vector<Segment> segments;
    std::vector<std::pair<int64_t, uint32_t>> hot; // hot ticks in range: time, chips
    size_t samples = 0; // ticks in range, to tell whether one point per tick fits
    int preferred = -1; // the tier wanted (tierForWidth), -1 when every tick fits
    // The chip's 1-hour rollups overlapping the range, by hour. They outlive
    // the segments, so they are read from their own rows, one per day.
    std::map<int64_t, HourEntry> hourEntries;
    // Where the finer tiers begin: older hours lost them to retention.
    int64_t finerFromMs = std::numeric_limits<int64_t>::max();

    std::string block;
    std::vector<int32_t> values;
    std::vector<int32_t> times;
    BucketStats stats;
};

Status ChipQueries::prepare()
{
    return prepareAll(
        m_connection.db,
        {
            {&m_segmentsInRange,
             "SELECT start_ms, end_ms, chip_count, tick_count, times FROM segment "
             "WHERE start_ms BETWEEN ?1 AND ?2 AND end_ms >= ?3 ORDER BY start_ms",
             "segments in range"},
            {&m_hotTicksInRange,
             "SELECT unix_ms, chip_count FROM hot_tick WHERE unix_ms BETWEEN ?1 AND ?2 "
             "ORDER BY unix_ms",
             "hot ticks in range"},
            {&m_hotChunk, chipsql::kHotChunk, "hot chunk"},
            {&m_rawBlock, "SELECT data FROM chip_raw WHERE start_ms = ?1 AND chip = ?2",
             "chip_raw block"},
            {&m_minuteBlock, "SELECT data FROM chip_1m WHERE start_ms = ?1 AND chip = ?2",
             "chip_1m block"},
            {&m_dayRow, chipsql::kChip1hRow, "chip_1h row"},
            {&m_rawSpan, chipsql::kRawSpan, "chip_raw span"},
            {&m_minuteSpan, chipsql::kMinuteSpan, "chip_1m span"},
            {&m_hourSpan, chipsql::kHourSpan, "chip_1h span"},
        });
}

Result<std::vector<SeriesPoint>>
ChipQueries::queryChip(uint32_t chip, Metric metric, int64_t fromMs, int64_t toMs, int maxPoints)
{
    const int m = static_cast<int>(metric);
    const std::string what = "query chip " + std::to_string(chip) + " " +
                             std::string(metricKey(metric)) + " " + rangeText(fromMs, toMs);
    if (m < 0 || m >= kMetricCount)
        return Status::error(what + ": unknown metric " + std::to_string(m));
    auto window = makeWindow(fromMs, toMs, maxPoints, what);
    if (!window.ok())
        return window.status();
    Query q(chip, metric, *window, what);

    SqliteTransaction snapshot(m_connection.db, m_connection.transactions,
                               SqliteTransaction::Mode::Read);
    if (Status s = snapshot.begin(what); !s.ok())
        return s;
    if (Status s = readSegments(q); !s.ok())
        return s;
    if (Status s = readHotTicks(q); !s.ok())
        return s;
    q.samples += q.hot.size();
    q.preferred = q.samples <= q.w.maxPoints ? -1 : tierForWidth(q.w.widthMs);
    if (Status s = readHourEntries(q); !s.ok())
        return s;
    if (Status s = readFinerTiersStart(q); !s.ok())
        return s;
    if (Status s = addByHour(q); !s.ok())
        return s;
    // The hot log: newer than any block of this chip's chunk.
    if (Status s = addHotLog(q); !s.ok())
        return s;
    if (Status s = snapshot.commit(what); !s.ok())
        return s;
    return q.downsampler.finish();
}

Status ChipQueries::readSegments(Query &q)
{
    const QueryWindow &w = q.w;
    StatementUse use(m_segmentsInRange);
    use.bind(1, w.fromMs < HistoryStore::kSegmentMs ? 0 : w.fromMs - HistoryStore::kSegmentMs + 1);
    use.bind(2, w.toMs);
    use.bind(3, w.fromMs);
    int rc;
    while ((rc = use.step()) == SQLITE_ROW) {
        if (static_cast<uint64_t>(use.int64(2)) <= q.chip)
            continue;
        Segment seg{use.int64(0), use.int64(1), std::string(use.blob(4)), {}};
        if (seg.startMs >= w.fromMs && seg.endMs <= w.toMs) {
            q.samples += static_cast<size_t>(std::max<int64_t>(0, use.int64(3)));
        } else if (decodeSeries(seg.times, seg.offsets).ok()) {
            for (int32_t o : seg.offsets)
                q.samples += seg.startMs + o >= w.fromMs && seg.startMs + o <= w.toMs;
        }
        q.segments.push_back(std::move(seg));
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_connection.db, q.what);
    return {};
}

Status ChipQueries::readHotTicks(Query &q)
{
    StatementUse use(m_hotTicksInRange);
    use.bind(1, q.w.fromMs);
    use.bind(2, q.w.toMs);
    int rc;
    while ((rc = use.step()) == SQLITE_ROW)
        q.hot.emplace_back(use.int64(0), static_cast<uint32_t>(std::max<int64_t>(0, use.int64(1))));
    if (rc != SQLITE_DONE)
        return sqliteError(m_connection.db, q.what);
    return {};
}

Status ChipQueries::readHourEntries(Query &q)
{
    int64_t firstDay = 0;
    int64_t lastDay = -1;
    {
        StatementUse use(m_hourSpan);
        if (use.step() != SQLITE_ROW)
            return sqliteError(m_connection.db, q.what);
        if (!use.isNull(0)) {
            firstDay = std::max(use.int64(0), q.w.fromMs - q.w.fromMs % kDayMs);
            lastDay = std::min(use.int64(1), q.w.toMs);
        }
    }
    for (int64_t day = firstDay; day <= lastDay; day += kDayMs) {
        if (Status s = readDayOfHours(q, day); !s.ok())
            return s;
    }
    return {};
}

Status ChipQueries::readDayOfHours(Query &q, int64_t dayMs)
{
    auto found = readBlock(q, m_dayRow, dayMs);
    if (!found.ok())
        return found.status();
    if (!*found)
        return {};
    std::vector<int32_t> &dayTimes = q.times;
    BucketStats &dayStats = q.stats;
    Status decoded = decodeStatsTimes(q.block, dayTimes);
    if (decoded.ok())
        decoded = decodeStatsBlock(q.block, q.metric, dayStats);
    if (decoded.ok() && dayStats.size() != dayTimes.size())
        decoded = Status::error("series of different lengths");
    if (!decoded.ok()) {
        noteCorrupt(q, "1-hour rollups of day " + std::to_string(dayMs), decoded.message());
        return {};
    }
    for (size_t b = 0; b < dayTimes.size(); ++b) {
        const int64_t entryMs = dayMs + dayTimes[b];
        const int64_t hour = entryMs - entryMs % kHourMs;
        const int64_t t = entryMs + dayStats.first[b];
        if (dayStats.count[b] > 0 && hour <= q.w.toMs && hour + kHourMs > q.w.fromMs)
            q.hourEntries[hour] = {t, double(dayStats.min[b]), double(dayStats.max[b]),
                                   static_cast<double>(dayStats.sum[b]), dayStats.count[b]};
    }
    return {};
}

Status ChipQueries::readFinerTiersStart(Query &q)
{
    for (SqliteStatement *span : {&m_rawSpan, &m_minuteSpan}) {
        StatementUse use(*span);
        if (use.step() != SQLITE_ROW)
            return sqliteError(m_connection.db, q.what);
        if (!use.isNull(0))
            q.finerFromMs = std::min(q.finerFromMs, use.int64(0));
    }
    return {};
}

// Hour by hour, oldest first. An hour answers from its 1-hour rollup when
// that is the tier wanted, or when retention took its finer tiers; never from
// both, which would count segments twice. (A chip silent for a segment, or an
// hour still in the hot log, is no reason to fall back.)
Status ChipQueries::addByHour(Query &q)
{
    std::vector<int64_t> hours;
    for (const Segment &seg : q.segments)
        hours.push_back(seg.startMs - seg.startMs % kHourMs);
    for (const auto &[hour, entry] : q.hourEntries)
        hours.push_back(hour);
    std::sort(hours.begin(), hours.end());
    hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
    size_t next = 0; // the first segment not yet visited
    for (int64_t hour : hours) {
        const auto entry = q.hourEntries.find(hour);
        const bool haveEntry = entry != q.hourEntries.end();
        size_t end = next;
        while (end < q.segments.size() && q.segments[end].startMs < hour + kHourMs)
            ++end;
        bool answered = false;
        if (!(q.preferred == 1 && haveEntry)) {
            auto did = addSegmentsOfHour(q, next, end);
            if (!did.ok())
                return did.status();
            answered = *did;
        }
        if (!answered && haveEntry && (q.preferred == 1 || hour + kHourMs <= q.finerFromMs)) {
            const HourEntry &e = entry->second;
            q.downsampler.add(e.unixMs, e.min, e.max, e.sum, e.count);
        }
        next = end;
    }
    return {};
}

// Each finer tier answers for one segment, or says it cannot (no row): the
// preferred tier first, then the other finer one.
Result<bool> ChipQueries::addSegmentsOfHour(Query &q, size_t begin, size_t end)
{
    bool answered = false;
    const bool rawFirst = q.preferred < 0;
    for (size_t i = begin; i < end; ++i) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            Result<bool> did = (attempt == 0) == rawFirst ? addFromRaw(q, q.segments[i])
                                                          : addFromMinutes(q, q.segments[i]);
            if (!did.ok())
                return did.status();
            if (*did) {
                answered = true;
                break;
            }
        }
    }
    return answered;
}

Result<bool> ChipQueries::addFromRaw(Query &q, Segment &seg)
{
    if (auto found = readBlock(q, m_rawBlock, seg.startMs); !found.ok() || !*found)
        return found;
    if (!decodeOffsets(q, seg))
        return true;
    if (Status decoded = decodeRawBlock(q.block, q.metric, q.values);
        !decoded.ok() || q.values.size() != seg.offsets.size()) {
        noteCorrupt(q, "samples of segment " + std::to_string(seg.startMs),
                    decoded.ok() ? "a series of the wrong length" : decoded.message());
        return true;
    }
    for (size_t i = 0; i < q.values.size(); ++i) {
        const int64_t t = seg.startMs + seg.offsets[i];
        if (q.values[i] != kNoData && t >= q.w.fromMs && t <= q.w.toMs)
            q.downsampler.add(t, q.values[i]);
    }
    return true;
}

Result<bool> ChipQueries::addFromMinutes(Query &q, Segment &seg)
{
    if (auto found = readBlock(q, m_minuteBlock, seg.startMs); !found.ok() || !*found)
        return found;
    std::vector<int32_t> &minuteOffsets = q.times;
    BucketStats &stats = q.stats;
    Status decoded = decodeStatsTimes(q.block, minuteOffsets);
    if (decoded.ok())
        decoded = decodeStatsBlock(q.block, q.metric, stats);
    if (!decoded.ok() || stats.size() != minuteOffsets.size()) {
        noteCorrupt(q, "1-minute rollups of segment " + std::to_string(seg.startMs),
                    decoded.ok() ? "a series of the wrong length" : decoded.message());
        return true;
    }
    for (size_t b = 0; b < stats.size(); ++b) {
        const int64_t bucketMs = seg.startMs + minuteOffsets[b];
        const int64_t t = bucketMs + stats.first[b];
        const int64_t minuteStart = bucketMs - bucketMs % kMinuteMs;
        if (stats.count[b] > 0 && t <= q.w.toMs && minuteStart + kMinuteMs > q.w.fromMs)
            q.downsampler.add(t, stats.min[b], stats.max[b], static_cast<double>(stats.sum[b]),
                              stats.count[b]);
    }
    return true;
}

Status ChipQueries::addHotLog(Query &q)
{
    FleetTick slice;
    const uint32_t chunk = q.chip / HistoryStore::kHotChunkChips;
    const uint32_t inChunk = q.chip % HistoryStore::kHotChunkChips;
    const int m = static_cast<int>(q.metric);
    for (const auto &[unixMs, chips] : q.hot) {
        if (q.chip >= chips)
            continue;
        StatementUse use(m_hotChunk);
        use.bind(1, chunkId(unixMs, chunk));
        const int rc = use.step();
        if (rc == SQLITE_DONE)
            continue; // compacted meanwhile: read from its block above
        if (rc != SQLITE_ROW)
            return sqliteError(m_connection.db, q.what);
        if (Status decoded = decodeTick(use.blob(0), slice);
            !decoded.ok() || slice.unixMs != unixMs) {
            noteCorrupt(q, "tick " + std::to_string(unixMs),
                        decoded.ok() ? "it holds another time" : decoded.message());
            continue;
        }
        if (inChunk >= slice.chipCount())
            continue;
        const int32_t value = slice.columns[m][inChunk];
        if (value != kNoData)
            q.downsampler.add(unixMs, value);
    }
    return {};
}

bool ChipQueries::decodeOffsets(Query &q, Segment &seg)
{
    if (!seg.offsets.empty())
        return true;
    if (Status decoded = decodeSeries(seg.times, seg.offsets); !decoded.ok()) {
        noteCorrupt(q, "segment " + std::to_string(seg.startMs), decoded.message());
        return false;
    }
    return true;
}

Result<bool> ChipQueries::readBlock(Query &q, SqliteStatement &statement, int64_t key)
{
    StatementUse use(statement);
    use.bind(1, key);
    use.bind(2, int64_t{q.chip});
    const int rc = use.step();
    if (rc == SQLITE_DONE)
        return false;
    if (rc != SQLITE_ROW)
        return sqliteError(m_connection.db, q.what);
    q.block.assign(use.blob(0));
    return true;
}

void ChipQueries::noteCorrupt(const Query &q, const std::string &which, const std::string &message)
{
    m_connection.noteCorrupt(q.what + ": " + which + " unreadable: " + message);
}

Result<std::vector<SeriesPoint>> ChipQueries::queryNode(uint32_t firstChip,
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

} // namespace scb
