#pragma once

#include "statisticsbridge.h"

#include <QWidget>

#include <vector>

class QBarSet;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;

namespace scb {

class FreshnessLine;
class ObservationTablePanel;

// The big data electronic information industry: output value by year with
// its year-on-year growth, software and IT services revenue against the
// 100-billion-yuan target, growing enterprises against their target (the
// published figure marked), and large-model application scenarios by field
// against the target of more than 20; the figures drawn in a table with CSV
// export. Synthetic series say so in their legend names and in a note.
class IndustryPage : public QWidget
{
    Q_OBJECT
public:
    // bridge may be null (tests): then applySeries() and applyState() feed it.
    explicit IndustryPage(StatisticsBridge *bridge, QWidget *parent = nullptr);

    void applySeries(const SeriesAnswer &answer);
    void applyState(const StatisticsState &state);
    // Draws these observations (the industry series; others are ignored).
    void setObservations(const std::vector<Observation> &observations);

    int shownCount() const { return int(m_shown.size()); }
    int ignoredCount() const { return m_ignored; }
    bool syntheticNoteVisible() const;
    QString freshnessText() const;
    QString summaryText() const;

    QChartView *outputChart() const { return m_outputChart; }
    QChartView *softwareChart() const { return m_softwareChart; }
    QChartView *growingChart() const { return m_growingChart; }
    QChartView *scenarioChart() const { return m_scenarioChart; }
    // The series drawn (null when their data is missing).
    QBarSet *outputSet() const { return m_outputSet; }
    QLineSeries *growthSeries() const { return m_growthLine; }
    QBarSet *softwareSet() const { return m_softwareSet; }
    QLineSeries *softwareTargetSeries() const { return m_softwareTarget; }
    QBarSet *growingSet() const { return m_growingSet; }
    QLineSeries *growingTargetSeries() const { return m_growingTarget; }
    QScatterSeries *growingPublishedSeries() const { return m_growingPublished; }
    // One set per field, stacked by year.
    const std::vector<QBarSet *> &scenarioSets() const { return m_scenarioSets; }
    QLineSeries *scenarioTargetSeries() const { return m_scenarioTarget; }
    ObservationTablePanel *tablePanel() const { return m_tablePanel; }

private:
    void rebuild();
    void buildOutput();
    void buildSoftware();
    void buildGrowing();
    void buildScenarios();

    StatisticsBridge *m_bridge;
    FreshnessLine *m_freshness;
    QLabel *m_summary;
    QLabel *m_note;
    QChartView *m_outputChart;
    QChartView *m_softwareChart;
    QChartView *m_growingChart;
    QChartView *m_scenarioChart;
    ObservationTablePanel *m_tablePanel;

    std::vector<Observation> m_shown;
    int m_ignored = 0;
    QBarSet *m_outputSet = nullptr;
    QLineSeries *m_growthLine = nullptr;
    QBarSet *m_softwareSet = nullptr;
    QLineSeries *m_softwareTarget = nullptr;
    QBarSet *m_growingSet = nullptr;
    QLineSeries *m_growingTarget = nullptr;
    QScatterSeries *m_growingPublished = nullptr;
    std::vector<QBarSet *> m_scenarioSets;
    QLineSeries *m_scenarioTarget = nullptr;
};

} // namespace scb
