#include "rpc/common/protoconvert.h"

#include "chunkassembly.h"
#include "sources/fleetsimulator.h"

#include <gtest/gtest.h>

#include <random>

using namespace scb;

namespace {

Inventory smallInventory()
{
    Inventory inventory;
    inventory.version = 42;
    inventory.source = "hand-made";
    inventory.centers = {{"Gui'an Huawei Cloud", "Gui'an New Area, Guizhou"},
                         {"China Telecom", "Guiyang"}};
    inventory.models = {{"Ascend 910B", "Huawei", 65536, 400}, {"H100 SXM5", "NVIDIA", 81920, 700}};
    inventory.nodes = {{"n0", 0, 1, 0, 8, 0}, {"n1", 0, 1, 8, 8, 0}, {"n2", 1, 7, 16, 4, 1}};
    inventory.chipUuids.resize(20);
    for (size_t c = 0; c < 20; ++c)
        for (size_t b = 0; b < 16; ++b)
            inventory.chipUuids[c][b] = b == 0 ? uint8_t(c) : uint8_t(b * 17);
    return inventory;
}

v1::Inventory roundTripBytes(const v1::Inventory &message)
{
    v1::Inventory parsed;
    EXPECT_TRUE(parsed.ParseFromString(message.SerializeAsString()));
    return parsed;
}

// Splits, serializes, parses and reassembles: what a remote client sees.
FleetTick throughTheWire(const FleetTick &tick,
                         uint32_t maxChips = kMaxChunkChips,
                         size_t maxBytes = kMaxChunkBytes,
                         size_t *chunkCount = nullptr,
                         ChunkingStats *stats = nullptr)
{
    const auto chunks = tickToChunks(tick, false, maxChips, maxBytes, stats);
    if (chunkCount)
        *chunkCount = chunks.size();
    test::TickAssembler assembler;
    for (const auto &chunk : chunks) {
        const std::string bytes = chunk.SerializeAsString();
        EXPECT_LE(bytes.size(), maxBytes);
        v1::SampleChunk parsed;
        EXPECT_TRUE(parsed.ParseFromString(bytes));
        EXPECT_LE(uint32_t(parsed.utilization_pct_size()), maxChips);
        assembler.add(parsed);
    }
    EXPECT_EQ(assembler.complete().size(), 1u);
    return assembler.complete().empty() ? FleetTick{} : assembler.complete().front().tick;
}

FleetTick randomTick(uint32_t chips, size_t events, uint32_t seed)
{
    std::mt19937 rng(seed);
    FleetTick tick;
    tick.unixMs = 1'711'000'000'000;
    tick.inventoryVersion = 9;
    tick.resize(chips);
    for (Metric m : kAllMetrics) {
        const auto limits = metricLimits(m);
        std::uniform_int_distribution<int32_t> value(limits.min, limits.max);
        for (auto &v : tick.column(m))
            v = rng() % 10 == 0 ? kNoData : value(rng);
    }
    // The extremes must survive too.
    tick.column(Metric::MemoryUsed)[0] = metricLimits(Metric::MemoryUsed).max;
    tick.column(Metric::Power)[chips - 1] = 0;
    std::uniform_int_distribution<uint32_t> chip(0, chips - 1);
    for (size_t i = 0; i < events; ++i)
        tick.events.push_back({chip(rng), EventKind(1 + rng() % 5), uint32_t(rng())});
    return tick;
}

} // namespace

TEST(ProtoConvert, WireValuesAreLossless)
{
    EXPECT_EQ(valueToWire(kNoData), kWireNoData);
    EXPECT_EQ(wireToValue(kWireNoData), kNoData);
    for (int32_t v : {0, 1, 100, 4 * 1024 * 1024, INT32_MAX})
        EXPECT_EQ(wireToValue(valueToWire(v)), v);
    EXPECT_GT(wireToValue(0x80000000u), int64_t(INT32_MAX)) << "out of range, not wrapped";
}

TEST(ProtoConvert, HandMadeInventoryRoundTrips)
{
    const Inventory original = smallInventory();
    v1::Inventory message;
    toProto(original, &message);
    auto back = fromProto(roundTripBytes(message));
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(original, *back);
}

