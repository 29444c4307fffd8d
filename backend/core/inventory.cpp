#include "core/inventory.h"

#include "core/metrics.h"

#include <algorithm>
#include <string>

namespace scb {

namespace {

// Names come from servers and files; a megabyte-long "name" is an attack or a
// bug, not a node.
constexpr size_t kMaxNameBytes = 1024;
constexpr size_t kMaxModels = 256;

std::string at(const char *what, size_t index)
{
    return std::string(what) + " " + std::to_string(index);
}

} // namespace

std::string formatUuid(const Uuid &uuid)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (size_t i = 0; i < uuid.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(kHex[uuid[i] >> 4]);
        out.push_back(kHex[uuid[i] & 0x0f]);
    }
    return out;
}

InventoryIndex InventoryIndex::build(const Inventory &inventory)
{
    // Written to stay in bounds even for an inventory that failed validation:
    // callers should not build an index of one, but a mistake must not crash.
    InventoryIndex index;
    const uint32_t chips = inventory.chipCount();
    const auto centers = static_cast<uint32_t>(inventory.centers.size());
    const auto nodes = static_cast<uint32_t>(inventory.nodes.size());
    index.chipNode.assign(chips, 0);
    index.centerFirstChip.assign(size_t(centers) + 1, chips);
    index.centerNodeBegin.assign(size_t(centers) + 1, nodes);

    for (uint32_t n = 0; n < nodes; ++n) {
        const Node &node = inventory.nodes[n];
        const uint64_t begin = std::min<uint64_t>(node.firstChip, chips);
        const uint64_t end = std::min<uint64_t>(uint64_t(node.firstChip) + node.chipCount, chips);
        std::fill(index.chipNode.begin() + begin, index.chipNode.begin() + end, n);
    }
    // Centers are contiguous in node order: a center begins at its first node;
    // an empty center begins where the next one does.
    for (uint32_t n = nodes; n-- > 0;) {
        const Node &node = inventory.nodes[n];
        if (node.center < centers) {
            index.centerNodeBegin[node.center] = n;
            index.centerFirstChip[node.center] = std::min(node.firstChip, chips);
        }
    }
    for (uint32_t c = centers; c-- > 0;) {
        index.centerNodeBegin[c] = std::min(index.centerNodeBegin[c], index.centerNodeBegin[c + 1]);
        index.centerFirstChip[c] = std::min(index.centerFirstChip[c], index.centerFirstChip[c + 1]);
    }
    return index;
}

