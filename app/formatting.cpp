#include "formatting.h"

#include "alerts/alertrules.h"
#include "core/fleettick.h"
#include "core/metrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace scb {

QString formatPercent(double percent)
{
    return QCoreApplication::translate("Formatting", "%1 %")
        .arg(QLocale().toString(percent, 'f', 1));
}

QString formatPower(int64_t watts)
{
    const QLocale locale;
    if (watts >= 10'000'000)
        return QCoreApplication::translate("Formatting", "%1 MW")
            .arg(locale.toString(double(watts) / 1e6, 'f', 1));
    if (watts >= 10'000)
        return QCoreApplication::translate("Formatting", "%1 kW")
            .arg(locale.toString(double(watts) / 1e3, 'f', 0));
    return QCoreApplication::translate("Formatting", "%1 W").arg(locale.toString(qlonglong(watts)));
}

QString formatCount(int64_t count)
{
    return QLocale().toString(qlonglong(count));
}

QString formatClock(int64_t unixMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(unixMs).time(),
                              QStringLiteral("HH:mm:ss"));
}

QString formatAge(int64_t ageMs)
{
    // Whole units first: lupdate's parser loops on arithmetic inside translate() calls.
    const int seconds = int(std::min<int64_t>(ageMs / 1000, INT32_MAX));
    const int minutes = seconds / 60;
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (seconds < 90)
        return QCoreApplication::translate("Formatting", "%n s ago", nullptr, seconds);
    if (minutes < 90)
        return QCoreApplication::translate("Formatting", "%n min ago", nullptr, minutes);
    if (hours < 48)
        return QCoreApplication::translate("Formatting", "%n h ago", nullptr, hours);
    return QCoreApplication::translate("Formatting", "%n days ago", nullptr, days);
}

QString formatDateTime(int64_t unixMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(unixMs),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString chipStateText(int32_t state)
{
    if (state == kNoData)
        return QCoreApplication::translate("Formatting", "no data");
    QStringList parts;
    parts << ((state & ChipState::Online) ? QCoreApplication::translate("Formatting", "online")
                                          : QCoreApplication::translate("Formatting", "offline"));
    if (state & ChipState::Maintenance)
        parts << QCoreApplication::translate("Formatting", "maintenance");
    if (state & ChipState::Throttled)
        parts << QCoreApplication::translate("Formatting", "throttled");
    if (state & ChipState::EccError)
        parts << QCoreApplication::translate("Formatting", "ECC error");
    if (state & ChipState::XidEvent)
        parts << QCoreApplication::translate("Formatting", "XID event");
    if (state & ChipState::HealthFault)
        parts << QCoreApplication::translate("Formatting", "health fault");
    return parts.join(QStringLiteral(", "));
}

QString chipEventText(int kind, uint32_t code)
{
    switch (static_cast<EventKind>(kind)) {
    case EventKind::Xid:
        return QCoreApplication::translate("Formatting", "XID %1").arg(code);
    case EventKind::EccDoubleBit:
        return QCoreApplication::translate("Formatting", "double-bit ECC error");
    case EventKind::Offline:
        return QCoreApplication::translate("Formatting", "went offline");
    case EventKind::Online:
        return QCoreApplication::translate("Formatting", "back online");
    case EventKind::Throttle:
        return QCoreApplication::translate("Formatting", "thermal throttling");
    }
    return QCoreApplication::translate("Formatting", "unknown event %1").arg(kind);
}

QString chipEventAction(int kind, uint32_t code)
{
    // The backend's catalog is English; its texts are the translation sources
    // (marked for lupdate in alertrules.cpp under these contexts).
    switch (static_cast<EventKind>(kind)) {
    case EventKind::Xid:
        return QCoreApplication::translate("XidCatalog", xidInfo(code).action);
    case EventKind::EccDoubleBit:
        return QCoreApplication::translate("AlertKinds", alertKindAction(AlertKind::EccDoubleBit));
    case EventKind::Offline:
        return QCoreApplication::translate("AlertKinds", alertKindAction(AlertKind::Offline));
    case EventKind::Throttle:
        return QCoreApplication::translate("Formatting",
                                           "Check the rack's cooling and the chip's fans.");
    case EventKind::Online:
        break;
    }
    return {};
}

} // namespace scb
