#include "report.h"

#include "formatting.h"
#include "language.h"
#include "statisticsbridge.h"

#include "core/aggregates.h"
#include "rpc/client/statisticsclient.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>

namespace scb {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kMaxRangeMs = 400 * kDayMs;
constexpr int kChartPoints = 400;
constexpr int kHottestChips = 5;
constexpr size_t kMaxAlerts = 5000;

// A local date or date and time; endOfDay for a bare date given as TO.
bool parseMoment(const QString &text, bool endOfDay, qint64 *ms)
{
    const QString t = text.trimmed();
    QDateTime at;
    if (t.size() == 10) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return false;
        at = endOfDay ? date.endOfDay() : date.startOfDay();
    } else {
        at = QDateTime::fromString(t, Qt::ISODate);
        if (!at.isValid())
            return false;
    }
    *ms = at.toMSecsSinceEpoch();
    return true;
}

} // namespace

const QStringList &reportSectionKeys()
{
    static const QStringList keys{QStringLiteral("overview"), QStringLiteral("chips"),
                                  QStringLiteral("datasets"), QStringLiteral("adoption"),
                                  QStringLiteral("industry")};
    return keys;
}

QString parseReportRange(const QString &text, qint64 nowMs, qint64 *fromMs, qint64 *toMs)
{
    const QString t = text.trimmed();
    static const QRegularExpression span(QStringLiteral(R"(^(\d{1,5})([hd])$)"));
    if (const auto m = span.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 ms = n * (m.captured(2) == QLatin1String("h") ? kHourMs : kDayMs);
        if (n < 1 || ms > kMaxRangeMs)
            return ReportDocument::tr("expected 1h to 400d, got '%1'.").arg(text);
        *fromMs = nowMs - ms;
        *toMs = nowMs;
        return {};
    }
    const qsizetype dots = t.indexOf(QLatin1String(".."));
    if (dots > 0) {
        qint64 from = 0, to = 0;
        if (!parseMoment(t.left(dots), false, &from) || !parseMoment(t.mid(dots + 2), true, &to))
            return ReportDocument::tr("expected dates YYYY-MM-DD or times YYYY-MM-DDTHH:MM in "
                                      "FROM..TO, got '%1'.")
                .arg(text);
        if (from >= to)
            return ReportDocument::tr("the start must come before the end, got '%1'.").arg(text);
        if (to - from > kMaxRangeMs)
            return ReportDocument::tr("at most 400 days in one report, got '%1'.").arg(text);
        *fromMs = from;
        *toMs = to;
        return {};
    }
    return ReportDocument::tr("expected 24h, 7d, 30d or FROM..TO, got '%1'.").arg(text);
}

QString parseReportSections(const QString &text, QStringList *sections)
{
    QStringList wanted;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString key = part.trimmed().toLower();
        if (key.isEmpty())
            continue;
        if (!reportSectionKeys().contains(key))
            return ReportDocument::tr("unknown section '%1' (known: %2).")
                .arg(part.trimmed(), reportSectionKeys().join(QLatin1Char(',')));
        wanted << key;
    }
    if (wanted.isEmpty())
        return ReportDocument::tr("no section named.");
    sections->clear();
    for (const QString &key : reportSectionKeys()) {
        if (wanted.contains(key))
            *sections << key;
    }
    return {};
}

bool parsePaperSize(const QString &text, QPageSize::PageSizeId *size)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("a4"))
        *size = QPageSize::A4;
    else if (t == QLatin1String("a3"))
        *size = QPageSize::A3;
    else if (t == QLatin1String("letter"))
        *size = QPageSize::Letter;
    else
        return false;
    return true;
}

