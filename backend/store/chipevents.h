#pragma once

#include "core/status.h"
#include "sqlite/sqlitestatement.h"
#include "store/historystore.h"
#include "store/storeconnection.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace scb {

// The chips' events over a time range (table chip_event, written with the
// hot log): listed, or counted per chip for the top-N error table.
class ChipEvents
{
public:
    explicit ChipEvents(StoreConnection &connection)
        : m_connection(connection)
    {
    }
    Status prepare();

    // HistoryStore::queryEvents and queryEventCounts.
    Result<std::vector<HistoryStore::StoredEvent>>
    query(int64_t chip, int64_t fromMs, int64_t toMs, size_t maxEvents);
    Result<std::vector<ChipEventCounts>> counts(int64_t fromMs, int64_t toMs, size_t limit);

private:
    StoreConnection &m_connection;
    SqliteStatement m_range;
    SqliteStatement m_counts;
};

} // namespace scb
