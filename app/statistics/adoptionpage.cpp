#include "adoptionpage.h"
#include "chartstyle.h"

#include "formatting.h"
#include "serieskeys.h"
#include "statlabels.h"

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

namespace keys = serieskeys;

constexpr SeriesSpec kAdoptionSeries[] = {
    {keys::kEnterprisesOnCloud, true, false}, {keys::kNewAdopters, true, false},
    {keys::kAdoptionByIndustry, false, true}, {keys::kAdoptionByRegion, false, true},
    {keys::kAboveSizeRate, false, false},     {keys::kProvinceFigure, true, false},
    {keys::kAdoptionTarget, false, false},
};

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

// The monthly count as a line; its tool tip gives the month's figure.
QLineSeries *addOnCloudLine(QChart *chart,
                            const std::vector<const Observation *> &onCloud,
                            QAbstractAxis *xAxis,
                            QAbstractAxis *yAxis,
                            statcharts::PublishedFigures *published)
{
    auto *line = statcharts::thickLine(
        StatLabels::markedName(StatLabels::series(QLatin1String(keys::kEnterprisesOnCloud)),
                               SeriesPage::syntheticCount(onCloud), int(onCloud.size())),
        charts::colour(0));
    std::map<QString, Observation> byPeriod;
    for (const Observation *o : onCloud) {
        line->append(statcharts::monthX(o->period), o->value);
        byPeriod[q(o->period)] = *o;
        published->add(QPointF(statcharts::monthX(o->period), o->value), *o);
    }
    chart->addSeries(line);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    charts::tooltipOnHover(line, [byPeriod](const QPointF &p) {
        // The month under the cursor, or the nearest one listed.
        const QString period = periodAt(p.x() + 1.0 / 24);
        auto it = byPeriod.lower_bound(period);
        if (it == byPeriod.end())
            it = std::prev(it);
        const Observation &o = it->second;
        return withSource(
            AdoptionPage::tr("%1: %2").arg(StatLabels::formatPeriod(q(o.period)),
                                           StatLabels::formatValue(o.value, q(o.unit))),
            o);
    });
    return line;
}

QString provinceLabel(const Observation &p)
{
    return p.isSynthetic()
               ? AdoptionPage::tr("Province figure: %1 (%2, synthetic)")
                     .arg(StatLabels::formatNumber(p.value), StatLabels::formatPeriod(q(p.period)))
               : AdoptionPage::tr("Province figure: %1 (published %2)")
                     .arg(StatLabels::formatNumber(p.value), StatLabels::formatPeriod(q(p.period)));
}

} // namespace

