// The real main window, offscreen, fed by the real embedded server.
#include "chipspage.h"
#include "connectionbar.h"
#include "fleetbridge.h"
#include "formatting.h"
#include "heatmapview.h"
#include "kpitile.h"
#include "mainwindow.h"
#include "overviewpage.h"

#include <QChart>
#include <QLineSeries>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace scb {
namespace {

constexpr int kChips = 10'000;

FleetOptions embeddedOptions(const QString &dbPath)
{
    FleetOptions options;
    options.simChips = kChips;
    options.simCenters = 3;
    options.dbPath = dbPath;
    return options;
}

QLineSeries *fleetSeries(MainWindow &window)
{
    const auto series = window.chipsPage()->chart()->chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QLineSeries *>(series.first());
}

TEST(MainWindow, ShowsTheLiveFleetWithOneHeatmapCellPerChip)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FleetBridge bridge(embeddedOptions(dir.filePath(QStringLiteral("history.db"))));
    MainWindow window(&bridge);
    window.resize(1366, 768);
    window.show();
    bridge.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return bridge.snapshot() && bridge.linkStatus().state == LinkState::Live; }, 30'000));

    EXPECT_EQ(window.chipsPage()->heatmap()->cellCount(), kChips);
    EXPECT_EQ(window.connectionBar()->stateText(), QStringLiteral("Live"));
    const GroupAggregate &fleet = bridge.snapshot()->aggregates.fleet;
    EXPECT_EQ(fleet.chipsTotal, uint32_t(kChips));
    EXPECT_EQ(window.overviewPage()->chipsTile()->valueText(), formatCount(fleet.chipsOnline));
    EXPECT_EQ(window.chipsPage()->chart()->chart()->series().size(), 4); // fleet + 3 centers

    // Live ticks reach the chart without a rebuild.
    window.tabs()->setCurrentWidget(window.chipsPage());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return fleetSeries(window) && fleetSeries(window)->count() >= 2; }, 30'000));
}

TEST(MainWindow, RestartWithTheServerGoneShowsStoredHistoryOffline)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("history.db"));
    {
        FleetBridge bridge(embeddedOptions(db));
        bridge.start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return bridge.counters().ticksStored >= 3; }, 30'000));
    }

    QTcpServer probe; // a port where nothing listens
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    FleetOptions options;
    options.server = QStringLiteral("127.0.0.1:%1").arg(port);
    options.dbPath = db;
    FleetBridge bridge(options);
    MainWindow window(&bridge);
    window.resize(1920, 1080);
    window.show();
    window.tabs()->setCurrentWidget(window.chipsPage());
    bridge.start();

    ASSERT_TRUE(
        QTest::qWaitFor([&] { return bridge.linkStatus().state == LinkState::Retrying; }, 30'000));
    EXPECT_TRUE(window.connectionBar()->stateText().contains(QLatin1String("showing history")))
        << window.connectionBar()->stateText().toStdString();
    EXPECT_TRUE(window.connectionBar()->stateText().contains(QLatin1String("retrying in")));
    // The stored inventory and newest tick fill the heatmap and tiles; the chart reads the store.
    EXPECT_EQ(window.chipsPage()->heatmap()->cellCount(), kChips);
    EXPECT_NE(window.overviewPage()->chipsTile()->valueText(), QStringLiteral("—"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return fleetSeries(window) && fleetSeries(window)->count() >= 3; }, 30'000));
}

} // namespace
} // namespace scb
