#include "core/tickcodec.h"

#include "core/inventory.h"

#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

// Byte layout, format version 1 (all integers little-endian):
//
//   offset  size  field
//        0     4  magic "SCBT"
//        4     2  format version (1)
//        6     2  reserved, 0
//        8     8  unixMs (int64)
//       16     8  inventoryVersion (uint64)
//       24     4  chip count (<= kMaxChips)
//       28     4  event count (<= kMaxTickEvents)
//       32    25  per metric, in column order: coding (uint8), base (int32)
//       57     4  FNV-1a (32 bit) of bytes 0..56
//       61     -  one zstd frame with content size and checksum holding the
//                 payload, to the end of the input
//
// Payload: for each column, one byte plane per stored byte (coding & 7, see
// below), chip-count bytes each, least significant plane first; then the
// events, 9 bytes each: chip (uint32), kind (uint8), code (uint32).
//
// A column value v becomes u = v - base + 1, and kNoData u = 0, so "no
// data" survives narrowing. The encoder picks base = the column's smallest
// value, so utilization, temperature and state take one byte per chip, power
// two and memory three. Coding byte:
//   0            every value is kNoData, nothing stored
//   1..4         u in that many bytes
//   0x11..0x14   delta: zigzag(u[i] - u[i-1]) (u[-1] = 0) in 1..4 bytes
//   0x84         raw: the int32 bits, for a column spanning the whole int32
//                range (never one of ours, but any FleetTick must survive)
// Delta is chosen when it needs no more bytes than u: chips of one node run
// the same work, so neighbours differ little, and on simulator ticks delta
// saves about a quarter of the compressed size. Splitting the bytes into
// planes puts the nearly constant high bytes next to each other, where zstd
// squeezes them to almost nothing.
//
// The header is not compressed so that the decoder can check it, and compute
// the exact payload size it implies, before it lets zstd allocate anything.
// The header's FNV-1a and the frame's checksum make a flipped bit anywhere
// an error rather than a plausible wrong value: the store keeps these bytes
// on disk.

namespace scb {

namespace {

constexpr char kMagic[4] = {'S', 'C', 'B', 'T'};
constexpr uint16_t kFormatVersion = 1;
constexpr size_t kColumnHeaderBytes = 5;
constexpr size_t kHeaderCheckOffset = 32 + kMetricCount * kColumnHeaderBytes;
constexpr size_t kHeaderBytes = kHeaderCheckOffset + 4;
constexpr size_t kEventBytes = 9;
constexpr uint8_t kRawWidth = 0x84;
constexpr uint8_t kDeltaFlag = 0x10;
// Far above anything a fleet produces in one tick (a node going offline
// yields one event per chip), low enough that a hostile header cannot make
// the decoder allocate more than a few tens of MB.
constexpr uint32_t kMaxTickEvents = 4 * kMaxChips;
// Measured on 200,000-chip simulator ticks (scb_core_timing): level 1 gives
// 1.85 bytes per chip in 4.5 ms; -1 and -5 save 10-15 % of the time but need
// 57-65 % more bytes (they skip entropy coding of literals), 2 and 3 are
// slower and no smaller. The replay ring's memory is what limits how much can
// be replayed, so level 1.
constexpr int kZstdLevel = 1;

void put16(char *p, uint16_t v)
{
    for (int i = 0; i < 2; ++i)
        p[i] = static_cast<char>(v >> (8 * i));
}
void put32(char *p, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<char>(v >> (8 * i));
}
void put64(char *p, uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        p[i] = static_cast<char>(v >> (8 * i));
}
uint16_t get16(const char *p)
{
    return uint16_t(uint8_t(p[0]) | uint8_t(p[1]) << 8);
}
uint32_t get32(const char *p)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= uint32_t(uint8_t(p[i])) << (8 * i);
    return v;
}
uint64_t get64(const char *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= uint64_t(uint8_t(p[i])) << (8 * i);
    return v;
}

uint32_t fnv1a(const char *data, size_t size)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; ++i) {
        h ^= uint8_t(data[i]);
        h *= 16777619u;
    }
    return h;
}

struct ColumnCoding
{
    uint8_t width = 0; // the coding byte: bytes per value, with kDeltaFlag, or kRawWidth
    int32_t base = 0;
    size_t bytesPerValue() const { return width & 0x07; }
    bool delta() const { return (width & kDeltaFlag) != 0; }
};

