// The summary screen offscreen: fed through its apply*() setters with made-up
// fleet data and the shipped sample statistics, stepped with keys, its
// interval and Esc; View → Summary screen in the main window. With
// SCB_SHOT_DIR=folder it saves every slide at 1920×1080, in English and in
// Chinese (when the Chinese translation is built in).
#include "formatting.h"
#include "language.h"
#include "mainwindow.h"
#include "summaryscreen.h"

#include "stats/statisticscache.h"
#include "stats/statsfiles.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <cmath>

namespace scb {
namespace {

// A fleet of chipsTotal chips, chipsOnline of them online at utilization %.
SnapshotPtr fleetSnapshot(qint64 unixMs, uint32_t chipsTotal, uint32_t chipsOnline, int utilization)
{
    auto tick = std::make_shared<FleetTick>();
    tick->unixMs = unixMs;
    tick->resize(8);
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->tick = tick;
    GroupAggregate &fleet = snapshot->aggregates.fleet;
    fleet.chipsTotal = chipsTotal;
    fleet.chipsOnline = chipsOnline;
    fleet.chipsFault = 12;
    fleet.utilizationCount = chipsOnline;
    fleet.utilizationSum = int64_t(chipsOnline) * utilization;
    snapshot->aggregates.unixMs = unixMs;
    return snapshot;
}

HistoryResult todayHistory(const HistoryRequest &request, int points)
{
    HistoryResult result;
    result.request = request;
    HistorySeries fleet;
    fleet.scope = kFleetScope;
    const int64_t step =
        std::max<int64_t>(1, (request.toMs - request.fromMs) / std::max(1, points));
    for (int i = 0; i < points; ++i) {
        // A working day: quiet at night, busy in the afternoon.
        const double hour = double(i * step) / 3'600'000.0;
        const double value = 55 + 25 * std::sin((hour - 9) / 24 * 2 * M_PI);
        fleet.points.push_back({request.fromMs + i * step, value - 3, value, value + 3});
    }
    result.series.push_back(fleet);
    return result;
}

struct SampleData
{
    SeriesAnswer series;
    CatalogCharts charts;
    DatasetsAnswer catalog;
    qint64 fetchedMs = 0;
};

SampleData sampleData()
{
    SampleData out;
    const LoadResult loaded = loadStatistics(SCB_SOURCE_DIR "/resources/data");
    out.fetchedMs = QDateTime::currentMSecsSinceEpoch() - 180'000;
    out.series.adoption.observations = loaded.data.adoption;
    out.series.industry.observations = loaded.data.industry;
    out.series.adoptionFreshness.fetchedUnixMs = out.fetchedMs;
    out.series.industryFreshness.fetchedUnixMs = out.fetchedMs;
    auto cache = StatisticsCache::open("");
    if (cache.ok()) {
        StatisticsCache::Freshness freshness;
        freshness.fetchedUnixMs = out.fetchedMs;
        if ((*cache)->storeCatalog(loaded.data.datasets, freshness).ok()) {
            if (auto themes = (*cache)->catalog().themeTotals(); themes.ok())
                out.charts.themes = *themes;
            if (auto years = (*cache)->catalog().issuedPerYear(); years.ok())
                out.charts.years = *years;
        }
    }
    out.catalog.page.datasets = loaded.data.datasets;
    out.catalog.page.total = uint32_t(loaded.data.datasets.size());
    return out;
}

void feed(SummaryScreen &screen, const SampleData &data, qint64 nowMs)
{
    screen.applySnapshot(fleetSnapshot(nowMs - 1000, 84'000, 81'234, 67));
    screen.applyHistory(todayHistory(screen.historyRequest(), 200));
    StatisticsState state;
    state.serverReachable = true;
    state.fetchedUnixMs = data.fetchedMs;
    screen.applyState(state);
    screen.applySeries(data.series);
    screen.applyCatalogCharts(data.charts);
    screen.applyCatalogSample(data.catalog); // serial 0: the screen's own, without a bridge
}

TEST(SummaryScreen, StepsWithTheArrowKeysAndWrapsAround)
{
    SummaryScreen screen(nullptr, nullptr, nullptr);
    screen.resize(1280, 720);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    QSignalSpy changed(&screen, &SummaryScreen::slideChanged);
    EXPECT_EQ(screen.currentSlide(), SummaryScreen::Utilization);

    QTest::keyClick(&screen, Qt::Key_Right);
    EXPECT_EQ(screen.currentSlide(), SummaryScreen::Chips);
    QTest::keyClick(&screen, Qt::Key_PageDown);
    EXPECT_EQ(screen.currentSlide(), SummaryScreen::Cloud);
    QTest::keyClick(&screen, Qt::Key_Left);
    QTest::keyClick(&screen, Qt::Key_Left);
    EXPECT_EQ(screen.currentSlide(), SummaryScreen::Utilization);
    QTest::keyClick(&screen, Qt::Key_Left);
    EXPECT_EQ(screen.currentSlide(), SummaryScreen::Datasets);
    QTest::keyClick(&screen, Qt::Key_Right);
    EXPECT_EQ(screen.currentSlide(), SummaryScreen::Utilization);
    ASSERT_EQ(changed.count(), 6);
    EXPECT_EQ(changed.last().at(0).toInt(), 0);
    // Every slide has a title of its own.
    QStringList titles;
    for (int i = 0; i < SummaryScreen::SlideCount; ++i)
        titles << screen.slide(i).title;
    titles.removeDuplicates();
    EXPECT_EQ(titles.size(), SummaryScreen::SlideCount);
}

TEST(SummaryScreen, SpacePausesTheRotationAndEscAsksToLeave)
{
    SummaryScreen screen(nullptr, nullptr, nullptr);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    QSignalSpy leave(&screen, &SummaryScreen::leaveRequested);
    QSignalSpy paused(&screen, &SummaryScreen::pausedChanged);
    EXPECT_TRUE(screen.rotationTimer()->isActive());

    QTest::keyClick(&screen, Qt::Key_Space);
    EXPECT_TRUE(screen.isPaused());
    EXPECT_FALSE(screen.rotationTimer()->isActive());
    // Stepping by hand while paused stays paused.
    QTest::keyClick(&screen, Qt::Key_Right);
    EXPECT_EQ(screen.currentSlide(), 1);
    EXPECT_FALSE(screen.rotationTimer()->isActive());
    QTest::keyClick(&screen, Qt::Key_Space);
    EXPECT_FALSE(screen.isPaused());
    EXPECT_TRUE(screen.rotationTimer()->isActive());
    EXPECT_EQ(paused.count(), 2);

    EXPECT_EQ(leave.count(), 0);
    QTest::keyClick(&screen, Qt::Key_Escape);
    EXPECT_EQ(leave.count(), 1);
}

TEST(SummaryScreen, IntervalComesFromTheSettingsWithinItsRange)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    EXPECT_EQ(SummaryScreen::loadIntervalS(&settings), 15);
    EXPECT_EQ(SummaryScreen::loadIntervalS(nullptr), 15);
    settings.setValue(QLatin1String(SummaryScreen::kIntervalSetting), QStringLiteral("soon"));
    EXPECT_EQ(SummaryScreen::loadIntervalS(&settings), 15);
    settings.setValue(QLatin1String(SummaryScreen::kIntervalSetting), -4);
    EXPECT_EQ(SummaryScreen::loadIntervalS(&settings), SummaryScreen::kMinIntervalS);
    settings.setValue(QLatin1String(SummaryScreen::kIntervalSetting), 1'000'000);
    EXPECT_EQ(SummaryScreen::loadIntervalS(&settings), SummaryScreen::kMaxIntervalS);
    settings.setValue(QLatin1String(SummaryScreen::kIntervalSetting), 40);

