#include "reportsections.h"

#include "formatting.h"
#include "serieskeys.h"
#include "statlabels.h"

#include "alerts/alertrules.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace scb {

namespace {

// Fleet history ending this long before a period's end is said on the title page.
constexpr qint64 kHistoryGapMs = 15 * 60 * 1000;

constexpr double kChipTarget = 200'000;

const QList<QColor> &palette()
{
    static const QList<QColor> colors{QColor(0x1f, 0x5f, 0xa8), QColor(0xd9, 0x5f, 0x0e),
                                      QColor(0x2c, 0x8c, 0x4a), QColor(0x8e, 0x44, 0xad),
                                      QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0xa0, 0x85),
                                      QColor(0x7f, 0x8c, 0x8d), QColor(0xb7, 0x95, 0x0b)};
    return colors;
}
QColor colorAt(int i)
{
    return palette()[i % palette().size()];
}
const QColor kTargetColor(0xc0, 0x39, 0x2b);
const QColor kReferenceColor(0x55, 0x55, 0x55);

QList<QPointF> avgPoints(const std::vector<SeriesPoint> &points, double scale = 1)
{
    QList<QPointF> out;
    out.reserve(qsizetype(points.size()));
    for (const SeriesPoint &p : points)
        out << QPointF(double(p.unixMs), p.avg * scale);
    return out;
}

double meanOf(const std::vector<SeriesPoint> &points)
{
    if (points.empty())
        return std::nan("");
    double sum = 0;
    for (const SeriesPoint &p : points)
        sum += p.avg;
    return sum / double(points.size());
}

QString percent(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

// Watts as kW or MW, with the unit for an axis title.
struct PowerScale
{
    double factor;
    QString unit;
};
PowerScale powerScale(double maxWatts)
{
    if (maxWatts >= 2e6)
        return {1e-6, QStringLiteral("MW")};
    return {1e-3, QStringLiteral("kW")};
}
QString powerText(double watts)
{
    if (!std::isfinite(watts))
        return QStringLiteral("—");
    const PowerScale s = powerScale(watts);
    return QLocale().toString(watts * s.factor, 'f', s.factor < 1e-3 ? 2 : 0) + QLatin1Char(' ') +
           s.unit;
}

// The observations of one series (and, when given, category), by period.
std::vector<Observation>
seriesOf(const StatisticsSeries &series, const char *key, bool withCategory = false)
{
    std::vector<Observation> out;
    for (const Observation &o : series.observations) {
        if (o.series == key && (withCategory ? !o.category.empty() : o.category.empty()))
            out.push_back(o);
    }
    std::stable_sort(out.begin(), out.end(), [](const Observation &a, const Observation &b) {
        return a.period < b.period;
    });
    return out;
}

QString synthetic(const std::vector<Observation> &obs)
{
    const auto n =
        std::count_if(obs.begin(), obs.end(), [](const Observation &o) { return o.isSynthetic(); });
    return n == 0 ? QString() : StatLabels::syntheticNote();
}

// A line chart of series over the union of their periods, as categories.
ReportDocument::Chart
periodChart(const QString &title,
            const QString &yTitle,
            const std::vector<std::pair<QString, std::vector<Observation>>> &lines,
            const std::set<int> &dashed)
{
    ReportDocument::Chart chart;
    chart.title = title;
    chart.yTitle = yTitle;
    std::set<std::string> periods;
    for (const auto &[name, obs] : lines)
        for (const Observation &o : obs)
            periods.insert(o.period);
    std::map<std::string, int> index;
    for (const std::string &p : periods) {
        index[p] = int(chart.categories.size());
        chart.categories << StatLabels::formatPeriod(QString::fromStdString(p));
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        ReportDocument::Series s;
        s.name = lines[i].first;
        s.dashed = dashed.count(int(i)) > 0;
        s.color =
            s.dashed ? (i + 1 == lines.size() ? kTargetColor : kReferenceColor) : colorAt(int(i));
        for (const Observation &o : lines[i].second)
            s.points << QPointF(index[o.period], o.value);
        if (s.dashed && s.points.size() == 1 && chart.categories.size() > 1) {
            // A single target figure: draw it across the chart as a level.
            const double v = s.points[0].y();
            s.points = {QPointF(0, v), QPointF(chart.categories.size() - 1, v)};
        }
        chart.series << s;
    }
    return chart;
}

QString periodRange(const ReportData &data)
{
    return QStringLiteral("%1 – %2").arg(formatDateTime(data.fromMs), formatDateTime(data.toMs));
}

} // namespace

