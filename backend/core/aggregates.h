#pragma once

#include "core/fleettick.h"
#include "core/inventory.h"

#include <cstdint>
#include <vector>

namespace scb {

// Per-tick summary of a group of chips (a center, or the whole fleet).
// Only chips that are online and reported a value count in the means.
struct GroupAggregate
{
    uint32_t chipsTotal = 0;
    uint32_t chipsOnline = 0;
    uint32_t chipsFault = 0; // ECC / XID / health fault bits
    uint32_t chipsThrottled = 0;
    int64_t utilizationSum = 0; // over chips online with data
    uint32_t utilizationCount = 0;
    int32_t utilizationMin = 0;
    int32_t utilizationMax = 0;
    int64_t powerWatts = 0;
    int64_t memoryUsedMiB = 0;
    int32_t temperatureMaxC = 0;

    double utilizationMean() const
    {
        return utilizationCount ? double(utilizationSum) / utilizationCount : 0.0;
    }
    bool operator==(const GroupAggregate &) const = default;
};

struct FleetAggregates
{
    int64_t unixMs = 0;
    GroupAggregate fleet;
    std::vector<GroupAggregate> centers; // by center index
};

FleetAggregates
computeAggregates(const Inventory &inventory, const InventoryIndex &index, const FleetTick &tick);

} // namespace scb
