#include "alerts/alertengine.h"

#include "core/metrics.h"

#include <algorithm>

namespace scb {

namespace {

// m_busy bits.
constexpr uint8_t kPending = 1;      // a run in progress or an open alert
constexpr uint8_t kOfflineEvent = 2; // in this tick
constexpr uint8_t kOnlineEvent = 4;
constexpr uint8_t kEccEvent = 8;

// Ticks of one inventory epoch come in ascending order, so now >= since;
// unsigned arithmetic keeps even absurd timestamps from overflowing.
uint64_t elapsedMs(int64_t now, int64_t since)
{
    return uint64_t(now) - uint64_t(since);
}

bool reached(int64_t now, int64_t since, int64_t forMs)
{
    return elapsedMs(now, since) >= uint64_t(forMs);
}

double seconds(int64_t now, int64_t since)
{
    return double(elapsedMs(now, since)) / 1000.0;
}

uint64_t xidKey(uint32_t chip, uint32_t code)
{
    return uint64_t(chip) << 32 | code;
}

} // namespace

AlertEngine::AlertEngine()
    : m_criticalXid(m_rules.criticalXidCodes)
{
    std::sort(m_criticalXid.begin(), m_criticalXid.end());
}

AlertEngine::~AlertEngine() = default;

Status AlertEngine::setRules(const AlertRules &rules)
{
    if (Status s = rules.validate(); !s)
        return s;
    std::vector<uint32_t> critical = rules.criticalXidCodes;
    std::sort(critical.begin(), critical.end());
    std::lock_guard lock(m_mutex);
    m_rules = rules;
    m_criticalXid = std::move(critical);
    return {};
}

AlertRules AlertEngine::rules() const
{
    std::lock_guard lock(m_mutex);
    return m_rules;
}

Status AlertEngine::setInventory(const Inventory &inventory)
{
    const std::string problem = validateInventory(inventory);
    std::lock_guard lock(m_mutex);
    if (!problem.empty()) {
        resetLocked(m_lastTickMs);
        return Status::error("alerts: inventory refused: " + problem);
    }
    if (m_hasInventory && inventory.version == m_inventoryVersion &&
        inventory.chipCount() == m_chipCount && inventory.nodes.size() == m_nodes.size())
        return {};

    resetLocked(m_lastTickMs);
    const uint32_t chips = inventory.chipCount();
    m_chips.assign(chips, ChipTrack{});
    m_busy.assign(chips, 0);
    m_chipNode = InventoryIndex::build(inventory).chipNode;
    m_nodes.resize(inventory.nodes.size());
    for (size_t n = 0; n < inventory.nodes.size(); ++n) {
        const Node &node = inventory.nodes[n];
        m_nodes[n] = NodeTrack{};
        m_nodes[n].center = node.center;
        m_nodes[n].firstChip = node.firstChip;
        m_nodes[n].chipCount = node.chipCount;
    }
    m_hasInventory = true;
    m_inventoryVersion = inventory.version;
    m_chipCount = chips;
    // A new epoch: its ticks may come from another server's clock.
    m_lastTickMs = 0;
    return {};
}

void AlertEngine::resetLocked(int64_t clearedMs)
{
    for (Alert &alert : m_slots) {
        if (alert.id == 0)
            continue;
        alert.clearedMs = clearedMs;
        m_pendingCleared.push_back(std::move(alert));
        ++m_counters.alertsCleared;
    }
    m_slots.clear();
    m_freeSlots.clear();
    m_xidSlots.clear();
    m_activeCount = 0;
    m_chips.clear();
    m_busy.clear();
    m_chipNode.clear();
    m_nodes.clear();
    m_hasInventory = false;
    m_inventoryVersion = 0;
    m_chipCount = 0;
}

AlertUpdate AlertEngine::evaluate(const FleetTick &tick)
{
    std::lock_guard lock(m_mutex);
    AlertUpdate update;
    update.unixMs = tick.unixMs;
    update.cleared.swap(m_pendingCleared);

    bool matches = m_hasInventory && tick.inventoryVersion == m_inventoryVersion;
    for (const auto &column : tick.columns)
        matches = matches && column.size() == m_chipCount;
    if (!matches) {
        ++m_counters.ticksMismatched;
        return update;
    }
    if (tick.unixMs <= 0 || tick.unixMs <= m_lastTickMs) {
        ++m_counters.ticksOutOfOrder;
        return update;
    }
    const int64_t now = tick.unixMs;
    m_lastTickMs = now;
    ++m_counters.ticksEvaluated;

    if (!m_rules.xidEnabled && !m_xidSlots.empty())
        clearXidAlerts(now, update.cleared);

    for (const ChipEvent &event : tick.events) {
        if (event.chip >= m_chipCount) {
            ++m_counters.eventsIgnored;
            continue;
        }
        uint8_t &busy = m_busy[event.chip];
        switch (event.kind) {
        case EventKind::Xid:
            if (m_rules.xidEnabled)
                raiseXid(event.chip, event.code, now, update);
            break;
        case EventKind::EccDoubleBit:
            busy |= kEccEvent;
            break;
        case EventKind::Offline:
            busy = uint8_t((busy & ~kOnlineEvent) | kOfflineEvent);
            break;
        case EventKind::Online:
            busy = uint8_t((busy & ~kOfflineEvent) | kOnlineEvent);
            break;
        case EventKind::Throttle:
            break;
        default:
            ++m_counters.eventsIgnored;
            break;
        }
    }

    const int32_t *util = tick.column(Metric::Utilization).data();
    const int32_t *memory = tick.column(Metric::MemoryUsed).data();
    const int32_t *power = tick.column(Metric::Power).data();
    const int32_t *temp = tick.column(Metric::Temperature).data();
    const int32_t *state = tick.column(Metric::State).data();
    // A chip online, without fault or maintenance, below the warning
    // temperature (or without one) and with nothing pending needs nothing.
    constexpr int32_t kWatched =
        ChipState::Online | ChipState::EccError | ChipState::HealthFault | ChipState::Maintenance;
    const int32_t quietBelowC =
        m_rules.temperatureEnabled ? m_rules.tempWarnC : std::numeric_limits<int32_t>::max();
    const uint8_t *busy = m_busy.data();

    for (uint32_t n = 0; n < m_nodes.size(); ++n) {
        const NodeTrack &node = m_nodes[n];
        const uint32_t end = node.firstChip + node.chipCount;
        bool anyData = false;
        for (uint32_t chip = node.firstChip; chip < end; ++chip) {
            const int32_t s = state[chip];
            const int32_t t = temp[chip];
            if (busy[chip] == 0 && uint32_t(s) <= uint32_t(ChipState::AllBits) &&
                (s & kWatched) == ChipState::Online && t < quietBelowC) {
                anyData = true;
                continue;
            }
            anyData = anyData || s != kNoData || t != kNoData || util[chip] != kNoData ||
                      memory[chip] != kNoData || power[chip] != kNoData;
            evaluateChip(chip, n, s, t, now, update);
        }
        if (!anyData || node.silentSinceMs != kNever || node.slot != kNoSlot)
            evaluateNode(n, !anyData, now, update);
    }
    return update;
}

void AlertEngine::evaluateChip(
    uint32_t chip, uint32_t node, int32_t state, int32_t temp, int64_t now, AlertUpdate &update)
{
    ChipTrack &t = m_chips[chip];
    const uint8_t events = m_busy[chip];
    const bool stateKnown = state >= 0 && state <= ChipState::AllBits;
    const MetricLimits tempLimits = metricLimits(Metric::Temperature);
    const bool tempKnown = temp >= tempLimits.min && temp <= tempLimits.max;
    const bool maintenance = stateKnown && (state & ChipState::Maintenance);

    if (maintenance || !m_rules.temperatureEnabled) {
        t.hotSinceMs = t.coolSinceMs = kNever;
        clear(t.tempSlot, now, update.cleared);
    } else if (tempKnown) {
        evaluateTemperature(t, chip, node, temp, now, update);
    }

    if (maintenance || !m_rules.offlineEnabled) {
        t.offlineSinceMs = kNever;
        clear(t.offlineSlot, now, update.cleared);
    } else {
        // The state says it best; an event speaks only for a chip without one,
        // and without either an outage in progress goes on.
        bool offline = false;
        bool online = false;
        if (stateKnown) {
            online = (state & ChipState::Online) != 0;
            offline = !online;
        } else if (events & kOfflineEvent) {
            offline = true;
        } else if (events & kOnlineEvent) {
            online = true;
        } else {
            offline = t.offlineSinceMs != kNever;
        }
        if (offline) {
            if (t.offlineSinceMs == kNever)
                t.offlineSinceMs = now;
            const double away = seconds(now, t.offlineSinceMs);
            if (t.offlineSlot != kNoSlot) {
                track(t.offlineSlot, away, now);
            } else if (reached(now, t.offlineSinceMs, m_rules.offlineForMs)) {
                t.offlineSlot = raise({AlertKind::Offline, Severity::Warning, chip, node,
                                       t.offlineSinceMs, away, 0, 0},
                                      now, update);
            }
        } else if (online) {
            t.offlineSinceMs = kNever;
            clear(t.offlineSlot, now, update.cleared);
        }
    }

    const bool eccEvent = (events & kEccEvent) != 0;
    if (m_rules.eccEnabled) {
        const bool seen = (stateKnown && (state & ChipState::EccError)) || eccEvent;
        evaluateFault(AlertKind::EccDoubleBit, t.eccSlot, t.eccGoneSinceMs, seen, eccEvent,
                      stateKnown, chip, node, now, update);
    } else {
        t.eccGoneSinceMs = kNever;
        clear(t.eccSlot, now, update.cleared);
    }
    if (m_rules.healthEnabled) {
        const bool seen = stateKnown && (state & ChipState::HealthFault);
        evaluateFault(AlertKind::HealthFault, t.healthSlot, t.healthGoneSinceMs, seen, false,
                      stateKnown, chip, node, now, update);
    } else {
        t.healthGoneSinceMs = kNever;
        clear(t.healthSlot, now, update.cleared);
    }

    const bool pending =
        t.hotSinceMs != kNever || t.coolSinceMs != kNever || t.offlineSinceMs != kNever ||
        t.eccGoneSinceMs != kNever || t.healthGoneSinceMs != kNever || t.tempSlot != kNoSlot ||
        t.offlineSlot != kNoSlot || t.eccSlot != kNoSlot || t.healthSlot != kNoSlot;
    m_busy[chip] = pending ? kPending : 0; // this tick's events are consumed
}

void AlertEngine::evaluateTemperature(
    ChipTrack &t, uint32_t chip, uint32_t node, int32_t temp, int64_t now, AlertUpdate &update)
{
    const AlertRules &r = m_rules;
    if (temp >= r.tempWarnC) {
        if (t.hotSinceMs == kNever)
            t.hotSinceMs = now;
    } else {
        t.hotSinceMs = kNever;
    }

    if (t.tempSlot == kNoSlot) {
        t.coolSinceMs = kNever;
        if (temp >= r.tempCritC) {
            t.tempSlot = raise({AlertKind::Temperature, Severity::Critical, chip, node,
                                t.hotSinceMs, double(temp), 0, 0},
                               now, update);
        } else if (t.hotSinceMs != kNever && reached(now, t.hotSinceMs, r.tempWarnForMs)) {
            t.tempSlot = raise({AlertKind::Temperature, Severity::Warning, chip, node, t.hotSinceMs,
                                double(temp), 0, 0},
                               now, update);
        }
        return;
    }

    Alert &a = m_slots[t.tempSlot];
    a.value = temp;
    a.peak = std::max(a.peak, double(temp));
    if (a.severity == Severity::Warning && temp >= r.tempCritC) {
        a.severity = Severity::Critical;
        a.escalatedMs = now;
        a.lastMs = now;
        update.escalated.push_back(a);
    }
    // One clearing level for both severities: a critical alert does not step
    // down to a warning, it stays until the chip is cool again.
    const int32_t clearBelowC = r.tempWarnC - r.tempHysteresisC;
    if (temp >= clearBelowC) {
        a.lastMs = now;
        t.coolSinceMs = kNever;
        return;
    }
    if (t.coolSinceMs == kNever)
        t.coolSinceMs = now;
    if (reached(now, t.coolSinceMs, r.tempClearForMs)) {
        t.coolSinceMs = kNever;
        clear(t.tempSlot, now, update.cleared);
    }
}

void AlertEngine::track(uint32_t slot, double value, int64_t now)
{
    Alert &a = m_slots[slot];
    a.value = value;
    a.peak = std::max(a.peak, value);
    a.lastMs = now;
}

void AlertEngine::evaluateFault(AlertKind kind,
                                uint32_t &slot,
                                int64_t &goneSinceMs,
                                bool seen,
                                bool event,
                                bool known,
                                uint32_t chip,
                                uint32_t node,
                                int64_t now,
                                AlertUpdate &update)
{
    if (seen) {
        goneSinceMs = kNever;
        if (slot == kNoSlot) {
            slot = raise({kind, Severity::Critical, chip, node, now, 0, 0, event ? 1u : 0u}, now,
                         update);
        } else {
            Alert &a = m_slots[slot];
            a.lastMs = now;
            a.count += event ? 1 : 0;
        }
        return;
    }
    if (slot == kNoSlot || !known)
        return;
    if (goneSinceMs == kNever)
        goneSinceMs = now;
    if (reached(now, goneSinceMs, m_rules.faultClearForMs)) {
        goneSinceMs = kNever;
        clear(slot, now, update.cleared);
    }
}

void AlertEngine::evaluateNode(uint32_t node, bool silent, int64_t now, AlertUpdate &update)
{
    NodeTrack &n = m_nodes[node];
    if (!silent || !m_rules.nodeSilentEnabled) {
        n.silentSinceMs = kNever;
        clear(n.slot, now, update.cleared);
        return;
    }
    if (n.silentSinceMs == kNever)
        n.silentSinceMs = now;
    const double quiet = seconds(now, n.silentSinceMs);
    if (n.slot != kNoSlot) {
        track(n.slot, quiet, now);
    } else if (reached(now, n.silentSinceMs, m_rules.nodeSilentForMs)) {
        n.slot = raise({AlertKind::NodeSilent, Severity::Critical, kNoChip, node, n.silentSinceMs,
                        quiet, 0, 0},
                       now, update);
    }
}

void AlertEngine::raiseXid(uint32_t chip, uint32_t code, int64_t now, AlertUpdate &update)
{
    const uint64_t key = xidKey(chip, code);
    if (const auto it = m_xidSlots.find(key); it != m_xidSlots.end()) {
        Alert &a = m_slots[it->second];
        ++a.count;
        a.lastMs = now;
        return;
    }
    const bool critical = std::binary_search(m_criticalXid.begin(), m_criticalXid.end(), code);
    const uint32_t slot = raise({AlertKind::Xid, critical ? Severity::Critical : Severity::Warning,
                                 chip, m_chipNode[chip], now, double(code), code, 1},
                                now, update);
    if (slot != kNoSlot)
        m_xidSlots.emplace(key, slot);
}

uint32_t AlertEngine::raise(const Raise &r, int64_t now, AlertUpdate &update)
{
    if (m_activeCount >= m_rules.maxActiveAlerts) {
        ++m_counters.raisesRefused;
        return kNoSlot;
    }
    uint32_t slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = uint32_t(m_slots.size());
        m_slots.emplace_back();
    }
    Alert &a = m_slots[slot];
    a.id = m_nextId++;
    a.kind = r.kind;
    a.severity = r.severity;
    a.sinceMs = r.sinceMs;
    a.raisedMs = now;
    a.escalatedMs = 0;
    a.lastMs = now;
    a.clearedMs = 0;
    a.center = m_nodes[r.node].center;
    a.node = r.node;
    a.chip = r.chip;
    a.value = r.value;
    a.peak = r.value;
    a.code = r.code;
    a.count = r.count;
    if (r.kind == AlertKind::Xid) {
        const XidInfo &info = xidInfo(r.code);
        a.actionKey = info.key;
        a.action = info.action;
    } else {
        a.actionKey = alertKindKey(r.kind);
        a.action = alertKindAction(r.kind);
    }
    a.acknowledged = false;
    a.ackBy.clear();
    a.ackNote.clear();
    a.ackMs = 0;
    ++m_activeCount;
    ++m_counters.alertsRaised;
    update.raised.push_back(a);
    return slot;
}