QString ReportContext::centerName(size_t center) const
{
    if (data.inventory && center < data.inventory->centers.size())
        return QString::fromStdString(data.inventory->centers[center].name);
    return QString::number(center + 1);
}

std::unique_ptr<ReportSection> ReportSection::create(const QString &key)
{
    if (key == QLatin1String("overview"))
        return std::make_unique<OverviewSection>();
    if (key == QLatin1String("chips"))
        return std::make_unique<ChipsSection>();
    if (key == QLatin1String("datasets"))
        return std::make_unique<DatasetsSection>();
    if (key == QLatin1String("adoption"))
        return std::make_unique<AdoptionSection>();
    if (key == QLatin1String("industry"))
        return std::make_unique<IndustrySection>();
    return nullptr;
}

// ---- Overview -------------------------------------------------------------

void OverviewSection::build(ReportDocument &doc, const ReportContext &ctx) const
{
    const ReportData &d = ctx.data;
    doc.addHeading(title());
    if (!d.haveStore || !d.inventory) {
        doc.addParagraph(tr("No fleet history is available for this report (database: %1).")
                             .arg(QDir::toNativeSeparators(d.dbPath)),
                         true);
        return;
    }
    const auto &agg = d.latestAggregates;
    QList<ReportDocument::Kpi> kpis;
    kpis << ReportDocument::Kpi{tr("Chips online"),
                                agg ? ctx.count(agg->fleet.chipsOnline) : QStringLiteral("—"),
                                tr("target %1").arg(ctx.count(kChipTarget))};
    kpis << ReportDocument::Kpi{tr("Mean utilization"), percent(meanOf(d.fleetUtilization)),
                                tr("over the period")};
    kpis << ReportDocument::Kpi{
        tr("Power now"), agg ? powerText(double(agg->fleet.powerWatts)) : QStringLiteral("—"),
        tr("whole fleet")};
    kpis << ReportDocument::Kpi{tr("Chips with faults"),
                                agg ? ctx.count(agg->fleet.chipsFault) : QStringLiteral("—"),
                                tr("ECC, XID or health fault")};
    doc.addKpis(kpis);
    if (d.lastTickMs > 0)
        doc.addParagraph(tr("Latest fleet data: %1.").arg(formatDateTime(d.lastTickMs)), true);

    ReportDocument::Table table;
    table.title = tr("Smart computing centers");
    table.headers = {tr("Center"),          tr("Location"),         tr("Chips"), tr("Online"),
                     tr("Utilization now"), tr("Mean utilization"), tr("Power"), tr("Faults")};
    table.widths = {2.2, 1.6, 1, 1, 1.2, 1.2, 1, 0.8};
    table.alignRight = {false, false, true, true, true, true, true, true};
    for (size_t c = 0; c < d.inventory->centers.size(); ++c) {
        const GroupAggregate *g = agg && c < agg->centers.size() ? &agg->centers[c] : nullptr;
        const double mean =
            c < d.centerUtilization.size() ? meanOf(d.centerUtilization[c]) : std::nan("");
        table.rows << QStringList{ctx.centerName(c),
                                  QString::fromStdString(d.inventory->centers[c].location),
                                  g ? ctx.count(g->chipsTotal) : QStringLiteral("—"),
                                  g ? ctx.count(g->chipsOnline) : QStringLiteral("—"),
                                  g ? percent(g->utilizationMean()) : QStringLiteral("—"),
                                  percent(mean),
                                  g ? powerText(double(g->powerWatts)) : QStringLiteral("—"),
                                  g ? ctx.count(g->chipsFault) : QStringLiteral("—")};
    }
    table.emptyText = tr("No centers in the inventory.");
    doc.addTable(table);

    ReportDocument::Chart util;
    util.title = tr("Fleet utilization over the period");
    util.yTitle = tr("Utilization (%)");
    util.timeAxis = true;
    util.timeFromMs = double(d.fromMs);
    util.timeToMs = double(d.toMs);
    util.series << ReportDocument::Series{tr("Fleet"), colorAt(0), avgPoints(d.fleetUtilization)};
    doc.addChart(util);

    ReportDocument::Chart power;
    power.title = tr("Power, last 24 hours");
    power.timeAxis = true;
    power.timeToMs = double(d.toMs);
    power.timeFromMs = power.timeToMs - 24 * 3600e3;
    double maxW = 0;
    for (const SeriesPoint &p : d.fleetPower24h)
        maxW = std::max(maxW, p.avg);
    const PowerScale scale = powerScale(maxW);
    power.yTitle = tr("Power (%1)").arg(scale.unit);
    power.series << ReportDocument::Series{tr("Fleet"), colorAt(1),
                                           avgPoints(d.fleetPower24h, scale.factor)};
    doc.addChart(power);
}

