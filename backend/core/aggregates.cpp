#include "core/aggregates.h"

#include <algorithm>
#include <limits>

namespace scb {

namespace {

// Accumulates one contiguous chip range. Branch-light on purpose: it runs
// over every chip of every tick, and the data (online or not, with data or
// not) is unpredictable enough that branches would mispredict.
GroupAggregate aggregateRange(const int32_t *util,
                              const int32_t *memory,
                              const int32_t *power,
                              const int32_t *temperature,
                              const int32_t *state,
                              uint32_t begin,
                              uint32_t end)
{
    GroupAggregate g;
    g.chipsTotal = end - begin;
    uint32_t online = 0;
    uint32_t fault = 0;
    uint32_t throttled = 0;
    int64_t utilSum = 0;
    uint32_t utilCount = 0;
    int32_t utilMin = std::numeric_limits<int32_t>::max();
    int32_t utilMax = std::numeric_limits<int32_t>::min();
    int64_t powerSum = 0;
    int64_t memorySum = 0;
    int32_t tempMax = std::numeric_limits<int32_t>::min();

    for (uint32_t i = begin; i < end; ++i) {
        const int32_t s = state[i];
        // kNoData (-1) has every bit set: it must not count as online or faulty.
        const bool known = s != kNoData;
        const bool isOnline = known && (s & ChipState::Online);
        online += isOnline;
        fault += known && (s & ChipState::FaultBits);
        throttled += known && (s & ChipState::Throttled);

        const int32_t u = util[i];
        const bool hasUtil = isOnline && u != kNoData;
        utilSum += hasUtil ? u : 0;
        utilCount += hasUtil;
        utilMin = hasUtil ? std::min(utilMin, u) : utilMin;
        utilMax = hasUtil ? std::max(utilMax, u) : utilMax;

        const int32_t p = power[i];
        powerSum += (isOnline && p != kNoData) ? p : 0;
        const int32_t m = memory[i];
        memorySum += (isOnline && m != kNoData) ? m : 0;
        const int32_t t = temperature[i];
        tempMax = (isOnline && t != kNoData) ? std::max(tempMax, t) : tempMax;
    }
    g.chipsOnline = online;
    g.chipsFault = fault;
    g.chipsThrottled = throttled;
    g.utilizationSum = utilSum;
    g.utilizationCount = utilCount;
    g.utilizationMin = utilCount ? utilMin : 0;
    g.utilizationMax = utilCount ? utilMax : 0;
    g.powerWatts = powerSum;
    g.memoryUsedMiB = memorySum;
    g.temperatureMaxC = tempMax == std::numeric_limits<int32_t>::min() ? 0 : tempMax;
    return g;
}

void merge(GroupAggregate &into, const GroupAggregate &g)
{
    if (g.utilizationCount) {
        into.utilizationMin = into.utilizationCount
                                  ? std::min(into.utilizationMin, g.utilizationMin)
                                  : g.utilizationMin;
        into.utilizationMax = into.utilizationCount
                                  ? std::max(into.utilizationMax, g.utilizationMax)
                                  : g.utilizationMax;
    }
    if (g.chipsOnline)
        into.temperatureMaxC = into.chipsOnline ? std::max(into.temperatureMaxC, g.temperatureMaxC)
                                                : g.temperatureMaxC;
    into.chipsTotal += g.chipsTotal;
    into.chipsOnline += g.chipsOnline;
    into.chipsFault += g.chipsFault;
    into.chipsThrottled += g.chipsThrottled;
    into.utilizationSum += g.utilizationSum;
    into.utilizationCount += g.utilizationCount;
    into.powerWatts += g.powerWatts;
    into.memoryUsedMiB += g.memoryUsedMiB;
}

} // namespace

FleetAggregates
computeAggregates(const Inventory &inventory, const InventoryIndex &index, const FleetTick &tick)
{
    FleetAggregates out;
    out.unixMs = tick.unixMs;
    const size_t centers = inventory.centers.size();
    out.centers.resize(centers);

    // A tick of another inventory version, or a torn one, only counts the
    // chips that every column and the inventory agree on; nothing is read
    // out of bounds.
    const uint32_t inventoryChips = inventory.chipCount();
    uint32_t chips = inventoryChips;
    for (const auto &column : tick.columns)
        chips = std::min<uint32_t>(chips, static_cast<uint32_t>(column.size()));
    if (index.centerFirstChip.size() != centers + 1)
        return out;

    const int32_t *util = tick.column(Metric::Utilization).data();
    const int32_t *memory = tick.column(Metric::MemoryUsed).data();
    const int32_t *power = tick.column(Metric::Power).data();
    const int32_t *temperature = tick.column(Metric::Temperature).data();
    const int32_t *state = tick.column(Metric::State).data();
    for (size_t c = 0; c < centers; ++c) {
        const uint32_t begin = std::min(index.centerFirstChip[c], chips);
        const uint32_t end = std::max(begin, std::min(index.centerFirstChip[c + 1], chips));
        out.centers[c] = aggregateRange(util, memory, power, temperature, state, begin, end);
        // Chips the tick lacks are still the center's chips, just without data.
        const uint32_t first = std::min(index.centerFirstChip[c], inventoryChips);
        out.centers[c].chipsTotal =
            std::max(first, std::min(index.centerFirstChip[c + 1], inventoryChips)) - first;
        merge(out.fleet, out.centers[c]);
    }
    return out;
}

} // namespace scb
