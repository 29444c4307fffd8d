// The alert history (schema 4, table alert_log): what the alert engine
// raised, escalated and cleared, and who acknowledged it.

#include "store/historystore_p.h"

#include <sqlite3.h>

#include <optional>

namespace scb {

namespace {

constexpr const char *kAlertColumns =
    "id, kind, severity, center, node, chip, code, since_ms, raised_ms, escalated_ms, "
    "cleared_ms, value, peak, ack_by, ack_note, ack_ms";

AlertRecord readAlert(StatementUse &use)
{
    AlertRecord a;
    a.id = use.int64(0);
    a.kind = static_cast<int>(use.int64(1));
    a.severity = static_cast<int>(use.int64(2));
    a.center = static_cast<uint32_t>(use.int64(3));
    a.node = static_cast<uint32_t>(use.int64(4));
    a.chip = static_cast<uint32_t>(use.int64(5));
    a.code = static_cast<uint32_t>(use.int64(6));
    a.sinceMs = use.int64(7);
    a.raisedMs = use.int64(8);
    a.escalatedMs = use.int64(9);
    a.clearedMs = use.int64(10);
    a.value = use.real(11);
    a.peak = use.real(12);
    a.ackBy = std::string(use.blob(13));
    a.ackNote = std::string(use.blob(14));
    a.ackMs = use.int64(15);
    return a;
}

} // namespace

Status HistoryStore::prepareAlertStatements()
{
    Statements &s = *m_stmts;
    const std::string columns = kAlertColumns;
    struct Item
    {
        SqliteStatement *statement;
        std::string sql;
    };
    const Item items[] = {
        {&s.alertFindOpen, "SELECT " + columns +
                               " FROM alert_log WHERE kind = ?1 AND chip = ?2 AND node = ?3 AND "
                               "code = ?4 AND cleared_ms = 0 ORDER BY id DESC LIMIT 1"},
        {&s.alertInsert,
         "INSERT INTO alert_log(kind, severity, center, node, chip, code, since_ms, raised_ms, "
         "escalated_ms, value, peak, seen_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, "
         "?8)"},
        {&s.alertReopen, "UPDATE alert_log SET severity = max(severity, ?2), value = ?3, "
                         "peak = max(peak, ?3), seen_ms = ?4 WHERE id = ?1"},
        {&s.alertCloseStale, "UPDATE alert_log SET cleared_ms = max(?2, 1) "
                             "WHERE cleared_ms = 0 AND seen_ms < ?1"},
        {&s.alertEscalate,
         "UPDATE alert_log SET severity = max(severity, ?2), escalated_ms = ?3, value = ?4, "
         "peak = max(peak, ?4) WHERE id = ?1"},
        {&s.alertClear, "UPDATE alert_log SET cleared_ms = ?2, peak = max(peak, ?3) "
                        "WHERE id = ?1 AND cleared_ms = 0"},
        {&s.alertAcknowledge, "UPDATE alert_log SET ack_by = ?2, ack_note = ?3, ack_ms = ?4 "
                              "WHERE id = ?1 AND ack_ms = 0"},
        {&s.alertQuery, "SELECT " + columns +
                            " FROM alert_log WHERE raised_ms BETWEEN ?1 AND ?2 "
                            "ORDER BY raised_ms DESC, id DESC LIMIT ?3"},
        {&s.alertDeleteCleared, "DELETE FROM alert_log WHERE cleared_ms > 0 AND cleared_ms < ?1"},
    };
    for (const Item &item : items) {
        if (Status status = item.statement->prepare(m_db, item.sql, "alert log"); !status.ok())
            return status;
    }
    return {};
}

Result<AlertRecord> HistoryStore::recordAlertRaised(const AlertRecord &alert)
{
    const std::string what = "record an alert";
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    Statements &s = *m_stmts;
    std::optional<AlertRecord> open;
    {
        StatementUse use(s.alertFindOpen);
        use.bind(1, int64_t{alert.kind});
        use.bind(2, int64_t{alert.chip});
        use.bind(3, int64_t{alert.node});
        use.bind(4, int64_t{alert.code});
        const int rc = use.step();
        if (rc == SQLITE_ROW)
            open = readAlert(use);
        else if (rc != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    if (open) {
        // The same condition, still open when the app stopped: carry on in
        // that row (its onset and acknowledgement stand).
        StatementUse use(s.alertReopen);
        use.bind(1, open->id);
        use.bind(2, int64_t{alert.severity});
        use.bindReal(3, alert.value);
        use.bind(4, alert.raisedMs);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
        open->severity = std::max(open->severity, alert.severity);
        open->value = alert.value;
        open->peak = std::max(open->peak, alert.value);
        return *open;
    }
    StatementUse use(s.alertInsert);
    use.bind(1, int64_t{alert.kind});
    use.bind(2, int64_t{alert.severity});
    use.bind(3, int64_t{alert.center});
    use.bind(4, int64_t{alert.node});
    use.bind(5, int64_t{alert.chip});
    use.bind(6, int64_t{alert.code});
    use.bind(7, alert.sinceMs);
    use.bind(8, alert.raisedMs);
    use.bind(9, alert.escalatedMs);
    use.bindReal(10, alert.value);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_db, what);
    AlertRecord stored = alert;
    stored.id = sqlite3_last_insert_rowid(m_db);
    stored.peak = alert.value;
    stored.clearedMs = 0;
    stored.ackBy.clear();
    stored.ackNote.clear();
    stored.ackMs = 0;
    return stored;
}

Status HistoryStore::closeStaleAlerts(int64_t seenBeforeMs, int64_t clearedMs)
{
    const std::string what = "close stale alerts";
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    StatementUse use(m_stmts->alertCloseStale);
    use.bind(1, seenBeforeMs);
    use.bind(2, clearedMs);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_db, what);
    return {};
}

Status
HistoryStore::recordAlertEscalated(int64_t id, int severity, int64_t escalatedMs, double value)
{
    const std::string what = "record an alert's escalation";
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    StatementUse use(m_stmts->alertEscalate);
    use.bind(1, id);
    use.bind(2, int64_t{severity});
    use.bind(3, escalatedMs);
    use.bindReal(4, value);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_db, what);
    return {};
}