// ---- Chips and alerts -----------------------------------------------------

void ChipsSection::build(ReportDocument &doc, const ReportContext &ctx) const
{
    const ReportData &d = ctx.data;
    doc.addHeading(title());
    if (!d.haveStore || !d.inventory) {
        doc.addParagraph(tr("No fleet history is available for this report (database: %1).")
                             .arg(QDir::toNativeSeparators(d.dbPath)),
                         true);
        return;
    }
    ReportDocument::Chart util;
    util.title = tr("Utilization per center");
    util.yTitle = tr("Utilization (%)");
    util.timeAxis = true;
    util.timeFromMs = double(d.fromMs);
    util.timeToMs = double(d.toMs);
    for (size_t c = 0; c < d.centerUtilization.size(); ++c)
        util.series << ReportDocument::Series{ctx.centerName(c), colorAt(int(c)),
                                              avgPoints(d.centerUtilization[c])};
    doc.addChart(util);

    ReportDocument::Chart temp;
    temp.title = tr("Hottest chips now, over the period");
    temp.yTitle = tr("Temperature (°C)");
    temp.timeAxis = true;
    temp.timeFromMs = double(d.fromMs);
    temp.timeToMs = double(d.toMs);
    for (size_t i = 0; i < d.hottestChips.size(); ++i) {
        const auto &hot = d.hottestChips[i];
        temp.series << ReportDocument::Series{tr("Chip %1").arg(hot.chip), colorAt(int(i)),
                                              avgPoints(hot.series)};
    }
    doc.addChart(temp);

    // Alerts: open ones by severity, then every alert of the period.
    int open[3] = {0, 0, 0};
    for (const AlertRecord &a : d.alerts) {
        if (a.clearedMs == 0 && a.severity >= 1 && a.severity <= 2)
            ++open[a.severity];
    }
    doc.addHeading(tr("Alerts"), 2);
    doc.addKpis({ReportDocument::Kpi{tr("Active critical alerts"), ctx.count(open[2]),
                                     alertSeverityText(Severity::Critical)},
                 ReportDocument::Kpi{tr("Active warnings"), ctx.count(open[1]),
                                     alertSeverityText(Severity::Warning)},
                 ReportDocument::Kpi{tr("Alerts raised in the period"),
                                     ctx.count(double(d.alerts.size())), periodRange(d)}});
    ReportDocument::Table alerts;
    alerts.title = tr("Alerts raised in the period");
    alerts.headers = {tr("Raised"), tr("Severity"), tr("Alert"), tr("Center"),
                      tr("Chip"),   tr("Value"),    tr("State")};
    alerts.widths = {1.7, 0.9, 1.6, 1.6, 0.8, 0.7, 1.2};
    alerts.alignRight = {false, false, false, false, true, true, false};
    for (const AlertRecord &a : d.alerts) {
        const auto kind = AlertKind(std::clamp(a.kind, 0, 255));
        QString state = a.clearedMs ? tr("cleared %1").arg(formatClock(a.clearedMs))
                                    : (a.ackMs ? tr("acknowledged") : tr("open"));
        alerts.rows << QStringList{
            formatDateTime(a.raisedMs),
            alertSeverityText(a.severity == 2 ? Severity::Critical : Severity::Warning),
            QCoreApplication::translate("AlertKinds", alertKindTitle(kind)),
            ctx.centerName(a.center),
            kind == AlertKind::NodeSilent ? QStringLiteral("—") : QString::number(a.chip),
            QLocale().toString(a.value, 'f', a.value == std::round(a.value) ? 0 : 1),
            state};
    }
    alerts.emptyText = tr("No alerts were raised in this period.");
    doc.addTable(alerts);

    ReportDocument::Table events;
    events.title = tr("Chips with the most events");
    events.headers = {tr("Chip"),           tr("Center"),     tr("XID"),
                      tr("Double-bit ECC"), tr("Throttling"), tr("Offline")};
    events.alignRight = {true, false, true, true, true, true};
    const InventoryIndex index = InventoryIndex::build(*d.inventory);
    for (const ChipEventCounts &e : d.eventCounts) {
        const QString center = e.chip < d.inventory->chipCount()
                                   ? ctx.centerName(index.centerOfChip(*d.inventory, e.chip))
                                   : QStringLiteral("—");
        events.rows << QStringList{QString::number(e.chip), center,
                                   ctx.count(e.xid),        ctx.count(e.eccDoubleBit),
                                   ctx.count(e.throttle),   ctx.count(e.offline)};
    }
    events.emptyText = tr("No chip events in this period.");
    doc.addTable(events);
}

