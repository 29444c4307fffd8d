#include "adoptionpage.h"

#include "datasetmodels.h"
#include "formatting.h"
#include "statlabels.h"
#include "statwidgets.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace scb {

namespace {

constexpr SeriesSpec kAdoptionSeries[] = {
    {"enterprises_on_cloud", true, false}, {"new_adopters", true, false},
    {"adoption_by_industry", false, true}, {"adoption_by_region", false, true},
    {"above_size_rate", false, false},     {"province_figure", true, false},
    {"adoption_target", false, false},
};

std::vector<const Observation *> ofSeries(const std::vector<Observation> &all, const char *series)
{
    std::vector<const Observation *> out;
    for (const Observation &o : all)
        if (o.series == series)
            out.push_back(&o);
    return out;
}

int syntheticCount(const std::vector<const Observation *> &observations)
{
    return int(std::count_if(observations.begin(), observations.end(),
                             [](const Observation *o) { return o->isSynthetic(); }));
}

// The latest year's observations of a categorized yearly series.
std::vector<const Observation *> latestYear(const std::vector<const Observation *> &observations,
                                            QString *year)
{
    std::string latest;
    for (const Observation *o : observations)
        latest = std::max(latest, o->period);
    std::vector<const Observation *> out;
    for (const Observation *o : observations)
        if (o->period == latest)
            out.push_back(o);
    *year = QString::fromStdString(latest);
    return out;
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// "2024-05" back from x on the months axis.
QString periodAt(double x)
{
    const int months = int(std::floor(x * 12 + 1e-6));
    return QStringLiteral("%1-%2").arg(months / 12).arg(months % 12 + 1, 2, 10, QLatin1Char('0'));
}

// Years from x0 to x1 (years as numbers, months between), a label on each
// 1 January.
QCategoryAxis *yearAxis(double x0, double x1)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(x0);
    for (int year = int(std::ceil(x0 - 1e-9)); year <= int(std::floor(x1 + 1e-9)); ++year)
        axis->append(QString::number(year), year);
    axis->setRange(x0, x1);
    axis->setGridLineVisible(true);
    return axis;
}

QString withSource(const QString &text, const Observation &o)
{
    if (o.isSynthetic())
        return AdoptionPage::tr("%1 (synthetic)").arg(text);
    return AdoptionPage::tr("%1\nSource: %2").arg(text, q(o.source));
}

} // namespace

AdoptionPage::AdoptionPage(StatisticsBridge *bridge, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_settings(settings)
    , m_freshness(new FreshnessLine(StatLabels::Subject::Figures, this))
    , m_summary(new QLabel(this))
    , m_note(new QLabel(StatLabels::syntheticNote(), this))
    , m_targetBox(new QSpinBox(this))
    , m_onCloudChart(statcharts::makeChartView(tr("Enterprises on the cloud"), this))
    , m_industryChart(statcharts::makeChartView(tr("On the cloud by industry"), this))
    , m_regionChart(statcharts::makeChartView(tr("On the cloud by region"), this))
    , m_newChart(statcharts::makeChartView(tr("New adopters per month"), this))
    , m_rateChart(
          statcharts::makeChartView(tr("Enterprises above designated size on the cloud"), this))
    , m_tablePanel(new ObservationTablePanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *top = new QHBoxLayout;
    top->addWidget(m_freshness, 1);
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_targetBox);
    top->addWidget(targetLabel);
    m_targetBox->setRange(0, 10'000'000);
    m_targetBox->setSingleStep(1000);
    m_targetBox->setGroupSeparatorShown(true);
    m_targetBox->setSpecialValueText(tr("From data"));
    m_targetBox->setSuffix(tr(" enterprises"));
    m_targetBox->setAccelerated(true);
    m_targetBox->setToolTip(
        tr("The target line of the chart. “From data” draws the target the data gives."));
    top->addWidget(m_targetBox);
    layout->addLayout(top);

    QGridLayout *grid = statcharts::layOutSeriesPage(layout, m_summary, m_note, m_tablePanel);
    // The regions (twenty or so rows) get two rows' height beside the
    // industries and the rate; the months run across the width.
    grid->addWidget(m_onCloudChart, 0, 0, 1, 2);
    grid->addWidget(m_industryChart, 1, 0);
    grid->addWidget(m_rateChart, 2, 0);
    grid->addWidget(m_regionChart, 1, 1, 2, 1);
    grid->addWidget(m_newChart, 3, 0, 1, 2);
    m_onCloudChart->setMinimumHeight(300);
    m_industryChart->setMinimumHeight(290);
    m_rateChart->setMinimumHeight(250);
    m_newChart->setMinimumHeight(250);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    grid->setRowStretch(3, 2);

    if (m_settings)
        m_targetBox->setValue(
            std::max(0, m_settings->value(QLatin1String(kTargetSetting)).toInt()));
    connect(m_targetBox, &QSpinBox::valueChanged, this, &AdoptionPage::onTargetChanged);

    statcharts::followSeries(this, m_bridge);
    rebuild();
}

