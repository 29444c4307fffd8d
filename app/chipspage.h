#pragma once

#include "fleetbridge.h"

#include <QWidget>

#include <vector>

class QButtonGroup;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;
class HeatmapView;

namespace scb {

// The fleet heatmap (one cell per chip, grouped center → node, colour =
// utilization) above a chart of mean utilization per center over a chosen range.
class ChipsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChipsPage(QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory);
    void setSnapshot(SnapshotPtr snapshot);
    void applyHistory(const HistoryResult &result);

    int rangeMinutes() const { return m_rangeMinutes; }
    void setRangeMinutes(int minutes);

    HeatmapView *heatmap() const { return m_heatmap; }
    QChart *chart() const { return m_chart; }

signals:
    // The chart needs history for [fromMs, toMs] at about maxPoints per series.
    void historyRequested(int64_t fromMs, int64_t toMs, int maxPoints);

private:
    void requestHistory();
    void appendLive(const Snapshot &snapshot);
    void slideAxis(int64_t nowMs);
    QString chipToolTip(int chip) const;
    QLineSeries *seriesFor(int scope) const;

    HeatmapView *m_heatmap;
    QLabel *m_heatmapTitle;
    QChart *m_chart;
    QChartView *m_chartView;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QButtonGroup *m_rangeButtons;
    std::vector<QLineSeries *> m_series; // [0] fleet, [1 + c] center c
    std::shared_ptr<const Inventory> m_inventory;
    SnapshotPtr m_snapshot;
    int m_rangeMinutes = 60;
    int64_t m_requestedFromMs = 0; // the newest history request
    int64_t m_requestedToMs = 0;
};

} // namespace scb