// ---- Datasets -------------------------------------------------------------

void DatasetsSection::build(ReportDocument &doc, const ReportContext &ctx) const
{
    const ReportData &d = ctx.data;
    doc.addHeading(title());
    if (!d.haveCatalog) {
        doc.addParagraph(tr("No dataset catalog is available: connect to a server once, or "
                            "import a catalog."),
                         true);
        return;
    }
    uint64_t bytes = 0;
    for (const auto &t : d.themeTotals)
        bytes += t.bytes;
    doc.addKpis(
        {ReportDocument::Kpi{tr("Datasets"), ctx.count(d.datasetCount), tr("in the catalog")},
         ReportDocument::Kpi{tr("Volume"), StatLabels::formatBytes(bytes), tr("where known")},
         ReportDocument::Kpi{tr("Themes"), ctx.count(double(d.themeTotals.size())),
                             tr("tourism, electricity, government, …")}});
    ReportDocument::Chart chart;
    chart.kind = ReportDocument::Chart::Kind::Bar;
    chart.title = tr("Datasets by theme");
    chart.yTitle = tr("Datasets");
    ReportDocument::Series s{tr("Datasets"), colorAt(0), {}};
    ReportDocument::Table table;
    table.title = tr("Datasets and volume by theme");
    table.headers = {tr("Theme"), tr("Datasets"), tr("Volume")};
    table.alignRight = {false, true, true};
    for (const auto &t : d.themeTotals) {
        const QString name = StatLabels::theme(QString::fromStdString(t.theme));
        s.points << QPointF(chart.categories.size(), t.datasets);
        chart.categories << name;
        table.rows << QStringList{name, ctx.count(t.datasets), StatLabels::formatBytes(t.bytes)};
    }
    chart.series << s;
    doc.addChart(chart);
    doc.addTable(table);

    ReportDocument::Table newest;
    newest.title = tr("Newest datasets");
    newest.headers = {tr("Title"), tr("Theme"), tr("Publisher"), tr("Modified")};
    newest.widths = {3.2, 1.1, 2, 1};
    for (const Dataset &ds : d.newestDatasets)
        newest.rows << QStringList{
            StatLabels::pick(ds.title), StatLabels::theme(QString::fromStdString(ds.theme)),
            QString::fromStdString(ds.publisher), QString::fromStdString(ds.modified)};
    newest.emptyText = tr("No datasets.");
    doc.addTable(newest);
}

