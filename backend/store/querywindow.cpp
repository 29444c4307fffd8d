#include "store/querywindow.h"

#include "store/historystore.h"

#include <algorithm>
#include <limits>

namespace scb {

std::string rangeText(int64_t fromMs, int64_t toMs)
{
    return "[" + std::to_string(fromMs) + ", " + std::to_string(toMs) + "]";
}

Result<QueryWindow> makeWindow(int64_t fromMs, int64_t toMs, int maxPoints, const std::string &what)
{
    if (fromMs < 0)
        return Status::error(what + ": the range starts before 1970");
    if (fromMs > toMs)
        return Status::error(what + ": the range ends before it starts");
    QueryWindow w;
    w.fromMs = fromMs;
    // One below the maximum keeps the width below 2^63 for any range.
    w.toMs = std::min(toMs, std::numeric_limits<int64_t>::max() - 1);
    w.maxPoints = static_cast<size_t>(std::clamp(maxPoints, 1, HistoryStore::kMaxQueryPoints));
    // ceil((to - from + 1) / n) == (to - from) / n + 1, and never overflows.
    const uint64_t spanMinusOne = static_cast<uint64_t>(w.toMs) - static_cast<uint64_t>(fromMs);
    w.widthMs = static_cast<int64_t>(spanMinusOne / w.maxPoints + 1);
    return w;
}

} // namespace scb
