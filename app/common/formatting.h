#pragma once

#include <QString>
#include <QStringList>

class QDate;
class QDateTime;
class QLocale;

#include <cstdint>

namespace scb {

enum class Severity : uint8_t;

// Figures as operators read them, in the current locale.
QString formatPercent(double percent);  // "87.4 %"
QString formatPower(int64_t watts);     // "412 kW", "31.2 MW"
QString formatCount(int64_t count);     // "80,000"
QString formatClock(int64_t unixMs);    // "14:03:07" local time
QString formatAge(int64_t ageMs);       // "3 s ago", "12 min ago"
QString formatDateTime(int64_t unixMs); // "2026-11-26 14:03:07" local time

// How formatLargeNumber() writes big figures in languages other than Chinese:
// "1,200,000,000", or in words "1.2 billion" (English only).
enum class LargeNumberWords { No, Yes };
// A large figure as officials read it, in the locale's language (the UI's
// without one): Chinese in 万 / 亿 / 万亿 with up to two decimals ("20万",
// "3.17万", "12亿"; below 10,000 as is: "9,999"); others grouped ("200,000"),
// or in millions / billions / trillions with words ("1.2 billion"). "—" for
// NaN and infinities.
QString formatLargeNumber(double value, LargeNumberWords words = LargeNumberWords::No);
QString formatLargeNumber(double value,
                          const QLocale &locale,
                          LargeNumberWords words = LargeNumberWords::No);
// Yuan given in units of 100 million (the statistics' "100m_yuan"): Chinese
// in 亿元 ("1000亿元", "5000万元"), English in words ("100 billion yuan").
QString formatHundredMillionYuan(double value);
QString formatHundredMillionYuan(double value, const QLocale &locale);
// A date in the locale's long form without the weekday: "2026年11月26日",
// "November 26, 2026". "—" for an invalid date.
QString formatDate(const QDate &date);
QString formatDate(const QDate &date, const QLocale &locale);
// A chip's ChipState bits in words: "online, throttled"; "no data" for kNoData.
QString chipStateText(int32_t state);
// The heatmap's category of a ChipState value: 0 offline, 1 online,
// 2 throttled, 3 fault, 4 maintenance; -1 no data. The names, in that order.
int32_t chipStateCategory(int32_t state);
QStringList chipStateCategoryNames();
// An alert's severity in words: "Critical", "Warning".
QString alertSeverityText(Severity severity);
// A stored chip event in words: "XID 79", "double-bit ECC error", "offline".
QString chipEventText(int kind, uint32_t code);
// What an operator should do about it (empty where nothing needs doing).
QString chipEventAction(int kind, uint32_t code);

} // namespace scb