void AlertEngine::clear(uint32_t &slot, int64_t now, std::vector<Alert> &cleared)
{
    if (slot == kNoSlot)
        return;
    Alert &a = m_slots[slot];
    a.clearedMs = now;
    cleared.push_back(a);
    if (a.kind == AlertKind::Xid)
        m_xidSlots.erase(xidKey(a.chip, a.code));
    a.id = 0;
    m_freeSlots.push_back(slot);
    --m_activeCount;
    ++m_counters.alertsCleared;
    slot = kNoSlot;
}

void AlertEngine::clearXidAlerts(int64_t now, std::vector<Alert> &cleared)
{
    std::vector<uint32_t> slots;
    slots.reserve(m_xidSlots.size());
    for (const auto &entry : m_xidSlots)
        slots.push_back(entry.second);
    std::sort(slots.begin(), slots.end()); // report in a stable order
    for (uint32_t slot : slots)
        clear(slot, now, cleared);
}

Status AlertEngine::acknowledge(uint64_t id,
                                const std::string &who,
                                const std::string &note,
                                int64_t nowMs)
{
    if (who.empty())
        return Status::error("an acknowledgement needs the name of who gives it");
    if (who.size() > kMaxAckNameBytes)
        return Status::error("the name is longer than " + std::to_string(kMaxAckNameBytes) +
                             " bytes");
    if (note.size() > kMaxAckNoteBytes)
        return Status::error("the note is longer than " + std::to_string(kMaxAckNoteBytes) +
                             " bytes");
    std::lock_guard lock(m_mutex);
    uint32_t slot = kNoSlot;
    for (uint32_t i = 0; id != 0 && i < m_slots.size(); ++i) {
        if (m_slots[i].id == id) {
            slot = i;
            break;
        }
    }
    if (slot == kNoSlot)
        return Status::error("no open alert has id " + std::to_string(id) +
                             " (it may have cleared)");
    Alert &a = m_slots[slot];
    if (a.acknowledged)
        return Status::error("alert " + std::to_string(id) + " was already acknowledged by " +
                             a.ackBy);
    a.acknowledged = true;
    a.ackBy = who;
    a.ackNote = note;
    a.ackMs = nowMs;
    if (a.kind == AlertKind::Xid)
        clear(slot, nowMs, m_pendingCleared);
    return {};
}

std::vector<Alert> AlertEngine::activeAlerts() const
{
    std::lock_guard lock(m_mutex);
    std::vector<Alert> out;
    out.reserve(m_activeCount);
    for (const Alert &a : m_slots) {
        if (a.id != 0)
            out.push_back(a);
    }
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) { return a.id < b.id; });
    return out;
}

std::optional<Alert> AlertEngine::activeAlert(uint64_t id) const
{
    std::lock_guard lock(m_mutex);
    for (const Alert &a : m_slots) {
        if (id != 0 && a.id == id)
            return a;
    }
    return std::nullopt;
}

size_t AlertEngine::activeCount() const
{
    std::lock_guard lock(m_mutex);
    return m_activeCount;
}

AlertCounters AlertEngine::counters() const
{
    std::lock_guard lock(m_mutex);
    return m_counters;
}

} // namespace scb
