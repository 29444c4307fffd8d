#include "formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

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

} // namespace scb