uint8_t bytesFor(uint64_t largest)
{
    return largest <= 0xff ? 1 : largest <= 0xffff ? 2 : largest <= 0xffffff ? 3 : 4;
}

inline uint32_t zigzag(uint32_t delta)
{
    return (delta << 1) ^ uint32_t(int32_t(delta) >> 31);
}

inline uint32_t unzigzag(uint32_t z)
{
    return (z >> 1) ^ (0u - (z & 1));
}

ColumnCoding chooseCoding(const std::vector<int32_t> &column, uint32_t chips)
{
    int32_t lo = std::numeric_limits<int32_t>::max();
    int32_t hi = std::numeric_limits<int32_t>::min();
    bool any = false;
    for (uint32_t i = 0; i < chips; ++i) {
        const int32_t v = column[i];
        const bool has = v != kNoData;
        any |= has;
        lo = has ? std::min(lo, v) : lo;
        hi = has ? std::max(hi, v) : hi;
    }
    if (!any)
        return {};
    const uint64_t largest = uint64_t(int64_t(hi) - int64_t(lo)) + 1; // u of the largest value
    if (largest > 0xffffffff)
        return {kRawWidth, 0};
    const uint8_t plain = bytesFor(largest);

    const uint32_t offset = uint32_t(1) - uint32_t(lo);
    uint32_t previous = 0;
    uint32_t largestZigzag = 0;
    for (uint32_t i = 0; i < chips; ++i) {
        const int32_t v = column[i];
        const uint32_t u = v == kNoData ? 0 : uint32_t(v) + offset;
        largestZigzag = std::max(largestZigzag, zigzag(u - previous));
        previous = u;
    }
    const uint8_t delta = bytesFor(largestZigzag);
    return delta <= plain ? ColumnCoding{uint8_t(kDeltaFlag | delta), lo} : ColumnCoding{plain, lo};
}

template<int Width, bool Delta>
void splitPlanes(const int32_t *values, uint32_t chips, int32_t base, char *planes)
{
    const uint32_t offset = uint32_t(1) - uint32_t(base); // u = v - base + 1, modulo 2^32
    uint32_t previous = 0;
    for (uint32_t i = 0; i < chips; ++i) {
        const int32_t v = values[i];
        const uint32_t u = v == kNoData ? 0 : uint32_t(v) + offset;
        const uint32_t stored = Delta ? zigzag(u - previous) : u;
        previous = u;
        for (int b = 0; b < Width; ++b)
            planes[size_t(b) * chips + i] = static_cast<char>(stored >> (8 * b));
    }
}

void encodeColumn(const std::vector<int32_t> &column,
                  uint32_t chips,
                  ColumnCoding coding,
                  char *planes)
{
    const int32_t *v = column.data();
    switch (coding.width) {
    case 0:
        return;
    case 1:
        splitPlanes<1, false>(v, chips, coding.base, planes);
        return;
    case 2:
        splitPlanes<2, false>(v, chips, coding.base, planes);
        return;
    case 3:
        splitPlanes<3, false>(v, chips, coding.base, planes);
        return;
    case 4:
        splitPlanes<4, false>(v, chips, coding.base, planes);
        return;
    case kDeltaFlag | 1:
        splitPlanes<1, true>(v, chips, coding.base, planes);
        return;
    case kDeltaFlag | 2:
        splitPlanes<2, true>(v, chips, coding.base, planes);
        return;
    case kDeltaFlag | 3:
        splitPlanes<3, true>(v, chips, coding.base, planes);
        return;
    case kDeltaFlag | 4:
        splitPlanes<4, true>(v, chips, coding.base, planes);
        return;
    case kRawWidth:
        for (uint32_t i = 0; i < chips; ++i)
            for (int b = 0; b < 4; ++b)
                planes[size_t(b) * chips + i] = static_cast<char>(uint32_t(v[i]) >> (8 * b));
        return;
    }
}