void AdoptionPage::applySeries(const SeriesAnswer &answer)
{
    m_freshness->setFetchedUnixMs(answer.adoptionFreshness.fetchedUnixMs);
    setObservations(answer.adoption.observations);
    if (!answer.error.isEmpty() && m_shown.empty())
        m_summary->setText(tr("The figures could not be read: %1").arg(answer.error));
}

void AdoptionPage::applyState(const StatisticsState &state)
{
    m_freshness->setState(state);
}

void AdoptionPage::setObservations(const std::vector<Observation> &observations)
{
    m_shown = selectObservations(observations, kAdoptionSeries, &m_ignored);
    m_tablePanel->setObservations(m_shown);
    rebuild();
}

int AdoptionPage::userTarget() const
{
    return m_targetBox->value();
}

void AdoptionPage::setUserTarget(int target)
{
    m_targetBox->setValue(target); // onTargetChanged() follows
}

void AdoptionPage::onTargetChanged(int value)
{
    if (m_settings) {
        if (value > 0)
            m_settings->setValue(QLatin1String(kTargetSetting), value);
        else
            m_settings->remove(QLatin1String(kTargetSetting));
    }
    rebuild();
}

double AdoptionPage::targetValue() const
{
    if (userTarget() > 0)
        return userTarget();
    const auto targets = ofSeries(m_shown, "adoption_target");
    return targets.empty() ? 0.0 : targets.back()->value; // in period order: the latest
}

QString AdoptionPage::targetLabel() const
{
    return m_targetLabel;
}

bool AdoptionPage::syntheticNoteVisible() const
{
    return !m_note->isHidden();
}

QString AdoptionPage::freshnessText() const
{
    return m_freshness->text();
}

QString AdoptionPage::noteText() const
{
    return m_note->text();
}

void AdoptionPage::rebuild()
{
    const auto targets = ofSeries(m_shown, "adoption_target");
    if (userTarget() > 0)
        m_targetLabel = tr("Target: %1 (set here)").arg(StatLabels::formatNumber(userTarget()));
    else if (!targets.empty())
        m_targetLabel = StatLabels::markedName(
            tr("Target %1: %2")
                .arg(q(targets.back()->period), StatLabels::formatNumber(targets.back()->value)),
            targets.back()->isSynthetic() ? 1 : 0, 1);
    else
        m_targetLabel.clear();

    buildOnCloud();
    buildIndustry();
    buildRegion();
    buildNewAdopters();
    buildRate();
    for (QChartView *view :
         {m_onCloudChart, m_industryChart, m_regionChart, m_newChart, m_rateChart})
        statcharts::untruncate(view->chart());

    const bool synthetic = std::any_of(m_shown.begin(), m_shown.end(),
                                       [](const Observation &o) { return o.isSynthetic(); });
    m_note->setVisible(synthetic);

    // The key figures in one line.
    const auto onCloud = ofSeries(m_shown, "enterprises_on_cloud");
    const auto province = ofSeries(m_shown, "province_figure");
    QStringList parts;
    if (!onCloud.empty())
        parts << tr("%1 enterprises on the cloud (%2)")
                     .arg(formatLargeNumber(onCloud.back()->value),
                          StatLabels::formatPeriod(q(onCloud.back()->period)));
    if (!province.empty())
        parts << tr("province figure %1 (%2)")
                     .arg(formatLargeNumber(province.back()->value),
                          StatLabels::formatPeriod(q(province.back()->period)));
    if (!m_targetLabel.isEmpty())
        parts << m_targetLabel;
    m_summary->setText(parts.isEmpty() ? tr("No figures yet.") : parts.join(QStringLiteral(" · ")));
}