TEST(ProtoConvert, SimulatorInventoryRoundTrips)
{
    FleetSimulator simulator({10'000, 4, 1});
    const auto original = simulator.inventory();
    ASSERT_NE(original, nullptr);
    v1::Inventory message;
    toProto(*original, &message);
    EXPECT_EQ(message.chip_uuids_size(), 10'000);
    auto back = fromProto(roundTripBytes(message));
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(*original, *back);
}

TEST(ProtoConvert, InventoryOf200000ChipsNeedsMoreThanTheDefaultMessageLimit)
{
    FleetSimulator simulator({200'000, 4, 1});
    v1::Inventory message;
    toProto(*simulator.inventory(), &message);
    // What the .proto comment promises clients: over 4 MiB, far under 64 MiB.
    EXPECT_GT(message.ByteSizeLong(), size_t(4) << 20);
    EXPECT_LT(message.ByteSizeLong(), size_t(64) << 20);
}

TEST(ProtoConvert, UntrustedInventoryIsRejectedWithAReason)
{
    v1::Inventory good;
    toProto(smallInventory(), &good);
    ASSERT_TRUE(fromProto(good).ok());

    auto rejectedWith = [&](auto mutate) {
        v1::Inventory bad = good;
        mutate(bad);
        auto result = fromProto(bad);
        EXPECT_FALSE(result.ok());
        return result.ok() ? std::string() : result.error();
    };
    EXPECT_NE(rejectedWith([](v1::Inventory &m) { m.set_chip_uuids(3, "short"); }).find("UUID"),
              std::string::npos);
    EXPECT_NE(rejectedWith([](v1::Inventory &m) {
                  for (int i = 0; i < 300; ++i)
                      m.add_centers()->set_name("c");
              }).find("centers"),
              std::string::npos);
    EXPECT_NE(rejectedWith([](v1::Inventory &m) {
                  m.mutable_nodes(0)->set_name(std::string(5000, 'x'));
              }).find("longer than"),
              std::string::npos);
    // Structural problems are validateInventory's to find.
    rejectedWith([](v1::Inventory &m) { m.mutable_nodes(1)->set_first_chip(9); });
    rejectedWith([](v1::Inventory &m) { m.mutable_nodes(2)->set_center_index(7); });
    rejectedWith([](v1::Inventory &m) { m.mutable_nodes(2)->set_model_index(5); });
    rejectedWith([](v1::Inventory &m) { m.mutable_nodes(2)->set_chip_count(400'000); });
}

TEST(ProtoConvert, TickRoundTripsThroughChunksWithNoDataAndEvents)
{
    const FleetTick tick = randomTick(100'000, 500, 1);
    size_t chunks = 0;
    ChunkingStats stats;
    FleetTick back = throughTheWire(tick, kMaxChunkChips, kMaxChunkBytes, &chunks, &stats);
    EXPECT_EQ(chunks, 4u); // 100,000 chips in chunks of 32,768
    EXPECT_EQ(stats.droppedEvents, 0u);
    EXPECT_EQ(back.unixMs, tick.unixMs);
    EXPECT_EQ(back.inventoryVersion, tick.inventoryVersion);
    EXPECT_EQ(back.columns, tick.columns);
    EXPECT_EQ(back.events, test::eventsByChip(tick.events));
}

TEST(ProtoConvert, ChunksAreHalvedUntilTheyFit)
{
    const FleetTick tick = randomTick(10'000, 3000, 2);
    size_t chunks = 0;
    FleetTick back = throughTheWire(tick, kMaxChunkChips, 16 * 1024, &chunks);
    EXPECT_GT(chunks, 5u);
    EXPECT_EQ(back.columns, tick.columns);
    EXPECT_EQ(back.events, test::eventsByChip(tick.events));
}

TEST(ProtoConvert, BadEventsAreDroppedAndCounted)
{
    FleetTick tick = randomTick(100, 0, 3);
    tick.events = {{5, EventKind::Xid, 79},
                   {100, EventKind::Xid, 1},
                   {7, EventKind(0), 2},
                   {9, EventKind(42), 3},
                   {2, EventKind::Online, 0}};
    ChunkingStats stats;
    FleetTick back = throughTheWire(tick, kMaxChunkChips, kMaxChunkBytes, nullptr, &stats);
    EXPECT_EQ(stats.droppedEvents, 3u);
    EXPECT_EQ(back.events,
              (std::vector<ChipEvent>{{2, EventKind::Online, 0}, {5, EventKind::Xid, 79}}));
}

TEST(ProtoConvert, OneChipWithTooManyEventsKeepsWhatFits)
{
    FleetTick tick = randomTick(4, 0, 4);
    for (uint32_t i = 0; i < 2000; ++i)
        tick.events.push_back({1, EventKind::Xid, 0xFFFFFFFFu});
    ChunkingStats stats;
    const auto chunks = tickToChunks(tick, false, kMaxChunkChips, 4096, &stats);
    size_t sent = 0;
    for (const auto &chunk : chunks) {
        EXPECT_LE(chunk.ByteSizeLong(), 4096u);
        sent += size_t(chunk.events_size());
    }
    EXPECT_GT(stats.droppedEvents, 0u);
    EXPECT_EQ(sent + stats.droppedEvents, 2000u);
    EXPECT_GT(sent, 100u) << "keeps what fits, not nothing";
}

TEST(ProtoConvert, WorstCaseChunkOfNoDataFitsInOneMiB)
{
    FleetTick tick;
    tick.unixMs = INT64_MAX;
    tick.inventoryVersion = UINT64_MAX;
    tick.resize(kMaxChunkChips * 2, kNoData); // 5-byte varints everywhere
    for (const auto &chunk : tickToChunks(tick, true)) {
        EXPECT_LE(chunk.ByteSizeLong(), kMaxChunkBytes);
        EXPECT_EQ(chunk.utilization_pct_size(), int(kMaxChunkChips)) << "no needless halving";
        EXPECT_TRUE(chunk.replay());
    }
    EXPECT_EQ(throughTheWire(tick).columns, tick.columns);
}

TEST(ProtoConvert, EmptyTickIsAnnouncedByOneChunk)
{
    FleetTick tick;
    tick.unixMs = 1000;
    const auto chunks = tickToChunks(tick, false);
    ASSERT_EQ(chunks.size(), 1u);
    EXPECT_EQ(chunks[0].tick_chip_count(), 0u);
    EXPECT_EQ(chunks[0].unix_ms(), 1000);
}

TEST(ProtoConvert, EveryChunkOfA200000ChipSimulatorTickFitsInOneMiB)
{
    FleetSimulator simulator({200'000, 4, 1});
    FleetTick tick;
    simulator.sample(1'711'000'000'000, tick);
    tick.unixMs = 1'711'000'000'000;
    ASSERT_EQ(tick.chipCount(), 200'000u);
    size_t chunks = 0;
    FleetTick back = throughTheWire(tick, kMaxChunkChips, kMaxChunkBytes, &chunks);
    EXPECT_EQ(chunks, 7u);
    EXPECT_EQ(back.columns, tick.columns);
    EXPECT_EQ(back.events, test::eventsByChip(tick.events));
}
