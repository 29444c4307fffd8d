#include "formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace scb {

QString formatPercent(double percent)
{
    return QCoreApplication::translate("Formatting", "%1 %").arg(QLocale().toString(percent, 'f', 1));
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
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(unixMs).time(), QStringLiteral("HH:mm:ss"));
}

QString formatAge(int64_t ageMs)
{
    const int64_t s = ageMs / 1000;
    if (s < 90)
        return QCoreApplication::translate("Formatting", "%n s ago", nullptr, int(s));
    if (s < 90 * 60)
        return QCoreApplication::translate("Formatting", "%n min ago", nullptr, int(s / 60));
    if (s < 48 * 3600)
        return QCoreApplication::translate("Formatting", "%n h ago", nullptr, int(s / 3600));
    return QCoreApplication::translate("Formatting", "%n days ago", nullptr, int(s / 86400));
}

} // namespace scb
