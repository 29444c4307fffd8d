#pragma once

#include "core/fleettick.h"
#include "core/inventory.h"

#include <memory>
#include <string>

namespace scb {

// Where fleet data comes from: the simulator, exporter pages scraped over
// HTTP (sources/scrape/). The server's FleetState calls a source from its
// one ticker thread only (and inventory() once before that thread starts).
class Source
{
public:
    virtual ~Source() = default;
    // The inventory the next samples are indexed against.
    virtual std::shared_ptr<const Inventory> inventory() = 0;
    // Fills `out` with every chip's values at unixMs (columns sized to the
    // inventory's chip count, inventoryVersion set). A source that learns its
    // fleet as it reads it may change its inventory here: the tick is indexed
    // against the inventory() asked right after.
    virtual void sample(int64_t unixMs, FleetTick &out) = 0;
    virtual std::string describe() const = 0;
};

} // namespace scb
