#include "store/latesttickreader.h"

#include "core/tickcodec.h"
#include "store/blockcodec.h"
#include "store/chiplayout.h"
#include "store/seriescodec.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace scb {

Status LatestTickReader::prepare()
{
    return prepareAll(
        m_connection.db,
        {
            {&m_latestHotTick,
             "SELECT unix_ms, inventory_version, chip_count FROM hot_tick ORDER BY unix_ms DESC "
             "LIMIT 1",
             "latest hot tick"},
            {&m_hotChunk, chipsql::kHotChunk, "hot chunk"},
            {&m_latestSegment,
             "SELECT start_ms, end_ms, inventory_version, chip_count, tick_count, times FROM "
             "segment WHERE start_ms <= ?1 ORDER BY start_ms DESC LIMIT 1",
             "latest segment"},
            {&m_segmentRawRows, "SELECT chip, data FROM chip_raw WHERE start_ms = ?1 ORDER BY chip",
             "segment raw rows"},
            {&m_eventsAt,
             "SELECT chip, kind, code FROM chip_event WHERE unix_ms = ?1 ORDER BY rowid",
             "events at"},
        });
}

std::optional<FleetTick> LatestTickReader::read()
{
    m_connection.lastError.clear();
    const std::string what = "read the latest tick";
    SqliteTransaction snapshot(m_connection.db, m_connection.transactions,
                               SqliteTransaction::Mode::Read);
    if (Status s = snapshot.begin(what); !s.ok()) {
        m_connection.noteError(s.message());
        return std::nullopt;
    }
    FleetTick tick;
    bool found = false;
    std::vector<uint32_t> compacted; // chunks of the tick no longer in the hot log
    if (!readNewestHotTick(tick, found, what))
        return std::nullopt;
    if (found && !readHotChunks(tick, compacted, what))
        return std::nullopt;
    if (!found || !compacted.empty()) {
        if (!readFromSegment(tick, found, compacted, what))
            return std::nullopt;
        if (!found)
            return std::nullopt; // nothing stored at all
    }
    if (!readEvents(tick, what))
        return std::nullopt;
    if (Status s = snapshot.commit(what); !s.ok()) {
        m_connection.noteError(s.message());
        return std::nullopt;
    }
    return tick;
}

bool LatestTickReader::readNewestHotTick(FleetTick &tick, bool &found, const std::string &what)
{
    StatementUse use(m_latestHotTick);
    const int rc = use.step();
    if (rc == SQLITE_ROW) {
        found = true;
        tick.unixMs = use.int64(0);
        tick.inventoryVersion = static_cast<uint64_t>(use.int64(1));
        tick.resize(static_cast<uint32_t>(std::clamp<int64_t>(use.int64(2), 0, kMaxChips)));
    } else if (rc != SQLITE_DONE) {
        noteSqliteError(what);
        return false;
    }
    return true;
}

bool LatestTickReader::readHotChunks(FleetTick &tick,
                                     std::vector<uint32_t> &compacted,
                                     const std::string &what)
{
    FleetTick slice;
    for (uint32_t c = 0; c < chunkCount(tick.chipCount()); ++c) {
        StatementUse use(m_hotChunk);
        use.bind(1, chunkId(tick.unixMs, c));
        const int rc = use.step();
        if (rc == SQLITE_DONE) {
            compacted.push_back(c);
            continue;
        }
        if (rc != SQLITE_ROW) {
            noteSqliteError(what);
            return false;
        }
        Status decoded = decodeTick(use.blob(0), slice);
        if (decoded.ok() && slice.unixMs != tick.unixMs)
            decoded = Status::error("it holds the time " + std::to_string(slice.unixMs));
        if (!decoded.ok()) {
            m_connection.noteCorrupt(what + " " + std::to_string(tick.unixMs) + ": " +
                                     decoded.message());
            return false;
        }
        const uint32_t begin = c * HistoryStore::kHotChunkChips;
        const uint32_t have = std::min(slice.chipCount(), tick.chipCount() - begin);
        for (int m = 0; m < kMetricCount; ++m)
            std::copy_n(slice.columns[m].begin(), have, tick.columns[m].begin() + begin);
    }
    return true;
}

