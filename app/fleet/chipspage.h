#pragma once

#include "fleetbridge.h"
#include "historychart.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QSettings;
class QLabel;
class QStackedWidget;
class QTabWidget;
class HeatmapView;

namespace scb {

class ChipDetailView;
class ChipTablesPanel;
class TimeRangeBar;
class UtilizationHistogram;
class TimeRangeController;

// The operator's fleet view. A heatmap with one cell per chip, grouped
// center → node, coloured by the metric chosen (utilization, temperature,
// power, memory used, state), over the trends: mean utilization per center,
// total power, the hottest chip per center, and how utilization is spread
// across chips. Drill-down: fleet → center → node (the heatmap narrows to
// them) → chip (its history and events), with a breadcrumb to climb back.
// One range drives every history chart and the chip's history. The scope
// (the drill-down level, or the chips selected on the heatmap) drives the
// distribution; the history charts bring the center drilled into forward.
class ChipsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Level { Fleet, Center, Node, Chip };
    // What the heatmap colours by: the tick's metrics, state as categories.
    enum class Shown { Utilization, Temperature, Power, MemoryUsed, State };

    // settings: where the range and refresh interval are kept (may be null).
    explicit ChipsPage(QSettings *settings = nullptr, QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory);
    void setSnapshot(SnapshotPtr snapshot);

    int rangeMinutes() const { return m_chart->rangeMinutes(); }
    // Picks the preset of that length (15 min … 30 d); other lengths are ignored.
    void setRangeMinutes(int minutes);
    TimeRangeController *rangeController() const { return m_range; }

    void setShown(Shown shown);
    Shown shown() const { return m_shown; }

    // Drill-down. Out-of-range indexes are ignored.
    void showFleet();
    void showCenter(int center);
    void showNode(int node);
    void showChip(uint32_t chip);
    Level level() const { return m_level; }
    int currentCenter() const { return m_center; }
    int currentNode() const { return m_node; }
    // The breadcrumb's text (plain), e.g. "Fleet › Guiyang › gy-n0001 › Chip 12".
    QString breadcrumbText() const;

    HeatmapView *heatmap() const { return m_heatmap; }
    HistoryChart *chart() const { return m_chart; }
    // Every history chart of the page, for whoever answers their requests.
    QList<HistoryChart *> historyCharts() const { return {m_chart, m_powerChart, m_hottestChart}; }
    UtilizationHistogram *histogram() const { return m_histogram; }
    ChipTablesPanel *tables() const { return m_tables; }
    QTabWidget *bottomTabs() const { return m_bottom; }
    // The chips the page's tables and distribution cover: the heatmap's
    // selection, else the center or node drilled into; empty for the fleet.
    const std::vector<uint32_t> &scopeChips() const { return m_scope; }
    ChipDetailView *chipView() const { return m_chipView; }

signals:
    // The tables want the event counts of the page's range; answer with
    // tables()->setEventCounts().
    void eventCountsRequested(qint64 fromMs, qint64 toMs, quint64 serial);

private:
    QString chipToolTip(int chip) const;
    void updateHeatmapValues();
    void updateColorScale();
    void updateBreadcrumb();
    void applyGroups();
    void onBreadcrumbLink(const QString &link);
    void applyRange();
    void updateScope();
    void updateCenterLegend();

    HeatmapView *m_heatmap;
    QLabel *m_heatmapTitle;
    QLabel *m_breadcrumb;
    QLabel *m_selection;    // "412 chips selected · clear"
    QLabel *m_centerLegend; // one legend for the per-center charts
    QComboBox *m_metricBox;
    QStackedWidget *m_stack;
    ChipDetailView *m_chipView;
    QTabWidget *m_bottom;
    HistoryChart *m_chart;
    HistoryChart *m_powerChart;
    HistoryChart *m_hottestChart;
    UtilizationHistogram *m_histogram;
    ChipTablesPanel *m_tables;
    quint64 m_countsSerial = 0;
    TimeRangeController *m_range;
    TimeRangeBar *m_rangeBar;
    std::shared_ptr<const Inventory> m_inventory;
    std::shared_ptr<const InventoryIndex> m_index;
    SnapshotPtr m_snapshot;
    Shown m_shown = Shown::Utilization;
    Level m_level = Level::Fleet;
    int m_center = -1;
    int m_node = -1;
    uint32_t m_chip = 0;
    std::vector<qint32> m_derived; // state categories of the latest tick
    std::vector<uint32_t> m_scope;
};

} // namespace scb
