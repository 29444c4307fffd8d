#include "industrypage.h"
#include "chartstyle.h"

#include "formatting.h"
#include "serieskeys.h"
#include "statlabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace scb {

namespace {

namespace keys = serieskeys;

constexpr SeriesSpec kIndustrySeries[] = {
    {keys::kOutputValue, false, false},
    {keys::kSoftwareRevenue, false, false},
    {keys::kSoftwareRevenueTarget, false, false},
    {keys::kGrowingEnterprises, false, false},
    {keys::kGrowingEnterprisesTarget, false, false},
    {keys::kModelScenarios, false, true},
    {keys::kModelScenariosTarget, false, false},
};

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// A figure of the summary line: yuan as officials read them ("1000亿元",
// "100 billion yuan"), others with their unit.
QString summaryValue(const Observation &o)
{
    if (o.unit == "100m_yuan")
        return formatHundredMillionYuan(o.value);
    return StatLabels::formatValue(o.value, q(o.unit));
}

QString withSource(const QString &text, const Observation &o)
{
    if (o.isSynthetic())
        return IndustryPage::tr("%1 (synthetic)").arg(text);
    return IndustryPage::tr("%1\nSource: %2").arg(text, q(o.source));
}

// The target's legend name: "Target 2024: 1,000 × 100 million yuan".
QString targetName(const Observation &target)
{
    return StatLabels::markedName(
        IndustryPage::tr("Target %1: %2")
            .arg(q(target.period), StatLabels::formatValue(target.value, q(target.unit))),
        target.isSynthetic() ? 1 : 0, 1);
}

// The target across the chart's years (bars at 0, 1, …), its source in the
// tool tip.
QLineSeries *targetLine(QChart *chart,
                        const Observation &target,
                        size_t years,
                        QAbstractAxis *xAxis,
                        QAbstractAxis *yAxis)
{
    const QString label = targetName(target);
    return charts::referenceLine(chart, label, target.value, -0.5, double(years) - 0.5,
                                 charts::targetColour(), Qt::DashLine, xAxis, yAxis,
                                 target.isSynthetic() ? label : withSource(label, target));
}

// A yearly series as bars, with the latest target as a line across and
// published figures marked.
IndustryPage::YearlyBars yearlyBars(QChart *chart,
                                    const std::vector<const Observation *> &values,
                                    const std::vector<const Observation *> &targets,
                                    const QString &name,
                                    const QColor &colour)
{
    IndustryPage::YearlyBars out;
    if (values.empty())
        return out;
    out.set = new QBarSet(
        StatLabels::markedName(name, SeriesPage::syntheticCount(values), int(values.size())));
    out.set->setColor(colour);
    out.set->setBorderColor(colour);
    // The years of the figures and of the target: a target for a year not
    // yet counted stands over an empty place.
    std::set<std::string> yearSet;
    for (const Observation *o : values)
        yearSet.insert(o->period);
    if (!targets.empty())
        yearSet.insert(targets.back()->period);
    const std::vector<std::string> years(yearSet.begin(), yearSet.end());
    auto *xAxis = new QBarCategoryAxis;
    double top = targets.empty() ? 0.0 : targets.back()->value;
    statcharts::PublishedFigures published;
    std::vector<const Observation *> drawn(years.size(), nullptr);
    for (size_t i = 0; i < years.size(); ++i) {
        xAxis->append(q(years[i]));
        const auto it = std::find_if(values.begin(), values.end(),
                                     [&](const Observation *o) { return o->period == years[i]; });
        if (it == values.end()) {
            *out.set << 0.0;
            continue;
        }
        const Observation &o = **it;
        *out.set << o.value;
        top = std::max(top, o.value);
        drawn[i] = &o;
        published.add(QPointF(double(i), o.value), o);
    }
    auto *bars = new QBarSeries;
    bars->append(out.set);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = charts::valueAxis(StatLabels::unitTitle(q(values.front()->unit)), top);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    statcharts::tooltipsFrom(out.set, drawn, [](const Observation &o) {
        return withSource(IndustryPage::tr("%1: %2").arg(
                              q(o.period), StatLabels::formatValue(o.value, q(o.unit))),
                          o);
    });
    if (!targets.empty())
        out.target = targetLine(chart, *targets.back(), years.size(), xAxis, yAxis);
    out.published = published.mark(chart, xAxis, yAxis);
    return out;
}

// The scenarios by (field, year).
using ScenarioCells = std::map<std::pair<std::string, std::string>, const Observation *>;

// One field's scenarios by year, a set of the stack; adds them to totals.
QBarSet *scenarioSet(const std::string &field,
                     int index,
                     const std::vector<std::string> &years,
                     const ScenarioCells &cell,
                     std::vector<double> *totals)
{
    auto *set = new QBarSet(StatLabels::scenarioField(q(field)));
    set->setColor(charts::colour(index));
    set->setBorderColor(Qt::white);
    std::vector<const Observation *> drawn;
    for (size_t y = 0; y < years.size(); ++y) {
        const auto it = cell.find({field, years[y]});
        const Observation *o = it == cell.end() ? nullptr : it->second;
        const double value = o ? o->value : 0.0;
        *set << value;
        (*totals)[y] += value;
        drawn.push_back(o);
    }
    statcharts::tooltipsFrom(set, drawn, [](const Observation &o) {
        return withSource(IndustryPage::tr("%1, %2: %3")
                              .arg(StatLabels::scenarioField(q(o.category)), q(o.period),
                                   StatLabels::formatValue(o.value, q(o.unit))),
                          o);
    });
    return set;
}

// The value of the series in year, or NaN.
double valueIn(const std::vector<const Observation *> &values, int year)
{
    for (const Observation *o : values)
        if (statcharts::yearOf(o->period) == year)
            return o->value;
    return std::nan("");
}

} // namespace

