#include "store/seriescodec.h"

#include "store/varint.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utility>

namespace scb {

namespace {

// The unpacker loads 64-bit words as they lie in memory.
static_assert(std::endian::native == std::endian::little, "seriescodec assumes little-endian");

enum Mode : uint8_t { ValueMin = 0, ValueZigZag = 1, DeltaMin = 2, DeltaZigZag = 3 };

constexpr uint32_t kPlainWidthMax = 32;
constexpr uint32_t kPatchedFieldBase = 33;
constexpr uint32_t kPatchedWidthMax = 30; // 33 + 30 = 63 fills the 6-bit field
constexpr size_t kPackedBufferBytes = kSeriesFrameValues * 4 + 8; // + room for a 64-bit load
// Delta at width 0 is a ramp whatever the reference mapping, so the head
// of Delta/ZigZag at width 0 is free to mark a run of frames repeating the
// previous value (followed by a varint frame count).
constexpr uint8_t kRunHead = uint8_t(DeltaZigZag << 6);

constexpr uint32_t zigzag(uint32_t x)
{
    return (x << 1) ^ (0u - (x >> 31));
}
constexpr uint32_t unzigzag(uint32_t u)
{
    return (u >> 1) ^ (0u - (u & 1));
}

// The cheapest way to store one mapping of a frame.
struct Choice
{
    Mode mode = ValueMin;
    uint32_t ref = 0;
    uint32_t width = 0;
    size_t bytes = SIZE_MAX;
};

// Evaluates every width for offsets u, counting the patch list for the
// offsets that do not fit.
Choice bestWidth(Mode mode, uint32_t ref, const uint32_t *u, size_t n)
{
    std::array<uint32_t, 33> widthCount{};
    for (size_t i = 0; i < n; ++i)
        ++widthCount[std::bit_width(u[i])];
    uint32_t widest = 32;
    while (widest > 0 && widthCount[widest] == 0)
        --widest;

    Choice best{mode, ref, widest, 0};
    const size_t fixedBytes = 1 + varintBytes(zigzag(ref));
    best.bytes = fixedBytes + (n * widest + 7) / 8;
    for (uint32_t b = 0; b < widest && b <= kPatchedWidthMax; ++b) {
        size_t patchBytes = 1;
        for (uint32_t w = b + 1; w <= widest; ++w)
            patchBytes += widthCount[w] * (1 + (w - b + 6) / 7);
        const size_t bytes = fixedBytes + (n * b + 7) / 8 + patchBytes;
        if (bytes < best.bytes)
            best = Choice{mode, ref, b, bytes};
    }
    return best;
}

int32_t medianOf(const uint32_t *x, size_t n)
{
    std::array<int32_t, kSeriesFrameValues> sorted{};
    for (size_t i = 0; i < n; ++i)
        sorted[i] = static_cast<int32_t>(x[i]);
    std::nth_element(sorted.begin(), sorted.begin() + n / 2, sorted.begin() + n);
    return sorted[n / 2];
}

int32_t minOf(const uint32_t *x, size_t n)
{
    int32_t m = static_cast<int32_t>(x[0]);
    for (size_t i = 1; i < n; ++i)
        m = std::min(m, static_cast<int32_t>(x[i]));
    return m;
}

void mapOffsets(Mode mode, uint32_t ref, const uint32_t *x, size_t n, uint32_t *u)
{
    if (mode == ValueMin || mode == DeltaMin) {
        for (size_t i = 0; i < n; ++i)
            u[i] = x[i] - ref;
    } else {
        for (size_t i = 0; i < n; ++i)
            u[i] = zigzag(x[i] - ref);
    }
}

void encodeFrame(const int32_t *values, size_t n, uint32_t prev, std::string &out)
{
    std::array<uint32_t, kSeriesFrameValues> value{};
    std::array<uint32_t, kSeriesFrameValues> delta{};
    for (size_t i = 0; i < n; ++i) {
        value[i] = static_cast<uint32_t>(values[i]);
        delta[i] = value[i] - (i == 0 ? prev : value[i - 1]);
    }

    std::array<uint32_t, kSeriesFrameValues> u;
    Choice best;
    const auto consider = [&](Mode mode, const uint32_t *x, int32_t ref) {
        mapOffsets(mode, static_cast<uint32_t>(ref), x, n, u.data());
        const Choice c = bestWidth(mode, static_cast<uint32_t>(ref), u.data(), n);
        if (c.bytes < best.bytes)
            best = c;
    };
    // Value/Min first: a constant frame ties with the others and should stay
    // the plain case.
    consider(ValueMin, value.data(), minOf(value.data(), n));
    consider(DeltaZigZag, delta.data(), medianOf(delta.data(), n));
    consider(ValueZigZag, value.data(), medianOf(value.data(), n));
    consider(DeltaMin, delta.data(), minOf(delta.data(), n));

    const uint32_t *x =
        (best.mode == ValueMin || best.mode == ValueZigZag) ? value.data() : delta.data();
    mapOffsets(best.mode, best.ref, x, n, u.data());

    const uint32_t b = best.width;
    size_t patches = 0;
    for (size_t i = 0; i < n; ++i)
        patches += std::bit_width(u[i]) > b ? 1 : 0;
    const uint32_t field = patches > 0 ? kPatchedFieldBase + b : b;
    uint8_t head = static_cast<uint8_t>((uint32_t(best.mode) << 6) | field);
    if (head == kRunHead)
        head = uint8_t(DeltaMin << 6); // the same ramp: every delta equals ref
    out.push_back(static_cast<char>(head));
    putVarint(out, zigzag(best.ref));

    std::array<uint8_t, kPackedBufferBytes> packed{};
    const uint64_t mask = b == 0 ? 0 : (b == 32 ? 0xffffffffu : (uint64_t(1) << b) - 1);
    for (size_t i = 0; i < n && b > 0; ++i) {
        const size_t bit = i * b;
        uint64_t word;
        std::memcpy(&word, packed.data() + bit / 8, 8);
        word |= (u[i] & mask) << (bit % 8);
        std::memcpy(packed.data() + bit / 8, &word, 8);
    }
    out.append(reinterpret_cast<const char *>(packed.data()), (n * b + 7) / 8);

    if (patches > 0) {
        out.push_back(static_cast<char>(patches - 1));
        for (size_t i = 0; i < n; ++i) {
            if (std::bit_width(u[i]) > b) {
                out.push_back(static_cast<char>(i));
                putVarint(out, u[i] >> b);
            }
        }
    }
}

// Checked reads over untrusted bytes.
class Reader
{
public:
    explicit Reader(std::string_view bytes)
        : m_data(reinterpret_cast<const uint8_t *>(bytes.data()))
        , m_size(bytes.size())
    {
    }
    size_t remaining() const { return m_size - m_pos; }
    size_t position() const { return m_pos; }
    bool byte(uint8_t &x)
    {
        if (m_pos >= m_size)
            return false;
        x = m_data[m_pos++];
        return true;
    }
    // At most maxBytes bytes, and the value must fit in 64 bits.
    bool varint(uint64_t &x, size_t maxBytes)
    {
        return getVarint(std::string_view(reinterpret_cast<const char *>(m_data), m_size), m_pos, x,
                         maxBytes);
    }
    bool varint32(uint32_t &x)
    {
        uint64_t v = 0;
        if (!varint(v, 5) || v > 0xffffffffu)
            return false;
        x = static_cast<uint32_t>(v);
        return true;
    }
    const uint8_t *take(size_t n)
    {
        if (n > remaining())
            return nullptr;
        const uint8_t *p = m_data + m_pos;
        m_pos += n;
        return p;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

// One unpacker per width, so the shift and mask are constants the compiler
// can unroll around.
template<uint32_t B> void unpack(const uint8_t *packed, size_t n, uint32_t *u)
{
    if constexpr (B == 0) {
        std::fill(u, u + n, 0u);
    } else {
        constexpr uint64_t mask = (uint64_t(1) << B) - 1;
        for (size_t i = 0; i < n; ++i) {
            const size_t bit = i * B;
            uint64_t word;
            std::memcpy(&word, packed + bit / 8, 8);
            u[i] = static_cast<uint32_t>((word >> (bit % 8)) & mask);
        }
    }
}

using Unpacker = void (*)(const uint8_t *, size_t, uint32_t *);
template<size_t... B>
constexpr std::array<Unpacker, sizeof...(B)> unpackers(std::index_sequence<B...>)
{
    return {&unpack<B>...};
}
constexpr auto kUnpackers = unpackers(std::make_index_sequence<33>());

Status fail(std::string what, size_t offset)
{
    return Status::error("series codec: " + what + " at byte " + std::to_string(offset));
}

} // namespace

std::string encodeSeries(std::span<const int32_t> values)
{
    std::string out;
    out.reserve(8 + values.size() / 2);
    appendSeries(out, values);
    return out;
}

void appendSeries(std::string &out, std::span<const int32_t> values)
{
    out.push_back(static_cast<char>(kSeriesCodecVersion));
    putVarint(out, values.size());
    uint32_t prev = 0;
    size_t start = 0;
    while (start < values.size()) {
        size_t end = start;
        while (end < values.size() && values[end] == static_cast<int32_t>(prev))
            ++end;
        const size_t runFrames = end == values.size()
                                     ? (end - start + kSeriesFrameValues - 1) / kSeriesFrameValues
                                     : (end - start) / kSeriesFrameValues;
        if (runFrames > 0) {
            out.push_back(static_cast<char>(kRunHead));
            putVarint(out, runFrames);
            start = std::min(values.size(), start + runFrames * kSeriesFrameValues);
            continue;
        }
        const size_t n = std::min(kSeriesFrameValues, values.size() - start);
        encodeFrame(values.data() + start, n, prev, out);
        prev = static_cast<uint32_t>(values[start + n - 1]);
        start += n;
    }
}

size_t decodedCount(std::string_view bytes)
{
    Reader in(bytes);
    uint8_t version = 0;
    uint64_t count = 0;
    if (!in.byte(version) || version != kSeriesCodecVersion || !in.varint(count, 10) ||
        count > kMaxSeriesValues)
        return 0;
    return static_cast<size_t>(count);
}

namespace {

// The version byte and the value count.
Status readHeader(Reader &in, uint64_t &count)
{
    uint8_t version = 0;
    if (!in.byte(version))
        return fail("empty input", 0);
    if (version != kSeriesCodecVersion)
        return fail("unknown format version " + std::to_string(version), 0);
    if (!in.varint(count, 10))
        return fail("truncated or overlong value count", in.position());
    if (count > kMaxSeriesValues)
        return fail("value count " + std::to_string(count) + " exceeds the limit of " +
                        std::to_string(kMaxSeriesValues),
                    1);
    return {};
}

// A run: `frames` frames (the last may be short) repeating prev.
Status decodeRun(uint32_t frames,
                 size_t count,
                 uint32_t prev,
                 size_t frameAt,
                 std::vector<int32_t> &out,
                 size_t &start)
{
    const size_t framesLeft = (count - start + kSeriesFrameValues - 1) / kSeriesFrameValues;
    if (frames == 0 || frames > framesLeft)
        return fail("run of " + std::to_string(frames) + " frames where " +
                        std::to_string(framesLeft) + " are left",
                    frameAt);
    const size_t runValues = std::min<size_t>(count - start, frames * kSeriesFrameValues);
    out.resize(start + runValues, static_cast<int32_t>(prev));
    start += runValues;
    return {};
}

// The high bits of the offsets wider than b, or-ed into u.
Status readPatches(Reader &in, size_t n, uint32_t b, uint32_t *u)
{
    uint8_t countMinusOne = 0;
    if (!in.byte(countMinusOne) || size_t(countMinusOne) + 1 > n)
        return fail("bad patch count", in.position());
    for (size_t p = 0; p <= countMinusOne; ++p) {
        uint8_t pos = 0;
        uint32_t high = 0;
        if (!in.byte(pos) || pos >= n || !in.varint32(high) || (uint64_t(high) >> (32 - b)) != 0)
            return fail("bad patch", in.position());
        u[pos] |= high << b;
    }
    return {};
}

// Offsets back to values; prev carries the last value from frame to frame.
void unmapFrame(Mode mode, uint32_t ref, const uint32_t *u, size_t n, uint32_t &prev, int32_t *dst)
{
    switch (mode) {
    case ValueMin:
        for (size_t i = 0; i < n; ++i)
            dst[i] = static_cast<int32_t>(u[i] + ref);
        break;
    case ValueZigZag:
        for (size_t i = 0; i < n; ++i)
            dst[i] = static_cast<int32_t>(unzigzag(u[i]) + ref);
        break;
    case DeltaMin:
        for (size_t i = 0; i < n; ++i) {
            prev += u[i] + ref;
            dst[i] = static_cast<int32_t>(prev);
        }
        break;
    case DeltaZigZag:
        for (size_t i = 0; i < n; ++i) {
            prev += unzigzag(u[i]) + ref;
            dst[i] = static_cast<int32_t>(prev);
        }
        break;
    }
    prev = static_cast<uint32_t>(dst[n - 1]);
}

// Scratch for one frame: its packed bytes (zero-padded for the unpackers'
// 64-bit loads) and its offsets.
struct FrameBuffers
{
    std::array<uint8_t, kPackedBufferBytes> packed;
    std::array<uint32_t, kSeriesFrameValues> u;
};

// A bit-packed frame of n values whose head and reference are read.
Status decodePackedFrame(Reader &in,
                         uint8_t head,
                         uint32_t zigRef,
                         size_t n,
                         size_t frameAt,
                         FrameBuffers &buffers,
                         uint32_t &prev,
                         int32_t *dst)
{
    const auto mode = static_cast<Mode>(head >> 6);
    const uint32_t field = head & 63u;
    const bool patched = field >= kPatchedFieldBase;
    const uint32_t b = patched ? field - kPatchedFieldBase : field;
    if (b > kPlainWidthMax || (patched && b > kPatchedWidthMax))
        return fail("bad bit width field " + std::to_string(field), frameAt);
    const size_t packedBytes = (n * b + 7) / 8;
    const uint8_t *src = in.take(packedBytes);
    if (src == nullptr)
        return fail("truncated packed values", in.position());
    std::memcpy(buffers.packed.data(), src, packedBytes);
    std::memset(buffers.packed.data() + packedBytes, 0, buffers.packed.size() - packedBytes);
    kUnpackers[b](buffers.packed.data(), n, buffers.u.data());
    if (patched) {
        if (Status s = readPatches(in, n, b, buffers.u.data()); !s.ok())
            return s;
    }
    unmapFrame(mode, unzigzag(zigRef), buffers.u.data(), n, prev, dst);
    return {};
}

Status decodeFrames(Reader &in, size_t count, std::vector<int32_t> &out)
{
    FrameBuffers buffers;
    uint32_t prev = 0;
    size_t start = 0;
    while (start < count) {
        const size_t n = std::min<size_t>(kSeriesFrameValues, count - start);
        const size_t frameAt = in.position();
        uint8_t head = 0;
        uint32_t zigRef = 0;
        if (!in.byte(head) || !in.varint32(zigRef))
            return fail("truncated frame header", frameAt);
        if (head == kRunHead) {
            if (Status s = decodeRun(zigRef, count, prev, frameAt, out, start); !s.ok())
                return s;
            continue;
        }
        out.resize(start + n);
        if (Status s =
                decodePackedFrame(in, head, zigRef, n, frameAt, buffers, prev, out.data() + start);
            !s.ok())
            return s;
        start += n;
    }
    return {};
}

} // namespace

Status decodeSeries(std::string_view bytes, std::vector<int32_t> &out)
{
    out.clear();
    Reader in(bytes);
    uint64_t count = 0;
    if (Status s = readHeader(in, count); !s.ok())
        return s;
    // A frame other than a run takes at least 2 bytes; runs may need more
    // room, which is then grown as they decode, so a lying header cannot make
    // us allocate more than the bytes justify.
    out.reserve(std::min<size_t>(count, in.remaining() / 2 * kSeriesFrameValues));
    if (Status s = decodeFrames(in, static_cast<size_t>(count), out); !s.ok()) {
        out.clear();
        return s;
    }
    if (in.remaining() != 0) {
        const size_t at = in.position();
        out.clear();
        return fail(std::to_string(bytes.size() - at) + " trailing bytes", at);
    }
    return {};
}

} // namespace scb
