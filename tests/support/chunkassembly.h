#pragma once

// Test-side reassembly of SampleChunks into FleetTicks: deliberately written
// apart from the client's own, so a test compares the server's output with
// an independent reading of the wire contract.

#include "core/fleettick.h"
#include "rpc/common/protoconvert.h"

#include "scb/v1/telemetry.pb.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace scb::test {

inline const google::protobuf::RepeatedField<uint32_t> &wireColumn(const v1::SampleChunk &chunk,
                                                                   Metric metric)
{
    switch (metric) {
    case Metric::Utilization:
        return chunk.utilization_pct();
    case Metric::MemoryUsed:
        return chunk.memory_used_mib();
    case Metric::Power:
        return chunk.power_watts();
    case Metric::Temperature:
        return chunk.temperature_c();
    case Metric::State:
        return chunk.state();
    }
    return chunk.state();
}

// Collects the chunks of ticks; a tick is complete when its chunks cover
// 0..tick_chip_count-1 exactly once.
class TickAssembler
{
public:
    // False (with a gtest failure) when the chunk contradicts the contract.
    bool add(const v1::SampleChunk &chunk)
    {
        Partial &p = m_partial[chunk.unix_ms()];
        const uint32_t total = chunk.tick_chip_count();
        const auto count = uint32_t(chunk.utilization_pct_size());
        for (Metric m : kAllMetrics)
            EXPECT_EQ(wireColumn(chunk, m).size(), int(count)) << "columns of unequal length";
        if (p.covered == 0 && p.chunks == 0) {
            p.tick.unixMs = chunk.unix_ms();
            p.tick.inventoryVersion = chunk.inventory_version();
            p.tick.resize(total, 0x7eadbeef);
            p.replay = chunk.replay();
        }
        EXPECT_EQ(p.tick.chipCount(), total);
        EXPECT_EQ(p.tick.inventoryVersion, chunk.inventory_version());
        EXPECT_EQ(p.replay, chunk.replay()) << "chunks of one tick disagree on replay";
        if (uint64_t(chunk.first_chip()) + count > total) {
            ADD_FAILURE() << "chunk beyond the tick's chips";
            return false;
        }
        for (Metric m : kAllMetrics) {
            const auto &in = wireColumn(chunk, m);
            auto &out = p.tick.column(m);
            for (uint32_t i = 0; i < count; ++i) {
                const int64_t v = wireToValue(in.Get(int(i)));
                EXPECT_LE(v, int64_t(INT32_MAX));
                out[chunk.first_chip() + i] = int32_t(v);
            }
        }
        for (const auto &event : chunk.events()) {
            EXPECT_GE(event.chip(), chunk.first_chip()) << "event outside its chunk";
            EXPECT_LT(event.chip(), chunk.first_chip() + std::max(count, 1u));
            p.tick.events.push_back(
                {event.chip(), static_cast<EventKind>(event.kind()), event.code()});
        }
        p.covered += count;
        ++p.chunks;
        if (p.covered > total) {
            ADD_FAILURE() << "chips sent twice in tick " << chunk.unix_ms();
            return false;
        }
        if (p.covered == total) {
            m_complete.push_back({std::move(p.tick), p.replay, p.chunks});
            m_partial.erase(chunk.unix_ms());
        }
        return true;
    }

    struct Complete
    {
        FleetTick tick;
        bool replay = false;
        int chunks = 0;
    };
    const std::vector<Complete> &complete() const { return m_complete; }

private:
    struct Partial
    {
        FleetTick tick;
        bool replay = false;
        uint32_t covered = 0;
        int chunks = 0;
    };
    std::map<int64_t, Partial> m_partial;
    std::vector<Complete> m_complete;
};

// Events in chunk order are sorted by chip (stable); compare that way.
inline std::vector<ChipEvent> eventsByChip(std::vector<ChipEvent> events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const ChipEvent &a, const ChipEvent &b) { return a.chip < b.chip; });
    return events;
}

} // namespace scb::test
