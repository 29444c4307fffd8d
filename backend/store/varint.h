#pragma once

// LEB128 varints, as the store's codecs write them: 7 bits a byte, least
// significant first, the high bit set on every byte but the last.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace scb {

inline constexpr size_t kMaxVarintBytes = 10; // 64 bits

constexpr size_t varintBytes(uint64_t x)
{
    return (static_cast<size_t>(std::bit_width(x | 1)) + 6) / 7;
}

inline void putVarint(std::string &out, uint64_t x)
{
    while (x >= 0x80) {
        out.push_back(static_cast<char>((x & 0x7f) | 0x80));
        x >>= 7;
    }
    out.push_back(static_cast<char>(x));
}

// Reads one varint at pos, advancing it. Bytes are untrusted: false if the
// varint is cut off, longer than maxBytes, or wider than 64 bits.
inline bool
getVarint(std::string_view bytes, size_t &pos, uint64_t &out, size_t maxBytes = kMaxVarintBytes)
{
    // One byte first: block bundles read a score of lengths per entry, nearly
    // all below 128.
    if (pos < bytes.size() && maxBytes > 0 && static_cast<uint8_t>(bytes[pos]) < 0x80) {
        out = static_cast<uint8_t>(bytes[pos++]);
        return true;
    }
    out = 0;
    const size_t limit = maxBytes < kMaxVarintBytes ? maxBytes : kMaxVarintBytes;
    for (size_t i = 0; i < limit; ++i) {
        if (pos >= bytes.size())
            return false;
        const auto c = static_cast<uint8_t>(bytes[pos++]);
        if (i == kMaxVarintBytes - 1 && c > 1)
            return false; // bits beyond 64
        out |= uint64_t(c & 0x7f) << (7 * i);
        if ((c & 0x80) == 0)
            return true;
    }
    return false;
}

} // namespace scb
