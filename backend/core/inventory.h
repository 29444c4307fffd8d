#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace scb {

using Uuid = std::array<uint8_t, 16>;
std::string formatUuid(const Uuid &uuid); // "6f1c2a3e-…", lower case, RFC 4122 layout

struct Center
{
    std::string name;
    std::string location;
    bool operator==(const Center &) const = default;
};

struct ChipModel
{
    std::string name;
    std::string vendor;
    uint32_t memoryMiB = 0;
    uint32_t tdpWatts = 0;
    bool operator==(const ChipModel &) const = default;
};

// A server. Its chips are firstChip .. firstChip + chipCount - 1, all of one model.
struct Node
{
    std::string name;
    uint32_t center = 0;
    uint32_t rack = 0;
    uint32_t firstChip = 0;
    uint32_t chipCount = 0;
    uint32_t model = 0;
    bool operator==(const Node &) const = default;
};

// Centers, nodes and chips of a fleet. Chips are numbered 0..chipCount()-1 in
// node order, nodes are grouped by center: a center's chips are contiguous.
struct Inventory
{
    uint64_t version = 0;
    std::string source;
    std::vector<Center> centers;
    std::vector<ChipModel> models;
    std::vector<Node> nodes;
    std::vector<Uuid> chipUuids;

    uint32_t chipCount() const { return static_cast<uint32_t>(chipUuids.size()); }
    bool operator==(const Inventory &) const = default;
};

// Derived lookups, built once per inventory version.
struct InventoryIndex
{
    std::vector<uint32_t> chipNode;        // chip -> node
    std::vector<uint32_t> centerFirstChip; // center -> first chip; size centers+1
    std::vector<uint32_t> centerNodeBegin; // center -> first node; size centers+1

    static InventoryIndex build(const Inventory &inventory);
    uint32_t centerOfChip(const Inventory &inventory, uint32_t chip) const
    {
        return inventory.nodes[chipNode[chip]].center;
    }
};

// Checks what the rest of the program relies on: nodes cover the chips in
// order without gaps, centers are contiguous, indices in range, sizes sane.
// Returns an empty string when valid, else the first problem found.
std::string validateInventory(const Inventory &inventory);

inline constexpr uint32_t kMaxChips = 1'000'000;
inline constexpr uint32_t kMaxCenters = 256;

} // namespace scb