// ---- Cloud adoption -------------------------------------------------------

void AdoptionSection::build(ReportDocument &doc, const ReportContext &ctx) const
{
    const StatisticsSeries &series = ctx.data.adoption;
    doc.addHeading(title());
    if (series.observations.empty()) {
        doc.addParagraph(tr("No cloud adoption figures are available: connect to a server once."),
                         true);
        return;
    }
    const auto onCloud = seriesOf(series, serieskeys::kEnterprisesOnCloud);
    const auto province = seriesOf(series, serieskeys::kProvinceFigure);
    const auto target = seriesOf(series, serieskeys::kAdoptionTarget);
    QList<ReportDocument::Kpi> kpis;
    if (!onCloud.empty())
        kpis << ReportDocument::Kpi{
            tr("Enterprises on the cloud"), ctx.count(onCloud.back().value),
            StatLabels::formatPeriod(QString::fromStdString(onCloud.back().period))};
    if (!province.empty())
        kpis << ReportDocument::Kpi{tr("Province figure"), ctx.count(province.back().value),
                                    tr("published")};
    if (!target.empty())
        kpis << ReportDocument::Kpi{tr("Target"), ctx.count(target.back().value),
                                    QString::fromStdString(target.back().period)};
    if (!kpis.isEmpty())
        doc.addKpis(kpis);

    // Yearly targets are drawn at the year's months; monthly series as they are.
    std::vector<Observation> targetMonthly;
    for (const Observation &t : target) {
        for (const Observation &o : onCloud) {
            if (o.period.rfind(t.period, 0) == 0) {
                Observation m = t;
                m.period = o.period;
                targetMonthly.push_back(m);
            }
        }
    }
    doc.addChart(periodChart(
        tr("Enterprises on the cloud against the province figure and target"), tr("Enterprises"),
        {{StatLabels::series(QLatin1String(serieskeys::kEnterprisesOnCloud)), onCloud},
         {StatLabels::series(QLatin1String(serieskeys::kProvinceFigure)), province},
         {StatLabels::series(QLatin1String(serieskeys::kAdoptionTarget)),
          targetMonthly.empty() ? target : targetMonthly}},
        {1, 2}));
    if (const QString note = synthetic(onCloud); !note.isEmpty())
        doc.addParagraph(note, true);

    const auto categoryTable = [&](const char *key, const QString &title, const QString &column,
                                   QString (*label)(const QString &)) {
        const auto obs = seriesOf(series, key, true);
        ReportDocument::Table table;
        table.title = title;
        std::string latest;
        for (const Observation &o : obs)
            latest = std::max(latest, o.period);
        table.headers = {column,
                         tr("Enterprises on the cloud (%1)").arg(QString::fromStdString(latest))};
        table.widths = {2, 1};
        table.alignRight = {false, true};
        std::vector<Observation> rows;
        for (const Observation &o : obs)
            if (o.period == latest)
                rows.push_back(o);
        std::sort(rows.begin(), rows.end(),
                  [](const Observation &a, const Observation &b) { return a.value > b.value; });
        for (const Observation &o : rows)
            table.rows << QStringList{label(QString::fromStdString(o.category)),
                                      ctx.count(o.value)};
        table.emptyText = tr("No figures.");
        doc.addTable(table);
    };
    categoryTable(serieskeys::kAdoptionByIndustry, tr("By industry"), tr("Industry"),
                  &StatLabels::industry);
    categoryTable(serieskeys::kAdoptionByRegion, tr("By region"), tr("Region"),
                  &StatLabels::region);
}

