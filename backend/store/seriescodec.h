#pragma once

#include "core/status.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scb {

// The codec of one compacted history series: one chip's (node's, center's)
// values of one metric over consecutive ticks. Lossless for every int32,
// kNoData included.
//
// Format (version 1), all integers little-endian:
//   byte      format version (1)
//   varint    value count N (at most kMaxSeriesValues)
//   frames    ceil(N / kSeriesFrameValues) frames of 128 values, the last
//             one holding the remainder.
//
// Each frame maps its values v[i] to unsigned offsets u[i] in one of four
// ways, whichever is cheapest for that frame:
//   Value/Min     u = v - min                  (frame of reference)
//   Value/ZigZag  u = zigzag(v - median)
//   Delta/Min     u = d - min(d)               d[i] = v[i] - v[i-1]
//   Delta/ZigZag  u = zigzag(d - median(d))
// where v[-1] is the last value of the previous frame (0 before the first),
// and all arithmetic wraps modulo 2^32, so every int32 round-trips.
// The offsets are bit-packed at width b (LSB first, ceil(128 b / 8) bytes).
// Offsets wider than b are exceptions (PFor): their low b bits sit in the
// packed array, their high bits in a patch list, so one kNoData or spike
// does not widen the whole frame. Frame layout:
//   byte      mode << 6 | f: f <= 32 is b with no exceptions; f = 33 + b
//             (b <= 30) announces a patch list
//   varint    reference (min or median) zigzag-encoded
//   bytes     the packed offsets
//   [byte     patch count - 1, then per patch: byte position, varint u >> b]
// Delta at width 0 is a ramp whichever reference it uses, so the head of
// Delta/ZigZag at width 0 (0xc0) is free: it marks a run, a varint k >= 1
// then, meaning the next k frames repeat the previous value (0 before the
// first). A steady hour of memory or state, or an hour offline, is thus a
// frame and a run: a few bytes.
//
// Why these choices: a steady memory or state frame is a run (or Value/Min at
// b = 0 when the level changes); a linear ramp is Delta at b = 0 (the median
// delta is the slope), which makes a separate delta-of-delta mode
// unnecessary; utilization and power jitter around a slowly moving level,
// where Value or Delta at 2-5 bits wins; temperature mostly steps by one
// degree. Frames of 128 keep the frame overhead near 0.02 byte per value while
// letting the width follow the load (64: 0.212 B/value overall, 256: 0.195
// before runs existed; 128 with runs: 0.194).
//
// Measured by scb_seriescodec_measure (simulator, 2,000 chips x 3,600 s from
// 2026-01-15 13:00 CST), bytes per value: utilization 0.335, memory 0.005,
// power 0.518, temperature 0.111, state 0.002; overall 0.194 (zstd -1 on the
// raw int32 series: 0.305; raw: 4). Decode runs at ~400-600 M values/s on one
// core of the 2-core dev machine, 7 days of one chip (604,800 values) in
// ~1.6 ms.
//
// Decoding is branch-free per value: unpack with 64-bit loads (an unpacker
// per width), apply the patches, undo the mapping and a prefix sum.

// Values per frame; fixed by the format version.
inline constexpr size_t kSeriesFrameValues = 128;
// Refuses larger series on decode: 2^24 values is 194 days at 1 Hz, far more
// than a block ever holds, and bounds what a hostile header can make us
// allocate (64 MiB).
inline constexpr size_t kMaxSeriesValues = size_t(1) << 24;
inline constexpr uint8_t kSeriesCodecVersion = 1;

// Encodes values; never fails. Larger series than kMaxSeriesValues are
// encoded too but refused by decodeSeries: split them into blocks.
std::string encodeSeries(std::span<const int32_t> values);
// The same bytes, appended to out (saves an allocation per series where many
// are written into one buffer).
void appendSeries(std::string &out, std::span<const int32_t> values);

// Decodes bytes from encodeSeries into out (replaced). Bytes are untrusted:
// every read is checked, sizes are bounded, and a malformed input gives an
// error naming what is wrong (out is then empty).
Status decodeSeries(std::string_view bytes, std::vector<int32_t> &out);

// The value count the header announces, or 0 if the header is unreadable.
// Cheap: reads only the header.
size_t decodedCount(std::string_view bytes);

} // namespace scb
