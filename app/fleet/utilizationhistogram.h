#pragma once

#include "core/snapshot.h"

#include <QChartView>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace scb {

// How utilization is spread across chips right now: ten bins of 10 % (the
// last one holds 100 %), over the chips in scope that are online and
// reported a value. Chips without a value are counted apart.
struct UtilizationBins
{
    static constexpr int kBins = 10;
    std::array<uint32_t, kBins> counts{};
    uint32_t withValue = 0;
    uint32_t withoutValue = 0; // offline, or no value this tick

    // chips: the chips in scope, or empty for every chip of the tick.
    static UtilizationBins count(const FleetTick &tick, std::span<const uint32_t> chips);
    static int binOf(int32_t utilization); // 0..kBins-1
};

// The distribution of utilization across the chips in scope, as a bar
// chart, updated in place on every tick (ten bar values, no rebuild). The
// scope is the page's: its drill-down level or the heatmap's selection.
class UtilizationHistogram : public QChartView
{
    Q_OBJECT
public:
    explicit UtilizationHistogram(QWidget *parent = nullptr);

    // Empty: every chip.
    void setScope(std::vector<uint32_t> chips);
    void setSnapshot(const SnapshotPtr &snapshot);

    const UtilizationBins &bins() const { return m_bins; }
    // How many chips the bars cover, e.g. "12,345 chips, 12 without data"
    // (offline, or no value this tick); shown under the bars.
    QString caption() const;

private:
    void recount();

    QBarSet *m_set;
    QBarCategoryAxis *m_binAxis; // places the bars; not drawn
    QValueAxis *m_percentAxis;   // 0..100 % under the bars, where labels fit
    QValueAxis *m_countAxis;
    std::vector<uint32_t> m_scope;
    SnapshotPtr m_snapshot;
    UtilizationBins m_bins;
};

} // namespace scb
