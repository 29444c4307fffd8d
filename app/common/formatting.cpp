#include "formatting.h"

#include "alerts/alertrules.h"
#include "core/fleettick.h"
#include "core/metrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cmath>

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

namespace {

// A magnitude and its word: 1e4 and "万", 1e9 and " billion".
struct NumberUnit
{
    double factor;
    const char16_t *suffix;
};

// The words are the locale's language, not the UI translation's: a report
// may be written in another language than the UI shows.
constexpr NumberUnit kChineseUnits[] = {{1e12, u"万亿"}, {1e8, u"亿"}, {1e4, u"万"}};
constexpr NumberUnit kTraditionalUnits[] = {{1e12, u"萬億"}, {1e8, u"億"}, {1e4, u"萬"}};
constexpr NumberUnit kEnglishUnits[] = {
    {1e12, u" trillion"}, {1e9, u" billion"}, {1e6, u" million"}};

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

// value with at most two decimals, no trailing zeros: "3.17", "20", "-0.5".
QString compactDecimal(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    int decimals = 2;
    if (std::abs(rounded - std::round(rounded)) < 1e-9)
        decimals = 0;
    else if (std::abs(rounded * 10.0 - std::round(rounded * 10.0)) < 1e-9)
        decimals = 1;
    // -0.001 rounds to "-0": a zero has no sign.
    return locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', decimals);
}

template<size_t N>
QString scaled(double value, const QLocale &locale, const NumberUnit (&units)[N], double step)
{
    QLocale plain = locale;
    plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const double magnitude = std::abs(value);
    for (size_t i = 0; i < N; ++i) {
        if (magnitude < units[i].factor)
            continue;
        double amount = value / units[i].factor;
        size_t unit = i;
        // 99,999,999 is 9999.9999万, which rounds to 10000万: that is 1亿.
        if (unit > 0 && std::abs(std::round(amount * 100.0) / 100.0) >= step) {
            --unit;
            amount = value / units[unit].factor;
        }
        return compactDecimal(amount, plain) + QString::fromUtf16(units[unit].suffix);
    }
    // Below the smallest unit: as it is, grouped; a bump to it where it rounds up.
    if (std::abs(std::round(value * 100.0) / 100.0) >= units[N - 1].factor)
        return compactDecimal(value / units[N - 1].factor, plain) +
               QString::fromUtf16(units[N - 1].suffix);
    return compactDecimal(value, locale);
}

} // namespace

QString formatLargeNumber(double value, LargeNumberWords words)
{
    return formatLargeNumber(value, QLocale(), words);
}

QString formatLargeNumber(double value, const QLocale &locale, LargeNumberWords words)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    if (isChinese(locale)) {
        if (locale.script() == QLocale::TraditionalHanScript)
            return scaled(value, locale, kTraditionalUnits, 1e4);
        return scaled(value, locale, kChineseUnits, 1e4);
    }
    if (words == LargeNumberWords::Yes && locale.language() == QLocale::English)
        return scaled(value, locale, kEnglishUnits, 1e3);
    if (std::abs(value) < 9e15 && value == std::round(value))
        return locale.toString(qlonglong(value));
    return compactDecimal(value, locale);
}

QString formatHundredMillionYuan(double value)
{
    return formatHundredMillionYuan(value, QLocale());
}

QString formatHundredMillionYuan(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const double yuan = value * 1e8;
    if (isChinese(locale))
        return formatLargeNumber(yuan, locale) + QStringLiteral("元");
    return formatLargeNumber(yuan, locale, LargeNumberWords::Yes) + QStringLiteral(" yuan");
}

QString formatDate(const QDate &date)
{
    return formatDate(date, QLocale());
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QStringLiteral("—");
    // The long form names the weekday ("Thursday, November 26, 2026",
    // "2026年11月26日星期四"): officials' documents date without it.
    static const QRegularExpression weekday(QStringLiteral(R"(\s*dddd[,，]?\s*)"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, QStringLiteral(" "));
    format = format.trimmed();
    if (isChinese(locale))
        format.remove(QLatin1Char(' '));
    return locale.toString(date, format);
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

int32_t chipStateCategory(int32_t state)
{
    if (state < 0)
        return -1;
    if (state & ChipState::Maintenance)
        return 4;
    if (state & ChipState::FaultBits)
        return 3;
    if (!(state & ChipState::Online))
        return 0;
    if (state & ChipState::Throttled)
        return 2;
    return 1;
}

QStringList chipStateCategoryNames()
{
    // Translated in the context of the page that shows them (the heatmap's legend).
    return {QCoreApplication::translate("ChipsPage", "offline"),
            QCoreApplication::translate("ChipsPage", "online"),
            QCoreApplication::translate("ChipsPage", "throttled"),
            QCoreApplication::translate("ChipsPage", "fault"),
            QCoreApplication::translate("ChipsPage", "maintenance")};
}

QString alertSeverityText(Severity severity)
{
    // Translated in the context of the alert list, where operators read it first.
    return severity == Severity::Critical
               ? QCoreApplication::translate("scb::AlertListModel", "Critical")
               : QCoreApplication::translate("scb::AlertListModel", "Warning");
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