// Returns false when a stored value decodes outside int32 (only a forged
// input can do that: the encoder never writes one).
template<int Width, bool Delta>
bool joinPlanes(const uint8_t *planes, uint32_t chips, int32_t base, int32_t *out)
{
    // A delta column can reach any u, a plain one at most 2^(8 Width) - 1.
    const bool mayOverflow = Delta || int64_t(base) + ((int64_t(1) << (8 * Width)) - 2) >
                                          std::numeric_limits<int32_t>::max();
    bool inRange = true;
    uint32_t previous = 0;
    for (uint32_t i = 0; i < chips; ++i) {
        uint32_t stored = 0;
        for (int b = 0; b < Width; ++b)
            stored |= uint32_t(planes[size_t(b) * chips + i]) << (8 * b);
        const uint32_t u = Delta ? previous + unzigzag(stored) : stored;
        previous = u;
        const int64_t v = int64_t(base) + int64_t(u) - 1;
        if (mayOverflow)
            inRange &= v <= std::numeric_limits<int32_t>::max();
        out[i] = u == 0 ? kNoData : static_cast<int32_t>(v);
    }
    return inRange;
}

bool decodeColumn(const uint8_t *planes, uint32_t chips, ColumnCoding coding, int32_t *out)
{
    switch (coding.width) {
    case 0:
        std::fill(out, out + chips, kNoData);
        return true;
    case 1:
        return joinPlanes<1, false>(planes, chips, coding.base, out);
    case 2:
        return joinPlanes<2, false>(planes, chips, coding.base, out);
    case 3:
        return joinPlanes<3, false>(planes, chips, coding.base, out);
    case 4:
        return joinPlanes<4, false>(planes, chips, coding.base, out);
    case kDeltaFlag | 1:
        return joinPlanes<1, true>(planes, chips, coding.base, out);
    case kDeltaFlag | 2:
        return joinPlanes<2, true>(planes, chips, coding.base, out);
    case kDeltaFlag | 3:
        return joinPlanes<3, true>(planes, chips, coding.base, out);
    case kDeltaFlag | 4:
        return joinPlanes<4, true>(planes, chips, coding.base, out);
    case kRawWidth:
        for (uint32_t i = 0; i < chips; ++i) {
            uint32_t u = 0;
            for (int b = 0; b < 4; ++b)
                u |= uint32_t(planes[size_t(b) * chips + i]) << (8 * b);
            out[i] = static_cast<int32_t>(u);
        }
        return true;
    }
    return false;
}

bool knownEventKind(uint8_t kind)
{
    return kind >= uint8_t(EventKind::Xid) && kind <= uint8_t(EventKind::Throttle);
}

// zstd contexts keep their tables between calls; creating one per tick costs
// more than compressing a small tick. One per thread, since callers (the
// ticker thread, gRPC threads, the store) encode and decode concurrently.
struct ZstdContexts
{
    std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> compress{nullptr, ZSTD_freeCCtx};
    std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx *)> decompress{nullptr, ZSTD_freeDCtx};
    std::string scratch;
    std::string compressed; // encodeTick's output before it is copied to its exact size
};

ZstdContexts &threadContexts()
{
    thread_local ZstdContexts contexts;
    return contexts;
}

// A 1,000,000-chip tick needs ~10 MB of scratch; more was forced by an odd
// input and is not kept for the thread's lifetime.
constexpr size_t kScratchKeepBytes = size_t(32) << 20;
struct TrimScratchOnExit
{
    std::string &scratch;
    ~TrimScratchOnExit()
    {
        if (scratch.capacity() > kScratchKeepBytes)
            std::string().swap(scratch);
    }
};

Status fail(FleetTick &out, std::string message)
{
    out = FleetTick{};
    return Status::error("tick decode: " + std::move(message));
}

} // namespace