AdoptionPage::AdoptionPage(StatisticsBridge *bridge, QSettings *settings, QWidget *parent)
    : SeriesPage(bridge, kAdoptionSeries, parent)
    , m_settings(settings)
    , m_targetBox(new QSpinBox(this))
    , m_onCloudChart(charts::makeChartView(tr("Enterprises on the cloud"), this))
    , m_industryChart(charts::makeChartView(tr("On the cloud by industry"), this))
    , m_regionChart(charts::makeChartView(tr("On the cloud by region"), this))
    , m_newChart(charts::makeChartView(tr("New adopters per month"), this))
    , m_rateChart(charts::makeChartView(tr("Enterprises above designated size on the cloud"), this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(freshnessLine(), 1);
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
    pageLayout()->addLayout(top);

    QGridLayout *grid =
        layOutFrame({m_onCloudChart, m_industryChart, m_regionChart, m_newChart, m_rateChart});
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

    start();
}

void AdoptionPage::applySeries(const SeriesAnswer &answer)
{
    showAnswer(answer.adoption, answer.adoptionFreshness, answer.error,
               tr("The figures could not be read: %1"));
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
    const auto targets = ofSeries(keys::kAdoptionTarget);
    return targets.empty() ? 0.0 : targets.back()->value; // in period order: the latest
}

QString AdoptionPage::targetLabel() const
{
    return m_targetLabel;
}

void AdoptionPage::updateTargetLabel()
{
    const auto targets = ofSeries(keys::kAdoptionTarget);
    if (userTarget() > 0)
        m_targetLabel = tr("Target: %1 (set here)").arg(StatLabels::formatNumber(userTarget()));
    else if (!targets.empty())
        m_targetLabel = StatLabels::markedName(
            tr("Target %1: %2")
                .arg(q(targets.back()->period), StatLabels::formatNumber(targets.back()->value)),
            targets.back()->isSynthetic() ? 1 : 0, 1);
    else
        m_targetLabel.clear();
}

void AdoptionPage::drawCharts()
{
    updateTargetLabel();
    buildOnCloud();
    buildIndustry();
    buildRegion();
    buildNewAdopters();
    buildRate();
}

QString AdoptionPage::summaryLine() const
{
    const auto onCloud = ofSeries(keys::kEnterprisesOnCloud);
    const auto province = ofSeries(keys::kProvinceFigure);
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
    return parts.isEmpty() ? tr("No figures yet.") : parts.join(QStringLiteral(" · "));
}

void AdoptionPage::buildOnCloud()
{
    QChart *chart = m_onCloudChart->chart();
    charts::clearChart(chart);
    m_onCloud = {};

    const auto onCloud = ofSeries(keys::kEnterprisesOnCloud);
    const auto province = ofSeries(keys::kProvinceFigure);
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
    QValueAxis *yAxis = charts::valueAxis(tr("Enterprises"), top);
    chart->addAxis(yAxis, Qt::AlignLeft);

    statcharts::PublishedFigures published;
    if (!onCloud.empty())
        m_onCloud.count = addOnCloudLine(chart, onCloud, xAxis, yAxis, &published);
    if (!province.empty()) {
        const Observation &p = *province.back();
        m_onCloud.province =
            charts::referenceLine(chart, provinceLabel(p), p.value, x0, x1,
                                  charts::publishedColour(), Qt::DotLine, xAxis, yAxis);
        published.add(QPointF(statcharts::monthX(p.period), p.value), p);
    }
    if (targetValue() > 0)
        m_onCloud.target =
            charts::referenceLine(chart, m_targetLabel, targetValue(), x0, x1,
                                  charts::targetColour(), Qt::DashLine, xAxis, yAxis);
    m_onCloud.published = published.mark(chart, xAxis, yAxis);
}

void AdoptionPage::buildIndustry()
{
    QChart *chart = m_industryChart->chart();
    charts::clearChart(chart);
    m_industrySet = nullptr;
    QString year;
    auto latest = latestYear(ofSeries(keys::kAdoptionByIndustry), &year);
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
    m_industrySet->setColor(charts::colour(0));
    m_industrySet->setBorderColor(charts::colour(0));
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
    charts::attachHorizontalBarAxes(chart, bars, categories, tr("Enterprises"), top);
    statcharts::tooltipsFrom(m_industrySet, latest, [](const Observation &o) {
        return withSource(tr("%1: %2").arg(StatLabels::industry(q(o.category)),
                                           StatLabels::formatValue(o.value, q(o.unit))),
                          o);
    });
}

void AdoptionPage::buildRegion()
{
    QChart *chart = m_regionChart->chart();
    charts::clearChart(chart);
    m_regionSets.clear();
    QString year;
    auto latest = latestYear(ofSeries(keys::kAdoptionByRegion), &year);
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
        const QColor colour = charts::colour(g == 0 ? 0 : g == 1 ? 5 : 4);
        set->setColor(g == 1 ? charts::targetColour() : colour);
        set->setBorderColor(set->color());
        for (const Observation *o : latest)
            *set << (group(o) == g ? o->value : 0.0);
        bars->append(set);
        m_regionSets.push_back(set);
        statcharts::tooltipsFrom(set, latest, [](const Observation &o) {
            return withSource(tr("%1: %2").arg(StatLabels::region(q(o.category)),
                                               StatLabels::formatValue(o.value, q(o.unit))),
                              o);
        });
    }
    chart->addSeries(bars);
    charts::attachHorizontalBarAxes(chart, bars, categories, tr("Enterprises"), top);
}

void AdoptionPage::buildNewAdopters()
{
    QChart *chart = m_newChart->chart();
    charts::clearChart(chart);
    m_newArea = nullptr;
    const auto adopters = ofSeries(keys::kNewAdopters);
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
    m_newArea->setName(StatLabels::markedName(StatLabels::series(QLatin1String(keys::kNewAdopters)),
                                              syntheticCount(adopters), int(adopters.size())));
    m_newArea->setColor(charts::colour(2));
    m_newArea->setBorderColor(charts::colour(2));
    chart->addSeries(m_newArea);
    const double x0 = statcharts::monthX(adopters.front()->period);
    const double x1 = statcharts::monthX(adopters.back()->period) + kMonth;
    QCategoryAxis *xAxis = yearAxis(x0, x1);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = charts::valueAxis(tr("Enterprises"), top);
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
    charts::clearChart(chart);
    m_rateLine = nullptr;
    const auto rate = ofSeries(keys::kAboveSizeRate);
    if (rate.empty())
        return;
    auto *xAxis = new QBarCategoryAxis;
    m_rateLine = statcharts::labelledLine(
        StatLabels::markedName(tr("Share on the cloud"), syntheticCount(rate), int(rate.size())),
        charts::colour(3), QStringLiteral("@yPoint"));
    double top = 0;
    statcharts::PublishedFigures published;
    for (size_t i = 0; i < rate.size(); ++i) {
        xAxis->append(q(rate[i]->period));
        m_rateLine->append(double(i), rate[i]->value);
        top = std::max(top, rate[i]->value);
        published.add(QPointF(double(i), rate[i]->value), *rate[i]);
    }
    chart->addSeries(m_rateLine);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = charts::valueAxis(tr("%"), std::min(100.0, top * 1.1));
    chart->addAxis(yAxis, Qt::AlignLeft);
    m_rateLine->attachAxis(xAxis);
    m_rateLine->attachAxis(yAxis);
    statcharts::tooltipsFrom(m_rateLine, rate, [](const Observation &o) {
        return withSource(
            tr("%1: %2").arg(q(o.period), StatLabels::formatValue(o.value, q(o.unit))), o);
    });
    published.mark(chart, xAxis, yAxis);
}

} // namespace scb
