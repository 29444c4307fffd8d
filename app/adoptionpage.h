#pragma once

#include "statisticsbridge.h"

#include <QWidget>

#include <vector>

class QAreaSeries;
class QBarSet;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QSettings;
class QSpinBox;

namespace scb {

class FreshnessLine;
class ObservationTablePanel;

// Enterprises on the cloud in the province: the monthly count against the
// province's published figure and the year's target, by industry and by
// region (latest year), new adopters per month, and the share of
// enterprises above designated size on the cloud; the figures drawn in a
// table with CSV export. Synthetic series say so in their legend names and
// in a note; published figures are marked, their citation in the tool tip.
//
// The target comes from the data (adoption_target, latest year) unless the
// user sets one in the Target box (kept in settings when given, else for
// the session).
class AdoptionPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr const char *kTargetSetting = "statistics/adoptionTarget";

    // bridge and settings may be null (tests): then applySeries() and
    // applyState() feed the page.
    explicit AdoptionPage(StatisticsBridge *bridge,
                          QSettings *settings = nullptr,
                          QWidget *parent = nullptr);

    void applySeries(const SeriesAnswer &answer);
    void applyState(const StatisticsState &state);
    // Draws these observations (the adoption series; others are ignored).
    void setObservations(const std::vector<Observation> &observations);

    // The target drawn: the user's when set, else the data's; 0 none.
    double targetValue() const;
    QString targetLabel() const;
    // The user's target (0: take the data's).
    void setUserTarget(int target);
    int userTarget() const;

    // Observations drawn / left out (unknown series, invalid, duplicates).
    int shownCount() const { return int(m_shown.size()); }
    int ignoredCount() const { return m_ignored; }
    bool syntheticNoteVisible() const;
    QString freshnessText() const;
    QString noteText() const;

    QChartView *onCloudChart() const { return m_onCloudChart; }
    QChartView *industryChart() const { return m_industryChart; }
    QChartView *regionChart() const { return m_regionChart; }
    QChartView *newAdoptersChart() const { return m_newChart; }
    QChartView *rateChart() const { return m_rateChart; }
    // The series drawn (null when their data is missing).
    QLineSeries *onCloudSeries() const { return m_onCloudLine; }
    QLineSeries *provinceSeries() const { return m_provinceLine; }
    QLineSeries *targetSeries() const { return m_targetLine; }
    QScatterSeries *publishedSeries() const { return m_published; }
    QBarSet *industrySet() const { return m_industrySet; }
    // Guiyang's districts, Gui'an New Area, the other prefectures.
    const std::vector<QBarSet *> &regionSets() const { return m_regionSets; }
    QAreaSeries *newAdoptersSeries() const { return m_newArea; }
    QLineSeries *rateSeries() const { return m_rateLine; }
    QSpinBox *targetBox() const { return m_targetBox; }
    ObservationTablePanel *tablePanel() const { return m_tablePanel; }

private:
    void rebuild();
    void buildOnCloud();
    void buildIndustry();
    void buildRegion();
    void buildNewAdopters();
    void buildRate();
    void onTargetChanged(int value);

    StatisticsBridge *m_bridge;
    QSettings *m_settings;
    FreshnessLine *m_freshness;
    QLabel *m_summary;
    QLabel *m_note;
    QSpinBox *m_targetBox;
    QChartView *m_onCloudChart;
    QChartView *m_industryChart;
    QChartView *m_regionChart;
    QChartView *m_newChart;
    QChartView *m_rateChart;
    ObservationTablePanel *m_tablePanel;

    std::vector<Observation> m_shown;
    int m_ignored = 0;
    QLineSeries *m_onCloudLine = nullptr;
    QLineSeries *m_provinceLine = nullptr;
    QLineSeries *m_targetLine = nullptr;
    QScatterSeries *m_published = nullptr;
    QBarSet *m_industrySet = nullptr;
    std::vector<QBarSet *> m_regionSets;
    QAreaSeries *m_newArea = nullptr;
    QLineSeries *m_rateLine = nullptr;
    QString m_targetLabel;
};

} // namespace scb
