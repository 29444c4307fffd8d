#include "core/tickcodec.h"
#include "sources/fleetsimulator.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include <limits>
#include <random>
#include <string>

namespace scb {
namespace {

// The byte layout documented in tickcodec.cpp: what a forger would use.
constexpr size_t kChipCountOffset = 24;
constexpr size_t kEventCountOffset = 28;
constexpr size_t kCodingOffset = 32;
constexpr size_t kHeaderCheckOffset = 57;
constexpr size_t kHeaderBytes = 61;

void put32(std::string &bytes, size_t at, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char(v >> (8 * i));
}

// Recomputes the header's FNV-1a, as a forger would, so that the decoder's
// later checks are the ones under test.
void resealHeader(std::string &bytes)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < kHeaderCheckOffset; ++i) {
        h ^= uint8_t(bytes[i]);
        h *= 16777619u;
    }
    put32(bytes, kHeaderCheckOffset, h);
}

std::string zstdFrame(const std::string &payload, bool withContentSize = true)
{
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, withContentSize ? 1 : 0);
    std::string out(ZSTD_compressBound(payload.size()), '\0');
    const size_t n = ZSTD_compress2(cctx, out.data(), out.size(), payload.data(), payload.size());
    ZSTD_freeCCtx(cctx);
    EXPECT_FALSE(ZSTD_isError(n));
    out.resize(n);
    return out;
}

