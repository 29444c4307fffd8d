#pragma once

#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/storeconnection.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scb {

// Compacts the hot log (chiplayout.h) segment by segment, one chunk of chips
// per step, into per-chip series blocks (chip_raw), their 1-minute rollups
// (chip_1m) and the day's row of 1-hour rollups (chip_1h). Only the
// compactor deletes hot rows, so it reads them before taking the write lock.
class ChipCompactor
{
public:
    explicit ChipCompactor(StoreConnection &connection)
        : m_connection(connection)
    {
    }
    Status prepare();

    // HistoryStore::compactStep.
    Result<bool> step(bool all);

private:
    struct Segment;
    struct ChunkValues;
    struct ChipRows;
    struct DayRow;

    Status readOldestSegment(Segment &segment, const std::string &what);
    Status keepStoredBounds(Segment &segment, const std::string &what);
    Result<uint32_t> lowestChunkLeft(const Segment &segment, const std::string &what);
    Status finishSegment(const Segment &segment, const std::string &what);
    Status insertSegmentRow(const Segment &segment, const std::string &what);
    Status
    readChunk(const Segment &segment, uint32_t chunk, ChunkValues &out, const std::string &what);
    static std::vector<ChipRows> chipRows(const Segment &segment, const ChunkValues &values);
    Status writeChunk(const Segment &segment,
                      uint32_t chunk,
                      const std::vector<ChipRows> &rows,
                      const std::string &what);
    Status
    foldIntoDay(const Segment &segment, const ChipRows &row, DayRow &day, const std::string &what);
    Status readDay(int64_t dayMs, uint32_t chip, DayRow &day, const std::string &what);

    StoreConnection &m_connection;
    SqliteStatement m_hotTicksFrom;
    SqliteStatement m_segmentAt;
    SqliteStatement m_firstChunkOfTick;
    SqliteStatement m_hotChunk;
    SqliteStatement m_insertSegment;
    SqliteStatement m_deleteHotTicks;
    SqliteStatement m_deleteHotChunk;
    SqliteStatement m_insertChipRaw;
    SqliteStatement m_insertChip1m;
    SqliteStatement m_chip1hRow;
    SqliteStatement m_upsertChip1h;
};

} // namespace scb
