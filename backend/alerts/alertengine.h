#pragma once

#include "alerts/alertrules.h"
#include "core/fleettick.h"
#include "core/inventory.h"
#include "core/status.h"

#include <cstdint>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace scb {

inline constexpr uint32_t kNoChip = std::numeric_limits<uint32_t>::max();

struct Alert
{
    uint64_t id = 0; // unique for the engine's life, ascending in raise order
    AlertKind kind = AlertKind::Temperature;
    Severity severity = Severity::Warning;
    int64_t sinceMs = 0;     // onset: the first tick of the condition (the event for XID)
    int64_t raisedMs = 0;    // the tick that raised the alert
    int64_t escalatedMs = 0; // warning -> critical; 0 if not escalated
    int64_t lastMs = 0;      // the last tick the condition was seen
    int64_t clearedMs = 0;   // 0 while active
    uint32_t center = 0;
    uint32_t node = 0;
    uint32_t chip = kNoChip; // kNoChip for node alerts
    // Temperature: the latest °C. Offline, NodeSilent: seconds since the onset.
    // Xid: the code. EccDoubleBit, HealthFault: 0.
    double value = 0;
    double peak = 0;            // the largest value while active
    uint32_t code = 0;          // XID code; 0 for other kinds
    uint32_t count = 0;         // Xid: occurrences of the code; EccDoubleBit: events seen; else 0
    const char *actionKey = ""; // "xid.79", "alert.temperature", …
    const char *action = "";    // stable English, see XidInfo and alertKindAction()
    bool acknowledged = false;
    std::string ackBy;
    std::string ackNote;
    int64_t ackMs = 0;
};

// What one evaluate() changed. Alerts are copies taken at the change.
struct AlertUpdate
{
    int64_t unixMs = 0;
    std::vector<Alert> raised;
    std::vector<Alert> escalated; // warning -> critical
    // Alerts that ended since the previous evaluate(): conditions gone, XID
    // alerts acknowledged, alerts dropped by an inventory change or a rule
    // switched off.
    std::vector<Alert> cleared;
    bool empty() const { return raised.empty() && escalated.empty() && cleared.empty(); }
};

struct AlertCounters
{
    uint64_t ticksEvaluated = 0;
    uint64_t ticksMismatched = 0; // no inventory, another version, or wrong column sizes
    uint64_t ticksOutOfOrder = 0; // unixMs not after the previous tick's (or <= 0)
    uint64_t eventsIgnored = 0;   // chip index out of range or unknown kind
    uint64_t alertsRaised = 0;
    uint64_t alertsCleared = 0;
    uint64_t raisesRefused = 0; // the open set was full (a condition is retried each tick)
};

// Evaluates the alert rules on each fleet tick and keeps the open alerts.
//
// Threads: evaluate() runs on one worker thread, once per tick; the other
// functions may be called from any thread. One mutex guards all state, and
// evaluate() holds it for the whole tick, so a reader may wait that long
// (well under a millisecond per 100,000 chips).
//
// Cost: evaluate() reads the columns once. A chip that is online, cool and
// has nothing pending costs a few compares; memory is allocated only when an
// alert is raised, cleared or reported, never per chip in the steady state.
//
// Input is not trusted: a tick for another inventory version or with columns
// of the wrong size is ignored, as is one not later than the previous tick
// (replays are history, not news); events naming a chip out of range are
// ignored; values outside the plausible range of their metric count as
// missing. All of it is counted.
//
// Missing data (kNoData) changes nothing: runs in progress ("hot since",
// "cool since", "offline since", …) are neither reset nor ended by it, and
// since durations are measured between tick timestamps, a gap without data
// counts toward the run it interrupted (the chip is taken to have stayed as
// last seen). An open alert stays open while its chip sends no data.
//
// Maintenance (the Maintenance state bit): no temperature or offline alerts;
// those open when the chip enters maintenance clear at once.
class AlertEngine
{
public:
    AlertEngine();
    ~AlertEngine();
    AlertEngine(const AlertEngine &) = delete;
    AlertEngine &operator=(const AlertEngine &) = delete;

    // Refuses rules that fail validate() and keeps the current ones. New
    // thresholds apply from the next tick; open alerts keep their severity;
    // alerts of a rule switched off clear on the next tick.
    Status setRules(const AlertRules &rules);
    AlertRules rules() const;

    // Maps chips to nodes and centers. Same version and shape as the current
    // one: nothing changes. Otherwise all state is reset: open alerts are
    // reported as cleared by the next evaluate(). An invalid inventory is
    // refused and leaves the engine without one (every tick is ignored).
    Status setInventory(const Inventory &inventory);