// Returns an empty string (which decodeTick rejects) for a tick beyond the
// format's limits: more than kMaxChips chips or kMaxTickEvents events.
std::string encodeTick(const FleetTick &tick)
{
    const uint32_t chips = tick.chipCount();
    if (tick.columns[0].size() > kMaxChips || tick.events.size() > kMaxTickEvents)
        return {};

    // A column shorter than the first is a caller's bug; its missing values
    // travel as kNoData rather than being read out of bounds.
    std::array<std::vector<int32_t>, kMetricCount> padded;
    std::array<const std::vector<int32_t> *, kMetricCount> columns{};
    for (int m = 0; m < kMetricCount; ++m) {
        columns[m] = &tick.columns[m];
        if (tick.columns[m].size() < chips) {
            padded[m] = tick.columns[m];
            padded[m].resize(chips, kNoData);
            columns[m] = &padded[m];
        }
    }

    std::array<ColumnCoding, kMetricCount> codings;
    size_t payloadBytes = tick.events.size() * kEventBytes;
    for (int m = 0; m < kMetricCount; ++m) {
        codings[m] = chooseCoding(*columns[m], chips);
        payloadBytes += codings[m].bytesPerValue() * chips;
    }

    ZstdContexts &ctx = threadContexts();
    std::string &payload = ctx.scratch;
    const TrimScratchOnExit trim{payload};
    payload.resize(payloadBytes);
    char *p = payload.data();
    for (int m = 0; m < kMetricCount; ++m) {
        encodeColumn(*columns[m], chips, codings[m], p);
        p += codings[m].bytesPerValue() * chips;
    }
    for (const ChipEvent &e : tick.events) {
        put32(p, e.chip);
        p[4] = static_cast<char>(e.kind);
        put32(p + 5, e.code);
        p += kEventBytes;
    }

    // Compressed into a reused buffer, then copied to a string of the exact
    // size: a string compressed into in place keeps its first, worst-case
    // capacity (the whole payload) touched and resident, which made a
    // 10-minute replay ring at 200,000 chips hold 1 GB instead of 0.22 GB.
    std::string &out = ctx.compressed;
    const TrimScratchOnExit trimCompressed{out};
    out.resize(kHeaderBytes + ZSTD_compressBound(payloadBytes));
    char *h = out.data();
    std::memcpy(h, kMagic, sizeof kMagic);
    put16(h + 4, kFormatVersion);
    put16(h + 6, 0);
    put64(h + 8, uint64_t(tick.unixMs));
    put64(h + 16, tick.inventoryVersion);
    put32(h + 24, chips);
    put32(h + 28, static_cast<uint32_t>(tick.events.size()));
    for (int m = 0; m < kMetricCount; ++m) {
        char *c = h + 32 + m * kColumnHeaderBytes;
        c[0] = static_cast<char>(codings[m].width);
        put32(c + 1, uint32_t(codings[m].base));
    }
    put32(h + kHeaderCheckOffset, fnv1a(h, kHeaderCheckOffset));

    if (!ctx.compress) {
        ctx.compress.reset(ZSTD_createCCtx());
        if (!ctx.compress)
            return {};
        ZSTD_CCtx_setParameter(ctx.compress.get(), ZSTD_c_compressionLevel, kZstdLevel);
        ZSTD_CCtx_setParameter(ctx.compress.get(), ZSTD_c_contentSizeFlag, 1);
        ZSTD_CCtx_setParameter(ctx.compress.get(), ZSTD_c_checksumFlag, 1);
    }
    const size_t compressed =
        ZSTD_compress2(ctx.compress.get(), out.data() + kHeaderBytes, out.size() - kHeaderBytes,
                       payload.data(), payload.size());
    if (ZSTD_isError(compressed))
        return {};
    return std::string(out.data(), kHeaderBytes + compressed);
}