// ---- Industry output ------------------------------------------------------

void IndustrySection::build(ReportDocument &doc, const ReportContext &ctx) const
{
    const StatisticsSeries &series = ctx.data.industry;
    doc.addHeading(title());
    if (series.observations.empty()) {
        doc.addParagraph(tr("No industry output figures are available: connect to a server once."),
                         true);
        return;
    }
    const auto output = seriesOf(series, serieskeys::kOutputValue);
    const auto software = seriesOf(series, serieskeys::kSoftwareRevenue);
    const auto softwareTarget = seriesOf(series, serieskeys::kSoftwareRevenueTarget);
    const auto growing = seriesOf(series, serieskeys::kGrowingEnterprises);
    const auto growingTarget = seriesOf(series, serieskeys::kGrowingEnterprisesTarget);
    QList<ReportDocument::Kpi> kpis;
    if (!software.empty())
        kpis << ReportDocument::Kpi{tr("Software revenue"), ctx.yuan100m(software.back().value),
                                    QString::fromStdString(software.back().period)};
    if (!softwareTarget.empty())
        kpis << ReportDocument::Kpi{tr("Software revenue target"),
                                    ctx.yuan100m(softwareTarget.back().value),
                                    QString::fromStdString(softwareTarget.back().period)};
    if (!growing.empty())
        kpis << ReportDocument::Kpi{
            tr("Growing enterprises"), ctx.count(growing.back().value),
            growingTarget.empty() ? QString::fromStdString(growing.back().period)
                                  : tr("target %1").arg(ctx.count(growingTarget.back().value))};
    if (!kpis.isEmpty())
        doc.addKpis(kpis);
    const QString money = StatLabels::unitTitle(QStringLiteral("100m_yuan"));
    doc.addChart(periodChart(
        tr("Output value and software revenue"), money,
        {{StatLabels::series(QLatin1String(serieskeys::kOutputValue)), output},
         {StatLabels::series(QLatin1String(serieskeys::kSoftwareRevenue)), software},
         {StatLabels::series(QLatin1String(serieskeys::kSoftwareRevenueTarget)), softwareTarget}},
        {2}));
    doc.addChart(periodChart(
        tr("Growing enterprises against the target"), tr("Enterprises"),
        {{StatLabels::series(QLatin1String(serieskeys::kGrowingEnterprises)), growing},
         {StatLabels::series(QLatin1String(serieskeys::kGrowingEnterprisesTarget)), growingTarget}},
        {1}));
    if (const QString note = synthetic(output); !note.isEmpty())
        doc.addParagraph(note, true);

    std::set<std::string> years;
    for (const auto *obs : {&output, &software, &growing})
        for (const Observation &o : *obs)
            years.insert(o.period);
    ReportDocument::Table table;
    table.title = tr("Figures by year");
    table.headers = {tr("Year"), StatLabels::series(QLatin1String(serieskeys::kOutputValue)),
                     StatLabels::series(QLatin1String(serieskeys::kSoftwareRevenue)),
                     StatLabels::series(QLatin1String(serieskeys::kGrowingEnterprises))};
    table.widths = {0.7, 1.6, 1.6, 1.4};
    table.alignRight = {false, true, true, true};
    const auto valueAt = [](const std::vector<Observation> &obs, const std::string &year) {
        for (const Observation &o : obs)
            if (o.period == year)
                return o.value;
        return std::nan("");
    };
    for (const std::string &year : years) {
        const double o = valueAt(output, year), s = valueAt(software, year),
                     g = valueAt(growing, year);
        table.rows << QStringList{QString::fromStdString(year),
                                  std::isfinite(o) ? ctx.yuan100m(o) : QStringLiteral("—"),
                                  std::isfinite(s) ? ctx.yuan100m(s) : QStringLiteral("—"),
                                  std::isfinite(g) ? ctx.count(g) : QStringLiteral("—")};
    }
    table.emptyText = tr("No figures.");
    doc.addTable(table);
}

