#pragma once

#include "statisticsbridge.h"
#include "statwidgets.h"

#include <QWidget>

#include <span>
#include <vector>

class QChartView;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace scb {

class FreshnessLine;
class ObservationTablePanel;

// What the two series pages (cloud adoption, industry output) share: the
// frame (the freshness line, the summary line, the synthetic-data note, the
// charts in a scrolling grid beside the table of figures), the observations
// drawn and how they are chosen and fed from the bridge, and the end of each
// redraw (charts untruncated, the note shown when a figure is synthetic, the
// summary line). A page names its series, lays out and draws its charts and
// writes its summary line; the texts stay in the page's own translation
// context.
class SeriesPage : public QWidget
{
    Q_OBJECT
public:
    // The page's part of the answer (see showAnswer()).
    virtual void applySeries(const SeriesAnswer &answer) = 0;
    void applyState(const StatisticsState &state);
    // Draws these observations (the page's series; others are ignored).
    void setObservations(const std::vector<Observation> &observations);

    // Observations drawn / left out (unknown series, invalid, duplicates).
    int shownCount() const { return int(m_shown.size()); }
    int ignoredCount() const { return m_ignored; }
    bool syntheticNoteVisible() const;
    QString freshnessText() const;
    QString summaryText() const;
    QString noteText() const;
    ObservationTablePanel *tablePanel() const { return m_tablePanel; }

    static int syntheticCount(const std::vector<const Observation *> &observations);

protected:
    // bridge may be null (tests): then applySeries() and applyState() feed
    // the page. series must outlive the page (a constant table).
    SeriesPage(StatisticsBridge *bridge, std::span<const SeriesSpec> series, QWidget *parent);

    // The page's vertical layout, for what goes above the frame (the
    // freshness line, alone or in a row).
    QVBoxLayout *pageLayout() const { return m_layout; }
    FreshnessLine *freshnessLine() const { return m_freshness; }
    // Adds the frame below what pageLayout() holds: the summary line (larger,
    // bold), the note (amber, hidden until needed), then a splitter with the
    // charts' scrolling grid on the left and the table on the right. Returns
    // the grid, for the page's charts.
    QGridLayout *layOutFrame(std::vector<QChartView *> charts);
    // Feeds the page from the bridge (when there is one), then draws what
    // it has. The bridge's answers go to applySeries(), its state to
    // applyState(), and changed data is asked for again. The page is every
    // connection's context, so they go with it (the bridge outlives windows
    // rebuilt in another language).
    void start();

    // Shows an answer's observations and their age; when it brings none
    // and an error, errorFormat with the error (%1) stands in the summary
    // line.
    void showAnswer(const StatisticsSeries &series,
                    const StatisticsCache::Freshness &freshness,
                    const QString &error,
                    const QString &errorFormat);
    // Draws the charts and the summary line again.
    void rebuild();
    // The page's charts, from shown().
    virtual void drawCharts() = 0;
    // The key figures in one line.
    virtual QString summaryLine() const = 0;

    const std::vector<Observation> &shown() const { return m_shown; }
    // The observations shown of one series, in period order.
    std::vector<const Observation *> ofSeries(const char *series) const;

private:
    StatisticsBridge *m_bridge;
    std::span<const SeriesSpec> m_series;
    FreshnessLine *m_freshness;
    QLabel *m_summary;
    QLabel *m_note;
    QVBoxLayout *m_layout;
    ObservationTablePanel *m_tablePanel = nullptr; // made by layOutFrame()
    std::vector<QChartView *> m_charts;

    std::vector<Observation> m_shown;
    int m_ignored = 0;
};

} // namespace scb
