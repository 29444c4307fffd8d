#pragma once

// Text helpers shared by the stats sources (not part of the library's API).

#include <string>
#include <string_view>

namespace scb::statstext {

// Well-formed UTF-8: no stray continuation bytes, no overlong forms, no
// surrogates, nothing above U+10FFFF. Protobuf refuses to send other text.
bool isUtf8(std::string_view text);

// The start of an untrusted value, fit to quote in a one-line message: at
// most 60 bytes, cut on a character boundary ("..." when cut), control
// characters shown as '?', "(not UTF-8)" when it is not text.
std::string quoted(std::string_view text);

// Without leading and trailing spaces, tabs and line breaks.
std::string_view trimmed(std::string_view text);

// The number of characters (code points) of UTF-8 text.
size_t characterCount(std::string_view text);

} // namespace scb::statstext
