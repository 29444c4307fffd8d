#include "alertnotifier.h"

#include "alertlistmodel.h"
#include "alertsettings.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

namespace scb {

// ---------------------------------------------------------------- CriticalAlertNotices

CriticalAlertNotices::CriticalAlertNotices()
    : m_texts(std::make_unique<AlertListModel>())
{
}

CriticalAlertNotices::~CriticalAlertNotices() = default;

void CriticalAlertNotices::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_texts->setInventory(std::move(inventory));
}

std::optional<CriticalAlertNotices::Notice>
CriticalAlertNotices::update(const std::vector<Alert> &alerts, int64_t nowMs)
{
    m_active = alerts;
    std::sort(m_active.begin(), m_active.end(),
              [](const Alert &a, const Alert &b) { return a.id < b.id; });
    std::unordered_set<uint64_t> critical;
    for (const Alert &alert : m_active) {
        if (alert.severity != Severity::Critical)
            continue;
        critical.insert(alert.id);
        if (m_seenCritical.insert(alert.id).second && !alert.acknowledged)
            m_waiting.push_back(alert.id);
    }
    m_criticalCount = int(critical.size());
    // Ids are never reused: an alert gone is forgotten for good.
    std::erase_if(m_seenCritical, [&](uint64_t id) { return !critical.contains(id); });
    // Announce only what still needs someone: not cleared, not acknowledged meanwhile.
    std::erase_if(m_waiting, [&](uint64_t id) {
        const auto it = std::lower_bound(m_active.begin(), m_active.end(), id,
                                         [](const Alert &a, uint64_t v) { return a.id < v; });
        return it == m_active.end() || it->id != id || it->acknowledged;
    });
    std::sort(m_waiting.begin(), m_waiting.end());
    return poll(nowMs);
}

std::optional<CriticalAlertNotices::Notice> CriticalAlertNotices::poll(int64_t nowMs)
{
    if (m_waiting.empty())
        return std::nullopt;
    if (m_lastNoticeMs && nowMs - *m_lastNoticeMs < kIntervalMs)
        return std::nullopt;
    Notice notice = makeNotice();
    m_waiting.clear();
    m_lastNoticeMs = nowMs;
    return notice;
}

void CriticalAlertNotices::markSeen(const std::vector<Alert> &alerts)
{
    m_active = alerts;
    std::sort(m_active.begin(), m_active.end(),
              [](const Alert &a, const Alert &b) { return a.id < b.id; });
    m_seenCritical.clear();
    for (const Alert &alert : m_active) {
        if (alert.severity == Severity::Critical)
            m_seenCritical.insert(alert.id);
    }
    m_criticalCount = int(m_seenCritical.size());
    m_waiting.clear();
}

std::optional<int64_t> CriticalAlertNotices::nextNoticeMs() const
{
    if (m_waiting.empty())
        return std::nullopt;
    return m_lastNoticeMs ? *m_lastNoticeMs + kIntervalMs : 0;
}

QString CriticalAlertNotices::toolTip() const
{
    const int active = int(std::min<size_t>(m_active.size(), INT_MAX));
    if (m_criticalCount == 0)
        return tr("SCB Dashboard: %Ln active alert(s)", nullptr, active);
    return tr("SCB Dashboard: %Ln active alert(s), %1 critical", nullptr, active)
        .arg(QLocale().toString(m_criticalCount));
}

CriticalAlertNotices::Notice CriticalAlertNotices::makeNotice() const
{
    auto describe = [this](const Alert &alert) {
        const QString value = AlertListModel::valueText(alert);
        const QString what = value.isEmpty()
                                 ? AlertListModel::whatText(alert)
                                 : tr("%1 (%2)").arg(AlertListModel::whatText(alert), value);
        return tr("%1 · %2").arg(what, m_texts->whereText(alert));
    };
    std::vector<const Alert *> alerts;
    for (uint64_t id : m_waiting) {
        const auto it = std::lower_bound(m_active.begin(), m_active.end(), id,
                                         [](const Alert &a, uint64_t v) { return a.id < v; });
        if (it != m_active.end() && it->id == id)
            alerts.push_back(&*it);
    }
    Notice notice;
    notice.count = int(alerts.size());
    if (alerts.size() == 1) {
        notice.title = tr("Critical alert");
        notice.message = describe(*alerts.front());
        return notice;
    }
    notice.title = tr("%Ln new critical alert(s)", nullptr, notice.count);
    // The newest first; a notification has room for a few lines only.
    constexpr int kShown = 3;
    QStringList lines;
    for (auto it = alerts.rbegin(); it != alerts.rend() && lines.size() < kShown; ++it)
        lines << describe(**it);
    if (notice.count > kShown)
        lines << tr("and %Ln more", nullptr, notice.count - kShown);
    notice.message = lines.join(QLatin1Char('\n'));
    return notice;
}

// ---------------------------------------------------------------- AlertNotifier

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
    , m_waitTimer(new QTimer(this))
{
    m_clock.start();
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &AlertNotifier::showWaiting);
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    // What is active when notifications come on is on screen already.
    m_notices.markSeen(m_alerts ? *m_alerts : std::vector<Alert>());
    m_waitTimer->stop();
    updateTray();
}

void AlertNotifier::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_notices.setInventory(std::move(inventory));
}

void AlertNotifier::setAlerts(std::shared_ptr<const std::vector<Alert>> alerts)
{
    m_alerts = std::move(alerts);
    const std::vector<Alert> none;
    const std::vector<Alert> &list = m_alerts ? *m_alerts : none;
    if (!m_tray) {
        m_notices.markSeen(list);
        return;
    }
    if (auto notice = m_notices.update(list, m_clock.elapsed()))
        show(*notice);
    scheduleWaiting();
    m_tray->setToolTip(m_notices.toolTip());
}

void AlertNotifier::updateTray()
{
    const bool available = QSystemTrayIcon::isSystemTrayAvailable();
    if (m_enabled && !available && !m_noTrayLogged) {
        m_noTrayLogged = true;
        qCInfo(lcAlertSettings,
               "no system tray on this desktop: critical alerts are not announced there");
    }
    if (m_enabled && available && !m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(m_notices.toolTip());
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        emit activated();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
        m_tray->show();
    } else if (!m_enabled && m_tray) {
        m_tray->hide();
        m_tray->deleteLater();
        m_tray = nullptr;
    }
}

void AlertNotifier::show(const CriticalAlertNotices::Notice &notice)
{
    if (m_tray)
        m_tray->showMessage(notice.title, notice.message, QSystemTrayIcon::Critical, 15'000);
}

void AlertNotifier::scheduleWaiting()
{
    const std::optional<int64_t> due = m_notices.nextNoticeMs();
    if (!due) {
        m_waitTimer->stop();
        return;
    }
    m_waitTimer->start(
        int(std::clamp<int64_t>(*due - m_clock.elapsed(), 0, CriticalAlertNotices::kIntervalMs)));
}

void AlertNotifier::showWaiting()
{
    if (!m_tray)
        return;
    if (auto notice = m_notices.poll(m_clock.elapsed()))
        show(*notice);
    scheduleWaiting();
}

} // namespace scb
