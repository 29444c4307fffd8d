#pragma once

#include "alerts/alertengine.h"
#include "core/inventory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

class QSystemTrayIcon;
class QTimer;

namespace scb {

class AlertListModel;

// Decides which critical alerts to announce, and when: the part of the
// desktop notification that needs no desktop. Time is whatever monotonic
// clock the caller passes (milliseconds); nothing here reads a clock.
//
// New: a critical alert not seen critical before (a new id, or a warning that
// escalated) and not acknowledged. At most one notice per interval; critical
// alerts raised in between wait and are announced together ("3 new critical
// alerts") once the interval has passed, unless they all cleared meanwhile.
class CriticalAlertNotices
{
    Q_DECLARE_TR_FUNCTIONS(scb::CriticalAlertNotices)
public:
    static constexpr int64_t kIntervalMs = 30'000;

    struct Notice
    {
        int count = 0; // new critical alerts announced
        QString title;
        QString message;
    };

    CriticalAlertNotices();
    ~CriticalAlertNotices();
    CriticalAlertNotices(const CriticalAlertNotices &) = delete;
    CriticalAlertNotices &operator=(const CriticalAlertNotices &) = delete;

    // Names centers and nodes in the message.
    void setInventory(std::shared_ptr<const Inventory> inventory);

    // The active alerts now (ascending id, as the engine gives them). Returns
    // the notice to show now, if any.
    std::optional<Notice> update(const std::vector<Alert> &alerts, int64_t nowMs);
    // The waiting alerts' notice, once the interval since the last notice has passed.
    std::optional<Notice> poll(int64_t nowMs);
    // Takes the active alerts as known without announcing any (notifications
    // were off): nothing waits afterwards.
    void markSeen(const std::vector<Alert> &alerts);

    // When the waiting alerts may be announced; nullopt if none wait.
    std::optional<int64_t> nextNoticeMs() const;
    int waitingCount() const { return int(m_waiting.size()); }
    // "SCB Dashboard: 12 active alerts, 3 critical" for the tray icon.
    QString toolTip() const;

private:
    Notice makeNotice() const;

    std::unique_ptr<AlertListModel> m_texts; // names places as the alert list does
    std::vector<Alert> m_active;             // the last list, ascending id
    std::unordered_set<uint64_t> m_seenCritical;
    std::vector<uint64_t> m_waiting; // ascending id
    std::optional<int64_t> m_lastNoticeMs;
    int m_criticalCount = 0;
};

// The tray icon: shown while enabled and the desktop has a system tray, with
// the active alert count in its tooltip, announcing new critical alerts (see
// CriticalAlertNotices). A click on the icon or a message emits activated().
// Without a system tray it shows nothing and says so once in the log.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setInventory(std::shared_ptr<const Inventory> inventory);
    void setAlerts(std::shared_ptr<const std::vector<Alert>> alerts);

    // The icon while one is shown, else null.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    const CriticalAlertNotices &notices() const { return m_notices; }

signals:
    // The operator clicked the icon or a message: show the alerts.
    void activated();

private:
    void updateTray();
    void show(const CriticalAlertNotices::Notice &notice);
    void scheduleWaiting();
    void showWaiting();

    CriticalAlertNotices m_notices;
    std::shared_ptr<const std::vector<Alert>> m_alerts;
    bool m_enabled = false;
    bool m_noTrayLogged = false;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_waitTimer;
    QElapsedTimer m_clock;
};

} // namespace scb