void AdoptionPage::buildOnCloud()
{
    QChart *chart = m_onCloudChart->chart();
    statcharts::clearChart(chart);
    m_onCloudLine = nullptr;
    m_provinceLine = nullptr;
    m_targetLine = nullptr;
    m_published = nullptr;

    const auto onCloud = ofSeries(m_shown, "enterprises_on_cloud");
    const auto province = ofSeries(m_shown, "province_figure");
    if (onCloud.empty() && province.empty())
        return;
    double x0 = 1e9;
    double x1 = -1e9;
    double top = targetValue();
    for (const auto *list : {&onCloud, &province})
        for (const Observation *o : *list) {
            const double x = statcharts::monthX(o->period);
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
            top = std::max(top, o->value);
        }
    if (x1 - x0 < 1.0 / 12) {
        x0 -= 0.5;
        x1 += 0.5;
    }
    QCategoryAxis *xAxis = yearAxis(x0, x1);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = statcharts::valueAxis(tr("Enterprises"), top);
    chart->addAxis(yAxis, Qt::AlignLeft);

    QList<QPointF> published;
    QStringList citations;
    if (!onCloud.empty()) {
        m_onCloudLine = new QLineSeries;
        m_onCloudLine->setName(
            StatLabels::markedName(StatLabels::series(QStringLiteral("enterprises_on_cloud")),
                                   syntheticCount(onCloud), int(onCloud.size())));
        QPen pen(statcharts::colour(0));
        pen.setWidthF(2.5);
        m_onCloudLine->setPen(pen);
        std::map<QString, Observation> byPeriod;
        for (const Observation *o : onCloud) {
            m_onCloudLine->append(statcharts::monthX(o->period), o->value);
            byPeriod[q(o->period)] = *o;
            if (!o->isSynthetic()) {
                published << QPointF(statcharts::monthX(o->period), o->value);
                citations << q(o->source);
            }
        }
        chart->addSeries(m_onCloudLine);
        m_onCloudLine->attachAxis(xAxis);
        m_onCloudLine->attachAxis(yAxis);
        statcharts::tooltipOnHover(m_onCloudLine, [byPeriod](const QPointF &p) {
            // The month under the cursor, or the nearest one listed.
            const QString period = periodAt(p.x() + 1.0 / 24);
            auto it = byPeriod.lower_bound(period);
            if (it == byPeriod.end())
                it = std::prev(it);
            const Observation &o = it->second;
            return withSource(tr("%1: %2").arg(StatLabels::formatPeriod(q(o.period)),
                                               StatLabels::formatValue(o.value, q(o.unit))),
                              o);
        });
    }
    if (!province.empty()) {
        const Observation &p = *province.back();
        const QString label = p.isSynthetic() ? tr("Province figure: %1 (%2, synthetic)")
                                                    .arg(StatLabels::formatNumber(p.value),
                                                         StatLabels::formatPeriod(q(p.period)))
                                              : tr("Province figure: %1 (published %2)")
                                                    .arg(StatLabels::formatNumber(p.value),
                                                         StatLabels::formatPeriod(q(p.period)));
        m_provinceLine =
            statcharts::referenceLine(chart, label, p.value, x0, x1, statcharts::publishedColour(),
                                      Qt::DotLine, xAxis, yAxis);
        if (!p.isSynthetic()) {
            published << QPointF(statcharts::monthX(p.period), p.value);
            citations << q(p.source);
        }
    }
    if (targetValue() > 0)
        m_targetLine =
            statcharts::referenceLine(chart, m_targetLabel, targetValue(), x0, x1,
                                      statcharts::targetColour(), Qt::DashLine, xAxis, yAxis);
    if (!published.isEmpty())
        m_published = statcharts::publishedMarkers(chart, published, citations, xAxis, yAxis);
}