IndustryPage::IndustryPage(StatisticsBridge *bridge, QWidget *parent)
    : SeriesPage(bridge, kIndustrySeries, parent)
    , m_outputChart(
          charts::makeChartView(tr("Big data electronic information industry output"), this))
    , m_softwareChart(charts::makeChartView(tr("Software and IT services revenue"), this))
    , m_growingChart(
          charts::makeChartView(tr("Growing enterprises introduced and cultivated"), this))
    , m_scenarioChart(charts::makeChartView(tr("Large-model application scenarios by field"), this))
{
    pageLayout()->addWidget(freshnessLine());
    QGridLayout *grid =
        layOutFrame({m_outputChart, m_softwareChart, m_growingChart, m_scenarioChart});
    grid->addWidget(m_outputChart, 0, 0);
    grid->addWidget(m_softwareChart, 0, 1);
    grid->addWidget(m_growingChart, 1, 0);
    grid->addWidget(m_scenarioChart, 1, 1);
    for (QChartView *view : {m_outputChart, m_softwareChart, m_growingChart, m_scenarioChart})
        view->setMinimumHeight(280);

    start();
}

void IndustryPage::applySeries(const SeriesAnswer &answer)
{
    showAnswer(answer.industry, answer.industryFreshness, answer.error,
               tr("The figures could not be read: %1"));
}

void IndustryPage::drawCharts()
{
    buildOutput();
    buildSoftware();
    buildGrowing();
    buildScenarios();
}

// Each series' latest year, and how far it came in five years where that
// year is known.
QString IndustryPage::summaryLine() const
{
    QStringList parts;
    const auto inFiveYears = [](const std::vector<const Observation *> &values, QString part) {
        const Observation &last = *values.back();
        const double before = valueIn(values, statcharts::yearOf(last.period) - 5);
        if (before > 0)
            part += QLatin1Char(' ') +
                    tr("(×%1 in five years)").arg(QLocale().toString(last.value / before, 'f', 1));
        return part;
    };
    if (const auto output = ofSeries(keys::kOutputValue); !output.empty())
        parts << inFiveYears(
            output,
            tr("Output value %1: %2").arg(q(output.back()->period), summaryValue(*output.back())));
    if (const auto software = ofSeries(keys::kSoftwareRevenue); !software.empty())
        parts << inFiveYears(software,
                             tr("software and IT services %1: %2")
                                 .arg(q(software.back()->period), summaryValue(*software.back())));
    if (const auto growing = ofSeries(keys::kGrowingEnterprises); !growing.empty()) {
        const Observation &last = *growing.back();
        parts
            << tr("growing enterprises %1: %2").arg(q(last.period), formatLargeNumber(last.value));
    }
    const auto scenarios = ofSeries(keys::kModelScenarios);
    if (!scenarios.empty()) {
        const std::string year = scenarios.back()->period;
        double total = 0;
        for (const Observation *o : scenarios)
            if (o->period == year)
                total += o->value;
        parts << tr("large-model scenarios %1: %2").arg(q(year), StatLabels::formatNumber(total));
    }
    return parts.isEmpty() ? tr("No figures yet.") : parts.join(QStringLiteral(" · "));
}