Status decodeTick(std::string_view bytes, FleetTick &out)
{
    if (bytes.empty())
        return fail(out, "empty input");
    if (bytes.size() < kHeaderBytes)
        return fail(out, "truncated header: " + std::to_string(bytes.size()) + " bytes, need " +
                             std::to_string(kHeaderBytes));
    const char *h = bytes.data();
    if (std::memcmp(h, kMagic, sizeof kMagic) != 0)
        return fail(out, "bad magic: not an encoded tick");
    const uint16_t version = get16(h + 4);
    if (version != kFormatVersion)
        return fail(out, "unsupported format version " + std::to_string(version) +
                             " (this build reads " + std::to_string(kFormatVersion) + ")");
    if (get32(h + kHeaderCheckOffset) != fnv1a(h, kHeaderCheckOffset))
        return fail(out, "header checksum mismatch: the header is corrupt");
    if (get16(h + 6) != 0)
        return fail(out, "reserved header field is not zero");
    const auto unixMs = static_cast<int64_t>(get64(h + 8));
    const uint64_t inventoryVersion = get64(h + 16);
    const uint32_t chips = get32(h + 24);
    const uint32_t events = get32(h + 28);
    if (chips > kMaxChips)
        return fail(out, "header claims " + std::to_string(chips) +
                             " chips, more than the limit of " + std::to_string(kMaxChips));
    if (events > kMaxTickEvents)
        return fail(out, "header claims " + std::to_string(events) +
                             " events, more than the limit of " + std::to_string(kMaxTickEvents));

    std::array<ColumnCoding, kMetricCount> codings;
    uint64_t expected = uint64_t(events) * kEventBytes;
    for (int m = 0; m < kMetricCount; ++m) {
        const char *c = h + 32 + m * kColumnHeaderBytes;
        codings[m].width = uint8_t(c[0]);
        codings[m].base = static_cast<int32_t>(get32(c + 1));
        const uint8_t w = codings[m].width;
        const bool known =
            w <= 4 || (w >= (kDeltaFlag | 1) && w <= (kDeltaFlag | 4)) || w == kRawWidth;
        if (!known)
            return fail(out, "column " + std::string(metricKey(Metric(m))) + ": invalid coding " +
                                 std::to_string(w));
        if ((w == 0 || w == kRawWidth) && codings[m].base != 0)
            return fail(out, "column " + std::string(metricKey(Metric(m))) +
                                 ": base must be 0 for coding " + std::to_string(w));
        expected += uint64_t(codings[m].bytesPerValue()) * chips;
    }

    // The frame must declare exactly the size the header implies: that bounds
    // what zstd may write (no decompression bomb) and catches forged headers
    // before any work.
    const char *frame = h + kHeaderBytes;
    const size_t frameBytes = bytes.size() - kHeaderBytes;
    const unsigned long long declared = ZSTD_getFrameContentSize(frame, frameBytes);
    if (declared == ZSTD_CONTENTSIZE_ERROR)
        return fail(out, "payload is not a valid zstd frame");
    if (declared == ZSTD_CONTENTSIZE_UNKNOWN)
        return fail(out, "zstd frame does not declare its size");
    if (declared != expected)
        return fail(out, "zstd frame declares " + std::to_string(declared) +
                             " bytes but the header implies " + std::to_string(expected));
    const size_t frameSize = ZSTD_findFrameCompressedSize(frame, frameBytes);
    if (ZSTD_isError(frameSize))
        return fail(out, std::string("truncated or corrupt zstd frame: ") +
                             ZSTD_getErrorName(frameSize));
    if (frameSize != frameBytes)
        return fail(out, std::to_string(frameBytes - frameSize) +
                             " unexpected bytes after the zstd frame");

    ZstdContexts &ctx = threadContexts();
    if (!ctx.decompress)
        ctx.decompress.reset(ZSTD_createDCtx());
    if (!ctx.decompress)
        return fail(out, "cannot create a zstd context (out of memory)");
    std::string &payload = ctx.scratch;
    const TrimScratchOnExit trim{payload};
    payload.resize(expected);
    const size_t got = ZSTD_decompressDCtx(ctx.decompress.get(), payload.data(), payload.size(),
                                           frame, frameBytes);
    if (ZSTD_isError(got))
        return fail(out, std::string("corrupt zstd frame: ") + ZSTD_getErrorName(got));
    if (got != expected)
        return fail(out, "zstd frame holds " + std::to_string(got) + " bytes, expected " +
                             std::to_string(expected));

    // Events first: they can still be rejected, and the columns are then not
    // decoded for nothing.
    const auto *p = reinterpret_cast<const uint8_t *>(payload.data());
    const uint8_t *eventBytes = p + (expected - uint64_t(events) * kEventBytes);
    std::vector<ChipEvent> decodedEvents(events);
    for (uint32_t i = 0; i < events; ++i) {
        const char *e = reinterpret_cast<const char *>(eventBytes + size_t(i) * kEventBytes);
        ChipEvent &event = decodedEvents[i];
        event.chip = get32(e);
        const uint8_t kind = uint8_t(e[4]);
        event.code = get32(e + 5);
        if (event.chip >= chips)
            return fail(out, "event " + std::to_string(i) + " names chip " +
                                 std::to_string(event.chip) + " of a tick of " +
                                 std::to_string(chips) + " chips");
        if (!knownEventKind(kind))
            return fail(out,
                        "event " + std::to_string(i) + " has unknown kind " + std::to_string(kind));
        event.kind = EventKind(kind);
    }

    out.unixMs = unixMs;
    out.inventoryVersion = inventoryVersion;
    for (int m = 0; m < kMetricCount; ++m) {
        out.columns[m].resize(chips);
        if (!decodeColumn(p, chips, codings[m], out.columns[m].data()))
            return fail(out, "column " + std::string(metricKey(Metric(m))) +
                                 ": a value exceeds the int32 range");
        p += codings[m].bytesPerValue() * chips;
    }
    out.events = std::move(decodedEvents);
    return {};
}

} // namespace scb