    SummaryScreen screen(nullptr, nullptr, &settings);
    EXPECT_EQ(screen.intervalS(), 40);
    EXPECT_EQ(screen.rotationTimer()->interval(), 40'000);
    screen.setIntervalS(20);
    EXPECT_EQ(screen.rotationTimer()->interval(), 20'000);
    EXPECT_EQ(settings.value(QLatin1String(SummaryScreen::kIntervalSetting)).toInt(), 20);
    screen.setIntervalS(0);
    EXPECT_EQ(screen.intervalS(), SummaryScreen::kMinIntervalS);

    // The dialog of Settings → Summary screen… writes both settings.
    SummarySettingsDialog dialog(&settings);
    EXPECT_EQ(dialog.intervalBox()->value(), SummaryScreen::kMinIntervalS);
    dialog.intervalBox()->setValue(30);
    dialog.baseNameEdit()->setText(QStringLiteral("  贵安新区智算基地 "));
    dialog.save();
    EXPECT_EQ(SummaryScreen::loadIntervalS(&settings), 30);
    EXPECT_EQ(SummaryScreen::loadBaseName(&settings), QStringLiteral("贵安新区智算基地"));
    dialog.baseNameEdit()->clear();
    dialog.save();
    EXPECT_EQ(SummaryScreen::loadBaseName(&settings), SummaryScreen::defaultBaseName());
}

TEST(SummaryScreen, TheTimerMovesToTheNextSlide)
{
    SummaryScreen screen(nullptr, nullptr, nullptr);
    screen.setIntervalS(SummaryScreen::kMinIntervalS);
    screen.show();
    QSignalSpy changed(&screen, &SummaryScreen::slideChanged);
    ASSERT_TRUE(changed.wait(SummaryScreen::kMinIntervalS * 1000 + 10'000));
    EXPECT_EQ(screen.currentSlide(), 1);
}

TEST(SummaryScreen, ShowsTheFleetLiveAndTodaysHistory)
{
    SummaryScreen screen(nullptr, nullptr, nullptr);
    QSignalSpy requested(&screen, &SummaryScreen::historyRequested);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    EXPECT_EQ(screen.slide(SummaryScreen::Chips).figure, QStringLiteral("—"));

    screen.applySnapshot(fleetSnapshot(now, 84'000, 80'000, 60));
    // The first data asks for today's line: since local midnight, the fleet only.
    ASSERT_EQ(requested.count(), 1);
    const auto request = requested.first().at(0).value<HistoryRequest>();
    EXPECT_EQ(request.field, AggregateField::UtilizationMean);
    EXPECT_FALSE(request.perCenter);
    EXPECT_EQ(
        request.fromMs,
        QDateTime(QDateTime::fromMSecsSinceEpoch(now).date(), QTime(0, 0)).toMSecsSinceEpoch());
    EXPECT_EQ(request.toMs, now);

    const SummarySlide chips = screen.slide(SummaryScreen::Chips);
    EXPECT_EQ(chips.figure, formatLargeNumber(80'000));
    EXPECT_DOUBLE_EQ(chips.progress, 0.4);
    EXPECT_TRUE(chips.progressText.contains(formatPercent(40))) << chips.progressText.toStdString();
    EXPECT_TRUE(chips.note.isEmpty());
    EXPECT_EQ(screen.slide(SummaryScreen::Utilization).figure, formatPercent(60));
    EXPECT_EQ(screen.freshnessText(SummaryScreen::Chips), SummaryScreen::tr("Live fleet data"));

    // Someone else's history (a chart's) is not taken.
    HistoryRequest other = request;
    other.perCenter = true;
    screen.applyHistory(todayHistory(other, 50));
    EXPECT_EQ(screen.todayPoints().size(), 1u); // the live point
    screen.applyHistory(todayHistory(request, 50));
    ASSERT_GE(screen.todayPoints().size(), 50u);
    EXPECT_TRUE(std::isfinite(screen.todayMeanUtilization()));
    EXPECT_EQ(screen.slide(SummaryScreen::Utilization).details.size(), 2);

    // Live: the next tick moves the figures; the simulator's fleet is marked synthetic.
    screen.setFleetSynthetic(true);
    screen.applySnapshot(fleetSnapshot(now + 90'000, 84'000, 84'000, 71));
    EXPECT_EQ(screen.slide(SummaryScreen::Chips).figure, formatLargeNumber(84'000));
    EXPECT_EQ(screen.slide(SummaryScreen::Utilization).figure, formatPercent(71));
    EXPECT_TRUE(!screen.slide(SummaryScreen::Chips).note.isEmpty());

    // Hostile numbers do not escape the bar.
    screen.applySnapshot(fleetSnapshot(now + 100'000, 900'000, 900'000, 100));
    EXPECT_DOUBLE_EQ(screen.slide(SummaryScreen::Chips).progress, 1.0);
    screen.applySnapshot(nullptr);
    EXPECT_EQ(screen.slide(SummaryScreen::Chips).figure, formatLargeNumber(900'000));
}

TEST(SummaryScreen, ShowsTheShippedStatisticsAgainstTheirTargets)
{
    const SampleData data = sampleData();
    ASSERT_FALSE(data.series.adoption.observations.empty()) << "no sample data";
    ASSERT_FALSE(data.charts.themes.empty());
    SummaryScreen screen(nullptr, nullptr, nullptr);
    EXPECT_EQ(screen.slide(SummaryScreen::Cloud).figure, QStringLiteral("—"));
    feed(screen, data, QDateTime::currentMSecsSinceEpoch());

    // The latest month against the latest year's target, and the province's figure.
    const SummarySlide cloud = screen.slide(SummaryScreen::Cloud);
    EXPECT_EQ(cloud.figure, formatLargeNumber(31'710)) << cloud.figure.toStdString();
    EXPECT_NEAR(cloud.progress, 31'710.0 / 35'000, 1e-9);
    const QString cloudDetails = cloud.details.join('\n');
    EXPECT_TRUE(cloudDetails.contains(formatLargeNumber(35'000))) << cloudDetails.toStdString();
    EXPECT_TRUE(cloudDetails.contains(formatLargeNumber(30'000))) << cloudDetails.toStdString();
    EXPECT_FALSE(cloud.note.isEmpty());

    // Software revenue: 717.5 × 100 million yuan of the published 1,000.
    const SummarySlide software = screen.slide(SummaryScreen::Software);
    EXPECT_EQ(software.figure, formatHundredMillionYuan(717.5));
    EXPECT_NEAR(software.progress, 0.7175, 1e-9);
    EXPECT_TRUE(software.details.join('\n').contains(
        SummaryScreen::tr("Target for %1: %2 (published)")
            .arg(QStringLiteral("2024"), formatHundredMillionYuan(1000))));
    EXPECT_FALSE(software.note.isEmpty());

    // Datasets by theme: every dataset counted, the sample catalog marked.
    const SummarySlide datasets = screen.slide(SummaryScreen::Datasets);
    uint64_t total = 0;
    for (const auto &t : data.charts.themes)
        total += t.datasets;
    EXPECT_EQ(datasets.figure, formatCount(int64_t(total)));
    EXPECT_EQ(total, data.catalog.page.datasets.size());
    EXPECT_FALSE(datasets.note.isEmpty());
    EXPECT_TRUE(screen.freshnessText(SummaryScreen::Software).contains(QStringLiteral("3")));

    // A failed fetch keeps what is shown; an answer for another serial is not taken.
    SeriesAnswer failed;
    failed.error = QStringLiteral("unreachable");
    screen.applySeries(failed);
    EXPECT_EQ(screen.slide(SummaryScreen::Cloud).figure, cloud.figure);
    DatasetsAnswer foreign;
    foreign.serial = 7;
    screen.applyCatalogSample(foreign);
    EXPECT_EQ(screen.slide(SummaryScreen::Datasets).note, datasets.note);

    // Hostile observations are skipped, not drawn.
    SeriesAnswer hostile = data.series;
    hostile.adoption.observations.push_back(
        {"enterprises_on_cloud", "2099-12", "", std::nan(""), "enterprises", "synthetic"});
    screen.applySeries(hostile);
    EXPECT_EQ(screen.slide(SummaryScreen::Cloud).figure, cloud.figure);
}

// Every slide drawn at a meeting room's 1920×1080, in English and in Chinese.
TEST(SummaryScreen, DrawsEverySlideAtFullHd)
{
    const SampleData data = sampleData();
    const QByteArray shots = qgetenv("SCB_SHOT_DIR");
    if (!shots.isEmpty())
        QDir().mkpath(QString::fromLocal8Bit(shots));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations translations;
        const bool translated = translations.apply(language);
        if (language == QLatin1String("zh_CN") && !translated)
            std::fprintf(stderr, "no Chinese translation built in: shots in English\n");
        SummaryScreen screen(nullptr, nullptr, nullptr);
        screen.setFleetSynthetic(true);
        screen.resize(1920, 1080);
        screen.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
        feed(screen, data, QDateTime::currentMSecsSinceEpoch());
        for (int i = 0; i < SummaryScreen::SlideCount; ++i) {
            screen.setCurrentSlide(i);
            const QImage image = screen.grab().toImage();
            ASSERT_EQ(image.size(), QSize(1920, 1080));
            // The background is dark and the figure bright: high contrast.
            EXPECT_LT(qGray(image.pixel(5, 5)), 40);
            const SummarySlide s = screen.slide(i);
            EXPECT_NE(s.figure, QStringLiteral("—")) << i;
            if (!shots.isEmpty())
                image.save(QStringLiteral("%1/summary-%2-%3.png")
                               .arg(QString::fromLocal8Bit(shots), language)
                               .arg(i));
        }
    }
    Translations english;
    english.apply(QStringLiteral("en"));
}

TEST(SummaryScreen, OpensFromTheViewMenuAndEscReturnsToTheMainWindow)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FleetOptions options;
    options.simChips = 1000;
    options.simCenters = 2;
    options.dbPath = dir.filePath(QStringLiteral("history.db"));
    FleetBridge bridge(options);
    MainWindow window(&bridge);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_NE(window.summaryAction(), nullptr);
    EXPECT_EQ(window.summaryAction()->shortcut(), QKeySequence(Qt::Key_F11));
    EXPECT_EQ(window.summaryScreen(), nullptr);

    window.summaryAction()->trigger();
    QPointer<SummaryScreen> screen = window.summaryScreen();
    ASSERT_NE(screen, nullptr);
    EXPECT_TRUE(screen->isVisible());
    EXPECT_TRUE(screen->isWindow());
    // A second time raises the same screen.
    window.summaryAction()->trigger();
    EXPECT_EQ(window.summaryScreen(), screen);

    QTest::keyClick(screen, Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return screen.isNull(); }, 5000));
    EXPECT_EQ(window.summaryScreen(), nullptr);
    EXPECT_TRUE(window.isVisible());
}

} // namespace
} // namespace scb