namespace {

QLocale reportLocale(bool chinese)
{
    return chinese ? QLocale(QLocale::Chinese, QLocale::China)
                   : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QString reportCount(double count, bool chinese)
{
    return formatLargeNumber(count, reportLocale(chinese));
}

QString reportYuan100m(double hundredMillions, bool chinese)
{
    return formatHundredMillionYuan(hundredMillions, reportLocale(chinese));
}

ReportData loadReportData(const ReportRequest &request)
{
    ReportData data;
    data.fromMs = request.fromMs;
    data.toMs = request.toMs;
    data.generatedMs = QDateTime::currentMSecsSinceEpoch();
    data.dbPath = request.dbPath;
    data.server = request.server;
    const auto wants = [&](const char *key) {
        return request.sections.contains(QLatin1String(key));
    };
    const bool fleet = wants("overview") || wants("chips");
    const bool stats = wants("datasets") || wants("adoption") || wants("industry");
    const std::string path = QDir::toNativeSeparators(request.dbPath).toStdString();

    if (fleet && !request.dbPath.isEmpty() && QFileInfo::exists(request.dbPath)) {
        auto opened = HistoryStore::open(path, {}, /*readOnly=*/true);
        if (!opened) {
            data.problems << QString::fromStdString(opened.error());
        } else {
            HistoryStore &store = *opened.value();
            data.haveStore = true;
            data.inventory = store.loadInventory();
            data.lastTickMs = store.lastTickMs();
            data.latest = store.latestTick();
            if (data.inventory && data.latest &&
                data.latest->inventoryVersion == data.inventory->version &&
                data.latest->chipCount() == data.inventory->chipCount()) {
                const InventoryIndex index = InventoryIndex::build(*data.inventory);
                data.latestAggregates = computeAggregates(*data.inventory, index, *data.latest);
            }
            const auto query = [&](int scope, AggregateField field, qint64 from, qint64 to) {
                auto points =
                    store.queryAggregate(scope, field, std::max<qint64>(0, from), to, kChartPoints);
                if (!points) {
                    data.problems << QString::fromStdString(points.error());
                    return std::vector<SeriesPoint>{};
                }
                return std::move(points.value());
            };
            data.fleetUtilization =
                query(kFleetScope, AggregateField::UtilizationMean, request.fromMs, request.toMs);
            data.fleetPower24h =
                query(kFleetScope, AggregateField::PowerWatts, request.toMs - kDayMs, request.toMs);
            const int centers = data.inventory ? int(data.inventory->centers.size()) : 0;
            for (int c = 0; c < centers; ++c) {
                data.centerUtilization.push_back(
                    query(c, AggregateField::UtilizationMean, request.fromMs, request.toMs));
                if (wants("chips"))
                    data.centerTemperature.push_back(
                        query(c, AggregateField::TemperatureMaxC, request.fromMs, request.toMs));
            }
            if (wants("chips")) {
                if (data.latest) {
                    const auto &temps = data.latest->column(Metric::Temperature);
                    std::vector<uint32_t> order(temps.size());
                    std::iota(order.begin(), order.end(), 0u);
                    const size_t n = std::min<size_t>(kHottestChips, order.size());
                    std::partial_sort(order.begin(), order.begin() + ptrdiff_t(n), order.end(),
                                      [&](uint32_t a, uint32_t b) {
                                          return temps[a] != temps[b] ? temps[a] > temps[b] : a < b;
                                      });
                    for (size_t i = 0; i < n && temps[order[i]] != kNoData; ++i) {
                        ReportData::HotChip hot;
                        hot.chip = order[i];
                        hot.temperatureC = temps[order[i]];
                        if (auto s = store.queryChip(hot.chip, Metric::Temperature,
                                                     std::max<qint64>(0, request.fromMs),
                                                     request.toMs, kChartPoints / 2))
                            hot.series = std::move(s.value());
                        data.hottestChips.push_back(std::move(hot));
                    }
                }
                if (auto alerts = store.queryAlerts(std::max<qint64>(0, request.fromMs),
                                                    request.toMs, kMaxAlerts))
                    data.alerts = std::move(alerts.value());
                else
                    data.problems << QString::fromStdString(alerts.error());
                if (auto counts = store.queryEventCounts(std::max<qint64>(0, request.fromMs),
                                                         request.toMs, 20))
                    data.eventCounts = std::move(counts.value());
            }
        }
    }

    if (stats) {
        if (!request.server.isEmpty()) {
            StatisticsClient client(request.server.toStdString(), 10'000);
            StatisticsClient::CatalogInfo info;
            auto catalog = client.fetchCatalog(&info);
            auto adoption = client.cloudAdoption();
            auto industry = client.industryOutput();
            if (catalog && adoption && industry) {
                data.statisticsSource = QStringLiteral("server");
                data.statisticsFetchedMs = data.generatedMs;
                data.haveCatalog = true;
                std::map<std::string, DatasetIndex::ThemeTotal> themes;
                for (const Dataset &d : catalog.value()) {
                    const std::string key = d.theme.empty() ? "other" : d.theme;
                    auto &t = themes[key];
                    t.theme = key;
                    ++t.datasets;
                    t.bytes += d.byteSize;
                }
                for (auto &[key, total] : themes)
                    data.themeTotals.push_back(total);
                std::sort(data.themeTotals.begin(), data.themeTotals.end(),
                          [](const auto &a, const auto &b) { return a.datasets > b.datasets; });
                data.datasetCount = uint32_t(catalog.value().size());
                std::vector<Dataset> all = std::move(catalog.value());
                std::sort(all.begin(), all.end(), [](const Dataset &a, const Dataset &b) {
                    return a.modified > b.modified;
                });
                all.resize(std::min<size_t>(all.size(), 15));
                data.newestDatasets = std::move(all);
                data.adoption = std::move(adoption.value());
                data.industry = std::move(industry.value());
            } else {
                data.problems << ReportDocument::tr("Server %1 did not answer (%2): figures from "
                                                    "the local copy.")
                                     .arg(request.server,
                                          QString::fromStdString(!catalog    ? catalog.error()
                                                                 : !adoption ? adoption.error()
                                                                             : industry.error()));
            }
        }
        // The statistics' local copy lives beside the history file (StatisticsBridge).
        const QString cachePath = StatisticsBridge::cachePathFor(request.dbPath);
        if (data.statisticsSource.isEmpty() && !cachePath.isEmpty() &&
            QFileInfo::exists(cachePath)) {
            auto cache = StatisticsCache::open(QDir::toNativeSeparators(cachePath).toStdString());
            if (!cache) {
                data.problems << QString::fromStdString(cache.error());
            } else {
                StatisticsCache &c = *cache.value();
                data.statisticsSource = QStringLiteral("cache");
                if (auto f = c.freshness(StatisticsCache::Kind::Catalog))
                    data.statisticsFetchedMs = f.value().fetchedUnixMs;
                if (auto totals = c.catalog().themeTotals())
                    data.themeTotals = std::move(totals.value());
                if (auto count = c.catalog().count())
                    data.datasetCount = count.value();
                DatasetQuery q;
                q.sort = DatasetQuery::Sort::ModifiedDesc;
                q.limit = 15;
                q.withFacets = false;
                if (auto page = c.catalog().query(q))
                    data.newestDatasets = std::move(page.value().datasets);
                data.haveCatalog = data.datasetCount > 0;
                if (auto s = c.series(StatisticsCache::Kind::Adoption))
                    data.adoption = std::move(s.value());
                if (auto s = c.series(StatisticsCache::Kind::Industry))
                    data.industry = std::move(s.value());
            }
        }
    }
    return data;
}

QString writeReport(const ReportRequest &request,
                    const std::function<void(int, int)> &progress,
                    const std::atomic_bool *cancel,
                    int *pages)
{
    const QFileInfo target(request.outputPath);
    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return ReportDocument::tr("cannot write %1: %2")
            .arg(target.absoluteFilePath(), file.errorString());
    const ReportData data = loadReportData(request);
    if (cancel && cancel->load()) {
        file.cancelWriting();
        return ReportDocument::tr("cancelled");
    }
    ReportDocument document(request.page);
    buildReport(document, request, data);
    const QString why = document.render(&file, progress, cancel);
    if (!why.isEmpty()) {
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return ReportDocument::tr("cannot write %1: %2")
            .arg(target.absoluteFilePath(), file.errorString());
    if (pages)
        *pages = document.pageCount();
    return {};
}

} // namespace scb
