#pragma once

// The tiers kept beside the per-tick samples: 1-minute and 1-hour rollups,
// of the aggregate series and of each chip.

#include <array>
#include <cstdint>

namespace scb {

inline constexpr int kRollupTierCount = 2;

struct RollupTier
{
    const char
        *aggregateTable; // a row covers [bucket_unix_ms, bucket_unix_ms + widthMs) of a scope
    int64_t widthMs;
};
// Finest first.
inline constexpr std::array<RollupTier, kRollupTierCount> kRollupTiers{{
    {"aggregate_1m", 60'000},
    {"aggregate_1h", 3'600'000},
}};
inline constexpr int64_t kMinuteMs = kRollupTiers[0].widthMs;
inline constexpr int64_t kHourMs = kRollupTiers[1].widthMs;
inline constexpr int64_t kDayMs = 86'400'000;

// The tier a query of buckets widthMs wide reads: -1 per tick, else an index
// into kRollupTiers. A tier serves while its rows are at most twice as wide
// as the buckets: the answer then still has at least half the points asked
// for (a 24 h chart of 2,000 points reads 1,440 minutes, not 86,400 ticks).
// A range holding few enough samples is answered per tick before this is asked.
constexpr int tierForWidth(int64_t widthMs)
{
    int tier = -1;
    for (int t = 0; t < kRollupTierCount; ++t) {
        if (widthMs * 2 >= kRollupTiers[t].widthMs)
            tier = t;
    }
    return tier;
}

} // namespace scb
