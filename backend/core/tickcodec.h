#pragma once

#include "core/fleettick.h"
#include "core/status.h"

#include <string>
#include <string_view>

namespace scb {

// A compact, self-describing byte form of one FleetTick: the columns narrowed
// to their value range, byte planes split, then zstd. Used by the server's
// replay ring and the store's per-chip hot log. decodeTick treats its input
// as untrusted.
std::string encodeTick(const FleetTick &tick);
Status decodeTick(std::string_view bytes, FleetTick &out);

} // namespace scb
