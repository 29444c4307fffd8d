#pragma once

#include "seriespage.h"

#include <vector>

class QAreaSeries;
class QBarSet;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QSettings;
class QSpinBox;

namespace scb {

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
class AdoptionPage : public SeriesPage
{
    Q_OBJECT
public:
    static constexpr const char *kTargetSetting = "statistics/adoptionTarget";

    // bridge and settings may be null (tests): then applySeries() and
    // applyState() feed the page.
    explicit AdoptionPage(StatisticsBridge *bridge,
                          QSettings *settings = nullptr,
                          QWidget *parent = nullptr);

    void applySeries(const SeriesAnswer &answer) override;

    // The target drawn: the user's when set, else the data's; 0 none.
    double targetValue() const;
    QString targetLabel() const;
    // The user's target (0: take the data's).
    void setUserTarget(int target);
    int userTarget() const;

    QChartView *onCloudChart() const { return m_onCloudChart; }
    QChartView *industryChart() const { return m_industryChart; }
    QChartView *regionChart() const { return m_regionChart; }
    QChartView *newAdoptersChart() const { return m_newChart; }
    QChartView *rateChart() const { return m_rateChart; }
    // The series drawn (null when their data is missing).
    QLineSeries *onCloudSeries() const { return m_onCloud.count; }
    QLineSeries *provinceSeries() const { return m_onCloud.province; }
    QLineSeries *targetSeries() const { return m_onCloud.target; }
    QScatterSeries *publishedSeries() const { return m_onCloud.published; }
    QBarSet *industrySet() const { return m_industrySet; }
    // Guiyang's districts, Gui'an New Area, the other prefectures.
    const std::vector<QBarSet *> &regionSets() const { return m_regionSets; }
    QAreaSeries *newAdoptersSeries() const { return m_newArea; }
    QLineSeries *rateSeries() const { return m_rateLine; }
    QSpinBox *targetBox() const { return m_targetBox; }

private:
    // The series of the chart of enterprises on the cloud.
    struct OnCloudSeries
    {
        QLineSeries *count = nullptr; // the monthly count
        QLineSeries *province = nullptr;
        QLineSeries *target = nullptr;
        QScatterSeries *published = nullptr;
    };

    void drawCharts() override;
    QString summaryLine() const override;
    void updateTargetLabel();
    void buildOnCloud();
    void buildIndustry();
    void buildRegion();
    void buildNewAdopters();
    void buildRate();
    void onTargetChanged(int value);

    QSettings *m_settings;
    QSpinBox *m_targetBox;
    QChartView *m_onCloudChart;
    QChartView *m_industryChart;
    QChartView *m_regionChart;
    QChartView *m_newChart;
    QChartView *m_rateChart;

    OnCloudSeries m_onCloud;
    QBarSet *m_industrySet = nullptr;
    std::vector<QBarSet *> m_regionSets;
    QAreaSeries *m_newArea = nullptr;
    QLineSeries *m_rateLine = nullptr;
    QString m_targetLabel;
};

} // namespace scb
