#pragma once

#include <QString>

#include <cstdint>

namespace scb {

// Figures as operators read them, in the current locale.
QString formatPercent(double percent);  // "87.4 %"
QString formatPower(int64_t watts);     // "412 kW", "31.2 MW"
QString formatCount(int64_t count);     // "80,000"
QString formatClock(int64_t unixMs);    // "14:03:07" local time
QString formatAge(int64_t ageMs);       // "3 s ago", "12 min ago"
QString formatDateTime(int64_t unixMs); // "2026-11-26 14:03:07" local time
// A chip's ChipState bits in words: "online, throttled"; "no data" for kNoData.
QString chipStateText(int32_t state);
// A stored chip event in words: "XID 79", "double-bit ECC error", "offline".
QString chipEventText(int kind, uint32_t code);
// What an operator should do about it (empty where nothing needs doing).
QString chipEventAction(int kind, uint32_t code);

} // namespace scb