void AdoptionPage::buildIndustry()
{
    QChart *chart = m_industryChart->chart();
    statcharts::clearChart(chart);
    m_industrySet = nullptr;
    QString year;
    auto latest = latestYear(ofSeries(m_shown, "adoption_by_industry"), &year);
    chart->setTitle(year.isEmpty() ? tr("On the cloud by industry")
                                   : tr("On the cloud by industry, %1").arg(year));
    if (latest.empty())
        return;
    // The largest on top: the category axis runs upwards.
    std::stable_sort(latest.begin(), latest.end(), [](const Observation *a, const Observation *b) {
        return a->value < b->value;
    });
    m_industrySet = new QBarSet(StatLabels::markedName(tr("Enterprises, %1").arg(year),
                                                       syntheticCount(latest), int(latest.size())));
    m_industrySet->setColor(statcharts::colour(0));
    m_industrySet->setBorderColor(statcharts::colour(0));
    QStringList categories;
    double top = 0;
    for (const Observation *o : latest) {
        categories << StatLabels::industry(q(o->category));
        *m_industrySet << o->value;
        top = std::max(top, o->value);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(m_industrySet);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    statcharts::attachHorizontalBarAxes(chart, bars, categories, tr("Enterprises"), top);
    std::vector<Observation> copies;
    for (const Observation *o : latest)
        copies.push_back(*o);
    statcharts::tooltipOnHover(m_industrySet, [copies](int i) {
        if (i < 0 || size_t(i) >= copies.size())
            return QString();
        const Observation &o = copies[size_t(i)];
        return withSource(tr("%1: %2").arg(StatLabels::industry(q(o.category)),
                                           StatLabels::formatValue(o.value, q(o.unit))),
                          o);
    });
}

void AdoptionPage::buildRegion()
{
    QChart *chart = m_regionChart->chart();
    statcharts::clearChart(chart);
    m_regionSets.clear();
    QString year;
    auto latest = latestYear(ofSeries(m_shown, "adoption_by_region"), &year);
    chart->setTitle(year.isEmpty() ? tr("On the cloud by region")
                                   : tr("On the cloud by region, %1").arg(year));
    if (latest.empty())
        return;
    // Top to bottom: Guiyang's districts, Gui'an New Area, the other
    // prefectures, each by size.
    const auto group = [](const Observation *o) {
        const auto g = StatLabels::regionGroup(q(o->category));
        return g == StatLabels::RegionGroup::Other ? int(StatLabels::RegionGroup::Prefecture)
                                                   : int(g);
    };
    std::stable_sort(latest.begin(), latest.end(), [&](const Observation *a, const Observation *b) {
        if (group(a) != group(b))
            return group(a) < group(b);
        return a->value > b->value;
    });
    std::reverse(latest.begin(), latest.end()); // the axis runs upwards
    const QString names[] = {tr("Guiyang"), tr("Gui'an New Area"),
                             tr("Other cities and prefectures")};
    // Three sets: the marking goes in the title, not thrice in the legend.
    const int chartSynthetic = syntheticCount(latest);
    const bool allOrNone = chartSynthetic == 0 || chartSynthetic == int(latest.size());
    chart->setTitle(StatLabels::markedName(chart->title(), chartSynthetic, int(latest.size())));
    auto *bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.7);
    double top = 0;
    QStringList categories;
    for (const Observation *o : latest) {
        categories << StatLabels::region(q(o->category));
        top = std::max(top, o->value);
    }
    for (int g = 0; g < 3; ++g) {
        int points = 0;
        int synthetic = 0;
        for (const Observation *o : latest)
            if (group(o) == g) {
                ++points;
                synthetic += o->isSynthetic() ? 1 : 0;
            }
        if (points == 0)
            continue;
        auto *set =
            new QBarSet(allOrNone ? names[g] : StatLabels::markedName(names[g], synthetic, points));
        const QColor colour = statcharts::colour(g == 0 ? 0 : g == 1 ? 5 : 4);
        set->setColor(g == 1 ? statcharts::targetColour() : colour);
        set->setBorderColor(set->color());
        for (const Observation *o : latest)
            *set << (group(o) == g ? o->value : 0.0);
        bars->append(set);
        m_regionSets.push_back(set);
        std::vector<Observation> copies;
        for (const Observation *o : latest)
            copies.push_back(*o);
        statcharts::tooltipOnHover(set, [copies](int i) {
            if (i < 0 || size_t(i) >= copies.size())
                return QString();
            const Observation &o = copies[size_t(i)];
            return withSource(tr("%1: %2").arg(StatLabels::region(q(o.category)),
                                               StatLabels::formatValue(o.value, q(o.unit))),
                              o);
        });
    }
    chart->addSeries(bars);
    statcharts::attachHorizontalBarAxes(chart, bars, categories, tr("Enterprises"), top);
}

