#pragma once

#include "stats/statistics.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace scb {

struct StatisticsState;

// What the statistics panels call things, in the UI's language: the keys of
// themes, industries, regions and fields the data carries, the catalog's
// enumerations, the series and their units, and how fresh the data is.
// Every name goes through tr(); an unknown key is shown as itself, with its
// underscores as spaces.
class StatLabels
{
    Q_DECLARE_TR_FUNCTIONS(scb::StatLabels)
public:
    // Whether texts given in both languages are read in Chinese (the UI
    // language is Chinese) rather than English.
    static bool chineseUi();
    // The text in the UI's language, else in the other one.
    static QString pick(const LocalizedText &text);
    // The text in the language pick() does not choose; empty when that one is
    // empty or the same.
    static QString other(const LocalizedText &text);

    static QString theme(const QString &key);         // "meteorology" → "Meteorology"
    static QString industry(const QString &key);      // "manufacturing" → "Manufacturing"
    static QString region(const QString &key);        // "gui_an" → "Gui'an New Area"
    static QString scenarioField(const QString &key); // "rural" → "Rural vitalization"
    static QString level(const QString &key);         // "provincial" → "Provincial"
    static QString annotation(const QString &key);    // "benchmark" → "Benchmark"
    static QString access(const QString &key);        // "non-public" → "Not public"
    static QString frequency(const QString &key);     // "monthly" → "Monthly"
    // A catalog field of the facet list: "license" → "Licence".
    static QString facetField(const QString &field);
    // A facet value in words, by its field (publishers, formats and licences
    // are shown as they are).
    static QString facetValue(const QString &field, const QString &value);
    static QString
    series(const QString &key); // "enterprises_on_cloud" → "Enterprises on the cloud"
    // A unit as an axis title: "100m_yuan" → "100 million yuan", "percent" → "%".
    static QString unitTitle(const QString &unit);

    // Where a region lies, for grouping the region chart.
    enum class RegionGroup { GuiyangDistrict, GuiAn, Prefecture, Other };
    static RegionGroup regionGroup(const QString &key);

    // A figure with its unit, in the current locale: "30,000 enterprises",
    // "42.5 %", "1,000 × 100 million yuan", "21 scenarios".
    static QString formatValue(double value, const QString &unit);
    // A figure alone: whole numbers without decimals, else one.
    static QString formatNumber(double value);
    // Bytes as "1.2 GB" (powers of 1000); "—" for 0 (unknown).
    static QString formatBytes(uint64_t bytes);
    // A period "2024-03" as "March 2024" (in the locale's words), "2024" as is.
    static QString formatPeriod(const QString &period);

    // Which figures a freshness line speaks of.
    enum class Subject { Catalog, Figures };
    // How fresh the data shown is: "Catalog from server, fetched 3 min ago",
    // "Server unreachable — showing the copy fetched 2 h ago", "No data yet".
    // fetchedUnixMs: when what is shown was fetched (0: never; the state's own
    // when 0 is given and the state has one).
    static QString freshness(const StatisticsState &state,
                             Subject subject,
                             qint64 nowUnixMs,
                             qint64 fetchedUnixMs = 0);
    // The line in the panels' "warning" style: true when the data shown is
    // not fresh from the server.
    static bool isStale(const StatisticsState &state, qint64 fetchedUnixMs = 0);

    // The note shown under panels with synthetic series.
    static QString syntheticNote();
    // A series' legend name with its marking: "Output value (synthetic)" when
    // every point is synthetic, "(partly synthetic)" when some are.
    static QString markedName(const QString &name, int syntheticPoints, int points);

private:
    // The freshness line without what it says of the offline copy.
    static QString freshnessOfData(const StatisticsState &state,
                                   Subject subject,
                                   qint64 nowUnixMs,
                                   qint64 fetchedUnixMs);
};

} // namespace scb