Status HistoryStore::recordAlertCleared(int64_t id, int64_t clearedMs, double peak)
{
    const std::string what = "record an alert's clearing";
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    StatementUse use(m_stmts->alertClear);
    use.bind(1, id);
    use.bind(2, std::max<int64_t>(clearedMs, 1));
    use.bindReal(3, peak);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_db, what);
    return {};
}

Status HistoryStore::recordAlertAcknowledged(int64_t id,
                                             const std::string &who,
                                             const std::string &note,
                                             int64_t ackMs)
{
    const std::string what = "record an acknowledgement";
    if (m_readOnly)
        return Status::error(what + ": the history is open read-only");
    StatementUse use(m_stmts->alertAcknowledge);
    use.bind(1, id);
    use.bindText(2, who);
    use.bindText(3, note);
    use.bind(4, std::max<int64_t>(ackMs, 1));
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_db, what);
    if (sqlite3_changes(m_db) == 0)
        return Status::error(what + ": alert " + std::to_string(id) +
                             " is unknown or already acknowledged");
    return {};
}

Result<std::vector<AlertRecord>>
HistoryStore::queryAlerts(int64_t fromMs, int64_t toMs, size_t maxAlerts)
{
    const std::string what = "query alerts " + rangeText(fromMs, toMs);
    if (fromMs > toMs)
        return Status::error(what + ": the range ends before it starts");
    StatementUse use(m_stmts->alertQuery);
    use.bind(1, fromMs);
    use.bind(2, toMs);
    use.bind(3, static_cast<int64_t>(std::min<size_t>(maxAlerts, 1'000'000)));
    std::vector<AlertRecord> out;
    int rc;
    while ((rc = use.step()) == SQLITE_ROW)
        out.push_back(readAlert(use));
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, what);
    return out;
}

} // namespace scb