void AdoptionPage::buildNewAdopters()
{
    QChart *chart = m_newChart->chart();
    statcharts::clearChart(chart);
    m_newArea = nullptr;
    const auto adopters = ofSeries(m_shown, "new_adopters");
    if (adopters.empty())
        return;
    // Bars on a time axis: one rectangle per month, with a gap between.
    constexpr double kMonth = 1.0 / 12;
    constexpr double kGap = kMonth * 0.15;
    auto *upper = new QLineSeries;
    double top = 0;
    std::map<QString, Observation> byPeriod;
    for (const Observation *o : adopters) {
        const double x = statcharts::monthX(o->period);
        upper->append(x + kGap, 0);
        upper->append(x + kGap, o->value);
        upper->append(x + kMonth - kGap, o->value);
        upper->append(x + kMonth - kGap, 0);
        top = std::max(top, o->value);
        byPeriod[q(o->period)] = *o;
    }
    m_newArea = new QAreaSeries(upper);
    m_newArea->setName(StatLabels::markedName(StatLabels::series(QStringLiteral("new_adopters")),
                                              syntheticCount(adopters), int(adopters.size())));
    m_newArea->setColor(statcharts::colour(2));
    m_newArea->setBorderColor(statcharts::colour(2));
    chart->addSeries(m_newArea);
    const double x0 = statcharts::monthX(adopters.front()->period);
    const double x1 = statcharts::monthX(adopters.back()->period) + kMonth;
    QCategoryAxis *xAxis = yearAxis(x0, x1);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = statcharts::valueAxis(tr("Enterprises"), top);
    chart->addAxis(yAxis, Qt::AlignLeft);
    m_newArea->attachAxis(xAxis);
    m_newArea->attachAxis(yAxis);
    connect(m_newArea, &QAreaSeries::hovered, m_newArea, [byPeriod](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const auto it = byPeriod.find(periodAt(p.x()));
        if (it == byPeriod.end())
            return;
        const Observation &o = it->second;
        QToolTip::showText(QCursor::pos(),
                           withSource(tr("%1: %2 new")
                                          .arg(StatLabels::formatPeriod(q(o.period)),
                                               StatLabels::formatValue(o.value, q(o.unit))),
                                      o));
    });
}

void AdoptionPage::buildRate()
{
    QChart *chart = m_rateChart->chart();
    statcharts::clearChart(chart);
    m_rateLine = nullptr;
    const auto rate = ofSeries(m_shown, "above_size_rate");
    if (rate.empty())
        return;
    auto *xAxis = new QBarCategoryAxis;
    m_rateLine = new QLineSeries;
    m_rateLine->setName(
        StatLabels::markedName(tr("Share on the cloud"), syntheticCount(rate), int(rate.size())));
    QPen pen(statcharts::colour(3));
    pen.setWidthF(2.5);
    m_rateLine->setPen(pen);
    m_rateLine->setPointsVisible(true);
    m_rateLine->setPointLabelsVisible(true);
    m_rateLine->setPointLabelsFormat(QStringLiteral("@yPoint"));
    m_rateLine->setPointLabelsClipping(false);
    double top = 0;
    QList<QPointF> published;
    QStringList citations;
    for (size_t i = 0; i < rate.size(); ++i) {
        xAxis->append(q(rate[i]->period));
        m_rateLine->append(double(i), rate[i]->value);
        top = std::max(top, rate[i]->value);
        if (!rate[i]->isSynthetic()) {
            published << QPointF(double(i), rate[i]->value);
            citations << q(rate[i]->source);
        }
    }
    chart->addSeries(m_rateLine);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = statcharts::valueAxis(tr("%"), std::min(100.0, top * 1.1));
    chart->addAxis(yAxis, Qt::AlignLeft);
    m_rateLine->attachAxis(xAxis);
    m_rateLine->attachAxis(yAxis);
    std::vector<Observation> copies;
    for (const Observation *o : rate)
        copies.push_back(*o);
    statcharts::tooltipOnHover(m_rateLine, [copies](const QPointF &p) {
        const int i = int(std::lround(p.x()));
        if (i < 0 || size_t(i) >= copies.size())
            return QString();
        const Observation &o = copies[size_t(i)];
        return withSource(
            tr("%1: %2").arg(q(o.period), StatLabels::formatValue(o.value, q(o.unit))), o);
    });
    if (!published.isEmpty())
        statcharts::publishedMarkers(chart, published, citations, xAxis, yAxis);
}

} // namespace scb
