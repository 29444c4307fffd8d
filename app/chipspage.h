#pragma once

#include "fleetbridge.h"
#include "historychart.h"

#include <QWidget>

#include <vector>

class QButtonGroup;
class QLabel;
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

    int rangeMinutes() const { return m_chart->rangeMinutes(); }
    void setRangeMinutes(int minutes);

    HeatmapView *heatmap() const { return m_heatmap; }
    HistoryChart *chart() const { return m_chart; }

private:
    QString chipToolTip(int chip) const;

    HeatmapView *m_heatmap;
    QLabel *m_heatmapTitle;
    HistoryChart *m_chart;
    QButtonGroup *m_rangeButtons;
    std::shared_ptr<const Inventory> m_inventory;
    SnapshotPtr m_snapshot;
};

} // namespace scb
