#pragma once

#include "core/aggregates.h"
#include "core/fleettick.h"
#include "core/inventory.h"

#include <memory>

namespace scb {

// What the live views show: one immutable picture of the fleet at one tick.
struct Snapshot
{
    std::shared_ptr<const Inventory> inventory;
    std::shared_ptr<const InventoryIndex> index;
    FleetTickPtr tick;
    FleetAggregates aggregates;
};
using SnapshotPtr = std::shared_ptr<const Snapshot>;

} // namespace scb
