#pragma once

#include "core/status.h"

#include <cstdint>
#include <span>
#include <vector>

namespace scb {

enum class Severity : uint8_t { Warning = 1, Critical = 2 };

enum class AlertKind : uint8_t {
    Temperature = 1,  // per chip
    Xid = 2,          // per chip and XID code
    EccDoubleBit = 3, // per chip
    HealthFault = 4,  // per chip
    Offline = 5,      // per chip
    NodeSilent = 6,   // per node: no data from any of its chips
};
inline constexpr int kAlertKindCount = 6;

// The thresholds of the alert rules, editable in the settings. The defaults
// follow common practice for data-center GPUs. Every "for X ms" is measured
// between tick timestamps and holds once the duration reaches X (>=): at 1 Hz
// a condition first seen at t raises at t + X.
struct AlertRules
{
    // Temperature, per chip. A warning is raised once every valid sample has
    // been >= tempWarnC for tempWarnForMs; a critical alert as soon as one
    // sample is >= tempCritC (a warning escalates, severity never goes back
    // down). The alert clears once every valid sample has been below
    // tempWarnC - tempHysteresisC for tempClearForMs, so a value dancing
    // around the threshold neither flaps nor clears.
    bool temperatureEnabled = true;
    int32_t tempWarnC = 83;
    int64_t tempWarnForMs = 60'000;
    int32_t tempCritC = 87;
    int32_t tempHysteresisC = 3;
    int64_t tempClearForMs = 30'000;

    // XID errors, per chip and code: every new event raises an alert, critical
    // for these codes, a warning otherwise. A repeat of the same code on the
    // same chip counts on the alert that is still open. It clears when
    // acknowledged.
    bool xidEnabled = true;
    std::vector<uint32_t> criticalXidCodes{46, 48, 79};

    // Double-bit (uncorrectable) ECC errors and health faults, per chip:
    // critical at once, from the EccDoubleBit event or the EccError state bit,
    // or the HealthFault state bit; clear once the bit has been absent from
    // every valid state for faultClearForMs.
    bool eccEnabled = true;
    bool healthEnabled = true;
    int64_t faultClearForMs = 30'000;

    // A chip whose state lacks the Online bit for offlineForMs: warning;
    // clears on its first state with the Online bit. For a chip that sends no
    // state, an Offline event starts the outage and an Online event ends it.
    // Not in maintenance (see AlertEngine).
    bool offlineEnabled = true;
    int64_t offlineForMs = 60'000;

    // A node none of whose chips sent any value for nodeSilentForMs: one
    // critical alert for the node; clears on its first value.
    bool nodeSilentEnabled = true;
    int64_t nodeSilentForMs = 30'000;

    // Raises beyond this many open alerts are refused and counted: hostile or
    // broken input must not grow memory without bound.
    uint32_t maxActiveAlerts = 10'000;

    // Refuses values that make no sense, with a message naming the setting.
    Status validate() const;
    bool isCriticalXid(uint32_t code) const;
    bool operator==(const AlertRules &) const = default;
};

inline constexpr int64_t kMaxRuleDurationMs = 24LL * 3600 * 1000;
inline constexpr size_t kMaxCriticalXidCodes = 256;
inline constexpr uint32_t kMaxActiveAlertsLimit = 1'000'000;

// An XID code as NVIDIA's XID catalog describes it, with what operators
// usually do about it. The strings are stable English: the GUI translates
// them by key (or by the text itself as the translation source).
struct XidInfo
{
    uint32_t code;      // 0 for the entry of codes not in the table
    const char *key;    // "xid.79"; "xid.unknown"
    const char *title;  // what happened
    const char *action; // what to do
};

// The known codes, ascending.
std::span<const XidInfo> xidCatalog();
// The entry for a code; the "xid.unknown" entry for a code not in the table.
const XidInfo &xidInfo(uint32_t code);

const char *alertKindKey(AlertKind kind);    // "alert.temperature", …; "" if out of range
const char *alertKindTitle(AlertKind kind);  // "Temperature", …
const char *alertKindAction(AlertKind kind); // recommended action (for XID: the generic one)
const char *severityKey(Severity severity);  // "warning", "critical"

} // namespace scb
