#pragma once

#include "core/snapshot.h"
#include "historychart.h"

#include <QWidget>

class QLabel;
class QTableView;
class KpiTile;

namespace scb {

class CenterTableModel;

// The fleet at a glance: four KPI tiles, one row per center, and the
// fleet's power over the last day.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    // The base's published goal: over 200,000 chips in service (DESIGN.md).
    static constexpr int kChipTarget = 200'000;

    explicit OverviewPage(QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory);
    void setSnapshot(SnapshotPtr snapshot);

    KpiTile *chipsTile() const { return m_chips; }
    HistoryChart *powerChart() const { return m_powerChart; }

private:
    KpiTile *m_chips;
    KpiTile *m_utilization;
    KpiTile *m_power;
    KpiTile *m_faults;
    CenterTableModel *m_model;
    QTableView *m_table;
    HistoryChart *m_powerChart;
};

} // namespace scb
