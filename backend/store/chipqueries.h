#pragma once

#include "core/fleettick.h"
#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/historystore.h"
#include "store/storeconnection.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scb {

// One chip's (or node's) metric over a time range, downsampled, from the
// compacted tiers (chiplayout.h) and the hot log, in one read snapshot: a
// compaction step between two statements would otherwise move a chunk from
// the hot log into blocks unseen, or seen twice.
class ChipQueries
{
public:
    explicit ChipQueries(StoreConnection &connection)
        : m_connection(connection)
    {
    }
    Status prepare();

    // HistoryStore::queryChip and queryNode.
    Result<std::vector<SeriesPoint>>
    queryChip(uint32_t chip, Metric metric, int64_t fromMs, int64_t toMs, int maxPoints);
    Result<std::vector<SeriesPoint>> queryNode(uint32_t firstChip,
                                               uint32_t chipCount,
                                               Metric metric,
                                               int64_t fromMs,
                                               int64_t toMs,
                                               int maxPoints);

private:
    struct Query;
    struct Segment;

    Status readSegments(Query &q);
    Status readHotTicks(Query &q);
    Status readHourEntries(Query &q);
    Status readDayOfHours(Query &q, int64_t dayMs);
    Status readFinerTiersStart(Query &q);
    Status addByHour(Query &q);
    Result<bool> addSegmentsOfHour(Query &q, size_t begin, size_t end);
    Result<bool> addFromRaw(Query &q, Segment &segment);
    Result<bool> addFromMinutes(Query &q, Segment &segment);
    Status addHotLog(Query &q);
    bool decodeOffsets(Query &q, Segment &segment);
    // The chip's row of a per-segment or per-day table into q.block; false if none.
    Result<bool> readBlock(Query &q, SqliteStatement &statement, int64_t key);
    void noteCorrupt(const Query &q, const std::string &which, const std::string &message);

    StoreConnection &m_connection;
    SqliteStatement m_segmentsInRange;
    SqliteStatement m_hotTicksInRange;
    SqliteStatement m_hotChunk;
    SqliteStatement m_rawBlock;
    SqliteStatement m_minuteBlock;
    SqliteStatement m_dayRow;
    SqliteStatement m_rawSpan;
    SqliteStatement m_minuteSpan;
    SqliteStatement m_hourSpan;
};

} // namespace scb
