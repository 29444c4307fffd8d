#pragma once

#include "seriespage.h"

#include <vector>

class QBarSet;
class QChartView;
class QLineSeries;
class QScatterSeries;

namespace scb {

// The big data electronic information industry: output value by year with
// its year-on-year growth, software and IT services revenue against the
// 100-billion-yuan target, growing enterprises against their target (the
// published figure marked), and large-model application scenarios by field
// against the target of more than 20; the figures drawn in a table with CSV
// export. Synthetic series say so in their legend names and in a note.
class IndustryPage : public SeriesPage
{
    Q_OBJECT
public:
    // bridge may be null (tests): then applySeries() and applyState() feed it.
    explicit IndustryPage(StatisticsBridge *bridge, QWidget *parent = nullptr);

    // A yearly series drawn as bars, with its target as a line across and its
    // published figures marked (null where not drawn).
    struct YearlyBars
    {
        QBarSet *set = nullptr;
        QLineSeries *target = nullptr;
        QScatterSeries *published = nullptr;
    };

    void applySeries(const SeriesAnswer &answer) override;

    QChartView *outputChart() const { return m_outputChart; }
    QChartView *softwareChart() const { return m_softwareChart; }
    QChartView *growingChart() const { return m_growingChart; }
    QChartView *scenarioChart() const { return m_scenarioChart; }
    // The series drawn (null when their data is missing).
    QBarSet *outputSet() const { return m_output.set; }
    QLineSeries *growthSeries() const { return m_growthLine; }
    QBarSet *softwareSet() const { return m_software.set; }
    QLineSeries *softwareTargetSeries() const { return m_software.target; }
    QBarSet *growingSet() const { return m_growing.set; }
    QLineSeries *growingTargetSeries() const { return m_growing.target; }
    QScatterSeries *growingPublishedSeries() const { return m_growing.published; }
    // One set per field, stacked by year.
    const std::vector<QBarSet *> &scenarioSets() const { return m_scenarioSets; }
    QLineSeries *scenarioTargetSeries() const { return m_scenarioTarget; }

private:
    void drawCharts() override;
    QString summaryLine() const override;
    void buildOutput();
    void buildSoftware();
    void buildGrowing();
    void buildScenarios();

    QChartView *m_outputChart;
    QChartView *m_softwareChart;
    QChartView *m_growingChart;
    QChartView *m_scenarioChart;

    YearlyBars m_output;
    QLineSeries *m_growthLine = nullptr;
    YearlyBars m_software;
    YearlyBars m_growing;
    std::vector<QBarSet *> m_scenarioSets;
    QLineSeries *m_scenarioTarget = nullptr;
};

} // namespace scb
