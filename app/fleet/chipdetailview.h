#pragma once

#include "fleetbridge.h"

#include <QWidget>

#include <array>

class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStandardItemModel;
class QTableView;
class QValueAxis;

namespace scb {

// One chip, drilled down to: what it is (UUID, model, node, center), its
// values and state now, each metric's history over the page's range (mean as
// a line, min to max as a band, so spikes show) and its events (XID codes,
// ECC, throttling, offline) with the recommended action.
//
// It asks for history through historyRequested() and takes the answer in
// applyHistory(); live ticks append in place while the range follows now.
class ChipDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit ChipDetailView(QWidget *parent = nullptr);

    // index: the inventory's, when the caller has it (else it is built here).
    void setInventory(std::shared_ptr<const Inventory> inventory,
                      std::shared_ptr<const InventoryIndex> index = nullptr);
    // Shows chip (an index of the inventory) over [fromMs, toMs]; live: the
    // range follows the newest tick.
    void showChip(uint32_t chip, int64_t fromMs, int64_t toMs, bool live);
    void setRange(int64_t fromMs, int64_t toMs, bool live);
    uint32_t chip() const { return m_chip; }

    void setSnapshot(const SnapshotPtr &snapshot);
    void applyHistory(const ChipHistoryResult &result);

    QStandardItemModel *eventModel() const { return m_events; }
    // The chart of a metric (Utilization, Temperature, Power, MemoryUsed).
    QChartView *chartView(Metric metric) const;
    // The mean line of a metric's chart.
    QLineSeries *meanSeries(Metric metric) const;

signals:
    void historyRequested(const scb::ChipHistoryRequest &request);

private:
    struct Chart
    {
        Metric metric;
        QChartView *view = nullptr;
        QLineSeries *mean = nullptr;
        QLineSeries *low = nullptr;
        QLineSeries *high = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *value = nullptr;
    };
    void request();
    void updateHeader();
    void updateAxes();
    Chart *chartFor(Metric metric);

    std::shared_ptr<const Inventory> m_inventory;
    std::shared_ptr<const InventoryIndex> m_index;
    SnapshotPtr m_snapshot;
    uint32_t m_chip = 0;
    int64_t m_fromMs = 0;
    int64_t m_toMs = 0;
    bool m_live = true;
    uint64_t m_serial = 0;

    QLabel *m_identity;
    QLabel *m_now;
    QLabel *m_status;
    std::array<Chart, 4> m_charts;
    QStandardItemModel *m_events;
    QTableView *m_eventTable;
};

} // namespace scb