std::string validateInventory(const Inventory &inventory)
{
    const uint32_t chips = inventory.chipCount();
    if (inventory.chipUuids.size() > kMaxChips)
        return "inventory has " + std::to_string(inventory.chipUuids.size()) +
               " chips, more than the limit of " + std::to_string(kMaxChips);
    if (chips == 0)
        return "inventory has no chips";
    if (inventory.centers.empty())
        return "inventory has no centers";
    if (inventory.centers.size() > kMaxCenters)
        return "inventory has " + std::to_string(inventory.centers.size()) +
               " centers, more than the limit of " + std::to_string(kMaxCenters);
    if (inventory.models.empty())
        return "inventory has no chip models";
    if (inventory.models.size() > kMaxModels)
        return "inventory has " + std::to_string(inventory.models.size()) +
               " chip models, more than the limit of " + std::to_string(kMaxModels);
    if (inventory.nodes.empty())
        return "inventory has no nodes";
    if (inventory.nodes.size() > chips)
        return "inventory has more nodes (" + std::to_string(inventory.nodes.size()) +
               ") than chips (" + std::to_string(chips) + ")";
    if (inventory.source.size() > kMaxNameBytes)
        return "inventory source description is longer than " + std::to_string(kMaxNameBytes) +
               " bytes";

    for (size_t c = 0; c < inventory.centers.size(); ++c) {
        const Center &center = inventory.centers[c];
        if (center.name.size() > kMaxNameBytes || center.location.size() > kMaxNameBytes)
            return at("center", c) + ": name or location longer than " +
                   std::to_string(kMaxNameBytes) + " bytes";
    }
    const MetricLimits memoryLimits = metricLimits(Metric::MemoryUsed);
    const MetricLimits powerLimits = metricLimits(Metric::Power);
    for (size_t m = 0; m < inventory.models.size(); ++m) {
        const ChipModel &model = inventory.models[m];
        if (model.name.size() > kMaxNameBytes || model.vendor.size() > kMaxNameBytes)
            return at("chip model", m) + ": name or vendor longer than " +
                   std::to_string(kMaxNameBytes) + " bytes";
        if (model.memoryMiB > uint32_t(memoryLimits.max))
            return at("chip model", m) + " (" + model.name + "): memory of " +
                   std::to_string(model.memoryMiB) + " MiB is beyond the plausible " +
                   std::to_string(memoryLimits.max) + " MiB";
        if (model.tdpWatts > uint32_t(powerLimits.max))
            return at("chip model", m) + " (" + model.name + "): TDP of " +
                   std::to_string(model.tdpWatts) + " W is beyond the plausible " +
                   std::to_string(powerLimits.max) + " W";
    }

    // Nodes tile the chips in order, and centers follow each other in node
    // order, so a center's chips form one contiguous range.
    uint64_t nextChip = 0;
    uint32_t previousCenter = 0;
    for (size_t n = 0; n < inventory.nodes.size(); ++n) {
        const Node &node = inventory.nodes[n];
        if (node.name.size() > kMaxNameBytes)
            return at("node", n) + ": name longer than " + std::to_string(kMaxNameBytes) + " bytes";
        if (node.center >= inventory.centers.size())
            return at("node", n) + " (" + node.name + "): center index " +
                   std::to_string(node.center) +
                   " out of range (centers: " + std::to_string(inventory.centers.size()) + ")";
        if (node.model >= inventory.models.size())
            return at("node", n) + " (" + node.name + "): chip model index " +
                   std::to_string(node.model) +
                   " out of range (models: " + std::to_string(inventory.models.size()) + ")";
        if (node.chipCount == 0)
            return at("node", n) + " (" + node.name + ") has no chips";
        if (node.firstChip != nextChip) {
            const char *what = node.firstChip < nextChip ? "overlaps the previous node"
                                                         : "leaves a gap after the previous node";
            return at("node", n) + " (" + node.name + ") starts at chip " +
                   std::to_string(node.firstChip) + " but chip " + std::to_string(nextChip) +
                   " was expected: it " + what;
        }
        if (n > 0 && node.center < previousCenter)
            return at("node", n) + " (" + node.name + ") belongs to center " +
                   std::to_string(node.center) + " after nodes of center " +
                   std::to_string(previousCenter) + ": centers are not contiguous";
        previousCenter = node.center;
        nextChip += node.chipCount;
        if (nextChip > chips)
            return at("node", n) + " (" + node.name + ") ends at chip " + std::to_string(nextChip) +
                   ", beyond the " + std::to_string(chips) + " chips of the inventory";
    }
    if (nextChip != chips)
        return "nodes cover " + std::to_string(nextChip) + " chips but the inventory has " +
               std::to_string(chips) + " chip UUIDs";

    // One truth per fact: a chip is found by its UUID, so two chips may not
    // share one.
    // Sorted as pairs of integers: several times faster than byte arrays.
    std::vector<std::pair<uint64_t, uint64_t>> sorted(chips);
    for (uint32_t i = 0; i < chips; ++i) {
        const Uuid &u = inventory.chipUuids[i];
        uint64_t high = 0;
        uint64_t low = 0;
        for (int b = 0; b < 8; ++b) {
            high = high << 8 | u[b];
            low = low << 8 | u[8 + b];
        }
        sorted[i] = {high, low};
    }
    std::sort(sorted.begin(), sorted.end());
    const auto duplicate = std::adjacent_find(sorted.begin(), sorted.end());
    if (duplicate != sorted.end()) {
        Uuid u{};
        for (int b = 0; b < 8; ++b) {
            u[7 - b] = uint8_t(duplicate->first >> (8 * b));
            u[15 - b] = uint8_t(duplicate->second >> (8 * b));
        }
        return "chip UUID " + formatUuid(u) + " appears more than once";
    }
    return {};
}

} // namespace scb