    AlertUpdate evaluate(const FleetTick &tick);

    // Marks an open alert acknowledged. An XID alert clears with it (reported
    // by the next evaluate()); any other stays open until its condition ends.
    // Refused: unknown or already cleared id, already acknowledged, empty or
    // over-long name, over-long note.
    Status acknowledge(uint64_t id, const std::string &who, const std::string &note, int64_t nowMs);

    std::vector<Alert> activeAlerts() const; // ascending id
    std::optional<Alert> activeAlert(uint64_t id) const;
    size_t activeCount() const;
    AlertCounters counters() const;

    static constexpr size_t kMaxAckNameBytes = 256;
    static constexpr size_t kMaxAckNoteBytes = 4096;

private:
    static constexpr uint32_t kNoSlot = std::numeric_limits<uint32_t>::max();
    static constexpr int64_t kNever = std::numeric_limits<int64_t>::min();

    // Per chip, touched only for chips with something pending.
    struct ChipTrack
    {
        int64_t hotSinceMs = kNever;  // valid samples >= tempWarnC since
        int64_t coolSinceMs = kNever; // valid samples below the clearing level since (alert open)
        int64_t offlineSinceMs = kNever;
        int64_t eccGoneSinceMs = kNever;    // EccError absent since (alert open)
        int64_t healthGoneSinceMs = kNever; // HealthFault absent since (alert open)
        uint32_t tempSlot = kNoSlot;
        uint32_t offlineSlot = kNoSlot;
        uint32_t eccSlot = kNoSlot;
        uint32_t healthSlot = kNoSlot;
    };
    struct NodeTrack
    {
        int64_t silentSinceMs = kNever;
        uint32_t slot = kNoSlot;
        uint32_t center = 0;
        uint32_t firstChip = 0;
        uint32_t chipCount = 0;
    };

    void resetLocked(int64_t clearedMs);
    void evaluateChip(uint32_t chip,
                      uint32_t node,
                      int32_t state,
                      int32_t temp,
                      int64_t now,
                      AlertUpdate &update);
    void evaluateTemperature(
        ChipTrack &t, uint32_t chip, uint32_t node, int32_t temp, int64_t now, AlertUpdate &update);
    void evaluateFault(AlertKind kind,
                       uint32_t &slot,
                       int64_t &goneSinceMs,
                       bool seen,
                       bool event,
                       bool known,
                       uint32_t chip,
                       uint32_t node,
                       int64_t now,
                       AlertUpdate &update);
    void evaluateNode(uint32_t node, bool silent, int64_t now, AlertUpdate &update);
    void raiseXid(uint32_t chip, uint32_t code, int64_t now, AlertUpdate &update);
    struct Raise
    {
        AlertKind kind;
        Severity severity;
        uint32_t chip;
        uint32_t node;
        int64_t sinceMs;
        double value;
        uint32_t code;
        uint32_t count;
    };
    uint32_t raise(const Raise &r, int64_t now, AlertUpdate &update); // the slot, or kNoSlot
    void clear(uint32_t &slot, int64_t now, std::vector<Alert> &cleared);
    // An open alert whose condition holds on: its value now, peak and last seen.
    void track(uint32_t slot, double value, int64_t now);
    void clearXidAlerts(int64_t now, std::vector<Alert> &cleared);

    mutable std::mutex m_mutex; // guards everything below
    AlertRules m_rules;
    std::vector<uint32_t> m_criticalXid; // sorted copy of m_rules.criticalXidCodes
    AlertCounters m_counters;

    bool m_hasInventory = false;
    uint64_t m_inventoryVersion = 0;
    uint32_t m_chipCount = 0;
    std::vector<ChipTrack> m_chips;
    // Per chip: nonzero when the chip has something pending or an event in
    // this tick, so the fast path needs no look at m_chips.
    std::vector<uint8_t> m_busy;
    std::vector<uint32_t> m_chipNode;
    std::vector<NodeTrack> m_nodes;
    int64_t m_lastTickMs = 0;

    // Open alerts live in slots, reused after they clear (their strings keep
    // their capacity); an empty slot has id 0.
    std::vector<Alert> m_slots;
    std::vector<uint32_t> m_freeSlots;
    size_t m_activeCount = 0;
    std::unordered_map<uint64_t, uint32_t> m_xidSlots; // chip << 32 | code -> slot
    uint64_t m_nextId = 1;
    std::vector<Alert> m_pendingCleared; // for the next evaluate()
};

} // namespace scb
