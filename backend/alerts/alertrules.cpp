#include "alerts/alertrules.h"

#include "core/metrics.h"

#include <algorithm>
#include <array>
#include <string>

// lupdate reads these marks: the GUI translates the catalog's English texts
// with QCoreApplication::translate(context, text). The backend has no Qt, so
// the macro is defined here, as the identity.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace scb {

namespace {

// Facts from NVIDIA's published XID catalog, the actions in our own words.
// Keep ascending by code: xidInfo() searches it by bisection.
constexpr std::array kXidCatalog{
    XidInfo{
        13, "xid.13", QT_TRANSLATE_NOOP("XidCatalog", "Graphics engine exception"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Usually a fault in the application (bad memory access, illegal instruction): check "
            "the job. If it repeats across different jobs, run diagnostics on the GPU.")},
    XidInfo{31, "xid.31", QT_TRANSLATE_NOOP("XidCatalog", "GPU memory page fault"),
            QT_TRANSLATE_NOOP(
                "XidCatalog",
                "Usually an illegal memory access by the application: check the job. If it repeats "
                "across different jobs, suspect the driver or the GPU.")},
    XidInfo{
        32, "xid.32", QT_TRANSLATE_NOOP("XidCatalog", "Invalid or corrupted push buffer stream"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Check the PCIe link and the driver; reset the GPU. Drain the node if it repeats.")},
    XidInfo{
        43, "xid.43", QT_TRANSLATE_NOOP("XidCatalog", "GPU stopped processing (application fault)"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "The application hit a fault and its channel was stopped; the GPU is fine. Check the "
            "job.")},
    XidInfo{
        45, "xid.45", QT_TRANSLATE_NOOP("XidCatalog", "Preemptive cleanup after a previous error"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "The driver cleaned up after a job ended or failed: look for an earlier XID on this "
            "GPU. No action on its own.")},
    XidInfo{
        46, "xid.46", QT_TRANSLATE_NOOP("XidCatalog", "GPU stopped processing"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Drain the node and reset the GPU; if it repeats, run diagnostics and consider RMA.")},
    XidInfo{
        48, "xid.48", QT_TRANSLATE_NOOP("XidCatalog", "Double-bit ECC error"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Drain the node and reset the GPU so the bad memory is retired or remapped; RMA if it "
            "repeats.")},
    XidInfo{61, "xid.61",
            QT_TRANSLATE_NOOP("XidCatalog", "Internal micro-controller breakpoint or warning"),
            QT_TRANSLATE_NOOP("XidCatalog",
                              "Reset the GPU at the next opportunity; update the driver and "
                              "firmware if it repeats.")},
    XidInfo{
        62, "xid.62", QT_TRANSLATE_NOOP("XidCatalog", "Internal micro-controller halt"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Drain the node and reset the GPU; run diagnostics and consider RMA if it repeats.")},
    XidInfo{
        63, "xid.63",
        QT_TRANSLATE_NOOP("XidCatalog", "ECC page retirement or row remapping recorded"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Schedule a GPU reset so the retirement or remapping takes effect; RMA if the count "
            "keeps growing.")},
    XidInfo{
        64, "xid.64",
        QT_TRANSLATE_NOOP("XidCatalog", "ECC page retirement or row remapping failed"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Drain the node and reset the GPU; the GPU may have run out of spare rows: consider "
            "RMA.")},
    XidInfo{
        74, "xid.74", QT_TRANSLATE_NOOP("XidCatalog", "NVLink error"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Check the NVLink links and error counters of the GPU; reset the GPU. If it repeats, "
            "check the NVLink hardware (GPU, baseboard, NVSwitch).")},
    XidInfo{79, "xid.79", QT_TRANSLATE_NOOP("XidCatalog", "GPU has fallen off the bus"),
            QT_TRANSLATE_NOOP(
                "XidCatalog",
                "Drain the node; check the PCIe slot, power and cooling; reboot, reseat or replace "
                "the GPU.")},
    XidInfo{92, "xid.92", QT_TRANSLATE_NOOP("XidCatalog", "High single-bit ECC error rate"),
            QT_TRANSLATE_NOOP(
                "XidCatalog",
                "Watch the GPU's ECC counters; schedule a reset and diagnostics; RMA if the rate "
                "stays high.")},
    XidInfo{
        94, "xid.94", QT_TRANSLATE_NOOP("XidCatalog", "Contained ECC error"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "The application using the bad memory was stopped, others go on: restart the job and "
            "reset the GPU when convenient so the row is remapped.")},
    XidInfo{
        95, "xid.95", QT_TRANSLATE_NOOP("XidCatalog", "Uncontained ECC error"),
        QT_TRANSLATE_NOOP(
            "XidCatalog",
            "Every application on the GPU may be affected: drain the node and reset the GPU; RMA "
            "if it repeats.")},
    XidInfo{
        119, "xid.119", QT_TRANSLATE_NOOP("XidCatalog", "GSP RPC timeout"),
        QT_TRANSLATE_NOOP("XidCatalog",
                          "Drain the node and reset the GPU; update the driver if it repeats.")},
    XidInfo{
        120, "xid.120", QT_TRANSLATE_NOOP("XidCatalog", "GSP error"),
        QT_TRANSLATE_NOOP("XidCatalog",
                          "Drain the node and reset the GPU; update the driver if it repeats.")},
};

constexpr XidInfo kUnknownXid{
    0, "xid.unknown", QT_TRANSLATE_NOOP("XidCatalog", "XID error"),
    QT_TRANSLATE_NOOP("XidCatalog",
                      "Look the code up in NVIDIA's XID catalog and check the kernel log of the "
                      "node; reset the GPU if it repeats.")};

Status durationError(const char *what, const char *name, int64_t ms)
{
    return Status::error(std::string(what) + " (" + name + ") must be between 0 and " +
                         std::to_string(kMaxRuleDurationMs) + " ms (24 h), not " +
                         std::to_string(ms) + " ms");
}

} // namespace

std::span<const XidInfo> xidCatalog()
{
    return kXidCatalog;
}

const XidInfo &xidInfo(uint32_t code)
{
    const auto it = std::lower_bound(kXidCatalog.begin(), kXidCatalog.end(), code,
                                     [](const XidInfo &info, uint32_t c) { return info.code < c; });
    if (it != kXidCatalog.end() && it->code == code)
        return *it;
    return kUnknownXid;
}

bool AlertRules::isCriticalXid(uint32_t code) const
{
    return std::find(criticalXidCodes.begin(), criticalXidCodes.end(), code) !=
           criticalXidCodes.end();
}

Status AlertRules::validate() const
{
    const MetricLimits limits = metricLimits(Metric::Temperature);
    auto temperature = [&](const char *what, const char *name, int32_t c) {
        if (c >= limits.min && c <= limits.max)
            return Status();
        return Status::error(std::string(what) + " (" + name + ") must be between " +
                             std::to_string(limits.min) + " and " + std::to_string(limits.max) +
                             " °C, not " + std::to_string(c) + " °C");
    };
    if (Status s = temperature("the temperature warning threshold", "tempWarnC", tempWarnC); !s)
        return s;
    if (Status s = temperature("the critical temperature", "tempCritC", tempCritC); !s)
        return s;
    if (tempWarnC >= tempCritC)
        return Status::error("the temperature warning threshold (" + std::to_string(tempWarnC) +
                             " °C) must be below the critical temperature (" +
                             std::to_string(tempCritC) + " °C)");
    constexpr int32_t kMaxHysteresisC = 20;
    if (tempHysteresisC < 0 || tempHysteresisC > kMaxHysteresisC || tempHysteresisC > tempWarnC)
        return Status::error("the temperature hysteresis (tempHysteresisC) must be between 0 and " +
                             std::to_string(std::min(kMaxHysteresisC, tempWarnC)) + " °C, not " +
                             std::to_string(tempHysteresisC) + " °C");

    const struct
    {
        const char *what;
        const char *name;
        int64_t ms;
    } durations[] = {
        {"the time above the warning temperature", "tempWarnForMs", tempWarnForMs},
        {"the time below the clearing temperature", "tempClearForMs", tempClearForMs},
        {"the time a fault must be gone to clear", "faultClearForMs", faultClearForMs},
        {"the time offline before an alert", "offlineForMs", offlineForMs},
        {"the time without data from a node before an alert", "nodeSilentForMs", nodeSilentForMs},
    };
    for (const auto &d : durations) {
        if (d.ms < 0 || d.ms > kMaxRuleDurationMs)
            return durationError(d.what, d.name, d.ms);
    }

    if (criticalXidCodes.size() > kMaxCriticalXidCodes)
        return Status::error("too many critical XID codes (" +
                             std::to_string(criticalXidCodes.size()) + "); at most " +
                             std::to_string(kMaxCriticalXidCodes));
    for (uint32_t code : criticalXidCodes) {
        if (code == 0)
            return Status::error("0 is not an XID code (criticalXidCodes)");
    }
    if (maxActiveAlerts == 0 || maxActiveAlerts > kMaxActiveAlertsLimit)
        return Status::error("the limit of open alerts (maxActiveAlerts) must be between 1 and " +
                             std::to_string(kMaxActiveAlertsLimit) + ", not " +
                             std::to_string(maxActiveAlerts));
    return {};
}

const char *alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Temperature:
        return "alert.temperature";
    case AlertKind::Xid:
        return "alert.xid";
    case AlertKind::EccDoubleBit:
        return "alert.ecc_double_bit";
    case AlertKind::HealthFault:
        return "alert.health_fault";
    case AlertKind::Offline:
        return "alert.offline";
    case AlertKind::NodeSilent:
        return "alert.node_silent";
    }
    return "";
}

const char *alertKindTitle(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Temperature:
        return QT_TRANSLATE_NOOP("AlertKinds", "High temperature");
    case AlertKind::Xid:
        return QT_TRANSLATE_NOOP("AlertKinds", "XID error");
    case AlertKind::EccDoubleBit:
        return QT_TRANSLATE_NOOP("AlertKinds", "Double-bit ECC error");
    case AlertKind::HealthFault:
        return QT_TRANSLATE_NOOP("AlertKinds", "Health fault");
    case AlertKind::Offline:
        return QT_TRANSLATE_NOOP("AlertKinds", "Chip offline");
    case AlertKind::NodeSilent:
        return QT_TRANSLATE_NOOP("AlertKinds", "No data from node");
    }
    return "";
}

const char *alertKindAction(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Temperature:
        return QT_TRANSLATE_NOOP(
            "AlertKinds",
            "Check the cooling of the rack and the node (fans, inlet temperature, airflow, "
            "blanking panels); the chip throttles when hot.");
    case AlertKind::Xid:
        return kUnknownXid.action;
    case AlertKind::EccDoubleBit:
        return QT_TRANSLATE_NOOP(
            "AlertKinds",
            "Drain the node and reset the GPU so the bad memory is retired or remapped; RMA if "
            "it repeats.");
    case AlertKind::HealthFault:
        return QT_TRANSLATE_NOOP(
            "AlertKinds",
            "Drain the node, run the vendor's diagnostics on the chip and reset it; RMA if the "
            "fault persists.");
    case AlertKind::Offline:
        return QT_TRANSLATE_NOOP(
            "AlertKinds", "Check the node's power, network and driver; drain it if it stays away.");
    case AlertKind::NodeSilent:
        return QT_TRANSLATE_NOOP(
            "AlertKinds",
            "Check that the node is up and that its telemetry agent and network work.");
    }
    return "";
}

const char *severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return "warning";
    case Severity::Critical:
        return "critical";
    }
    return "";
}

} // namespace scb
