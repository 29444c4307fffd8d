#include "guibench.h"

#include "chipspage.h"
#include "fleetbridge.h"
#include "fleetoptions.h"
#include "heatmapview.h"
#include "mainwindow.h"
#include "reportdocument.h"

#include "core/aggregates.h"
#include "sources/fleetsimulator.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace scb {

namespace {

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2];
}

void timeHeatmap(uint32_t chips, GuiFigures &out)
{
    SimulatorConfig sim;
    sim.chips = chips;
    sim.centers = 4;
    FleetSimulator simulator(sim);
    const auto inventory = simulator.inventory();
    const InventoryIndex index = InventoryIndex::build(*inventory);
    FleetTick tick;
    simulator.sample(1'768'453'200'000, tick);

    HeatmapView view;
    QList<HeatmapGroup> groups;
    for (size_t c = 0; c < inventory->centers.size(); ++c) {
        HeatmapGroup g;
        g.label = QString::fromStdString(inventory->centers[c].name);
        g.firstCell = int(index.centerFirstChip[c]);
        g.cellCount = int(index.centerFirstChip[c + 1] - index.centerFirstChip[c]);
        groups << g;
    }
    view.resize(1920, 1080);
    view.setGroups(groups);
    std::vector<qint32> values(tick.column(Metric::Utilization).begin(),
                               tick.column(Metric::Utilization).end());
    view.setValues(values);
    view.show();
    QApplication::processEvents();
    (void)view.image(); // the layout, once, outside the timing

    QImage target(view.size(), QImage::Format_RGB32);
    QElapsedTimer timer;
    std::vector<double> ours;
    for (int i = 0; i < 100; ++i) {
        // New values each time, as each tick brings.
        std::rotate(values.begin(), values.begin() + 997, values.end());
        timer.start();
        view.setValues(values);
        view.render(&target);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> naive;
    const ColorScale scale = view.colorScale();
    for (int i = 0; i < 10; ++i) {
        timer.start();
        QPainter painter(&target);
        for (int cell = 0; cell < int(values.size()); ++cell)
            painter.fillRect(view.cellRect(cell),
                             QColor::fromRgb(scale.colorFor(values[size_t(cell)])));
        painter.end();
        naive.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out.heatmapRepaintMs = median(ours);
    out.heatmapNaiveMs = median(naive);
}

void timeBusy(uint32_t chips, int ticks, const std::string &dbPath, GuiFigures &out)
{
    FleetOptions options;
    options.simChips = int(chips);
    options.simCenters = 4;
    options.dbPath = QString::fromStdString(dbPath);
    FleetBridge bridge(options);
    MainWindow window(&bridge);
    window.resize(1920, 1080);
    window.show();
    if (auto *tabs = window.findChild<QTabWidget *>())
        tabs->setCurrentIndex(1); // Chips: the heatmap of every chip, the busiest page

    // Busy = the GUI thread's CPU time over the wall time: it never waits on
    // locks or I/O (DESIGN.md), so its CPU time is its busy time.
    const auto threadCpuNs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    };
    QElapsedTimer clock;
    clock.start();
    qint64 cpuAtStart = 0;

    int seen = 0;
    qint64 startNs = 0;
    QEventLoop loop;
    QObject::connect(&bridge, &FleetBridge::snapshotChanged, [&] {
        ++seen;
        // The first ticks load history and lay everything out: not steady state.
        if (seen == 3) {
            cpuAtStart = threadCpuNs();
            startNs = clock.nsecsElapsed();
        } else if (seen == 3 + ticks) {
            loop.quit();
        }
    });
    QTimer::singleShot((ticks + 30) * 1000, &loop, &QEventLoop::quit);
    bridge.start();
    loop.exec();
    const qint64 spanNs = clock.nsecsElapsed() - startNs;
    const qint64 busyNs = threadCpuNs() - cpuAtStart;
    if (seen < 3 + ticks) {
        out.error = "the window saw " + std::to_string(seen) + " live ticks, not " +
                    std::to_string(3 + ticks);
        return;
    }
    out.busyTicks = ticks;
    out.guiBusyPct = 100.0 * double(busyNs) / double(spanNs);
}

// Ten pages as a weekly report has them: per page a heading, two charts of
// four 400-point series (a week of hourly buckets) and a table.
void buildTenPages(ReportDocument &document)
{
    const qint64 start = 1'700'000'000'000;
    for (int page = 0; page < 10; ++page) {
        document.addHeading(QStringLiteral("Section %1").arg(page + 1));
        for (int c = 0; c < 2; ++c) {
            ReportDocument::Chart chart;
            chart.title = QStringLiteral("Utilization per center %1").arg(c + 1);
            chart.yTitle = QStringLiteral("Utilization (%)");
            chart.timeAxis = true;
            chart.heightPt = 200;
            for (int s = 0; s < 4; ++s) {
                ReportDocument::Series series{
                    QStringLiteral("Center %1").arg(s + 1), QColor::fromHsv(s * 70, 200, 180), {}};
                for (int i = 0; i < 400; ++i)
                    series.points << QPointF(double(start + i * 1'512'000LL),
                                             50 + 30 * std::sin(i / 20.0 + s + page));
                chart.series << series;
            }
            document.addChart(chart);
        }
        ReportDocument::Table table;
        table.headers = {QStringLiteral("Center"), QStringLiteral("Chips"),
                         QStringLiteral("Utilization"), QStringLiteral("Power")};
        for (int r = 0; r < 8; ++r)
            table.rows << QStringList{QStringLiteral("Center %1").arg(r),
                                      QString::number(20'000 + r),
                                      QStringLiteral("%1 %").arg(60 + r), QStringLiteral("8 MW")};
        document.addTable(table);
    }
}

double timeReport(int rasterDpi, int *pages)
{
    std::vector<double> samples;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        ReportDocument document;
        document.setChartRasterDpi(rasterDpi);
        buildTenPages(document);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!document.render(&buffer).isEmpty())
            return -1;
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        *pages = document.pageCount();
    }
    return median(samples);
}

} // namespace

GuiFigures measureGui(uint32_t chips, int busyTicks, const std::string &dbPath)
{
    // Offscreen, whatever the caller's session: the figures must not depend on a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "scb-bench";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    GuiFigures out;
    timeHeatmap(chips, out);
    out.report10pMs = timeReport(0, &out.reportPages);
    int naivePages = 0;
    out.report10pNaiveMs = timeReport(300, &naivePages);
    timeBusy(chips, busyTicks, dbPath, out);
    return out;
}

} // namespace scb
