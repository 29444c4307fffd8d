#pragma once

#include "fleetbridge.h"
#include "historychart.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QSettings;
class QLabel;
class QStackedWidget;
class HeatmapView;

namespace scb {

class ChipDetailView;
class TimeRangeBar;
class TimeRangeController;

// The operator's fleet view. A heatmap with one cell per chip, grouped
// center → node, coloured by the metric chosen (utilization, temperature,
// power, memory used, state), over a chart of mean utilization per center.
// Drill-down: fleet → center → node (the heatmap narrows to them) → chip
// (its history and events), with a breadcrumb to climb back. One range
// drives the chart and the chip's history.
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
    ChipDetailView *chipView() const { return m_chipView; }

    // The heatmap's category of a State value (offline, online, throttled,
    // fault, maintenance; -1 no data), and the category names in order.
    static qint32 stateCategory(qint32 state);
    static QStringList stateCategoryNames();

private:
    QString chipToolTip(int chip) const;
    void updateHeatmapValues();
    void updateColorScale();
    void updateBreadcrumb();
    void applyGroups();
    void onBreadcrumbLink(const QString &link);
    void applyRange();

    HeatmapView *m_heatmap;
    QLabel *m_heatmapTitle;
    QLabel *m_breadcrumb;
    QComboBox *m_metricBox;
    QStackedWidget *m_stack;
    ChipDetailView *m_chipView;
    HistoryChart *m_chart;
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
};

} // namespace scb
