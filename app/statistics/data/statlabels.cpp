#include "statlabels.h"

#include "formatting.h"
#include "serieskeys.h"
#include "statisticsbridge.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace scb {

namespace {

struct KeyName
{
    const char *key;
    const char *name;
};

constexpr KeyName kThemes[] = {
    {"tourism", QT_TRANSLATE_NOOP("scb::StatLabels", "Tourism")},
    {"electricity", QT_TRANSLATE_NOOP("scb::StatLabels", "Electricity")},
    {"government", QT_TRANSLATE_NOOP("scb::StatLabels", "Government affairs")},
    {"meteorology", QT_TRANSLATE_NOOP("scb::StatLabels", "Meteorology")},
    {"healthcare", QT_TRANSLATE_NOOP("scb::StatLabels", "Healthcare")},
    {"industry", QT_TRANSLATE_NOOP("scb::StatLabels", "Industry")},
    {"agriculture", QT_TRANSLATE_NOOP("scb::StatLabels", "Agriculture")},
    {"transport", QT_TRANSLATE_NOOP("scb::StatLabels", "Transport")},
    {"education", QT_TRANSLATE_NOOP("scb::StatLabels", "Education")},
    {"environment", QT_TRANSLATE_NOOP("scb::StatLabels", "Environment")},
    {"finance", QT_TRANSLATE_NOOP("scb::StatLabels", "Finance")},
    {"other", QT_TRANSLATE_NOOP("scb::StatLabels", "Other")},
};

constexpr KeyName kIndustries[] = {
    {"manufacturing", QT_TRANSLATE_NOOP("scb::StatLabels", "Manufacturing")},
    {"retail", QT_TRANSLATE_NOOP("scb::StatLabels", "Retail and wholesale")},
    {"wholesale", QT_TRANSLATE_NOOP("scb::StatLabels", "Wholesale")},
    {"logistics", QT_TRANSLATE_NOOP("scb::StatLabels", "Logistics")},
    {"finance", QT_TRANSLATE_NOOP("scb::StatLabels", "Finance")},
    {"healthcare", QT_TRANSLATE_NOOP("scb::StatLabels", "Healthcare")},
    {"tourism", QT_TRANSLATE_NOOP("scb::StatLabels", "Tourism")},
    {"agriculture", QT_TRANSLATE_NOOP("scb::StatLabels", "Agriculture")},
    {"energy", QT_TRANSLATE_NOOP("scb::StatLabels", "Energy")},
    {"electricity", QT_TRANSLATE_NOOP("scb::StatLabels", "Electricity")},
    {"government", QT_TRANSLATE_NOOP("scb::StatLabels", "Government")},
    {"software", QT_TRANSLATE_NOOP("scb::StatLabels", "Software and IT services")},
    {"education", QT_TRANSLATE_NOOP("scb::StatLabels", "Education")},
    {"construction", QT_TRANSLATE_NOOP("scb::StatLabels", "Construction")},
    {"transport", QT_TRANSLATE_NOOP("scb::StatLabels", "Transport")},
    {"mining", QT_TRANSLATE_NOOP("scb::StatLabels", "Mining")},
    {"telecom", QT_TRANSLATE_NOOP("scb::StatLabels", "Telecommunications")},
    {"media", QT_TRANSLATE_NOOP("scb::StatLabels", "Media")},
    {"real_estate", QT_TRANSLATE_NOOP("scb::StatLabels", "Real estate")},
    {"other", QT_TRANSLATE_NOOP("scb::StatLabels", "Other")},
};

// Guiyang's districts and counties, then Gui'an New Area, then Guizhou's
// other prefecture-level cities and autonomous prefectures.
constexpr KeyName kGuiyang[] = {
    {"nanming", QT_TRANSLATE_NOOP("scb::StatLabels", "Nanming District")},
    {"yunyan", QT_TRANSLATE_NOOP("scb::StatLabels", "Yunyan District")},
    {"huaxi", QT_TRANSLATE_NOOP("scb::StatLabels", "Huaxi District")},
    {"wudang", QT_TRANSLATE_NOOP("scb::StatLabels", "Wudang District")},
    {"baiyun", QT_TRANSLATE_NOOP("scb::StatLabels", "Baiyun District")},
    {"guanshanhu", QT_TRANSLATE_NOOP("scb::StatLabels", "Guanshanhu District")},
    {"qingzhen", QT_TRANSLATE_NOOP("scb::StatLabels", "Qingzhen City")},
    {"xiuwen", QT_TRANSLATE_NOOP("scb::StatLabels", "Xiuwen County")},
    {"kaiyang", QT_TRANSLATE_NOOP("scb::StatLabels", "Kaiyang County")},
    {"xifeng", QT_TRANSLATE_NOOP("scb::StatLabels", "Xifeng County")},
};
constexpr KeyName kGuiAn[] = {
    {"gui_an", QT_TRANSLATE_NOOP("scb::StatLabels", "Gui'an New Area")},
};
constexpr KeyName kPrefectures[] = {
    {"guiyang", QT_TRANSLATE_NOOP("scb::StatLabels", "Guiyang")},
    {"zunyi", QT_TRANSLATE_NOOP("scb::StatLabels", "Zunyi")},
    {"liupanshui", QT_TRANSLATE_NOOP("scb::StatLabels", "Liupanshui")},
    {"anshun", QT_TRANSLATE_NOOP("scb::StatLabels", "Anshun")},
    {"bijie", QT_TRANSLATE_NOOP("scb::StatLabels", "Bijie")},
    {"tongren", QT_TRANSLATE_NOOP("scb::StatLabels", "Tongren")},
    {"qiandongnan", QT_TRANSLATE_NOOP("scb::StatLabels", "Qiandongnan Prefecture")},
    {"qiannan", QT_TRANSLATE_NOOP("scb::StatLabels", "Qiannan Prefecture")},
    {"qianxinan", QT_TRANSLATE_NOOP("scb::StatLabels", "Qianxinan Prefecture")},
};

constexpr KeyName kFields[] = {
    {"industry", QT_TRANSLATE_NOOP("scb::StatLabels", "Industry")},
    {"rural", QT_TRANSLATE_NOOP("scb::StatLabels", "Rural vitalization")},
    {"healthcare", QT_TRANSLATE_NOOP("scb::StatLabels", "Healthcare")},
    {"tourism", QT_TRANSLATE_NOOP("scb::StatLabels", "Tourism")},
    {"education", QT_TRANSLATE_NOOP("scb::StatLabels", "Education")},
    {"government", QT_TRANSLATE_NOOP("scb::StatLabels", "Government affairs")},
    {"transport", QT_TRANSLATE_NOOP("scb::StatLabels", "Transport")},
    {"finance", QT_TRANSLATE_NOOP("scb::StatLabels", "Finance")},
    {"energy", QT_TRANSLATE_NOOP("scb::StatLabels", "Energy")},
    {"meteorology", QT_TRANSLATE_NOOP("scb::StatLabels", "Meteorology")},
    {"other", QT_TRANSLATE_NOOP("scb::StatLabels", "Other")},
};

constexpr KeyName kLevels[] = {
    {"national", QT_TRANSLATE_NOOP("scb::StatLabels", "National")},
    {"provincial", QT_TRANSLATE_NOOP("scb::StatLabels", "Provincial")},
    {"municipal", QT_TRANSLATE_NOOP("scb::StatLabels", "Municipal")},
};

constexpr KeyName kAnnotations[] = {
    {"raw", QT_TRANSLATE_NOOP("scb::StatLabels", "Raw")},
    {"annotated", QT_TRANSLATE_NOOP("scb::StatLabels", "Annotated")},
    {"benchmark", QT_TRANSLATE_NOOP("scb::StatLabels", "Benchmark")},
};

constexpr KeyName kAccess[] = {
    {"public", QT_TRANSLATE_NOOP("scb::StatLabels", "Public")},
    {"restricted", QT_TRANSLATE_NOOP("scb::StatLabels", "Restricted")},
    {"non-public", QT_TRANSLATE_NOOP("scb::StatLabels", "Not public")},
};

constexpr KeyName kFrequencies[] = {
    {"daily", QT_TRANSLATE_NOOP("scb::StatLabels", "Daily")},
    {"weekly", QT_TRANSLATE_NOOP("scb::StatLabels", "Weekly")},
    {"monthly", QT_TRANSLATE_NOOP("scb::StatLabels", "Monthly")},
    {"quarterly", QT_TRANSLATE_NOOP("scb::StatLabels", "Quarterly")},
    {"annual", QT_TRANSLATE_NOOP("scb::StatLabels", "Annual")},
    {"irregular", QT_TRANSLATE_NOOP("scb::StatLabels", "Irregular")},
    {"never", QT_TRANSLATE_NOOP("scb::StatLabels", "Never updated")},
};

constexpr KeyName kFacetFields[] = {
    {"theme", QT_TRANSLATE_NOOP("scb::StatLabels", "Theme")},
    {"level", QT_TRANSLATE_NOOP("scb::StatLabels", "Level")},
    {"publisher", QT_TRANSLATE_NOOP("scb::StatLabels", "Publisher")},
    {"format", QT_TRANSLATE_NOOP("scb::StatLabels", "Format")},
    {"annotation", QT_TRANSLATE_NOOP("scb::StatLabels", "Annotation")},
    {"license", QT_TRANSLATE_NOOP("scb::StatLabels", "Licence")},
    {"access", QT_TRANSLATE_NOOP("scb::StatLabels", "Access")},
};

constexpr KeyName kSeries[] = {
    {serieskeys::kEnterprisesOnCloud,
     QT_TRANSLATE_NOOP("scb::StatLabels", "Enterprises on the cloud")},
    {serieskeys::kNewAdopters, QT_TRANSLATE_NOOP("scb::StatLabels", "New adopters")},
    {serieskeys::kAdoptionByIndustry,
     QT_TRANSLATE_NOOP("scb::StatLabels", "On the cloud by industry")},
    {serieskeys::kAdoptionByRegion, QT_TRANSLATE_NOOP("scb::StatLabels", "On the cloud by region")},
    {serieskeys::kAboveSizeRate,
     QT_TRANSLATE_NOOP("scb::StatLabels", "Enterprises above designated size on the cloud")},
    {serieskeys::kProvinceFigure, QT_TRANSLATE_NOOP("scb::StatLabels", "Province figure")},
    {serieskeys::kAdoptionTarget, QT_TRANSLATE_NOOP("scb::StatLabels", "Adoption target")},
    {serieskeys::kOutputValue,
     QT_TRANSLATE_NOOP("scb::StatLabels", "Big data electronic information industry output")},
    {serieskeys::kSoftwareRevenue,
     QT_TRANSLATE_NOOP("scb::StatLabels", "Software and IT services revenue")},
    {serieskeys::kSoftwareRevenueTarget,
     QT_TRANSLATE_NOOP("scb::StatLabels", "Software revenue target")},
    {serieskeys::kGrowingEnterprises, QT_TRANSLATE_NOOP("scb::StatLabels", "Growing enterprises")},
    {serieskeys::kGrowingEnterprisesTarget,
     QT_TRANSLATE_NOOP("scb::StatLabels", "Growing enterprises target")},
    {serieskeys::kModelScenarios,
     QT_TRANSLATE_NOOP("scb::StatLabels", "Large-model application scenarios")},
    {serieskeys::kModelScenariosTarget,
     QT_TRANSLATE_NOOP("scb::StatLabels", "Large-model scenarios target")},
};

template<size_t N> const char *find(const KeyName (&table)[N], const QString &key)
{
    for (const KeyName &entry : table)
        if (key == QLatin1String(entry.key))
            return entry.name;
    return nullptr;
}

QString readable(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

template<size_t N> QString name(const KeyName (&table)[N], const QString &key)
{
    if (const char *found = find(table, key))
        return QCoreApplication::translate("scb::StatLabels", found);
    return readable(key);
}

} // namespace

bool StatLabels::chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString StatLabels::pick(const LocalizedText &text)
{
    const std::string &first = chineseUi() ? text.zh : text.en;
    const std::string &second = chineseUi() ? text.en : text.zh;
    return QString::fromStdString(first.empty() ? second : first);
}

QString StatLabels::other(const LocalizedText &text)
{
    const std::string &first = chineseUi() ? text.zh : text.en;
    const std::string &second = chineseUi() ? text.en : text.zh;
    if (first.empty() || second == first)
        return {};
    return QString::fromStdString(second);
}

QString StatLabels::theme(const QString &key)
{
    return name(kThemes, key);
}

QString StatLabels::industry(const QString &key)
{
    return name(kIndustries, key);
}

QString StatLabels::region(const QString &key)
{
    if (find(kGuiyang, key))
        return name(kGuiyang, key);
    if (find(kGuiAn, key))
        return name(kGuiAn, key);
    return name(kPrefectures, key);
}

QString StatLabels::scenarioField(const QString &key)
{
    return name(kFields, key);
}

QString StatLabels::level(const QString &key)
{
    return key.isEmpty() ? tr("Unspecified") : name(kLevels, key);
}

QString StatLabels::annotation(const QString &key)
{
    return key.isEmpty() ? tr("Unspecified") : name(kAnnotations, key);
}

QString StatLabels::access(const QString &key)
{
    return key.isEmpty() ? tr("Unspecified") : name(kAccess, key);
}

QString StatLabels::frequency(const QString &key)
{
    return key.isEmpty() ? tr("Unspecified") : name(kFrequencies, key);
}

QString StatLabels::facetField(const QString &field)
{
    return name(kFacetFields, field);
}

QString StatLabels::facetValue(const QString &field, const QString &value)
{
    if (field == QLatin1String("theme"))
        return theme(value);
    if (field == QLatin1String("level"))
        return level(value);
    if (field == QLatin1String("annotation"))
        return annotation(value);
    if (field == QLatin1String("access"))
        return access(value);
    return value.isEmpty() ? tr("Unspecified") : value;
}

QString StatLabels::series(const QString &key)
{
    return name(kSeries, key);
}

QString StatLabels::unitTitle(const QString &unit)
{
    if (unit == QLatin1String("enterprises"))
        return tr("Enterprises");
    if (unit == QLatin1String("percent"))
        return tr("%");
    if (unit == QLatin1String("100m_yuan"))
        return tr("100 million yuan");
    if (unit == QLatin1String("scenarios"))
        return tr("Scenarios");
    return readable(unit);
}

StatLabels::RegionGroup StatLabels::regionGroup(const QString &key)
{
    if (find(kGuiyang, key))
        return RegionGroup::GuiyangDistrict;
    if (find(kGuiAn, key))
        return RegionGroup::GuiAn;
    if (find(kPrefectures, key))
        return RegionGroup::Prefecture;
    return RegionGroup::Other;
}

QString StatLabels::formatNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const bool whole = std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString StatLabels::formatValue(double value, const QString &unit)
{
    const QString number = formatNumber(value);
    if (unit == QLatin1String("enterprises"))
        return tr("%1 enterprises").arg(number);
    if (unit == QLatin1String("percent"))
        return tr("%1 %").arg(number);
    if (unit == QLatin1String("100m_yuan"))
        return tr("%1 × 100 million yuan").arg(number);
    if (unit == QLatin1String("scenarios"))
        return tr("%1 scenarios").arg(number);
    return unit.isEmpty() ? number : tr("%1 %2").arg(number, readable(unit));
}

QString StatLabels::formatBytes(uint64_t bytes)
{
    if (bytes == 0)
        return QStringLiteral("—");
    const QLocale locale;
    const double b = double(bytes);
    if (b >= 1e12)
        return tr("%1 TB").arg(locale.toString(b / 1e12, 'f', 1));
    if (b >= 1e9)
        return tr("%1 GB").arg(locale.toString(b / 1e9, 'f', 1));
    if (b >= 1e6)
        return tr("%1 MB").arg(locale.toString(b / 1e6, 'f', 1));
    if (b >= 1e3)
        return tr("%1 kB").arg(locale.toString(b / 1e3, 'f', 0));
    return tr("%1 B").arg(locale.toString(qulonglong(bytes)));
}

QString StatLabels::formatPeriod(const QString &period)
{
    if (period.size() != 7 || period[4] != QLatin1Char('-'))
        return period;
    bool yearOk = false;
    bool monthOk = false;
    const int year = period.left(4).toInt(&yearOk);
    const int month = period.mid(5, 2).toInt(&monthOk);
    if (!yearOk || !monthOk || month < 1 || month > 12)
        return period;
    //: A month and its year, e.g. "March 2024"; Chinese: "%2年%1".
    return tr("%1 %2", "month year")
        .arg(QLocale().standaloneMonthName(month, QLocale::LongFormat), QString::number(year));
}

bool StatLabels::isStale(const StatisticsState &state, qint64 fetchedUnixMs)
{
    const qint64 fetched = fetchedUnixMs > 0 ? fetchedUnixMs : state.fetchedUnixMs;
    return fetched == 0 || !state.serverReachable;
}

QString StatLabels::freshness(const StatisticsState &state,
                              Subject subject,
                              qint64 nowUnixMs,
                              qint64 fetchedUnixMs)
{
    QString line = freshnessOfData(state, subject, nowUnixMs, fetchedUnixMs);
    if (!state.cacheError.isEmpty())
        line +=
            QStringLiteral(" · ") + tr("the offline copy is not kept (%1)").arg(state.cacheError);
    return line;
}

QString StatLabels::freshnessOfData(const StatisticsState &state,
                                    Subject subject,
                                    qint64 nowUnixMs,
                                    qint64 fetchedUnixMs)
{
    const qint64 fetched = fetchedUnixMs > 0 ? fetchedUnixMs : state.fetchedUnixMs;
    if (fetched == 0) {
        if (state.syncing)
            return tr("No data yet — fetching from the server…");
        if (!state.lastError.isEmpty())
            return tr("No data yet — the server could not be reached: %1").arg(state.lastError);
        return tr("No data yet");
    }
    const QString age = formatAge(std::max<qint64>(0, nowUnixMs - fetched));
    if (state.serverReachable) {
        const QString line = subject == Subject::Catalog
                                 ? tr("Catalog from server, fetched %1").arg(age)
                                 : tr("Figures from server, fetched %1").arg(age);
        return state.syncing ? tr("%1 · updating…").arg(line) : line;
    }
    if (state.syncing)
        return tr("Showing the copy fetched %1 — contacting the server…").arg(age);
    return tr("Server unreachable — showing the copy fetched %1").arg(age);
}

QString StatLabels::syntheticNote()
{
    return tr("Series marked synthetic are sample data for the demo, not official figures.");
}

QString StatLabels::markedName(const QString &name, int syntheticPoints, int points)
{
    if (points > 0 && syntheticPoints >= points)
        return tr("%1 (synthetic)").arg(name);
    if (syntheticPoints > 0)
        return tr("%1 (partly synthetic)").arg(name);
    return name;
}

} // namespace scb
