#pragma once

#include <QString>

#include <cstdint>

namespace scb {

// Figures as operators read them, in the current locale.
QString formatPercent(double percent); // "87.4 %"
QString formatPower(int64_t watts);    // "412 kW", "31.2 MW"
QString formatCount(int64_t count);    // "80,000"
QString formatClock(int64_t unixMs);   // "14:03:07" local time
QString formatAge(int64_t ageMs);      // "3 s ago", "12 min ago"

} // namespace scb
