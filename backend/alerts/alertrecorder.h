#pragma once

#include "alerts/alertengine.h"
#include "core/fleettick.h"
#include "core/inventory.h"
#include "core/status.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace scb {

class HistoryStore;

// The alert log's recorder: evaluates the alert rules on each tick (it owns
// the AlertEngine) and keeps the store's alert log in step with what they
// raise, escalate, clear and what operators acknowledge.
//
// Alerts open when the app last stopped may come back in the first minutes
// of a run (most rules need 30-60 s to raise): they take their old rows
// over, acknowledgement included. The rest are closed at the last tick
// stored then; all of them at once after a long stop.
//
// Threads: one thread (the ingest pipeline's) calls everything but
// activeAlerts(), which any thread may call (the engine locks). The store is
// the caller's; it must outlive the recorder and not be used by another
// thread while a call runs.
class AlertRecorder
{
public:
    // store may be null: alerts are evaluated and acknowledged, not kept.
    explicit AlertRecorder(HistoryStore *store);
    AlertRecorder(const AlertRecorder &) = delete;
    AlertRecorder &operator=(const AlertRecorder &) = delete;

    // Refuses rules that fail validate() and keeps the current ones.
    Status setRules(const AlertRules &rules);
    // See AlertEngine::setInventory().
    Status setInventory(const Inventory &inventory);

    struct TickOutcome
    {
        bool changed = false; // alerts raised, escalated or cleared
        // The alert log's writes that failed; evaluation went on regardless.
        std::vector<std::string> errors;
    };
    TickOutcome evaluate(const FleetTick &tick);

    // Acknowledges an active alert and keeps the acknowledgement in the log
    // (writing the alert's row first if it could not be written when raised).
    Status
    acknowledge(uint64_t alertId, const std::string &who, const std::string &note, int64_t nowMs);

    std::vector<Alert> activeAlerts() const { return m_engine.activeAlerts(); }

private:
    // Closes the previous run's open rows that no alert took over.
    void closeStaleAlerts(int64_t tickMs, TickOutcome &outcome);

    HistoryStore *m_store;
    AlertEngine m_engine;
    std::unordered_map<uint64_t, int64_t> m_rows; // engine id -> alert_log id
    int64_t m_sessionStartMs = 0;                 // the first tick evaluated
    int64_t m_previousLastTickMs = 0;             // the store's newest tick before it
    bool m_staleClosed = false;
};

} // namespace scb
