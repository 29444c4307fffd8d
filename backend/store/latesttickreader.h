#pragma once

#include "core/fleettick.h"
#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/storeconnection.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scb {

// The newest stored tick, whole, with its events: from the hot log, and from
// the newest segment for the chunks compacted since (compactStep(true)
// reaches the newest tick). Failures are told in lastError, not a Status:
// HistoryStore::latestTick answers an optional.
class LatestTickReader
{
public:
    explicit LatestTickReader(StoreConnection &connection)
        : m_connection(connection)
    {
    }
    Status prepare();

    // HistoryStore::latestTick.
    std::optional<FleetTick> read();

private:
    // Each step returns false once it has noted why it failed.
    bool readNewestHotTick(FleetTick &tick, bool &found, const std::string &what);
    bool readHotChunks(FleetTick &tick, std::vector<uint32_t> &compacted, const std::string &what);
    bool readFromSegment(FleetTick &tick,
                         bool &found,
                         std::vector<uint32_t> &compacted,
                         const std::string &what);
    bool readSegmentColumns(FleetTick &tick,
                            int64_t startMs,
                            size_t index,
                            size_t segmentTicks,
                            const std::vector<uint32_t> &compacted,
                            const std::string &what);
    bool readEvents(FleetTick &tick, const std::string &what);
    void noteSqliteError(const std::string &what);

    StoreConnection &m_connection;
    SqliteStatement m_latestHotTick;
    SqliteStatement m_hotChunk;
    SqliteStatement m_latestSegment;
    SqliteStatement m_segmentRawRows;
    SqliteStatement m_eventsAt;
};

} // namespace scb