FleetTick smallTick()
{
    FleetTick tick;
    tick.unixMs = 1'710'914'400'123;
    tick.inventoryVersion = 0x1234'5678'9abc'def0ULL;
    tick.resize(24);
    for (uint32_t i = 0; i < 24; ++i) {
        tick.column(Metric::Utilization)[i] = int32_t(i * 4);
        tick.column(Metric::MemoryUsed)[i] = int32_t(60'000 + i * 777);
        tick.column(Metric::Power)[i] = int32_t(100 + i * 20);
        tick.column(Metric::Temperature)[i] = int32_t(40 + i);
        tick.column(Metric::State)[i] = ChipState::Online;
    }
    for (int m = 0; m < kMetricCount; ++m)
        tick.columns[m][5] = kNoData;
    tick.events = {
        {3, EventKind::Xid, 79}, {7, EventKind::EccDoubleBit, 48}, {23, EventKind::Offline, 0}};
    return tick;
}

FleetTick roundTrip(const FleetTick &tick)
{
    const std::string bytes = encodeTick(tick);
    FleetTick out;
    const Status status = decodeTick(bytes, out);
    EXPECT_TRUE(status.ok()) << status.message();
    return out;
}

TEST(TickCodec, RoundTripOfSimulatorTicksIsExact)
{
    FleetSimulator sim({50'000, 4, 2024});
    FleetTick tick;
    std::mt19937 rng(1);
    for (int64_t t :
         {int64_t(1'710'914'400'000), int64_t(1'710'950'000'500), int64_t(1'711'000'000'999)}) {
        sim.sample(t, tick);
        // Values a network source loses, and events of every kind.
        for (int i = 0; i < 500; ++i)
            tick.columns[rng() % kMetricCount][rng() % tick.chipCount()] = kNoData;
        tick.events.push_back({0, EventKind::Throttle, 0});
        tick.events.push_back({tick.chipCount() - 1, EventKind::Xid, 13});
        tick.events.push_back({17, EventKind::Online, 0});
        const FleetTick decoded = roundTrip(tick);
        EXPECT_EQ(decoded, tick);
        EXPECT_EQ(decoded.column(Metric::MemoryUsed), tick.column(Metric::MemoryUsed));
    }
}

TEST(TickCodec, RoundTripOfEdgeCases)
{
    FleetTick empty;
    empty.unixMs = -5;
    EXPECT_EQ(roundTrip(empty), empty);

    FleetTick allMissing;
    allMissing.resize(1000);
    allMissing.unixMs = std::numeric_limits<int64_t>::min();
    allMissing.inventoryVersion = std::numeric_limits<uint64_t>::max();
    EXPECT_EQ(roundTrip(allMissing), allMissing);

    // Values no validated tick holds, but the codec must not care.
    FleetTick odd = smallTick();
    auto &util = odd.column(Metric::Utilization);
    util[0] = std::numeric_limits<int32_t>::min();
    util[1] = std::numeric_limits<int32_t>::max(); // the whole int32 range: raw coding
    auto &power = odd.column(Metric::Power);
    power[0] = -2;
    power[1] = -1'000'000; // negative, with kNoData beside them
    auto &temp = odd.column(Metric::Temperature);
    for (size_t i = 0; i < temp.size(); ++i)
        temp[i] = std::numeric_limits<int32_t>::max() - int32_t(i);
    auto &state = odd.column(Metric::State);
    for (size_t i = 0; i < state.size(); ++i)
        state[i] = (i % 2) ? std::numeric_limits<int32_t>::min() + 7 : 1 << 30; // wide jumps
    odd.events.push_back({0, EventKind::Xid, std::numeric_limits<uint32_t>::max()});
    EXPECT_EQ(roundTrip(odd), odd);

    FleetTick one;
    one.resize(1, 42);
    EXPECT_EQ(roundTrip(one), one);
}

TEST(TickCodec, AShortColumnTravelsAsNoData)
{
    FleetTick tick = smallTick();
    tick.column(Metric::Power).resize(10);
    FleetTick decoded = roundTrip(tick);
    ASSERT_EQ(decoded.column(Metric::Power).size(), 24u);
    EXPECT_EQ(decoded.column(Metric::Power)[9], tick.column(Metric::Power)[9]);
    EXPECT_EQ(decoded.column(Metric::Power)[10], kNoData);
}

TEST(TickCodec, RejectsEmptyAndTruncatedInputAtEveryLength)
{
    FleetTick out = smallTick();
    Status status = decodeTick({}, out);
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message().find("empty"), std::string::npos);
    EXPECT_EQ(out, FleetTick{}); // an error leaves an empty tick behind

    const std::string bytes = encodeTick(smallTick());
    for (size_t n = 0; n < bytes.size(); ++n) {
        FleetTick partial;
        EXPECT_FALSE(decodeTick(std::string_view(bytes).substr(0, n), partial).ok())
            << "accepted a prefix of " << n << " of " << bytes.size() << " bytes";
    }
    EXPECT_TRUE(decodeTick(bytes, out).ok());
    EXPECT_EQ(out, smallTick());
}

TEST(TickCodec, EveryFlippedBitIsAnErrorOrHarmless)
{
    const FleetTick original = smallTick();
    const std::string bytes = encodeTick(original);
    int rejected = 0;
    for (size_t i = 0; i < bytes.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            std::string damaged = bytes;
            damaged[i] = char(damaged[i] ^ (1 << bit));
            FleetTick out;
            if (decodeTick(damaged, out).ok())
                EXPECT_EQ(out, original) << "byte " << i << " bit " << bit;
            else
                ++rejected;
        }
    }
    // Only bits zstd ignores (some frame-header flags) may pass.
    EXPECT_GT(rejected, int(bytes.size() * 8) * 95 / 100);
}

TEST(TickCodec, RejectsRandomGarbage)
{
    std::mt19937 rng(99);
    std::string garbage;
    for (int trial = 0; trial < 2000; ++trial) {
        garbage.resize(rng() % 300);
        for (char &c : garbage)
            c = char(rng());
        if (trial % 2) // with a real-looking start
            garbage.replace(0, std::min<size_t>(garbage.size(), 4), "SCBT");
        FleetTick out;
        EXPECT_FALSE(decodeTick(garbage, out).ok());
    }
}

TEST(TickCodec, RejectsWrongMagicVersionAndReservedBits)
{
    const std::string bytes = encodeTick(smallTick());
    FleetTick out;

    std::string wrong = bytes;
    wrong[0] = 'X';
    Status status = decodeTick(wrong, out);
    EXPECT_NE(status.message().find("magic"), std::string::npos) << status.message();

    wrong = bytes;
    wrong[4] = 2;
    resealHeader(wrong);
    status = decodeTick(wrong, out);
    EXPECT_NE(status.message().find("version 2"), std::string::npos) << status.message();

    wrong = bytes;
    wrong[7] = 1;
    resealHeader(wrong);
    status = decodeTick(wrong, out);
    EXPECT_NE(status.message().find("reserved"), std::string::npos) << status.message();

    wrong = bytes;
    wrong[12] = char(wrong[12] ^ 1); // unixMs, without resealing
    status = decodeTick(wrong, out);
    EXPECT_NE(status.message().find("checksum"), std::string::npos) << status.message();
}

TEST(TickCodec, RejectsAHeaderClaimingABillionChips)
{
    std::string bytes = encodeTick(smallTick());
    put32(bytes, kChipCountOffset, 1'000'000'000);
    resealHeader(bytes);
    FleetTick out;
    const Status status = decodeTick(bytes, out);
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message().find("1000000000 chips"), std::string::npos) << status.message();

    // Within the limit but not what the frame holds.
    bytes = encodeTick(smallTick());
    put32(bytes, kChipCountOffset, kMaxChips);
    resealHeader(bytes);
    EXPECT_FALSE(decodeTick(bytes, out).ok());

    bytes = encodeTick(smallTick());
    put32(bytes, kEventCountOffset, 0xffff'ffffu);
    resealHeader(bytes);
    EXPECT_NE(decodeTick(bytes, out).message().find("events"), std::string::npos);
}

TEST(TickCodec, RejectsAnInvalidColumnCoding)
{
    for (uint8_t coding :
         {uint8_t(5), uint8_t(0x10), uint8_t(0x15), uint8_t(0x80), uint8_t(0xff)}) {
        std::string bytes = encodeTick(smallTick());
        bytes[kCodingOffset] = char(coding);
        resealHeader(bytes);
        FleetTick out;
        const Status status = decodeTick(bytes, out);
        EXPECT_NE(status.message().find("invalid coding"), std::string::npos)
            << int(coding) << ": " << status.message();
    }
}

TEST(TickCodec, RejectsAZstdBomb)
{
    // A valid header for 24 chips, then a tiny frame that unpacks to 64 MiB.
    std::string bytes = encodeTick(smallTick()).substr(0, kHeaderBytes);
    const std::string bomb = zstdFrame(std::string(size_t(64) << 20, '\0'));
    ASSERT_LT(bomb.size(), size_t(64) << 10);
    bytes += bomb;
    FleetTick out;
    const Status status = decodeTick(bytes, out);
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message().find("declares"), std::string::npos) << status.message();
}

TEST(TickCodec, RejectsFramesThatHideTheirSizeOrCarryTrailingBytes)
{
    const FleetTick tick = smallTick();
    const std::string good = encodeTick(tick);
    const std::string header = good.substr(0, kHeaderBytes);
    FleetTick out;

    // The right payload, but the frame does not say how large it is.
    ASSERT_TRUE(decodeTick(good, out).ok());
    const std::string payloadSized(200, '\0');
    std::string hidden = header + zstdFrame(payloadSized, false);
    EXPECT_NE(decodeTick(hidden, out).message().find("does not declare"), std::string::npos);

    std::string trailing = good + "xyz";
    EXPECT_NE(decodeTick(trailing, out).message().find("after the zstd frame"), std::string::npos);

    std::string notZstd = header + std::string(100, 'z');
    EXPECT_FALSE(decodeTick(notZstd, out).ok());
}

TEST(TickCodec, RejectsEventsForChipsOrKindsThatDoNotExist)
{
    FleetTick tick = smallTick();
    tick.events.push_back({24, EventKind::Xid, 13}); // one past the last chip
    FleetTick out;
    Status status = decodeTick(encodeTick(tick), out);
    EXPECT_NE(status.message().find("names chip 24"), std::string::npos) << status.message();

    tick = smallTick();
    tick.events.push_back({1, static_cast<EventKind>(200), 0});
    status = decodeTick(encodeTick(tick), out);
    EXPECT_NE(status.message().find("unknown kind 200"), std::string::npos) << status.message();
}

TEST(TickCodec, RejectsValuesForgedBeyondInt32)
{
    // Move the temperature base so close to INT32_MAX that the stored values
    // overflow it.
    std::string bytes = encodeTick(smallTick());
    const size_t temperatureBase = kCodingOffset + 5 * size_t(Metric::Temperature) + 1;
    put32(bytes, temperatureBase, uint32_t(std::numeric_limits<int32_t>::max() - 3));
    resealHeader(bytes);
    FleetTick out;
    const Status status = decodeTick(bytes, out);
    EXPECT_NE(status.message().find("int32"), std::string::npos) << status.message();
    EXPECT_EQ(out, FleetTick{});
}

} // namespace
} // namespace scb
