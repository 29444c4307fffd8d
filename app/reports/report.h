#pragma once

#include "reportdocument.h"

#include "core/inventory.h"
#include "stats/statistics.h"
#include "stats/statisticscache.h"
#include "store/historystore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace scb {

// What a report covers and how it looks: from --report and its options, or
// from File → Export report….
struct ReportRequest
{
    QString outputPath;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList sections;                    // keys, in the order shown (reportSectionKeys())
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    ReportDocument::PageSetup page;
    QString dbPath;
    QString server;   // empty: the database only
    QString baseName; // empty: "Gui'an smart computing base" in the report's language
};

// The section keys, in report order: overview, chips, datasets, adoption, industry.
const QStringList &reportSectionKeys();

// "24h", "7d", "30d" (any whole number of hours or days, up to 400 d), or
// "FROM..TO" with dates "YYYY-MM-DD" or local times "YYYY-MM-DDTHH:MM" (a
// date as TO means the end of that day). Returns an empty string and sets
// [from, to] or the reason it is not a range.
QString parseReportRange(const QString &text, qint64 nowMs, qint64 *fromMs, qint64 *toMs);
// "a,b,…" of reportSectionKeys(); duplicates dropped, report order kept.
QString parseReportSections(const QString &text, QStringList *sections);
// "A4", "A3", "Letter" (any case).
bool parsePaperSize(const QString &text, QPageSize::PageSizeId *size);

// Everything the sections draw, read once before layout. Plain data: loaded
// on any thread.
struct ReportData
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 generatedMs = 0;
    QString dbPath;
    QString server;
    QStringList problems; // what could not be read, one line each

    // Fleet (the history store).
    bool haveStore = false;
    std::optional<Inventory> inventory;
    qint64 lastTickMs = 0;
    std::optional<FleetTick> latest;
    std::optional<FleetAggregates> latestAggregates;
    std::vector<SeriesPoint> fleetUtilization;
    std::vector<SeriesPoint> fleetPower24h;
    std::vector<std::vector<SeriesPoint>> centerUtilization; // by center
    std::vector<std::vector<SeriesPoint>> centerTemperature; // max °C, by center
    struct HotChip
    {
        uint32_t chip = 0;
        int32_t temperatureC = 0;
        std::vector<SeriesPoint> series;
    };
    std::vector<HotChip> hottestChips;
    std::vector<AlertRecord> alerts; // raised in range, newest first
    std::vector<ChipEventCounts> eventCounts;

    // Statistics (the server when given, else the cache in the same file).
    bool haveCatalog = false;
    QString statisticsSource; // "server" or "cache"
    qint64 statisticsFetchedMs = 0;
    std::vector<DatasetIndex::ThemeTotal> themeTotals;
    std::vector<Dataset> newestDatasets;
    uint32_t datasetCount = 0;
    StatisticsSeries adoption;
    StatisticsSeries industry;
};

// Reads what the request's sections need: the history store read-only, the
// statistics cache, and first the server's statistics when one is given.
// Missing pieces are noted in problems; never fails as a whole.
ReportData loadReportData(const ReportRequest &request);

// Lays the report out onto a document (title page, KPI summary, sections)
// in the current translators' language.
void buildReport(ReportDocument &document, const ReportRequest &request, const ReportData &data);

// Large figures in the report's language (formatLargeNumber() with that
// locale): "80,000" / "8万", "1.2亿"; money given in 100 million yuan:
// "100 billion yuan" / "1000亿元".
QString reportCount(double count, bool chinese);
QString reportYuan100m(double hundredMillions, bool chinese);

// Reads, lays out and writes to request.outputPath (atomically: a failed or
// cancelled report leaves no file) in the installed translators' language.
// Needs a QGuiApplication; any thread. Returns an empty string or one line saying why not.
// progress(step, steps) as pages are drawn.
QString writeReport(const ReportRequest &request,
                    const std::function<void(int, int)> &progress = {},
                    const std::atomic_bool *cancel = nullptr,
                    int *pages = nullptr);

} // namespace scb
