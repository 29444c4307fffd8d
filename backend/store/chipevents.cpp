#include "store/chipevents.h"

#include "store/querywindow.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <string>

namespace scb {

Status ChipEvents::prepare()
{
    static_assert(kMaxChips == 1'000'000, "the event counts' chip range below");
    return prepareAll(
        m_connection.db,
        {
            {&m_range,
             "SELECT unix_ms, chip, kind, code FROM chip_event WHERE unix_ms BETWEEN ?1 AND ?2 "
             "AND (?3 < 0 OR chip = ?3) ORDER BY unix_ms, rowid LIMIT ?4",
             "events in range"},
            // kind: 1 XID, 2 double-bit ECC, 3 offline, 5 throttle (EventKind).
            {&m_counts,
             "SELECT chip, sum(kind = 1) AS xid, sum(kind = 2) AS ecc, sum(kind = 5), "
             "sum(kind = 3), count(*) AS total FROM chip_event "
             // The chip range (kMaxChips) in SQL, not after: a corrupt row
             // must not use up the limit.
             "WHERE unix_ms BETWEEN ?1 AND ?2 AND kind IN (1, 2, 3, 5) AND chip BETWEEN 0 AND "
             "999999 GROUP BY chip ORDER BY xid + ecc DESC, total DESC, chip LIMIT ?3",
             "event counts"},
        });
}

Result<std::vector<HistoryStore::StoredEvent>>
ChipEvents::query(int64_t chip, int64_t fromMs, int64_t toMs, size_t maxEvents)
{
    const std::string what = "query events " + rangeText(fromMs, toMs);
    if (fromMs > toMs)
        return Status::error(what + ": the range ends before it starts");
    std::vector<HistoryStore::StoredEvent> events;
    StatementUse use(m_range);
    use.bind(1, fromMs);
    use.bind(2, toMs);
    use.bind(3, chip);
    use.bind(4, static_cast<int64_t>(std::min<size_t>(maxEvents, 1'000'000)));
    int rc;
    while ((rc = use.step()) == SQLITE_ROW) {
        const int64_t kind = use.int64(2);
        if (use.int64(1) < 0 || kind < 1 || kind > 5) {
            ++m_connection.corruptRecords;
            continue;
        }
        events.push_back({use.int64(0),
                          {static_cast<uint32_t>(use.int64(1)), static_cast<EventKind>(kind),
                           static_cast<uint32_t>(use.int64(3))}});
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return events;
}

Result<std::vector<ChipEventCounts>> ChipEvents::counts(int64_t fromMs, int64_t toMs, size_t limit)
{
    const std::string what = "count events " + rangeText(fromMs, toMs);
    if (fromMs > toMs)
        return Status::error(what + ": the range ends before it starts");
    std::vector<ChipEventCounts> rows;
    if (limit == 0)
        return rows;
    StatementUse use(m_counts);
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
            ++m_connection.corruptRecords;
            continue;
        }
        rows.push_back(
            {static_cast<uint32_t>(use.int64(0)), count(1), count(2), count(3), count(4)});
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return rows;
}

} // namespace scb
