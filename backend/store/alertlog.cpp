#include "store/alertlog.h"

#include "store/querywindow.h"

#include <sqlite3.h>

#include <algorithm>

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

Status AlertLog::prepare()
{
    const std::string columns = kAlertColumns;
    return prepareAll(
        m_connection.db,
        {
            {&m_findOpen,
             "SELECT " + columns +
                 " FROM alert_log WHERE kind = ?1 AND chip = ?2 AND node = ?3 AND "
                 "code = ?4 AND cleared_ms = 0 ORDER BY id DESC LIMIT 1",
             "alert log"},
            {&m_insert,
             "INSERT INTO alert_log(kind, severity, center, node, chip, code, since_ms, "
             "raised_ms, escalated_ms, value, peak, seen_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, "
             "?8, ?9, ?10, ?10, ?8)",
             "alert log"},
            {&m_reopen,
             "UPDATE alert_log SET severity = max(severity, ?2), value = ?3, "
             "peak = max(peak, ?3), seen_ms = ?4 WHERE id = ?1",
             "alert log"},
            {&m_closeStale,
             "UPDATE alert_log SET cleared_ms = max(?2, 1) WHERE cleared_ms = 0 AND seen_ms < ?1",
             "alert log"},
            {&m_escalate,
             "UPDATE alert_log SET severity = max(severity, ?2), escalated_ms = ?3, value = ?4, "
             "peak = max(peak, ?4) WHERE id = ?1",
             "alert log"},
            {&m_clear,
             "UPDATE alert_log SET cleared_ms = ?2, peak = max(peak, ?3) "
             "WHERE id = ?1 AND cleared_ms = 0",
             "alert log"},
            {&m_acknowledge,
             "UPDATE alert_log SET ack_by = ?2, ack_note = ?3, ack_ms = ?4 "
             "WHERE id = ?1 AND ack_ms = 0",
             "alert log"},
            {&m_query,
             "SELECT " + columns +
                 " FROM alert_log WHERE raised_ms BETWEEN ?1 AND ?2 "
                 "ORDER BY raised_ms DESC, id DESC LIMIT ?3",
             "alert log"},
        });
}

Result<AlertRecord> AlertLog::recordRaised(const AlertRecord &alert)
{
    const std::string what = "record an alert";
    if (Status s = m_connection.refuseIfReadOnly(what); !s.ok())
        return s;
    auto open = findOpen(alert, what);
    if (!open.ok())
        return open.status();
    if (*open)
        return takeOver(**open, alert, what);
    return insert(alert, what);
}

Result<std::optional<AlertRecord>> AlertLog::findOpen(const AlertRecord &alert,
                                                      const std::string &what)
{
    StatementUse use(m_findOpen);
    use.bind(1, int64_t{alert.kind});
    use.bind(2, int64_t{alert.chip});
    use.bind(3, int64_t{alert.node});
    use.bind(4, int64_t{alert.code});
    const int rc = use.step();
    if (rc == SQLITE_ROW)
        return std::optional<AlertRecord>(readAlert(use));
    if (rc != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return std::optional<AlertRecord>();
}

Result<AlertRecord>
AlertLog::takeOver(AlertRecord open, const AlertRecord &alert, const std::string &what)
{
    // The same condition, still open when the app stopped: carry on in that
    // row (its onset and acknowledgement stand).
    StatementUse use(m_reopen);
    use.bind(1, open.id);
    use.bind(2, int64_t{alert.severity});
    use.bindReal(3, alert.value);
    use.bind(4, alert.raisedMs);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    open.severity = std::max(open.severity, alert.severity);
    open.value = alert.value;
    open.peak = std::max(open.peak, alert.value);
    return open;
}

Result<AlertRecord> AlertLog::insert(const AlertRecord &alert, const std::string &what)
{
    StatementUse use(m_insert);
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
        return sqliteError(m_connection.db, what);
    AlertRecord stored = alert;
    stored.id = sqlite3_last_insert_rowid(m_connection.db);
    stored.peak = alert.value;
    stored.clearedMs = 0;
    stored.ackBy.clear();
    stored.ackNote.clear();
    stored.ackMs = 0;
    return stored;
}

Status AlertLog::closeStale(int64_t seenBeforeMs, int64_t clearedMs)
{
    const std::string what = "close stale alerts";
    if (Status s = m_connection.refuseIfReadOnly(what); !s.ok())
        return s;
    StatementUse use(m_closeStale);
    use.bind(1, seenBeforeMs);
    use.bind(2, clearedMs);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return {};
}

Status AlertLog::recordEscalated(int64_t id, int severity, int64_t escalatedMs, double value)
{
    const std::string what = "record an alert's escalation";
    if (Status s = m_connection.refuseIfReadOnly(what); !s.ok())
        return s;
    StatementUse use(m_escalate);
    use.bind(1, id);
    use.bind(2, int64_t{severity});
    use.bind(3, escalatedMs);
    use.bindReal(4, value);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return {};
}

Status AlertLog::recordCleared(int64_t id, int64_t clearedMs, double peak)
{
    const std::string what = "record an alert's clearing";
    if (Status s = m_connection.refuseIfReadOnly(what); !s.ok())
        return s;
    StatementUse use(m_clear);
    use.bind(1, id);
    use.bind(2, std::max<int64_t>(clearedMs, 1));
    use.bindReal(3, peak);
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return {};
}

Status AlertLog::recordAcknowledged(int64_t id,
                                    const std::string &who,
                                    const std::string &note,
                                    int64_t ackMs)
{
    const std::string what = "record an acknowledgement";
    if (Status s = m_connection.refuseIfReadOnly(what); !s.ok())
        return s;
    StatementUse use(m_acknowledge);
    use.bind(1, id);
    use.bindText(2, who);
    use.bindText(3, note);
    use.bind(4, std::max<int64_t>(ackMs, 1));
    if (use.step() != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    if (sqlite3_changes(m_connection.db) == 0)
        return Status::error(what + ": alert " + std::to_string(id) +
                             " is unknown or already acknowledged");
    return {};
}

Result<std::vector<AlertRecord>> AlertLog::query(int64_t fromMs, int64_t toMs, size_t maxAlerts)
{
    const std::string what = "query alerts " + rangeText(fromMs, toMs);
    if (fromMs > toMs)
        return Status::error(what + ": the range ends before it starts");
    StatementUse use(m_query);
    use.bind(1, fromMs);
    use.bind(2, toMs);
    use.bind(3, static_cast<int64_t>(std::min<size_t>(maxAlerts, 1'000'000)));
    std::vector<AlertRecord> out;
    int rc;
    while ((rc = use.step()) == SQLITE_ROW)
        out.push_back(readAlert(use));
    if (rc != SQLITE_DONE)
        return sqliteError(m_connection.db, what);
    return out;
}

} // namespace scb
