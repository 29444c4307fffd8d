#pragma once

#include "core/inventory.h"
#include "core/status.h"

#include <string>
#include <string_view>

namespace scb {

// The byte form of an Inventory in the store's `inventory` table: a magic,
// a format version, then little-endian fixed-width integers and
// length-prefixed strings. Private to the store; the format version lets a
// later store read rows written by an earlier one.
std::string encodeInventory(const Inventory &inventory);

// Decodes bytes read back from disk, treated as untrusted: every length and
// count is checked against what is left before anything is allocated, and the
// result must pass validateInventory. `out` is unspecified on error.
Status decodeInventory(std::string_view bytes, Inventory &out);

} // namespace scb
