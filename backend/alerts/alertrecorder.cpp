#include "alerts/alertrecorder.h"

#include "store/historystore.h"

#include <algorithm>

namespace scb {

namespace {

// How long after a start an alert may take over the open row it had before
// the stop, and the longest stop after which it still may.
constexpr int64_t kAlertTakeoverMs = 5 * 60'000;

// The store's form of an alert.
AlertRecord recordOf(const Alert &a)
{
    AlertRecord r;
    r.kind = static_cast<int>(a.kind);
    r.severity = static_cast<int>(a.severity);
    r.center = a.center;
    r.node = a.node;
    r.chip = a.chip;
    r.code = a.code;
    r.sinceMs = a.sinceMs;
    r.raisedMs = a.raisedMs;
    r.escalatedMs = a.escalatedMs;
    r.value = a.value;
    return r;
}

} // namespace

AlertRecorder::AlertRecorder(HistoryStore *store)
    : m_store(store)
{
}

Status AlertRecorder::setRules(const AlertRules &rules)
{
    return m_engine.setRules(rules);
}

Status AlertRecorder::setInventory(const Inventory &inventory)
{
    return m_engine.setInventory(inventory);
}

void AlertRecorder::closeStaleAlerts(int64_t tickMs, TickOutcome &outcome)
{
    if (!m_store || m_staleClosed)
        return;
    Status closed;
    if (m_sessionStartMs == 0) {
        m_sessionStartMs = tickMs;
        m_previousLastTickMs = m_store->lastTickMs();
        if (m_previousLastTickMs != 0 && tickMs - m_previousLastTickMs <= kAlertTakeoverMs)
            return; // a short stop: wait for the alerts to come back
        closed = m_store->closeStaleAlerts(tickMs, std::max<int64_t>(m_previousLastTickMs, 1));
    } else if (tickMs - m_sessionStartMs > kAlertTakeoverMs) {
        closed = m_store->closeStaleAlerts(m_sessionStartMs, m_previousLastTickMs);
    } else {
        return;
    }
    if (!closed.ok())
        outcome.errors.push_back(closed.message());
    m_staleClosed = true;
}

AlertRecorder::TickOutcome AlertRecorder::evaluate(const FleetTick &tick)
{
    TickOutcome outcome;
    closeStaleAlerts(tick.unixMs, outcome);
    const AlertUpdate update = m_engine.evaluate(tick);
    if (update.empty())
        return outcome;
    outcome.changed = true;
    if (!m_store)
        return outcome;
    for (const Alert &a : update.raised) {
        auto stored = m_store->recordAlertRaised(recordOf(a));
        if (!stored.ok()) {
            outcome.errors.push_back(stored.error());
            continue;
        }
        m_rows[a.id] = stored->id;
        // Acknowledged before a restart: it stays acknowledged.
        if (stored->ackMs > 0)
            (void)m_engine.acknowledge(a.id, stored->ackBy, stored->ackNote, stored->ackMs);
    }
    for (const Alert &a : update.escalated) {
        if (auto row = m_rows.find(a.id); row != m_rows.end()) {
            if (Status s = m_store->recordAlertEscalated(row->second, int(a.severity),
                                                         a.escalatedMs, a.value);
                !s.ok())
                outcome.errors.push_back(s.message());
        }
    }
    for (const Alert &a : update.cleared) {
        if (auto row = m_rows.find(a.id); row != m_rows.end()) {
            if (Status s = m_store->recordAlertCleared(row->second, a.clearedMs, a.peak); !s.ok())
                outcome.errors.push_back(s.message());
            m_rows.erase(row);
        }
    }
    return outcome;
}

Status AlertRecorder::acknowledge(uint64_t alertId,
                                  const std::string &who,
                                  const std::string &note,
                                  int64_t nowMs)
{
    // Taken before: acknowledging an XID alert ends it.
    const std::optional<Alert> alert = m_engine.activeAlert(alertId);
    Status status = m_engine.acknowledge(alertId, who, note, nowMs);
    if (!status.ok() || !m_store)
        return status;
    auto row = m_rows.find(alertId);
    if (row == m_rows.end()) {
        // Its row could not be written when it was raised: write it now, so
        // that the acknowledgement is kept.
        if (!alert)
            return status;
        auto stored = m_store->recordAlertRaised(recordOf(*alert));
        if (!stored.ok())
            return stored.status();
        row = m_rows.emplace(alertId, stored->id).first;
    }
    return m_store->recordAlertAcknowledged(row->second, who, note, nowMs);
}

} // namespace scb
