#pragma once

#include "fleetbridge.h"
#include "timerange.h"

#include <QChartView>

#include <functional>
#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace scb {

// A time chart of one aggregate field, for the fleet alone or for the fleet
// and every center. It loads downsampled history for its range (asking
// through historyRequested(), answered by applyHistory()) and appends live
// ticks in place, without a rebuild. Where no data arrived for a while (the
// app was closed, the link was down) the line breaks instead of bridging the
// gap: each group is drawn as one line series per stretch of data.
class HistoryChart : public QChartView
{
    Q_OBJECT
public:
    struct Config
    {
        AggregateField field = AggregateField::UtilizationMean;
        bool perCenter = true;
        // The live value of a group in chart units, or NaN when it has none.
        std::function<double(const GroupAggregate &)> liveValue;
        double historyScale = 1.0; // stored value × scale = chart units
        QString axisLabelFormat;   // printf-style, e.g. "%d %%"
        double fixedMax = 0;       // > 0: the value axis is 0..fixedMax; else it follows the data
        double minMax = 0;  // the value axis reaches at least this (when it follows the data)
        QString valueTitle; // the value axis's title, with the unit
    };

    explicit HistoryChart(Config config, QWidget *parent = nullptr);

    // Mean utilization of the fleet and of every center, 0..100 %.
    static Config utilizationPerCenter();
    // The fleet's total power, in MW.
    static Config fleetPower();
    // The hottest chip's temperature, of the fleet and of every center, in °C.
    static Config hottestTemperature();

    void setInventory(std::shared_ptr<const Inventory> inventory);
    // A relative range follows the newest tick; an absolute one stays put
    // and live ticks do not move or extend it.
    void setRange(const TimeRange &range);
    void setRangeMinutes(int minutes) { setRange(TimeRange::relative(int64_t(minutes) * 60'000)); }
    int rangeMinutes() const { return int(m_rangeMs / 60'000); }
    bool isLive() const { return !m_absolute; }

    // Draws one center's line strong and the other centers' faint, as the
    // page drills into it; -1 draws every line alike.
    void setFocusCenter(int center);
    // How a group's line is drawn: kFleetScope or a center index.
    QPen penOf(int scope) const;
    // Shows or hides the chart's own legend (a page may draw one legend for several charts).
    void setLegendVisible(bool visible);
    int focusCenter() const { return m_focusCenter; }

    void appendLive(const Snapshot &snapshot);
    void applyHistory(const HistoryResult &result);
    void requestHistory();

    // The line series drawn for a group (kFleetScope or a center), oldest stretch first.
    const std::vector<QLineSeries *> &segments(int scope) const;

signals:
    void historyRequested(const scb::HistoryRequest &request);
    // The user dragged across the chart: show [fromMs, toMs].
    void zoomRequested(qint64 fromMs, qint64 toMs);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Group
    {
        QString name;
        QPen pen;
        std::vector<QLineSeries *> segments; // never empty once set up
    };
    Group *group(int scope);
    QLineSeries *addSegment(Group &group);
    void setPoints(Group &group, const QList<QPointF> &points);
    void showOneLegendMarker(Group &group);
    void slideAxis(int64_t nowMs);
    void fitValueAxis();
    double gapMs() const;

    Config m_config;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    std::vector<Group> m_groups; // [0] fleet, [1 + c] center c
    std::shared_ptr<const Inventory> m_inventory;
    int64_t m_rangeMs = 3'600'000;
    bool m_absolute = false;
    int64_t m_fromMs = 0; // absolute ranges only
    int64_t m_toMs = 0;
    int64_t m_nowMs = 0;          // the newest tick shown, or the clock before the first
    HistoryRequest m_lastRequest; // only its answer is applied
    int m_focusCenter = -1;
};

} // namespace scb
