#pragma once

// Where per-chip history lives (schema 3), shared by the hot log writer, the
// compactor, the chip queries and retention.
//
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

#include "core/fleettick.h"
#include "store/historystore.h"

#include <cstddef>
#include <cstdint>

namespace scb {

inline constexpr int64_t kChunkIdFactor = 1024; // > kMaxChips / kHotChunkChips
static_assert(kChunkIdFactor * HistoryStore::kHotChunkChips > kMaxChips);
// Keeps unix_ms * 1024 + chunk inside int64 (and times sane: year 144,000).
inline constexpr int64_t kMaxTickMs = int64_t(1) << 52;
// At most this many ticks per segment (2 Hz on average), whatever the
// server's interval: bounds what one compaction step holds.
inline constexpr size_t kMaxSegmentTicks = 1200;

inline int64_t chunkId(int64_t unixMs, uint32_t chunk)
{
    return unixMs * kChunkIdFactor + chunk;
}

inline uint32_t chunkCount(uint32_t chips)
{
    return (chips + HistoryStore::kHotChunkChips - 1) / HistoryStore::kHotChunkChips;
}

// Statements that more than one part of the store prepares on its own.
namespace chipsql {

inline constexpr const char *kHotChunk = "SELECT data FROM hot_chunk WHERE id = ?1";
inline constexpr const char *kChip1hRow =
    "SELECT data FROM chip_1h WHERE day_ms = ?1 AND chip = ?2";
// Two subqueries, not min() and max() in one: SQLite answers a lone min() or
// max() from the primary key, but scans the table for both.
inline constexpr const char *kRawSpan =
    "SELECT (SELECT min(start_ms) FROM chip_raw), (SELECT max(start_ms) FROM chip_raw)";
inline constexpr const char *kMinuteSpan =
    "SELECT (SELECT min(start_ms) FROM chip_1m), (SELECT max(start_ms) FROM chip_1m)";
inline constexpr const char *kHourSpan =
    "SELECT (SELECT min(day_ms) FROM chip_1h), (SELECT max(day_ms) FROM chip_1h)";

} // namespace chipsql

} // namespace scb
