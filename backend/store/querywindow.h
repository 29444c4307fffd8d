#pragma once

#include "core/status.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace scb {

// The query range, its bucket width and the clamped point count.
struct QueryWindow
{
    int64_t fromMs = 0;
    int64_t toMs = 0;
    int64_t widthMs = 1;
    size_t maxPoints = 1;
};

// Buckets ceil((toMs - fromMs + 1) / maxPoints) ms wide, maxPoints clamped to
// [1, HistoryStore::kMaxQueryPoints]; what names the query in errors.
Result<QueryWindow>
makeWindow(int64_t fromMs, int64_t toMs, int maxPoints, const std::string &what);

// "[fromMs, toMs]", for error messages.
std::string rangeText(int64_t fromMs, int64_t toMs);

} // namespace scb