// ---- The whole report -----------------------------------------------------

namespace {

class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(scb::ReportBuilder)
public:
    static void build(ReportDocument &doc, const ReportRequest &request, const ReportData &d);
};

void ReportBuilder::build(ReportDocument &doc, const ReportRequest &request, const ReportData &d)
{
    const bool chinese = request.language == QLatin1String("zh_CN");
    const ReportContext ctx{request, d, chinese};
    doc.setFontFamilies(
        chinese ? QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")}
                : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QString base = request.baseName.trimmed();
    if (base.isEmpty())
        base = QSettings().value(QStringLiteral("summary/baseName")).toString().trimmed().left(200);
    if (base.isEmpty())
        base = tr("Gui'an smart computing base");

    std::vector<std::unique_ptr<ReportSection>> sections;
    QStringList titles;
    for (const QString &key : request.sections) {
        if (auto section = ReportSection::create(key)) {
            titles << section->title();
            sections.push_back(std::move(section));
        }
    }

    ReportDocument::TitlePage title;
    title.title = base;
    title.subtitle = tr("Operations report");
    title.facts << std::pair{tr("Period"), periodRange(d)};
    title.facts << std::pair{tr("Generated at"), formatDateTime(d.generatedMs)};
    // "; " in English, "；" in Chinese.
    const QString listSeparator = tr("; ", "between the items of a title page fact");
    QStringList sources;
    if (d.haveStore)
        sources << tr("history database %1").arg(QDir::toNativeSeparators(d.dbPath));
    if (d.statisticsSource == QLatin1String("server"))
        sources << tr("statistics from server %1").arg(d.server);
    else if (d.statisticsSource == QLatin1String("cache"))
        sources << tr("statistics from the local copy");
    title.facts << std::pair{tr("Data source"), sources.isEmpty() ? tr("none available")
                                                                  : sources.join(listSeparator)};
    QStringList fresh;
    if (d.lastTickMs > 0)
        fresh << tr("fleet data up to %1 (%2)")
                     .arg(formatDateTime(d.lastTickMs), formatAge(d.generatedMs - d.lastTickMs));
    if (d.statisticsFetchedMs > 0)
        fresh << tr("statistics fetched %1 (%2)")
                     .arg(formatDateTime(d.statisticsFetchedMs),
                          formatAge(d.generatedMs - d.statisticsFetchedMs));
    title.facts << std::pair{tr("Freshness"),
                             fresh.isEmpty() ? tr("unknown") : fresh.join(listSeparator)};
    title.facts << std::pair{tr("Contents"), titles.join(QStringLiteral(" · "))};
    QStringList notes;
    if (!d.problems.isEmpty())
        notes << tr("Not everything could be read:") + QLatin1Char('\n') +
                     d.problems.join(QLatin1Char('\n'));
    // History is recorded while a dashboard runs: a report of a period it
    // missed says so on its first page, not only in a sparse chart.
    const bool fleet = request.sections.contains(QLatin1String("overview")) ||
                       request.sections.contains(QLatin1String("chips"));
    if (fleet && d.haveStore && d.lastTickMs > 0) {
        if (d.lastTickMs < d.fromMs)
            notes << tr("No fleet history falls in the period: it ends at %1. The dashboard "
                        "records the fleet only while it runs.")
                         .arg(formatDateTime(d.lastTickMs));
        else if (d.toMs - d.lastTickMs > kHistoryGapMs)
            notes << tr("The fleet history ends at %1, before the end of the period (%2). The "
                        "dashboard records the fleet only while it runs.")
                         .arg(formatDateTime(d.lastTickMs), formatDateTime(d.toMs));
    }
    title.note = notes.join(QStringLiteral("\n\n"));
    doc.setTitlePage(title);
    doc.setFooter(tr("%1 · generated by scb-dashboard on %2 · period %3")
                      .arg(base, formatDateTime(d.generatedMs), periodRange(d)));

    // The KPI summary: the figures officials ask for first, in one table.
    doc.addHeading(tr("Summary"));
    ReportDocument::Table kpi;
    kpi.title = tr("Key figures");
    kpi.headers = {tr("Indicator"), tr("Value"), tr("Target"), tr("As of")};
    kpi.widths = {2.4, 1.3, 1.3, 1.6};
    kpi.alignRight = {false, true, true, false};
    const QString none = QStringLiteral("—");
    if (d.latestAggregates) {
        const auto &f = d.latestAggregates->fleet;
        const QString at = formatDateTime(d.lastTickMs);
        kpi.rows << QStringList{tr("Chips online"), ctx.count(f.chipsOnline),
                                ctx.count(kChipTarget), at};
        kpi.rows << QStringList{tr("Chips in the fleet"), ctx.count(f.chipsTotal),
                                ctx.count(kChipTarget), at};
        kpi.rows << QStringList{tr("Mean utilization over the period"),
                                percent(meanOf(d.fleetUtilization)), none, periodRange(d)};
        kpi.rows << QStringList{tr("Power now"), powerText(double(f.powerWatts)), none, at};
        kpi.rows << QStringList{tr("Chips with faults"), ctx.count(f.chipsFault), none, at};
    }
    if (!d.alerts.empty() || d.haveStore) {
        const auto open = std::count_if(d.alerts.begin(), d.alerts.end(),
                                        [](const AlertRecord &a) { return a.clearedMs == 0; });
        kpi.rows << QStringList{tr("Open alerts raised in the period"), ctx.count(double(open)),
                                none, periodRange(d)};
    }
    if (d.haveCatalog)
        kpi.rows << QStringList{tr("Datasets in the catalog"), ctx.count(d.datasetCount), none,
                                formatDateTime(d.statisticsFetchedMs)};
    const auto latestOf = [](const StatisticsSeries &s, const char *key) -> const Observation * {
        const Observation *best = nullptr;
        for (const Observation &o : s.observations)
            if (o.series == key && o.category.empty() && (!best || o.period > best->period))
                best = &o;
        return best;
    };
    if (const Observation *o = latestOf(d.adoption, serieskeys::kEnterprisesOnCloud)) {
        const Observation *t = latestOf(d.adoption, serieskeys::kAdoptionTarget);
        kpi.rows << QStringList{tr("Enterprises on the cloud"), ctx.count(o->value),
                                t ? ctx.count(t->value) : none,
                                StatLabels::formatPeriod(QString::fromStdString(o->period))};
    }
    if (const Observation *o = latestOf(d.industry, serieskeys::kSoftwareRevenue)) {
        const Observation *t = latestOf(d.industry, serieskeys::kSoftwareRevenueTarget);
        kpi.rows << QStringList{tr("Software revenue"), ctx.yuan100m(o->value),
                                t ? ctx.yuan100m(t->value) : none,
                                QString::fromStdString(o->period)};
    }
    if (const Observation *o = latestOf(d.industry, serieskeys::kGrowingEnterprises)) {
        const Observation *t = latestOf(d.industry, serieskeys::kGrowingEnterprisesTarget);
        kpi.rows << QStringList{tr("Growing enterprises"), ctx.count(o->value),
                                t ? ctx.count(t->value) : none, QString::fromStdString(o->period)};
    }
    kpi.emptyText = tr("No figures are available.");
    doc.addTable(kpi);

    for (const auto &section : sections)
        section->build(doc, ctx);
}

} // namespace

void buildReport(ReportDocument &document, const ReportRequest &request, const ReportData &data)
{
    ReportBuilder::build(document, request, data);
}

} // namespace scb
