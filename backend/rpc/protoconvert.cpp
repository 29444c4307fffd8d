#include "rpc/protoconvert.h"

#include "core/metrics.h"

#include <google/protobuf/io/coded_stream.h>

#include <algorithm>
#include <numeric>
#include <string>

namespace scb {

namespace {

using google::protobuf::io::CodedOutputStream;

// SampleChunk.events is field 20, length-delimited: a two-byte tag.
constexpr size_t kEventTagBytes = 2;

google::protobuf::RepeatedField<uint32_t> *wireColumn(v1::SampleChunk &chunk, Metric metric)
{
    switch (metric) {
    case Metric::Utilization:
        return chunk.mutable_utilization_pct();
    case Metric::MemoryUsed:
        return chunk.mutable_memory_used_mib();
    case Metric::Power:
        return chunk.mutable_power_watts();
    case Metric::Temperature:
        return chunk.mutable_temperature_c();
    case Metric::State:
        return chunk.mutable_state();
    }
    return nullptr;
}

bool validEventKind(EventKind kind)
{
    const auto value = static_cast<int>(kind);
    return value >= static_cast<int>(EventKind::Xid) &&
           value <= static_cast<int>(EventKind::Throttle) && v1::EventKind_IsValid(value);
}

Status checkName(const std::string &value, const char *what, size_t index, size_t limit)
{
    if (value.size() > limit)
        return Status::error(std::string(what) + " " + std::to_string(index) + ": longer than " +
                             std::to_string(limit) + " bytes");
    return {};
}

void fillChunk(const FleetTick &tick,
               bool replay,
               uint32_t first,
               uint32_t count,
               const std::vector<uint32_t> &eventOrder,
               size_t eventBegin,
               size_t eventEnd,
               v1::SampleChunk &chunk)
{
    chunk.Clear();
    chunk.set_unix_ms(tick.unixMs);
    chunk.set_inventory_version(tick.inventoryVersion);
    chunk.set_first_chip(first);
    chunk.set_tick_chip_count(tick.chipCount());
    chunk.set_replay(replay);
    for (Metric metric : kAllMetrics) {
        const int32_t *in = tick.column(metric).data() + first;
        auto *out = wireColumn(chunk, metric);
        out->Resize(int(count), 0);
        uint32_t *dst = out->mutable_data();
        for (uint32_t i = 0; i < count; ++i)
            dst[i] = valueToWire(in[i]);
    }
    chunk.mutable_events()->Reserve(int(eventEnd - eventBegin));
    for (size_t e = eventBegin; e < eventEnd; ++e) {
        const ChipEvent &event = tick.events[eventOrder[e]];
        auto *wire = chunk.add_events();
        wire->set_chip(event.chip);
        wire->set_kind(static_cast<v1::EventKind>(event.kind));
        wire->set_code(event.code);
    }
}

} // namespace

void toProto(const Inventory &inventory, v1::Inventory *out)
{
    out->Clear();
    out->set_version(inventory.version);
    out->set_source(inventory.source);
    out->mutable_centers()->Reserve(int(inventory.centers.size()));
    for (const Center &center : inventory.centers) {
        auto *wire = out->add_centers();
        wire->set_name(center.name);
        wire->set_location(center.location);
    }
    out->mutable_models()->Reserve(int(inventory.models.size()));
    for (const ChipModel &model : inventory.models) {
        auto *wire = out->add_models();
        wire->set_name(model.name);
        wire->set_vendor(model.vendor);
        wire->set_memory_mib(model.memoryMiB);
        wire->set_tdp_watts(model.tdpWatts);
    }
    out->mutable_nodes()->Reserve(int(inventory.nodes.size()));
    for (const Node &node : inventory.nodes) {
        auto *wire = out->add_nodes();
        wire->set_name(node.name);
        wire->set_center_index(node.center);
        wire->set_rack(node.rack);
        wire->set_first_chip(node.firstChip);
        wire->set_chip_count(node.chipCount);
        wire->set_model_index(node.model);
    }
    auto *uuids = out->mutable_chip_uuids();
    uuids->Reserve(int(inventory.chipUuids.size()));
    for (const Uuid &uuid : inventory.chipUuids)
        uuids->Add()->assign(reinterpret_cast<const char *>(uuid.data()), uuid.size());
}

Result<Inventory> fromProto(const v1::Inventory &in)
{
    // Counts first, before anything is allocated from them.
    if (size_t(in.chip_uuids_size()) > kMaxChips)
        return Status::error("inventory: " + std::to_string(in.chip_uuids_size()) +
                             " chips, more than the limit of " + std::to_string(kMaxChips));
    if (size_t(in.nodes_size()) > kMaxChips)
        return Status::error("inventory: " + std::to_string(in.nodes_size()) +
                             " nodes, more than the limit of " + std::to_string(kMaxChips));
    if (size_t(in.centers_size()) > kMaxCenters)
        return Status::error("inventory: " + std::to_string(in.centers_size()) +
                             " centers, more than the limit of " + std::to_string(kMaxCenters));
    if (size_t(in.models_size()) > kMaxWireModels)
        return Status::error("inventory: " + std::to_string(in.models_size()) +
                             " chip models, more than the limit of " +
                             std::to_string(kMaxWireModels));
    if (in.source().size() > kMaxWireSourceBytes)
        return Status::error("inventory: source longer than " +
                             std::to_string(kMaxWireSourceBytes) + " bytes");

    Inventory out;
    out.version = in.version();
    out.source = in.source();
    out.centers.reserve(size_t(in.centers_size()));
    for (int i = 0; i < in.centers_size(); ++i) {
        const auto &wire = in.centers(i);
        for (const auto *text : {&wire.name(), &wire.location()})
            if (Status s = checkName(*text, "inventory: center", size_t(i), kMaxWireNameBytes); !s)
                return s;
        out.centers.push_back({wire.name(), wire.location()});
    }
    out.models.reserve(size_t(in.models_size()));
    for (int i = 0; i < in.models_size(); ++i) {
        const auto &wire = in.models(i);
        for (const auto *text : {&wire.name(), &wire.vendor()})
            if (Status s = checkName(*text, "inventory: chip model", size_t(i), kMaxWireNameBytes);
                !s)
                return s;
        out.models.push_back({wire.name(), wire.vendor(), wire.memory_mib(), wire.tdp_watts()});
    }
    out.nodes.reserve(size_t(in.nodes_size()));
    for (int i = 0; i < in.nodes_size(); ++i) {
        const auto &wire = in.nodes(i);
        if (Status s = checkName(wire.name(), "inventory: node", size_t(i), kMaxWireNameBytes); !s)
            return s;
        out.nodes.push_back({wire.name(), wire.center_index(), wire.rack(), wire.first_chip(),
                             wire.chip_count(), wire.model_index()});
    }
    out.chipUuids.resize(size_t(in.chip_uuids_size()));
    for (int i = 0; i < in.chip_uuids_size(); ++i) {
        const std::string &bytes = in.chip_uuids(i);
        if (bytes.size() != out.chipUuids[size_t(i)].size())
            return Status::error("inventory: chip " + std::to_string(i) + ": UUID of " +
                                 std::to_string(bytes.size()) + " bytes, expected 16");
        std::copy(bytes.begin(), bytes.end(), out.chipUuids[size_t(i)].begin());
    }
    if (std::string problem = validateInventory(out); !problem.empty())
        return Status::error("inventory: " + problem);
    return out;
}

std::vector<v1::SampleChunk> tickToChunks(
    const FleetTick &tick, bool replay, uint32_t maxChips, size_t maxBytes, ChunkingStats *stats)
{
    const uint32_t chips = tick.chipCount();
    maxChips = std::max<uint32_t>(maxChips, 1);

    // Events ordered by chip (stable: the tick's order within a chip), the
    // invalid ones left out, so each chunk takes one contiguous run.
    std::vector<uint32_t> eventOrder;
    eventOrder.reserve(tick.events.size());
    for (uint32_t i = 0; i < tick.events.size(); ++i) {
        const ChipEvent &event = tick.events[i];
        if (event.chip < chips && validEventKind(event.kind))
            eventOrder.push_back(i);
    }
    if (stats)
        stats->droppedEvents += tick.events.size() - eventOrder.size();
    std::stable_sort(eventOrder.begin(), eventOrder.end(), [&tick](uint32_t a, uint32_t b) {
        return tick.events[a].chip < tick.events[b].chip;
    });
    auto eventsBefore = [&](uint32_t chip, size_t from) {
        return size_t(std::lower_bound(eventOrder.begin() + ptrdiff_t(from), eventOrder.end(), chip,
                                       [&tick](uint32_t index, uint32_t c) {
                                           return tick.events[index].chip < c;
                                       }) -
                      eventOrder.begin());
    };

    std::vector<v1::SampleChunk> chunks;
    chunks.reserve(chips / maxChips + 1);
    uint32_t first = 0;
    size_t eventBegin = 0;
    do {
        uint32_t count = std::min(maxChips, chips - first);
        v1::SampleChunk chunk;
        for (;;) {
            const size_t eventEnd = eventsBefore(first + count, eventBegin);
            fillChunk(tick, replay, first, count, eventOrder, eventBegin, eventEnd, chunk);
            if (chunk.ByteSizeLong() <= maxBytes) {
                eventBegin = eventEnd;
                break;
            }
            if (count > 1) {
                count /= 2;
                continue;
            }
            // One chip with more events than a chunk holds: keep what fits.
            auto *events = chunk.mutable_events();
            size_t total = chunk.ByteSizeLong();
            int keep = events->size();
            while (keep > 0 && total > maxBytes) {
                const size_t size = events->Get(keep - 1).ByteSizeLong();
                total -= kEventTagBytes + CodedOutputStream::VarintSize64(size) + size;
                --keep;
            }
            events->DeleteSubrange(keep, events->size() - keep);
            if (stats)
                stats->droppedEvents += eventEnd - eventBegin - size_t(events->size());
            eventBegin = eventEnd;
            break;
        }
        chunks.push_back(std::move(chunk));
        first += count;
    } while (first < chips);
    return chunks;
}

} // namespace scb
