#pragma once

#include "core/metrics.h"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace scb {

enum class EventKind : uint8_t { Xid = 1, EccDoubleBit = 2, Offline = 3, Online = 4, Throttle = 5 };

struct ChipEvent
{
    uint32_t chip = 0;
    EventKind kind = EventKind::Xid;
    uint32_t code = 0;
    bool operator==(const ChipEvent &) const = default;
};

// One sample of every chip of the fleet at one instant, column by column.
// Each column has one entry per chip of the inventory `inventoryVersion`;
// kNoData marks a value that did not arrive or failed validation.
struct FleetTick
{
    int64_t unixMs = 0;
    uint64_t inventoryVersion = 0;
    std::array<std::vector<int32_t>, kMetricCount> columns;
    std::vector<ChipEvent> events;

    void resize(uint32_t chips, int32_t fill = kNoData)
    {
        for (auto &c : columns)
            c.assign(chips, fill);
    }
    uint32_t chipCount() const { return static_cast<uint32_t>(columns[0].size()); }
    std::vector<int32_t> &column(Metric m) { return columns[static_cast<int>(m)]; }
    const std::vector<int32_t> &column(Metric m) const { return columns[static_cast<int>(m)]; }
    bool operator==(const FleetTick &) const = default;
};

using FleetTickPtr = std::shared_ptr<const FleetTick>;

} // namespace scb
