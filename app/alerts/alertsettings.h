#pragma once

#include "alerts/alertrules.h"

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

class QSettings;

namespace scb {

// Problems with the stored alert settings, and the desktop notifications.
Q_DECLARE_LOGGING_CATEGORY(lcAlertSettings)

// The ranges the settings and the settings dialog accept, in the units the
// operator sees. The backend accepts a little more (AlertRules::validate());
// these are what makes sense to set.
struct AlertRuleLimits
{
    static constexpr int minTemperatureC = 0;
    static constexpr int maxTemperatureC = 150; // metricLimits(Metric::Temperature)
    static constexpr int maxHysteresisC = 20;
    static constexpr int maxDurationS = int(kMaxRuleDurationMs / 1000); // 24 h
    static constexpr uint32_t minXidCode = 1;
    static constexpr uint32_t maxXidCode = 999;
    static constexpr int maxActiveAlerts = int(kMaxActiveAlertsLimit);
};

// Reads the alert rules stored under "alerts/". Settings are untrusted: a
// value of the wrong type or out of range falls back to the default of its
// field, and a combination that does not fit together (critical not above
// warning, …) falls back to the default temperature thresholds; each is
// described in problems (translated, one sentence each). A missing key is the
// default, and no problem. The result always passes AlertRules::validate().
AlertRules loadAlertRules(QSettings &settings, QStringList *problems = nullptr);
// Writes every field under "alerts/".
void saveAlertRules(QSettings &settings, const AlertRules &rules);

// Whether a critical alert is announced on the desktop ("alerts/notifyDesktop";
// off by default). A value that is not a boolean is off, with a problem.
bool loadDesktopNotifications(QSettings &settings, QStringList *problems = nullptr);
void saveDesktopNotifications(QSettings &settings, bool enabled);

// Why these rules cannot be used, in one translated sentence; empty when they
// can. Stricter than AlertRules::validate(): the temperature hysteresis must
// also be smaller than the gap between the warning and the critical level.
QString alertRulesProblem(const AlertRules &rules);

// Parses a comma-separated list of XID codes ("46, 48, 79"; empty: none).
// Codes are whole numbers from 1 to 999; empty items are skipped, duplicates
// dropped, the result ascending. nullopt with the reason in *error otherwise.
std::optional<std::vector<uint32_t>> parseXidCodes(const QString &text, QString *error = nullptr);
// "46, 48, 79".
QString formatXidCodes(const std::vector<uint32_t> &codes);

} // namespace scb
