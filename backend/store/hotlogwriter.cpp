#include "store/hotlogwriter.h"

#include "core/tickcodec.h"
#include "store/chiplayout.h"

#include <sqlite3.h>

#include <algorithm>

namespace scb {

HotLogWriter::HotLogWriter(sqlite3 *db)
    : m_db(db)
{
}

Status HotLogWriter::prepare()
{
    return prepareAll(
        m_db,
        {
            {&m_insertTick,
             "INSERT INTO hot_tick(unix_ms, inventory_version, chip_count) VALUES(?1, ?2, ?3)",
             "insert hot_tick"},
            {&m_insertChunk, "INSERT INTO hot_chunk(id, data) VALUES(?1, ?2)", "insert hot_chunk"},
            {&m_insertEvent,
             "INSERT INTO chip_event(unix_ms, chip, kind, code) VALUES(?1, ?2, ?3, ?4)",
             "insert chip_event"},
            {&m_newestHotTick, "SELECT max(unix_ms) FROM hot_tick", "newest hot tick"},
            {&m_newestSegment, "SELECT end_ms FROM segment ORDER BY start_ms DESC LIMIT 1",
             "newest segment"},
        });
}

std::vector<std::string> HotLogWriter::encodeChunks(const FleetTick &tick)
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

Status HotLogWriter::insert(const FleetTick &tick,
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
        StatementUse use(m_insertTick);
        if (use.bind(1, tick.unixMs) != SQLITE_OK ||
            use.bind(2, static_cast<int64_t>(tick.inventoryVersion)) != SQLITE_OK ||
            use.bind(3, int64_t{chips}) != SQLITE_OK || use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    for (uint32_t c = 0; c < chunks.size(); ++c) {
        StatementUse use(m_insertChunk);
        if (use.bind(1, chunkId(tick.unixMs, c)) != SQLITE_OK ||
            use.bindBlob(2, chunks[c].data(), chunks[c].size()) != SQLITE_OK ||
            use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    for (const ChipEvent &e : tick.events) {
        StatementUse use(m_insertEvent);
        if (use.bind(1, tick.unixMs) != SQLITE_OK || use.bind(2, int64_t{e.chip}) != SQLITE_OK ||
            use.bind(3, static_cast<int64_t>(e.kind)) != SQLITE_OK ||
            use.bind(4, int64_t{e.code}) != SQLITE_OK || use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    return {};
}

Result<int64_t> HotLogWriter::newestTickMs(const std::string &what)
{
    int64_t newestMs = 0;
    for (SqliteStatement *newest : {&m_newestHotTick, &m_newestSegment}) {
        StatementUse use(*newest);
        const int rc = use.step();
        if (rc == SQLITE_DONE)
            continue;
        if (rc != SQLITE_ROW)
            return sqliteError(m_db, what);
        if (!use.isNull(0))
            newestMs = std::max(newestMs, use.int64(0));
    }
    return newestMs;
}

} // namespace scb