void IndustryPage::buildOutput()
{
    QChart *chart = m_outputChart->chart();
    charts::clearChart(chart);
    m_growthLine = nullptr;
    const auto output = ofSeries(keys::kOutputValue);
    m_output = yearlyBars(chart, output, {}, tr("Output value"), charts::colour(4));
    if (!m_output.set)
        return;
    // Growth over the year before, where that year is listed.
    m_growthLine = statcharts::labelledLine(tr("Year-on-year growth (%)"), charts::colour(1),
                                            QStringLiteral("@yPoint %"));
    m_growthLine->setPointLabelsColor(QColor(0x7a, 0x3e, 0x00));
    double top = 0;
    double bottom = 0;
    for (size_t i = 1; i < output.size(); ++i) {
        const Observation &prev = *output[i - 1];
        const Observation &cur = *output[i];
        if (statcharts::yearOf(cur.period) != statcharts::yearOf(prev.period) + 1 ||
            prev.value <= 0)
            continue;
        const double growth = std::round((cur.value / prev.value - 1) * 1000) / 10;
        m_growthLine->append(double(i), growth);
        top = std::max(top, growth);
        bottom = std::min(bottom, growth);
    }
    chart->addSeries(m_growthLine);
    QValueAxis *growthAxis = charts::valueAxis(tr("Growth (%)"), top * 1.3, bottom);
    chart->addAxis(growthAxis, Qt::AlignRight);
    m_growthLine->attachAxis(chart->axes(Qt::Horizontal).value(0));
    m_growthLine->attachAxis(growthAxis);
    QStringList periods;
    for (const Observation *o : output)
        periods << q(o->period);
    charts::tooltipOnHover(m_growthLine, [periods](const QPointF &p) {
        const int i = int(std::lround(p.x()));
        if (i < 1 || i >= periods.size())
            return QString();
        return tr("%1: %2 over %3")
            .arg(periods[i], StatLabels::formatValue(p.y(), QStringLiteral("percent")),
                 periods[i - 1]);
    });
}

void IndustryPage::buildSoftware()
{
    QChart *chart = m_softwareChart->chart();
    charts::clearChart(chart);
    m_software =
        yearlyBars(chart, ofSeries(keys::kSoftwareRevenue), ofSeries(keys::kSoftwareRevenueTarget),
                   tr("Revenue"), charts::colour(2));
}

void IndustryPage::buildGrowing()
{
    QChart *chart = m_growingChart->chart();
    charts::clearChart(chart);
    m_growing =
        yearlyBars(chart, ofSeries(keys::kGrowingEnterprises),
                   ofSeries(keys::kGrowingEnterprisesTarget), tr("Enterprises"), charts::colour(0));
}

void IndustryPage::buildScenarios()
{
    QChart *chart = m_scenarioChart->chart();
    charts::clearChart(chart);
    m_scenarioSets.clear();
    m_scenarioTarget = nullptr;
    const auto scenarios = ofSeries(keys::kModelScenarios);
    const auto targets = ofSeries(keys::kModelScenariosTarget);
    const QString title = tr("Large-model application scenarios by field");
    chart->setTitle(
        StatLabels::markedName(title, syntheticCount(scenarios), int(scenarios.size())));
    if (scenarios.empty())
        return;
    std::vector<std::string> years;
    for (const Observation *o : scenarios)
        if (years.empty() || years.back() != o->period)
            years.push_back(o->period); // in period order
    // Fields by their size in the latest year, largest at the bottom of the stack.
    std::map<std::string, double> latest;
    std::vector<std::string> fields;
    for (const Observation *o : scenarios) {
        if (std::find(fields.begin(), fields.end(), o->category) == fields.end())
            fields.push_back(o->category);
        if (o->period == years.back())
            latest[o->category] = o->value;
    }
    std::stable_sort(fields.begin(), fields.end(), [&](const std::string &a, const std::string &b) {
        return latest[a] > latest[b];
    });
    ScenarioCells cell;
    for (const Observation *o : scenarios)
        cell[{o->category, o->period}] = o;

    auto *stack = new QStackedBarSeries;
    stack->setBarWidth(0.6);
    std::vector<double> totals(years.size(), 0.0);
    for (size_t f = 0; f < fields.size(); ++f) {
        QBarSet *set = scenarioSet(fields[f], int(f), years, cell, &totals);
        stack->append(set);
        m_scenarioSets.push_back(set);
    }
    chart->addSeries(stack);
    auto *xAxis = new QBarCategoryAxis;
    for (const std::string &year : years)
        xAxis->append(q(year));
    chart->addAxis(xAxis, Qt::AlignBottom);
    double top = *std::max_element(totals.begin(), totals.end());
    if (!targets.empty())
        top = std::max(top, targets.back()->value);
    QValueAxis *yAxis = charts::valueAxis(tr("Scenarios"), top);
    chart->addAxis(yAxis, Qt::AlignLeft);
    stack->attachAxis(xAxis);
    stack->attachAxis(yAxis);
    if (!targets.empty())
        m_scenarioTarget = targetLine(chart, *targets.back(), years.size(), xAxis, yAxis);
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace scb