// The newest segment holding the tick, or with no tick found yet the newest
// of all, whose last tick then is the latest.
bool LatestTickReader::readFromSegment(FleetTick &tick,
                                       bool &found,
                                       std::vector<uint32_t> &compacted,
                                       const std::string &what)
{
    StatementUse use(m_latestSegment);
    use.bind(1, found ? tick.unixMs : std::numeric_limits<int64_t>::max());
    const int rc = use.step();
    if (rc == SQLITE_DONE)
        return true;
    if (rc != SQLITE_ROW) {
        noteSqliteError(what);
        return false;
    }
    const int64_t startMs = use.int64(0);
    if (!found) {
        found = true;
        tick.unixMs = use.int64(1);
        tick.inventoryVersion = static_cast<uint64_t>(use.int64(2));
        tick.resize(static_cast<uint32_t>(std::clamp<int64_t>(use.int64(3), 0, kMaxChips)));
        for (uint32_t c = 0; c < chunkCount(tick.chipCount()); ++c)
            compacted.push_back(c);
    }
    std::vector<int32_t> offsets;
    if (Status decoded = decodeSeries(use.blob(5), offsets); !decoded.ok()) {
        m_connection.noteCorrupt(what + ": segment " + std::to_string(startMs) + ": " +
                                 decoded.message());
        return false;
    }
    const auto position = std::find(offsets.begin(), offsets.end(), int32_t(tick.unixMs - startMs));
    if (position == offsets.end()) {
        m_connection.noteError(what + ": tick " + std::to_string(tick.unixMs) +
                               " is in neither the hot log nor a segment");
        return false;
    }
    const auto index = static_cast<size_t>(position - offsets.begin());
    return readSegmentColumns(tick, startMs, index, offsets.size(), compacted, what);
}

bool LatestTickReader::readSegmentColumns(FleetTick &tick,
                                          int64_t startMs,
                                          size_t index,
                                          size_t segmentTicks,
                                          const std::vector<uint32_t> &compacted,
                                          const std::string &what)
{
    StatementUse rows(m_segmentRawRows);
    rows.bind(1, startMs);
    std::vector<int32_t> values;
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const int64_t chip = rows.int64(0);
        if (chip < 0 || chip >= tick.chipCount() ||
            !std::binary_search(compacted.begin(), compacted.end(),
                                static_cast<uint32_t>(chip / HistoryStore::kHotChunkChips)))
            continue;
        for (int m = 0; m < kMetricCount; ++m) {
            if (!decodeRawBlock(rows.blob(1), static_cast<Metric>(m), values).ok() ||
                values.size() != segmentTicks) {
                m_connection.noteCorrupt(what + ": samples of chip " + std::to_string(chip) +
                                         " unreadable");
                return false;
            }
            tick.columns[m][chip] = values[index];
        }
    }
    if (rc != SQLITE_DONE) {
        noteSqliteError(what);
        return false;
    }
    return true;
}

bool LatestTickReader::readEvents(FleetTick &tick, const std::string &what)
{
    StatementUse use(m_eventsAt);
    use.bind(1, tick.unixMs);
    int rc;
    while ((rc = use.step()) == SQLITE_ROW) {
        const int64_t kind = use.int64(1);
        if (use.int64(0) < 0 || use.int64(0) >= tick.chipCount() || kind < 1 || kind > 5)
            continue;
        tick.events.push_back({static_cast<uint32_t>(use.int64(0)), static_cast<EventKind>(kind),
                               static_cast<uint32_t>(use.int64(2))});
    }
    if (rc != SQLITE_DONE) {
        noteSqliteError(what);
        return false;
    }
    return true;
}

void LatestTickReader::noteSqliteError(const std::string &what)
{
    m_connection.noteError(sqliteError(m_connection.db, what).message());
}

} // namespace scb
